// querystring: Node's legacy query-string module (parse, stringify,
// escape, unescape). Keys are kept in the order they come (a Node object's
// own key order); note that mujs enumerates an object's keys in
// alphabetical order when the object is printed or stringified.
'use strict';
var hasOwn = Object.prototype.hasOwnProperty;

// As Node: encodeURIComponent's set (letters, digits, - _ . ! ~ * ' ( )
// stay as they are).
function escape(str) {
  try {
    return encodeURIComponent(str);
  } catch (e) {
    return encodeURIComponent(String(str).replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

// decodeURIComponent that leaves malformed sequences as they are.
function unescape(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return s.replace(/%([0-9a-fA-F]{2})/g, function (m, h) {
      var c = parseInt(h, 16);
      return c < 0x80 ? String.fromCharCode(c) : m;
    });
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  var keys = Object.keys(obj), out = [], i, j, k, v, ks;
  for (i = 0; i < keys.length; i++) {
    k = keys[i];
    v = obj[k];
    ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (j = 0; j < v.length; j++) out.push(ks + encode(stringifyPrimitive(v[j])));
    } else {
      out.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return out.join(sep);
}

function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep || '&';
  eq = eq || '=';
  var maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  var decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : exports.unescape;
  var parts = qs.split(sep), n = parts.length, i, x, idx, k, v;
  if (maxKeys > 0 && n > maxKeys) n = maxKeys;
  for (i = 0; i < n; i++) {
    x = parts[i];
    if (x === '' && parts.length > 1) continue;
    idx = x.indexOf(eq);
    if (idx >= 0) { k = x.slice(0, idx); v = x.slice(idx + eq.length); }
    else { k = x; v = ''; }
    k = decode(k.replace(/\+/g, ' '));
    v = decode(v.replace(/\+/g, ' '));
    if (!hasOwn.call(obj, k)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}

exports.escape = escape;
exports.unescape = unescape;
exports.stringify = exports.encode = stringify;
exports.parse = exports.decode = parse;
