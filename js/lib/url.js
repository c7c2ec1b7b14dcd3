// url: the WHATWG URL and URLSearchParams classes (also globals in Node),
// for http, https, ws, wss, ftp and file URLs and opaque ones (mailto:,
// data:). Hosts are lowercased ASCII (no IDNA, no IPv4 number forms).
// Also the legacy url.parse/format/resolve and Url, with Node's rules.
'use strict';
var errors = require('internal_errors');
var received = errors.received;

var SPECIAL = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };

function invalid(input) {
  var e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  return e;
}

// Percent-encode sets (WHATWG URL 1.3)
var C0 = '';
var FRAGMENT = ' "<>`';
var QUERY = ' "#<>';
var SPECIAL_QUERY = QUERY + "'";
var PATH = QUERY + '?`{}';
var USERINFO = PATH + '/:;=@[\\]^|';

function utf8Escape(ch) {
  try { return encodeURIComponent(ch); } catch (e) { return '%EF%BF%BD'; }
}

function encodeSet(s, set) {
  var out = '', i, c, ch;
  for (i = 0; i < s.length; i++) {
    ch = s.charAt(i);
    c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out += utf8Escape(s.slice(i, i + 2)); i++; continue; }
    }
    if (c < 0x20 || c > 0x7e) out += c < 0x80 ? '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase() : utf8Escape(ch);
    else if (set.indexOf(ch) !== -1) out += '%' + c.toString(16).toUpperCase();
    else out += ch;
  }
  return out;
}
void C0;

function isDot(seg) { return seg === '.' || seg.toLowerCase() === '%2e'; }
function isDotDot(seg) {
  seg = seg.toLowerCase();
  return seg === '..' || seg === '.%2e' || seg === '%2e.' || seg === '%2e%2e';
}

// Merges path segments, resolving . and .. (WHATWG path state).
function pushPath(path, input, special) {
  if (special) input = input.replace(/\\/g, '/');
  var segs = input.split('/'), i, seg, last = segs.length - 1;
  for (i = 0; i < segs.length; i++) {
    seg = segs[i];
    if (isDotDot(seg)) {
      if (path.length) path.pop();
      if (i === last) path.push('');
    } else if (isDot(seg)) {
      if (i === last) path.push('');
    } else {
      path.push(encodeSet(seg, PATH));
    }
  }
  return path;
}

function parseHost(h, special, input) {
  if (h.charAt(0) === '[') {
    if (h.charAt(h.length - 1) !== ']' || !/^\[[0-9a-fA-F:.]+\]$/.test(h)) throw invalid(input);
    return h.toLowerCase();
  }
  if (!special) {
    if (/[\0\t\n\r #/:<>?@[\\\]^|]/.test(h)) throw invalid(input);
    return encodeSet(h, '');
  }
  var d;
  try { d = decodeURIComponent(h); } catch (e) { throw invalid(input); }
  d = d.toLowerCase();
  if (d === '' || /[\0\t\n\r #%/:<>?@[\\\]^|\x7f]/.test(d) || /[^\x00-\x7f]/.test(d)) throw invalid(input);
  return d;
}

function Parsed() {
  this.protocol = ''; this.username = ''; this.password = ''; this.hostname = null; this.port = '';
  this.path = []; this.opaque = null; this.query = null; this.fragment = null;
}

// Parses input (against the parsed base b, or null) into a Parsed.
function parse(input, b) {
  var raw = input;
  input = String(input).replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
  var u = new Parsed(), rest, m = /^([a-zA-Z][a-zA-Z0-9+.\-]*):/.exec(input);
  var hashAt, qAt;
  if (m) {
    u.protocol = m[1].toLowerCase() + ':';
    rest = input.slice(m[0].length);
    var special = SPECIAL.hasOwnProperty(u.protocol);
    if (special && b && b.protocol === u.protocol && !/^[\/\\]/.test(rest)) {
      return relative(rest, b, raw);
    }
    if (special || rest.slice(0, 2) === '//') {
      if (u.protocol === 'file:') rest = rest.replace(/^[\/\\]{2}/, '');
      else if (special) rest = rest.replace(/^[\/\\]*/, '');
      else rest = rest.slice(2);
      return authority(u, rest, special, raw);
    }
    // an opaque path (mailto:x, data:...) or a path without authority
    hashAt = rest.indexOf('#');
    if (hashAt !== -1) { u.fragment = encodeSet(rest.slice(hashAt + 1), FRAGMENT); rest = rest.slice(0, hashAt); }
    qAt = rest.indexOf('?');
    if (qAt !== -1) { u.query = encodeSet(rest.slice(qAt + 1), QUERY); rest = rest.slice(0, qAt); }
    if (rest.charAt(0) === '/') u.path = pushPath([], rest.slice(1), false);
    else u.opaque = encodeSet(rest, '');
    return u;
  }
  if (!b) throw invalid(raw);
  return relative(input, b, raw);
}

function authority(u, rest, special, raw) {
  var end = rest.search(special ? /[\/\\?#]/ : /[\/?#]/);
  var auth = end === -1 ? rest : rest.slice(0, end);
  rest = end === -1 ? '' : rest.slice(end);
  var at = auth.lastIndexOf('@');
  if (at !== -1) {
    var cred = auth.slice(0, at), colon = cred.indexOf(':');
    u.username = encodeSet(colon === -1 ? cred : cred.slice(0, colon), USERINFO);
    u.password = colon === -1 ? '' : encodeSet(cred.slice(colon + 1), USERINFO);
    auth = auth.slice(at + 1);
  }
  var pm = /:(\d*)$/.exec(auth);
  if (pm && auth.charAt(0) !== '[' || pm && /\]:\d*$/.test(auth)) {
    auth = auth.slice(0, auth.length - pm[0].length);
    if (pm[1] !== '') {
      var port = parseInt(pm[1], 10);
      if (port > 65535) throw invalid(raw);
      u.port = String(port) === SPECIAL[u.protocol] ? '' : String(port);
    }
  } else if (/:/.test(auth.replace(/^\[.*\]/, ''))) {
    throw invalid(raw);
  }
  if (auth === '' && special && u.protocol !== 'file:') throw invalid(raw);
  u.hostname = auth === '' ? '' : parseHost(auth, special, raw);
  return pathQueryFragment(u, rest, special, []);
}

function pathQueryFragment(u, rest, special, base) {
  var hashAt = rest.indexOf('#');
  if (hashAt !== -1) { u.fragment = encodeSet(rest.slice(hashAt + 1), FRAGMENT); rest = rest.slice(0, hashAt); }
  var qAt = rest.indexOf('?');
  if (qAt !== -1) { u.query = encodeSet(rest.slice(qAt + 1), special ? SPECIAL_QUERY : QUERY); rest = rest.slice(0, qAt); }
  if (rest === '') {
    u.path = special ? (base.length ? base : ['']) : base;
    return u;
  }
  u.path = pushPath(base, rest.replace(/^[\/\\]/, special ? '' : '/').replace(/^\//, ''), special);
  return u;
}

function relative(input, b, raw) {
  var u = new Parsed(), special = SPECIAL.hasOwnProperty(b.protocol);
  u.protocol = b.protocol;
  if (b.opaque !== null) {
    if (input.charAt(0) !== '#') throw invalid(raw);
    u.opaque = b.opaque; u.query = b.query; u.fragment = encodeSet(input.slice(1), FRAGMENT);
    return u;
  }
  if (/^[\/\\]{2}/.test(input) && (special || input.slice(0, 2) === '//'))
    return authority(u, input.slice(2), special, raw);
  u.username = b.username; u.password = b.password; u.hostname = b.hostname; u.port = b.port;
  if (input === '') { u.path = b.path.slice(); u.query = b.query; return u; }
  var first = input.charAt(0);
  if (first === '/' || (special && first === '\\')) return pathQueryFragment(u, input, special, []);
  if (first === '?' || first === '#') {
    u.path = b.path.slice();
    if (first === '#') { u.query = b.query; u.fragment = encodeSet(input.slice(1), FRAGMENT); return u; }
    return pathQueryFragment(u, input, special, u.path);
  }
  var dir = b.path.slice(0, -1);
  return pathQueryFragment(u, '/' + input, special, dir);
}

function serializePath(u) {
  if (u.opaque !== null) return u.opaque;
  return '/' + u.path.join('/');
}

function hostString(u) {
  return u.hostname === null ? '' : u.hostname + (u.port ? ':' + u.port : '');
}

function href(u) {
  var s = u.protocol;
  if (u.hostname !== null) {
    s += '//';
    if (u.username || u.password) s += u.username + (u.password ? ':' + u.password : '') + '@';
    s += hostString(u);
  }
  s += serializePath(u);
  if (u.query !== null) s += '?' + u.query;
  if (u.fragment !== null) s += '#' + u.fragment;
  return s;
}

function URL(input, base) {
  if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  var b = null;
  if (base !== undefined) b = (base instanceof URL ? base : new URL(base))._u;
  if (arguments.length === 0) {
    var e = new TypeError('The "url" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  Object.defineProperty(this, '_u', { value: parse(input, b), writable: true });
  Object.defineProperty(this, '_params', { value: null, writable: true });
}

URL.canParse = function (input, base) {
  try { new URL(input, base); return true; } catch (e) { return false; } // eslint-disable-line no-new
};

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, { get: get, set: set, enumerable: true, configurable: true });
}
function reparse(url, s) {
  try { url._u = parse(s, null); } catch (e) { return; }
  if (url._params) url._params._fill(url._u.query || '');
}

accessor('href', function () { return href(this._u); }, function (v) {
  this._u = parse(v, null);
  if (this._params) this._params._fill(this._u.query || '');
});
accessor('origin', function () {
  var u = this._u;
  if (!SPECIAL.hasOwnProperty(u.protocol) || u.protocol === 'file:') return 'null';
  return u.protocol + '//' + hostString(u);
});
accessor('protocol', function () { return this._u.protocol; }, function (v) {
  var p = String(v).replace(/:.*$/, '').toLowerCase();
  if (!/^[a-z][a-z0-9+.\-]*$/.test(p)) return;
  if (SPECIAL.hasOwnProperty(p + ':') !== SPECIAL.hasOwnProperty(this._u.protocol)) return;
  this._u.protocol = p + ':';
  if (this._u.port === SPECIAL[this._u.protocol]) this._u.port = '';
});
accessor('username', function () { return this._u.username; }, function (v) {
  if (this._u.hostname) this._u.username = encodeSet(String(v), USERINFO);
});
accessor('password', function () { return this._u.password; }, function (v) {
  if (this._u.hostname) this._u.password = encodeSet(String(v), USERINFO);
});
accessor('host', function () { return hostString(this._u); }, function (v) {
  if (this._u.opaque !== null) return;
  var u = this._u, h = href({ protocol: u.protocol, username: u.username, password: u.password, hostname: '', port: '',
    path: [], opaque: null, query: null, fragment: null });
  try {
    var n = parse(h.replace(/\/\/(.*@)?$/, '//$1') + String(v), null);
    u.hostname = n.hostname; u.port = n.port;
  } catch (e) { /* ignored, as the spec says */ }
});
accessor('hostname', function () { return this._u.hostname || ''; }, function (v) {
  if (this._u.opaque !== null) return;
  try { this._u.hostname = parseHost(String(v), SPECIAL.hasOwnProperty(this._u.protocol), v); } catch (e) { /* ignored */ }
});
accessor('port', function () { return this._u.port; }, function (v) {
  var m = /^\d*/.exec(String(v))[0];
  if (m === '') { if (String(v) === '') this._u.port = ''; return; }
  var n = parseInt(m, 10);
  if (n > 65535) return;
  this._u.port = String(n) === SPECIAL[this._u.protocol] ? '' : String(n);
});
accessor('pathname', function () { return serializePath(this._u); }, function (v) {
  if (this._u.opaque !== null) return;
  var special = SPECIAL.hasOwnProperty(this._u.protocol);
  this._u.path = pushPath([], String(v).replace(special ? /^[\/\\]/ : /^\//, ''), special);
});
accessor('search', function () {
  var q = this._u.query;
  return q === null || q === '' ? '' : '?' + q;
}, function (v) {
  v = String(v);
  if (v.charAt(0) === '?') v = v.slice(1);
  this._u.query = v === '' ? null : encodeSet(v, SPECIAL.hasOwnProperty(this._u.protocol) ? SPECIAL_QUERY : QUERY);
  if (this._params) this._params._fill(this._u.query || '');
});
accessor('searchParams', function () {
  if (!this._params) {
    this._params = new URLSearchParams(this._u.query || '');
    this._params._url = this;
  }
  return this._params;
});
accessor('hash', function () {
  var f = this._u.fragment;
  return f === null || f === '' ? '' : '#' + f;
}, function (v) {
  v = String(v);
  if (v.charAt(0) === '#') v = v.slice(1);
  this._u.fragment = v === '' ? null : encodeSet(v, FRAGMENT);
});
URL.prototype.toString = function () { return this.href; };
URL.prototype.toJSON = function () { return this.href; };
void reparse;

// application/x-www-form-urlencoded (WHATWG URL 5)
function formEncode(s) {
  var out = '', i, c, ch;
  s = String(s);
  for (i = 0; i < s.length; i++) {
    ch = s.charAt(i);
    c = s.charCodeAt(i);
    if (c === 0x20) out += '+';
    else if (/[A-Za-z0-9*\-._]/.test(ch)) out += ch;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += utf8Escape(s.slice(i, i + 2)); i++;
    } else if (c < 0x80) out += '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
    else out += utf8Escape(ch);
  }
  return out;
}

function formDecode(s) {
  s = s.replace(/\+/g, ' ');
  try { return decodeURIComponent(s); } catch (e) {
    return s.replace(/(%[0-9a-fA-F]{2})+/g, function (m) {
      try { return decodeURIComponent(m); } catch (e2) { return m; }
    });
  }
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  Object.defineProperty(this, '_list', { value: [], writable: true });
  Object.defineProperty(this, '_url', { value: null, writable: true });
  if (init === undefined || init === null) return;
  if (typeof init === 'object' || typeof init === 'function') {
    var it = typeof Symbol === 'function' && Symbol.iterator && init[Symbol.iterator];
    if (Array.isArray(init) || typeof it === 'function') {
      var pairs = Array.isArray(init) ? init : [], self = this;
      if (!Array.isArray(init)) {
        var iter = it.call(init), step;
        while (!(step = iter.next()).done) pairs.push(step.value);
      }
      pairs.forEach(function (p) {
        if (!p || p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
        self._list.push([String(p[0]), String(p[1])]);
      });
    } else if (init instanceof URLSearchParams) {
      this._list = init._list.map(function (p) { return p.slice(); });
    } else {
      var keys = Object.keys(init), i;
      for (i = 0; i < keys.length; i++) this._list.push([keys[i], String(init[keys[i]])]);
    }
    return;
  }
  this._fill(String(init));
}
var SP = URLSearchParams.prototype;
SP._fill = function (s) {
  if (s.charAt(0) === '?') s = s.slice(1);
  var list = [], parts = s.split('&'), i, p, eq;
  for (i = 0; i < parts.length; i++) {
    p = parts[i];
    if (p === '') continue;
    eq = p.indexOf('=');
    list.push(eq === -1 ? [formDecode(p), ''] : [formDecode(p.slice(0, eq)), formDecode(p.slice(eq + 1))]);
  }
  this._list = list;
};
SP._update = function () {
  if (!this._url) return;
  var s = this.toString();
  this._url._u.query = s === '' ? null : s;
};
SP.append = function (k, v) { this._list.push([String(k), String(v)]); this._update(); };
SP['delete'] = function (k, v) {
  k = String(k);
  this._list = this._list.filter(function (p) { return p[0] !== k || (v !== undefined && p[1] !== String(v)); });
  this._update();
};
SP.get = function (k) {
  k = String(k);
  for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === k) return this._list[i][1];
  return null;
};
SP.getAll = function (k) {
  k = String(k);
  return this._list.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; });
};
SP.has = function (k, v) {
  k = String(k);
  return this._list.some(function (p) { return p[0] === k && (v === undefined || p[1] === String(v)); });
};
SP.set = function (k, v) {
  k = String(k); v = String(v);
  var found = false;
  this._list = this._list.filter(function (p) {
    if (p[0] !== k) return true;
    if (found) return false;
    found = true;
    p[1] = v;
    return true;
  });
  if (!found) this._list.push([k, v]);
  this._update();
};
SP.sort = function () {
  // stable, by UTF-16 code units
  var indexed = this._list.map(function (p, i) { return [p, i]; });
  indexed.sort(function (a, b) { return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]; });
  this._list = indexed.map(function (x) { return x[0]; });
  this._update();
};
SP.forEach = function (fn, thisArg) {
  for (var i = 0; i < this._list.length; i++) fn.call(thisArg, this._list[i][1], this._list[i][0], this);
};
SP.toString = function () {
  return this._list.map(function (p) { return formEncode(p[0]) + '=' + formEncode(p[1]); }).join('&');
};
Object.defineProperty(SP, 'size', { get: function () { return this._list.length; }, configurable: true });

function makeIterator(params, pick) {
  var i = 0;
  var it = {
    next: function () {
      if (i >= params._list.length) return { value: undefined, done: true };
      var p = params._list[i++];
      return { value: pick(p), done: false };
    }
  };
  it['@@iterator'] = function () { return it; };
  if (typeof Symbol === 'function' && Symbol.iterator) it[Symbol.iterator] = it['@@iterator'];
  return it;
}
SP.entries = function () { return makeIterator(this, function (p) { return [p[0], p[1]]; }); };
SP.keys = function () { return makeIterator(this, function (p) { return p[0]; }); };
SP.values = function () { return makeIterator(this, function (p) { return p[1]; }); };
SP['@@iterator'] = SP.entries;
if (typeof Symbol === 'function' && Symbol.iterator) SP[Symbol.iterator] = SP.entries;

// ---- The legacy API: url.parse, url.format, url.resolve and the Url
// class, with Node's own rules (they predate WHATWG URL and differ from
// it: relative references parse, hosts are not validated the same way,
// nothing throws for a string). Express's parseurl, qs-based body parsers
// and many older packages use it.

// (a new Url's twelve fields are copied from URL_FIELDS in one pass,
// native.ownFields, as http.js makes a request's: parseurl makes a Url for
// each request. The template is made by the assignments below, run while
// URL_FIELDS is undefined and ownFields refuses; ownFields refuses too
// where they would not make exactly its fields, and they run.)
var ownFields = native.ownFields, URL_FIELDS;
function Url() {
  if (ownFields(this, URL_FIELDS)) return;
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}
URL_FIELDS = native.fieldTemplate(new Url()); // (the form copied fastest)

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@\/]+@[^@\/]+/;
// a path with an optional query and nothing else: the common case
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var hostnameMaxLen = 255;
// protocols that never have a hostname, and those that always do
var hostlessProtocol = { javascript: true, 'javascript:': true };
var slashedProtocol = {
  http: true, 'http:': true, https: true, 'https:': true, ftp: true, 'ftp:': true,
  gopher: true, 'gopher:': true, file: true, 'file:': true,
  ws: true, 'ws:': true, wss: true, 'wss:': true
};
// characters escaped wherever they appear in the rest of the URL
var autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
// where a host ends
var hostEndingChars = { '/': true, '?': true, '#': true };

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function isWS(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' ||
    c === '\u00a0' || c === '\ufeff';
}

function queryOf(search, parseQueryString) {
  return parseQueryString ? require('querystring').parse(search) : search;
}

Url.prototype.parse = function (url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    var e = new TypeError('The "url" argument must be of type string.' + received(url));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  // Trim whitespace; turn backslashes before the query into slashes (as
  // browsers do), and note whether the rest is still a simple path.
  var start = 0, end = url.length;
  while (start < end && isWS(url.charAt(start))) start++;
  while (end > start && isWS(url.charAt(end - 1))) end--;
  var rest = '', split = false, i, c;
  for (i = start; i < end; i++) {
    c = url.charAt(i);
    if (!split && c === '\\') { rest += '/'; continue; }
    if (c === '?' || c === '#') split = true;
    rest += c;
  }

  if (!slashesDenoteHost && rest.indexOf('#') < 0) {
    var simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = queryOf(this.search.slice(1), parseQueryString);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolPattern.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host; //server only where slashes mean one
  var slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charAt(0) === '/' && rest.charAt(1) === '/';
    if (slashes && !(proto && hostlessProtocol[lowerProto])) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol[lowerProto] && (slashes || (proto && !slashedProtocol[proto]))) {
    // The host ends at the first /, ? or #; the last @ before that ends
    // the auth part. Without a host ending, it runs to the end.
    var hostEnd = -1, atSign = -1, nonHost = -1;
    for (i = 0; i < rest.length; i++) {
      c = rest.charAt(i);
      if (hostEndingChars[c]) { if (hostEnd < 0) hostEnd = i; break; }
      if (c === '@') { atSign = i; nonHost = -1; continue; }
      if (nonHost < 0 && (c === '\t' || c === '\n' || c === '\r' || c === ' ' || c === '"' ||
          c === '%' || c === "'" || c === ';' || c === '<' || c === '>' || c === '\\' ||
          c === '^' || c === '`' || c === '{' || c === '|' || c === '}')) nonHost = i;
    }
    if (atSign >= 0) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
      if (nonHost >= 0) nonHost -= atSign + 1;
      if (hostEnd >= 0) hostEnd -= atSign + 1;
    }
    var cut = nonHost >= 0 ? nonHost : hostEnd >= 0 ? hostEnd : rest.length;
    if (hostEnd >= 0 && hostEnd < cut) cut = hostEnd;
    this.host = rest.slice(0, cut);
    rest = rest.slice(cut);
    this.parseHost();

    if (typeof this.hostname !== 'string') this.hostname = '';
    var hostname = this.hostname;
    var ipv6Hostname = hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']';
    if (!ipv6Hostname) {
      // A hostname ends at a character no host holds; the rest becomes
      // part of the path.
      for (i = 0; i < hostname.length; i++) {
        c = hostname.charAt(i);
        if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
          this.hostname = hostname.slice(0, i);
          rest = '/' + hostname.slice(i) + rest;
          break;
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (!ipv6Hostname && this.hostname !== '') {
      // IDNA, leniently; a host that would change meaning on the way is
      // refused rather than guessed at (Node 20 does the same).
      var before = this.hostname;
      if (/[^\x00-\x7f]/.test(before)) this.hostname = require('punycode').toASCII(before);
      if (this.hostname === '' || /[\0\t\n\r #%\/:<>?@[\\\]^|]/.test(this.hostname)) throw invalid(url);
    } else if (ipv6Hostname && /[\0\t\n\r #%\/<>?@\\^|]/.test(this.hostname)) {
      throw invalid(url);
    }
    var p = this.port ? ':' + this.port : '';
    this.host = this.hostname + p;
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest.charAt(0) !== '/') rest = '/' + rest;
    }
  }

  // Escape what must never appear raw (not in javascript: URLs).
  if (!hostlessProtocol[lowerProto]) {
    var escaped = '';
    for (i = 0; i < rest.length; i++) {
      c = rest.charAt(i);
      escaped += autoEscape[c] || c;
    }
    rest = escaped;
  }

  var questionIdx = -1, hashIdx = rest.indexOf('#');
  if (hashIdx >= 0) {
    this.hash = rest.slice(hashIdx);
    rest = rest.slice(0, hashIdx);
  }
  questionIdx = rest.indexOf('?');
  if (questionIdx >= 0) {
    this.search = rest.slice(questionIdx);
    this.query = queryOf(rest.slice(questionIdx + 1), parseQueryString);
    rest = rest.slice(0, questionIdx);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest.length > 0) this.pathname = rest;
  else if (slashedProtocol[lowerProto] && this.hostname) this.pathname = '/';

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function () {
  var host = this.host;
  var port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function escapePathPart(s) {
  return s.replace(/[#?]/g, function (c) { return c === '#' ? '%23' : '%3F'; });
}

Url.prototype.format = function () {
  var auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  }
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') < 0 ? this.hostname : '[' + this.hostname + ']');
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = require('querystring').stringify(this.query);
  }
  var search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charAt(protocol.length - 1) !== ':') protocol += ':';
  pathname = escapePathPart(pathname);
  // slashed protocols, and anything with a host, get the //
  if (this.slashes || slashedProtocol[protocol]) {
    if (this.slashes || host) {
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file' && pathname.charAt(0) === '/' &&
               pathname.charAt(1) === '/') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function (relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// RFC 3986-style resolution of a parsed reference against this URL, with
// the quirks Node's url.resolve has always had.
Url.prototype.resolveObject = function (relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  var result = new Url();
  var k;
  for (k in this) if (Object.prototype.hasOwnProperty.call(this, k)) result[k] = this[k];
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // only a hash: change just that
  if (relative.slashes && !relative.protocol) {
    for (k in relative) {
      if (Object.prototype.hasOwnProperty.call(relative, k) && k !== 'protocol') result[k] = relative[k];
    }
    if (slashedProtocol[result.protocol] && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  var relPath;
  if (relative.protocol && relative.protocol !== result.protocol) {
    // another protocol: absolute, unless it is one that needs a base
    if (!slashedProtocol[relative.protocol]) {
      for (k in relative) if (Object.prototype.hasOwnProperty.call(relative, k)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol[relative.protocol]) {
      relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var isSourceAbs = !!result.pathname && result.pathname.charAt(0) === '/';
  var isRelAbs = !!relative.host || (!!relative.pathname && relative.pathname.charAt(0) === '/');
  var mustEndAbs = isRelAbs || isSourceAbs || !!(result.host && relative.pathname);
  var removeAllDots = mustEndAbs;
  var srcPath = (result.pathname && result.pathname.split('/')) || [];
  relPath = (relative.pathname && relative.pathname.split('/')) || [];
  var noLeadingSlashes = result.protocol && !slashedProtocol[result.protocol];

  // without slashes the host goes into the first path segment, to be taken
  // out again at the end
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // it's absolute
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // a relative path: drop the last segment of the base, add ours
    if (!srcPath) srcPath = [];
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // only the query changes
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      var authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    // nothing left of the path: the search is all there is
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // If a URL ends in . or .., or the last segment is empty, it has a
  // trailing slash after resolution.
  var last = srcPath.slice(-1)[0];
  var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // drop . and .. segments, counting the .. that climb above the root
  var up = 0;
  for (var i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // put the host back where it was lost
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    var authInHost2 = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost2) {
      result.auth = authInHost2.shift();
      result.host = result.hostname = authInHost2.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function legacyFormat(obj, options) {
  if (typeof obj === 'string') {
    obj = urlParse(obj);
  } else if (typeof obj !== 'object' || obj === null) {
    var e = new TypeError('The "urlObject" argument must be one of type object or string.' + received(obj));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  } else if (obj instanceof URL) {
    return urlFormatWhatwg(obj, options);
  }
  return Url.prototype.format.call(obj);
}

// url.format(URL, { auth, fragment, search, unicode })
function urlFormatWhatwg(u, options) {
  options = options || {};
  var s = u.protocol;
  if (u.host) {
    s += '//';
    if (options.auth !== false && (u.username || u.password)) {
      s += u.username + (u.password ? ':' + u.password : '') + '@';
    }
    s += u.host;
  } else if (u.protocol === 'file:') {
    s += '//';
  }
  s += u.pathname;
  if (options.search !== false) s += u.search;
  if (options.fragment !== false) s += u.hash;
  return s;
}

exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.Url = Url;
exports.parse = urlParse;
exports.format = legacyFormat;
exports.resolve = function (source, relative) { return urlParse(source, false, true).resolve(relative); };
exports.resolveObject = function (source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
};
exports.fileURLToPath = function (u) { return decodeURIComponent(new URL(u).pathname); };
exports.pathToFileURL = function (p) { return new URL('file://' + encodeSet(require('path').resolve(p), PATH)); };
