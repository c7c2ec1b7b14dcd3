// path: POSIX paths, as Node's path (path.posix; path.win32 is not
// provided). The working directory is /app (process.cwd()).
'use strict';

// (called where the argument is not a string: the check is written out
// at each use, a call fewer per argument)
function assertPath(p, name) {
  if (typeof p !== 'string') {
    var e = new TypeError('The "' + (name || 'path') + '" argument must be of type string. Received ' +
      (p === null ? 'null' : typeof p === 'object' ? 'an instance of ' + (p.constructor && p.constructor.name || 'Object') : 'type ' + typeof p + ' (' + String(p) + ')'));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}

// Resolves . and .. in the segments of p; leading .. kept unless absolute.
// (send and serve-static normalise, join and resolve at every request:
// one native pass, binding_native.c; a path of 4 KiB or more comes back
// undefined and takes the split below)
var nativeSegments = native.pathSegments;
function normalizeSegments(p, absolute) {
  var r = nativeSegments(p, absolute);
  if (r !== undefined) return r;
  var parts = p.split('/'), out = [], i, s;
  for (i = 0; i < parts.length; i++) {
    s = parts[i];
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(s);
    }
  }
  return out.join('/');
}

var nativeNormalize = native.pathNormalize;
function normalize(p) {
  if (typeof p !== 'string') assertPath(p);
  var n = nativeNormalize(p);
  if (n !== undefined) return n;
  var abs = p.charAt(0) === '/';
  var trailing = p.charAt(p.length - 1) === '/';
  var r = normalizeSegments(p, abs);
  if (r === '' && !abs) r = '.';
  if (r !== '' && trailing) r += '/';
  return (abs ? '/' : '') + r;
}

// (join and resolve of strings are one native call, binding_native.c,
// when they take up to three: reading arguments.length and arguments[i]
// makes no arguments object; anything else, a non-string, a relative
// resolve, a long path, takes the way below)
var nativeJoin = native.pathJoin, nativeResolve = native.pathResolve;
function join() {
  var n = arguments.length, r;
  if (n === 2) r = nativeJoin(arguments[0], arguments[1]);
  else if (n === 1) r = nativeJoin(arguments[0]);
  else if (n === 3) r = nativeJoin(arguments[0], arguments[1], arguments[2]);
  if (r !== undefined) return r;
  var parts = [], i;
  for (i = 0; i < arguments.length; i++) {
    if (typeof arguments[i] !== 'string') assertPath(arguments[i]);
    if (arguments[i] !== '') parts.push(arguments[i]);
  }
  return parts.length ? normalize(parts.join('/')) : '.';
}

function resolve() {
  var n = arguments.length, r;
  if (n === 1) r = nativeResolve(arguments[0]);
  else if (n === 2) r = nativeResolve(arguments[0], arguments[1]);
  else if (n === 3) r = nativeResolve(arguments[0], arguments[1], arguments[2]);
  if (r !== undefined) return r;
  var resolved = '', abs = false, i, p;
  for (i = arguments.length - 1; i >= -1 && !abs; i--) {
    p = i >= 0 ? arguments[i] : process.cwd();
    if (typeof p !== 'string') assertPath(p);
    if (p === '') continue;
    resolved = p + '/' + resolved;
    abs = p.charAt(0) === '/';
  }
  resolved = normalizeSegments(resolved, abs);
  return abs ? '/' + resolved : resolved.length ? resolved : '.';
}

function isAbsolute(p) {
  if (typeof p !== 'string') assertPath(p);
  return p.charAt(0) === '/';
}

function trimTrailing(p) {
  var end = p.length;
  while (end > 1 && p.charAt(end - 1) === '/') end--;
  return p.slice(0, end);
}

function dirname(p) {
  if (typeof p !== 'string') assertPath(p);
  if (p === '') return '.';
  var abs = p.charAt(0) === '/', end = -1, matchedSlash = true, i;
  for (i = p.length - 1; i >= 1; i--) {
    if (p.charAt(i) === '/') {
      if (!matchedSlash) { end = i; break; }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return abs ? '/' : '.';
  if (abs && end === 1) return '//';
  return p.slice(0, end);
}

function basename(p, ext) {
  if (typeof p !== 'string') assertPath(p);
  if (ext !== undefined && typeof ext !== 'string') assertPath(ext, 'ext');
  var trailing = p.length > 1 && p.charAt(p.length - 1) === '/';
  p = trimTrailing(p);
  if (p === '/') return '';
  var b = p.slice(p.lastIndexOf('/') + 1);
  if (ext !== undefined && !(trailing && ext === b) && b.length >= ext.length && b.slice(b.length - ext.length) === ext)
    b = b.slice(0, b.length - ext.length);
  return b;
}

function extname(p) {
  if (typeof p !== 'string') assertPath(p);
  var b = basename(p);
  var i = b.lastIndexOf('.');
  if (i <= 0 || (i === 1 && b === '..')) return '';
  return b.slice(i);
}

function relative(from, to) {
  if (typeof from !== 'string') assertPath(from, 'from');
  if (typeof to !== 'string') assertPath(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  var f = from === '/' ? [] : from.slice(1).split('/');
  var t = to === '/' ? [] : to.slice(1).split('/');
  var i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  var up = [], j;
  for (j = i; j < f.length; j++) up.push('..');
  return up.concat(t.slice(i)).join('/');
}

function parse(p) {
  if (typeof p !== 'string') assertPath(p);
  var abs = p.charAt(0) === '/';
  var ret = { root: abs ? '/' : '', dir: '', base: '', ext: '', name: '' };
  if (p === '') return ret;
  var t = trimTrailing(p);
  var slash = t.lastIndexOf('/');
  if (slash >= (abs ? 1 : 0)) ret.dir = t.slice(0, slash);
  else if (abs) ret.dir = '/';
  if (t === '/') return ret;
  ret.base = t.slice(slash + 1);
  ret.ext = extname(ret.base);
  ret.name = ret.ext ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
  return ret;
}

function format(o) {
  if (o === null || typeof o !== 'object') {
    var e = new TypeError('The "pathObject" argument must be of type object. Received ' + (o === null ? 'null' : 'type ' + typeof o + ' (' + String(o) + ')'));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  var dir = o.dir || o.root;
  var base = o.base || ((o.name || '') + (o.ext ? (o.ext.charAt(0) === '.' ? '' : '.') + o.ext : ''));
  if (!dir) return base;
  return dir === o.root ? dir + base : dir + '/' + base;
}

exports.sep = '/';
exports.delimiter = ':';
exports.normalize = normalize;
exports.join = join;
exports.resolve = resolve;
exports.isAbsolute = isAbsolute;
exports.dirname = dirname;
exports.basename = basename;
exports.extname = extname;
exports.relative = relative;
exports.parse = parse;
exports.format = format;
exports.toNamespacedPath = function (p) { return p; };
exports.posix = exports;
