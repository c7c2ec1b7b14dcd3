// buffer: Node's Buffer on the engine's typed arrays. A Buffer is a
// Uint8Array (C memory, shared with its ArrayBuffer) whose prototype is
// Buffer.prototype, which inherits from Uint8Array.prototype as in Node.
// Argument checking and Node's error messages live here; the byte work is
// in C (js/binding_buffer.c).
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, argType = errors.argType;

var nb = native.buffer;
var kMaxLength = 4294967296;
var INSPECT_MAX_BYTES = 50;

// Encoding numbers shared with binding_buffer.c (a map without a
// prototype: 'constructor' or 'toString' is no encoding).
var ENC = Object.create(null);
(function (names) {
  for (var k in names) ENC[k] = names[k];
})({
  utf8: 0, 'utf-8': 0, hex: 1, base64: 2, base64url: 3, latin1: 4, binary: 4,
  ascii: 5, utf16le: 6, 'utf-16le': 6, ucs2: 6, 'ucs-2': 6
});

function formatNumber(v) {
  var s = String(v);
  if (v === Math.floor(v) && Math.abs(v) > 4294967296) {
    var neg = s.charAt(0) === '-', d = neg ? s.slice(1) : s, out = '';
    while (d.length > 3) { out = '_' + d.slice(-3) + out; d = d.slice(0, -3); }
    s = (neg ? '-' : '') + d + out;
  }
  return s;
}

function outOfRange(name, range, v) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + formatNumber(v));
}

// (a name as written, 'utf8' say, answered first; undefined, null and ''
// are no key of ENC)
function encodingOf(enc) {
  var e = ENC[enc];
  if (e !== undefined) return e;
  if (enc === undefined || enc === null || enc === '') return 0;
  if (typeof enc === 'string') e = ENC[enc.toLowerCase()];
  if (e === undefined) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
  return e;
}

function checkSize(size) {
  if (typeof size !== 'number') throw argType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength))
    throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
}

function isBuffer(b) { return b instanceof Buffer; }
var isUint8 = nb.isUint8Array;
function isArrayBuffer(v) { return Object.prototype.toString.call(v) === '[object ArrayBuffer]'; }

// Deprecated constructor, kept for old code (without Node's warning).
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string')
      throw argType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
var proto = Buffer.prototype;
Object.setPrototypeOf(proto, Uint8Array.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);
nb.setup(proto);

Buffer.poolSize = 8192;
Buffer.isBuffer = isBuffer;

Buffer.alloc = function (size, fill, encoding) {
  checkSize(size);
  var b = nb.alloc(size);
  if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, 0, size, encoding);
  return b;
};
Buffer.allocUnsafe = function (size) {
  checkSize(size);
  return nb.alloc(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.from = function (value, encodingOrOffset, length) {
  if (typeof value === 'string') return nb.fromString(value, encodingOf(encodingOrOffset));
  if (typeof value === 'object' && value !== null) {
    if (isUint8(value)) return copyOf(value);
    if (isArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var prim = value.valueOf && value.valueOf();
    if (prim !== null && prim !== undefined && prim !== value &&
        (typeof prim === 'string' || typeof prim === 'object'))
      return Buffer.from(prim, encodingOrOffset, length);
    if (typeof value.length === 'number' || Array.isArray(value)) return nb.fromArray(value);
    if (value.type === 'Buffer' && Array.isArray(value.data)) return nb.fromArray(value.data);
  }
  throw argType('first argument', 'of type string or an instance of Buffer, ArrayBuffer, ' +
    'or Array or an Array-like Object', value);
};

// A view sharing the ArrayBuffer's memory.
function fromArrayBuffer(ab, byteOffset, length) {
  var offset = byteOffset === undefined ? 0 : +byteOffset;
  if (offset !== offset) offset = 0;
  var max = ab.byteLength - offset;
  if (max < 0)
    throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  if (length === undefined) length = max;
  else {
    length = +length;
    if (length > 0) {
      if (length > max)
        throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
    } else length = 0;
  }
  var b = new Uint8Array(ab, Math.floor(offset), Math.floor(length));
  Object.setPrototypeOf(b, proto);
  return b;
}

Buffer.isEncoding = function (enc) {
  return typeof enc === 'string' && enc.length > 0 && ENC[enc.toLowerCase()] !== undefined;
};

Buffer.byteLength = function (string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isArrayBuffer(string)) return string.byteLength;
    throw argType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  var e = ENC[encoding];
  if (e === undefined && typeof encoding === 'string') e = ENC[encoding.toLowerCase()];
  if (e === 1) return string.length >>> 1;
  if (e === 2 || e === 3) { // Node's estimate from the text's length
    var n = string.length;
    if (n > 0 && string.charCodeAt(n - 1) === 0x3d) n--;
    if (n > 1 && string.charCodeAt(n - 1) === 0x3d) n--;
    return (n * 3) >>> 2;
  }
  return nb.byteLength(string, e === undefined ? 0 : e);
};

Buffer.compare = function (a, b) {
  if (!isUint8(a)) throw argType('buf1', 'an instance of Buffer or Uint8Array', a);
  if (!isUint8(b)) throw argType('buf2', 'an instance of Buffer or Uint8Array', b);
  return nb.compare(a, 0, a.length, b, 0, b.length);
};

Buffer.concat = function (list, totalLength) {
  var i, n = 0, pos = 0;
  if (!Array.isArray(list)) throw argType('list', 'an instance of Array', list);
  if (list.length === 0) return nb.alloc(0);
  for (i = 0; i < list.length; i++) {
    if (!isUint8(list[i]))
      throw argType('list[' + i + ']', 'an instance of Buffer or Uint8Array', list[i]);
    n += list[i].length;
  }
  if (totalLength !== undefined) {
    if (typeof totalLength !== 'number') throw argType('length', 'of type number', totalLength);
    n = totalLength < 0 ? 0 : Math.floor(totalLength);
  }
  var out = nb.alloc(n);
  for (i = 0; i < list.length && pos < n; i++)
    pos += nb.copy(list[i], out, pos, 0, list[i].length);
  if (pos < n) nb.fill(out, 0, pos, n);
  return out;
};

// ---- instance methods

function copyOf(buf) {
  var b = nb.alloc(buf.length);
  nb.copy(buf, b, 0, 0, buf.length);
  return b;
}

function checkBufferArg(name, v) {
  if (!isUint8(v)) throw argType(name, 'an instance of Buffer or Uint8Array', v);
}

// (byteLength, byteOffset and buffer are Uint8Array's)
Object.defineProperty(proto, 'parent', {
  get: function () { return this instanceof Buffer ? this.buffer : undefined; }
});
Object.defineProperty(proto, 'offset', {
  get: function () { return this instanceof Buffer ? this.byteOffset : undefined; }
});

// (no arguments object: a function that reads one allocates it at every
// call; toString() and toString(undefined) give the same)
proto.toString = function (encoding, start, end) {
  var len = this.length;
  if (encoding === undefined && start === undefined && end === undefined) return nb.toString(this, 0, 0, len);
  if (start === undefined || start < 0) start = 0;
  else if (start >= len) return '';
  else start = Math.floor(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.floor(end) || 0;
  if (end <= start) return '';
  return nb.toString(this, encodingOf(encoding), start, end);
};
proto.toLocaleString = proto.toString;

proto.toJSON = function () {
  return { type: 'Buffer', data: nb.toArray(this) };
};

proto.equals = function (other) {
  if (!isUint8(other)) throw argType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
  return this === other || nb.compare(this, 0, this.length, other, 0, other.length) === 0;
};

function rangeArg(name, v, dflt, max, and) {
  if (v === undefined) return dflt;
  if (typeof v !== 'number') throw argType(name, 'of type number', v);
  if (v !== Math.floor(v)) throw outOfRange(name, 'an integer', v);
  if (v < 0 || v > max) throw outOfRange(name, '>= 0 ' + (and || 'and') + ' <= ' + max, v);
  return v;
}

proto.compare = function (target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8(target)) throw argType('target', 'an instance of Buffer or Uint8Array', target);
  targetStart = rangeArg('targetStart', targetStart, 0, target.length);
  targetEnd = rangeArg('targetEnd', targetEnd, target.length, target.length);
  sourceStart = rangeArg('sourceStart', sourceStart, 0, this.length);
  sourceEnd = rangeArg('sourceEnd', sourceEnd, this.length, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return nb.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function (target, targetStart, sourceStart, sourceEnd) {
  checkBufferArg('target', target);
  targetStart = targetStart === undefined ? 0 : Math.floor(+targetStart) || 0;
  sourceStart = sourceStart === undefined ? 0 : Math.floor(+sourceStart) || 0;
  sourceEnd = sourceEnd === undefined ? this.length : Math.floor(+sourceEnd) || 0;
  if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  if (sourceStart < 0 || sourceStart > this.length)
    throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return nb.copy(this, target, targetStart, sourceStart, sourceEnd);
};

// slice shares memory in Node (subarray, inherited, keeps the prototype)
var subarray = Uint8Array.prototype.subarray;
proto.slice = function slice(start, end) { return subarray.call(this, start, end); };

proto.write = function (string, offset, length, encoding) {
  if (typeof string !== 'string') throw argType('argument', 'of type string', string);
  if (offset === undefined) { encoding = 'utf8'; offset = 0; length = this.length; }
  else if (length === undefined && typeof offset === 'string') {
    encoding = offset; offset = 0; length = this.length;
  } else {
    offset = rangeArg('offset', offset, 0, this.length, '&&');
    var rest = this.length - offset;
    if (length === undefined) length = rest;
    else if (typeof length === 'string') { encoding = length; length = rest; }
    else length = rangeArg('length', length, rest, this.length, '&&') > rest ? rest : length;
  }
  return nb.write(this, string, offset, length, encodingOf(encoding));
};

proto.fill = function (value, offset, end, encoding) {
  var len = this.length;
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = len; }
  else if (typeof end === 'string') { encoding = end; end = len; }
  offset = rangeArg('offset', offset, 0, len);
  end = rangeArg('end', end, len, len);
  if (end <= offset) return this;
  if (typeof value === 'string') {
    var e = encodingOf(encoding);
    value = value.length === 0 ? 0 : nb.fromString(value, e);
    if (value.length === 0)
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'value' is invalid. Received '" + arguments[0] + "'");
  } else if (typeof value === 'boolean') {
    value = +value;
  } else if (!isUint8(value)) {
    value = +value & 255;
  }
  nb.fill(this, value, offset, end);
  return this;
};

function searchArgs(buf, value, byteOffset, encoding, last) {
  var len = buf.length;
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
  if (byteOffset === undefined || byteOffset === null) byteOffset = last ? len : 0;
  else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = last ? len : 0;
    byteOffset = Math.floor(byteOffset);
    if (byteOffset < 0) byteOffset += len;
    if (byteOffset < 0) { if (last) return -1; byteOffset = 0; }
  }
  var needle;
  if (typeof value === 'number') needle = nb.fromArray([value >>> 0]);
  else if (typeof value === 'string') needle = nb.fromString(value, encodingOf(encoding));
  else if (isUint8(value)) needle = value;
  else throw argType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
  if (needle.length === 0) return byteOffset > len ? len : byteOffset;
  if (!last && byteOffset >= len) return -1;
  return nb.indexOf(buf, needle, byteOffset, last);
}

proto.indexOf = function (value, byteOffset, encoding) {
  return searchArgs(this, value, byteOffset, encoding, false);
};
proto.lastIndexOf = function (value, byteOffset, encoding) {
  return searchArgs(this, value, byteOffset, encoding, true);
};
proto.includes = function (value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

proto.swap16 = function () { return swap(this, 2); };
proto.swap32 = function () { return swap(this, 4); };
proto.swap64 = function () { return swap(this, 8); };
function swap(buf, n) {
  if (buf.length % n !== 0)
    throw codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + (n * 8) + '-bits');
  return nb.swap(buf, n);
}

// ---- numbers

function checkOffset(buf, offset, n) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw argType('offset', 'of type number', offset);
  if (offset !== Math.floor(offset)) throw outOfRange('offset', 'an integer', offset);
  if (buf.length - n < 0)
    throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
  if (offset < 0 || offset > buf.length - n) throw outOfRange('offset', '>= 0 and <= ' + (buf.length - n), offset);
  return offset;
}

function checkByteLength(n) {
  if (typeof n !== 'number') throw argType('byteLength', 'of type number', n);
  if (n !== Math.floor(n)) throw outOfRange('byteLength', 'an integer', n);
  if (n < 1 || n > 6) throw outOfRange('byteLength', '>= 1 and <= 6', n);
}

function reader(n, signed, le) {
  return function (offset) { return nb.readInt(this, checkOffset(this, offset, n), n, signed, le); };
}
function readerN(signed, le) {
  return function (offset, byteLength) {
    checkByteLength(byteLength);
    return nb.readInt(this, checkOffset(this, offset, byteLength), byteLength, signed, le);
  };
}

function checkValue(value, n, signed) {
  var min, max;
  if (signed) { max = Math.pow(2, 8 * n - 1) - 1; min = -max - 1; }
  else { min = 0; max = Math.pow(2, 8 * n) - 1; }
  value = +value;
  if (value > max || value < min) {
    var range = n > 4 ? (signed ? '>= -(2 ** ' + (8 * n - 1) + ') and < 2 ** ' + (8 * n - 1)
      : '>= 0 and < 2 ** ' + (8 * n)) : '>= ' + min + ' and <= ' + max;
    throw outOfRange('value', range, value);
  }
  return value;
}

function writer(n, signed, le) {
  return function (value, offset) {
    value = checkValue(value, n, signed);
    return nb.writeInt(this, value, checkOffset(this, offset, n), n, le);
  };
}
function writerN(signed, le) {
  return function (value, offset, byteLength) {
    checkByteLength(byteLength);
    value = checkValue(value, byteLength, signed);
    return nb.writeInt(this, value, checkOffset(this, offset, byteLength), byteLength, le);
  };
}

function def(names, fn) {
  names.forEach(function (name) { proto[name] = fn; });
}
def(['readUInt8', 'readUint8'], reader(1, false, true));
def(['readUInt16LE', 'readUint16LE'], reader(2, false, true));
def(['readUInt16BE', 'readUint16BE'], reader(2, false, false));
def(['readUInt32LE', 'readUint32LE'], reader(4, false, true));
def(['readUInt32BE', 'readUint32BE'], reader(4, false, false));
def(['readInt8'], reader(1, true, true));
def(['readInt16LE'], reader(2, true, true));
def(['readInt16BE'], reader(2, true, false));
def(['readInt32LE'], reader(4, true, true));
def(['readInt32BE'], reader(4, true, false));
def(['readUIntLE', 'readUintLE'], readerN(false, true));
def(['readUIntBE', 'readUintBE'], readerN(false, false));
def(['readIntLE'], readerN(true, true));
def(['readIntBE'], readerN(true, false));
def(['writeUInt8', 'writeUint8'], writer(1, false, true));
def(['writeUInt16LE', 'writeUint16LE'], writer(2, false, true));
def(['writeUInt16BE', 'writeUint16BE'], writer(2, false, false));
def(['writeUInt32LE', 'writeUint32LE'], writer(4, false, true));
def(['writeUInt32BE', 'writeUint32BE'], writer(4, false, false));
def(['writeInt8'], writer(1, true, true));
def(['writeInt16LE'], writer(2, true, true));
def(['writeInt16BE'], writer(2, true, false));
def(['writeInt32LE'], writer(4, true, true));
def(['writeInt32BE'], writer(4, true, false));
def(['writeUIntLE', 'writeUintLE'], writerN(false, true));
def(['writeUIntBE', 'writeUintBE'], writerN(false, false));
def(['writeIntLE'], writerN(true, true));
def(['writeIntBE'], writerN(true, false));

function floatReader(n, le) {
  return function (offset) { return nb.readFloat(this, checkOffset(this, offset, n), n, le); };
}
function floatWriter(n, le) {
  return function (value, offset) {
    return nb.writeFloat(this, +value, checkOffset(this, offset, n), n, le);
  };
}
proto.readFloatLE = floatReader(4, true);
proto.readFloatBE = floatReader(4, false);
proto.readDoubleLE = floatReader(8, true);
proto.readDoubleBE = floatReader(8, false);
proto.writeFloatLE = floatWriter(4, true);
proto.writeFloatBE = floatWriter(4, false);
proto.writeDoubleLE = floatWriter(8, true);
proto.writeDoubleBE = floatWriter(8, false);

// ---- inspection: <Buffer 68 65 6c 6c 6f>
// util.inspect.custom's key (Symbol.for, as Node's), not util itself:
// util.js is ~40 KB to parse, and a network service loads buffer at boot
proto[Symbol.for('nodejs.util.inspect.custom')] = function () {
  var max = exports.INSPECT_MAX_BYTES, n = this.length;
  var hex = nb.toString(this, 1, 0, n > max ? max : n), s = '', i;
  for (i = 0; i < hex.length; i += 2) s += ' ' + hex.slice(i, i + 2);
  if (n > max) s += ' ... ' + (n - max) + ' more byte' + (n - max > 1 ? 's' : '');
  return '<Buffer' + (s || ' ') + '>';
};

exports.Buffer = Buffer;
exports.SlowBuffer = Buffer.allocUnsafe;
exports.kMaxLength = kMaxLength;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 268435440 };
exports.INSPECT_MAX_BYTES = INSPECT_MAX_BYTES;
