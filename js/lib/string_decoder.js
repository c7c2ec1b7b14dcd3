// string_decoder: Node's StringDecoder. write() returns the text of the
// bytes given so far, keeping an incomplete multi-byte character (utf8),
// half a code unit or a lone high surrogate (utf16le) or a partial 3-byte
// group (base64) for the next call; end() flushes what is left (U+FFFD
// for a cut utf8 sequence, as Node) and makes the decoder new again.
'use strict';

var Buffer = require('buffer').Buffer;

var NAMES = {
  utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le',
  'utf-16le': 'utf16le', latin1: 'latin1', binary: 'latin1', base64: 'base64',
  base64url: 'base64url', ascii: 'ascii', hex: 'hex'
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  var n = NAMES[enc] || (typeof enc === 'string' ? NAMES[enc.toLowerCase()] : undefined);
  if (!n) {
    var e = new TypeError('Unknown encoding: ' + enc);
    e.code = 'ERR_UNKNOWN_ENCODING';
    throw e;
  }
  return n;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  var nb;
  switch (this.encoding) {
  case 'utf16le': this.text = utf16Text; this.end = utf16End; nb = 4; break;
  case 'utf8': this.fillLast = utf8FillLast; nb = 4; break;
  case 'base64': case 'base64url': this.text = base64Text; this.end = base64End; nb = 3; break;
  default: this.write = simpleWrite; this.end = simpleEnd; nb = 0; break;
  }
  this.lastNeed = 0;
  this.lastTotal = 0;
  this.lastChar = Buffer.alloc(nb);
}

function argCheck(buf) {
  if (typeof buf === 'string') return buf;
  if (!Buffer.isBuffer(buf)) {
    if (buf && typeof buf === 'object' && typeof ArrayBuffer === 'function' && ArrayBuffer.isView && ArrayBuffer.isView(buf))
      return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    var what = buf === null || buf === undefined ? ' ' + buf :
      typeof buf === 'object' ? ' an instance of ' + ((buf.constructor && buf.constructor.name) || 'Object') :
        ' type ' + typeof buf + ' (' + require('util').inspect(buf) + ')';
    var e = new TypeError('The "buf" argument must be an instance of Buffer, TypedArray, or DataView.' +
      ' Received' + what);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return buf;
}

StringDecoder.prototype.write = function (buf) {
  buf = argCheck(buf);
  if (typeof buf === 'string') return buf;
  if (buf.length === 0) return '';
  var r, i;
  if (this.lastNeed) {
    r = this.fillLast(buf);
    if (r === undefined) return '';
    i = this.lastNeed;
    this.lastNeed = 0;
  } else {
    i = 0;
  }
  if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
  return r || '';
};

StringDecoder.prototype.end = utf8End;
StringDecoder.prototype.text = utf8Text;

// The bytes kept for the next write complete the kept character.
StringDecoder.prototype.fillLast = function (buf) {
  if (this.lastNeed <= buf.length) {
    buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
    return this.lastChar.toString(this.encoding, 0, this.lastTotal);
  }
  buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
  this.lastNeed -= buf.length;
};

function reset(self) {
  self.lastNeed = 0;
  self.lastTotal = 0;
}

// How long the sequence a utf8 byte starts is: 0 for ASCII, 2..4 for a
// lead byte, -1 for a continuation byte, -2 for a byte never valid.
function utf8CheckByte(b) {
  if (b <= 0x7F) return 0;
  if (b >> 5 === 0x06) return 2;
  if (b >> 4 === 0x0E) return 3;
  if (b >> 3 === 0x1E) return 4;
  return b >> 6 === 0x02 ? -1 : -2;
}

// Looks back from the end of buf (at most 3 bytes, not before i) for a
// lead byte whose sequence the buffer cuts; sets lastNeed to how many more
// bytes it needs and returns its total length (0 when nothing is cut).
function utf8CheckIncomplete(self, buf, i) {
  var j = buf.length - 1;
  if (j < i) return 0;
  var nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) self.lastNeed = nb - 1;
    return nb;
  }
  if (--j < i || nb === -2) return 0;
  nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) self.lastNeed = nb - 2;
    return nb;
  }
  if (--j < i || nb === -2) return 0;
  nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) {
      if (nb === 2) nb = 0;
      else self.lastNeed = nb - 3;
    }
    return nb;
  }
  return 0;
}

// A kept lead byte followed by a byte that cannot continue it is U+FFFD.
function utf8CheckExtraByte(self, buf) {
  if ((buf[0] & 0xC0) !== 0x80) {
    self.lastNeed = 0;
    return '\ufffd';
  }
  if (self.lastNeed > 1 && buf.length > 1) {
    if ((buf[1] & 0xC0) !== 0x80) {
      self.lastNeed = 1;
      return '\ufffd';
    }
    if (self.lastNeed > 2 && buf.length > 2) {
      if ((buf[2] & 0xC0) !== 0x80) {
        self.lastNeed = 2;
        return '\ufffd';
      }
    }
  }
}

function utf8FillLast(buf) {
  var p = this.lastTotal - this.lastNeed;
  var r = utf8CheckExtraByte(this, buf);
  if (r !== undefined) return r;
  if (this.lastNeed <= buf.length) {
    buf.copy(this.lastChar, p, 0, this.lastNeed);
    return this.lastChar.toString('utf8', 0, this.lastTotal);
  }
  buf.copy(this.lastChar, p, 0, buf.length);
  this.lastNeed -= buf.length;
}

function utf8Text(buf, i) {
  var total = utf8CheckIncomplete(this, buf, i);
  if (!this.lastNeed) return buf.toString('utf8', i);
  this.lastTotal = total;
  var end = buf.length - (total - this.lastNeed);
  buf.copy(this.lastChar, 0, end);
  return buf.toString('utf8', i, end);
}

function utf8End(buf) {
  var r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  if (this.encoding !== 'utf8') return r;
  var cut = this.lastNeed;
  reset(this);
  return cut ? r + '\ufffd' : r;
}

function utf16Text(buf, i) {
  if ((buf.length - i) % 2 === 0) {
    var r = buf.toString('utf16le', i);
    if (r) {
      var c = r.charCodeAt(r.length - 1);
      if (c >= 0xD800 && c <= 0xDBFF) {
        this.lastNeed = 2;
        this.lastTotal = 4;
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
        return r.slice(0, -1);
      }
    }
    return r;
  }
  this.lastNeed = 1;
  this.lastTotal = 2;
  this.lastChar[0] = buf[buf.length - 1];
  return buf.toString('utf16le', i, buf.length - 1);
}

function utf16End(buf) {
  var r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  if (this.lastNeed) {
    var end = this.lastTotal - this.lastNeed;
    r += this.lastChar.toString('utf16le', 0, end);
  }
  reset(this);
  return r;
}

function base64Text(buf, i) {
  var n = (buf.length - i) % 3;
  if (n === 0) return buf.toString(this.encoding, i);
  this.lastNeed = 3 - n;
  this.lastTotal = 3;
  if (n === 1) {
    this.lastChar[0] = buf[buf.length - 1];
  } else {
    this.lastChar[0] = buf[buf.length - 2];
    this.lastChar[1] = buf[buf.length - 1];
  }
  return buf.toString(this.encoding, i, buf.length - n);
}

function base64End(buf) {
  var r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  if (this.lastNeed) r += this.lastChar.toString(this.encoding, 0, 3 - this.lastNeed);
  reset(this);
  return r;
}

function simpleWrite(buf) {
  buf = argCheck(buf);
  if (typeof buf === 'string') return buf;
  return buf.toString(this.encoding);
}

function simpleEnd(buf) {
  return buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
}

exports.StringDecoder = StringDecoder;
