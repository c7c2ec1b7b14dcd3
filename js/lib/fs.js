// fs: the app's own files, read-only under /app (packed into the image by
// mkimage.sh, scripts/packfiles.js; bytes served by js/binding_fs.c), and a
// writable in-memory /tmp. Everything else does not exist. See docs/fs.md.
//
// The tree is built from the packed list on first use. Nodes:
//   { dir: true,  ro, children: {name: node}, ... }
//   { dir: false, ro, idx (packed entry) | data (Buffer, /tmp), size, ... }
// plus mode, ino, times. The callback API runs the synchronous operation
// and calls back from setImmediate (a later loop turn, as Node's thread
// pool does); fs.promises settles from the same operations.
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, argType = errors.argType;

var nfs = native.fs;
var pathMod = require('path');
var Buffer = require('buffer').Buffer;
var GLOBAL = Function('return this')();
var hasOwn = Object.prototype.hasOwnProperty;

// ---- errors, as libuv and Node word them (errno values of Linux)
var ERRNO = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
  EBUSY: [-16, 'resource busy or locked'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  EMFILE: [-24, 'too many open files'],
  EROFS: [-30, 'read-only file system'],
  ENAMETOOLONG: [-36, 'name too long'],
  ENOTEMPTY: [-39, 'directory not empty']
};

// (each message's head, "ENOENT: no such file or directory, ", made once:
// serve-static's stat of a file that is not there fails at every request)
Object.keys(ERRNO).forEach(function (code) { ERRNO[code][2] = code + ': ' + ERRNO[code][1] + ', '; });

function uvError(code, syscall, p, dest) {
  var en = ERRNO[code];
  var msg = en[2] + syscall;
  if (p !== undefined) msg += " '" + p + "'";
  if (dest !== undefined) msg += " -> '" + dest + "'";
  var e = new Error(msg);
  e.errno = en[0];
  e.code = code;
  e.syscall = syscall;
  if (p !== undefined) e.path = p;
  if (dest !== undefined) e.dest = dest;
  return e;
}

function isUint8Array(v) {
  return Buffer.isBuffer(v) || (typeof Uint8Array === 'function' && v instanceof Uint8Array);
}

// A path argument: string, Buffer or file: URL, as a string.
function toPath(p, name) {
  name = name || 'path';
  if (typeof p === 'string') {
    if (p.indexOf('\u0000') >= 0)
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument '" + name +
        "' must be a string, Uint8Array, or URL without null bytes. Received " + require('util').inspect(p));
    return p;
  }
  if (Buffer.isBuffer(p)) return toPath(p.toString(), name);
  if (p && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string') {
    if (p.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    return decodeURIComponent(p.pathname);
  }
  throw argType(name, 'of type string or an instance of Buffer or URL', p);
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw argType('cb', 'of type function', cb);
  return cb;
}

// ---- the tree
var constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512,
  O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4
};
var C = constants;

var root = null, nextIno = 1;
// The directories under /app by absolute path, "/app" included: nothing
// is ever made or removed there (read-only), so a path's parent is found
// at once (lookup).
var appDirs = null;
function now() { return Date.now(); }

function newNode(dir, ro, mode, t) {
  return {
    dir: dir, ro: ro, mode: mode, ino: nextIno++, size: 0,
    children: dir ? {} : null, data: null, idx: -1, nlink: dir ? 2 : 1,
    uid: 0, gid: 0, dev: ro ? 2049 : 38,
    atimeMs: t, mtimeMs: t, ctimeMs: t, birthtimeMs: t
  };
}

function tree() {
  if (root) return root;
  var mt = nfs.mtime(), list = nfs.list(), i, k, name, parts, d, seg;
  root = newNode(true, true, C.S_IFDIR | 493, mt);
  root.children.app = newNode(true, true, C.S_IFDIR | 365, mt);
  root.children.tmp = newNode(true, false, C.S_IFDIR | 1023 | 512, now());
  appDirs = Object.create(null);
  appDirs['/app'] = root.children.app;
  for (i = 0; i < list.length; i += 2) {
    name = list[i];
    if (name.slice(0, 5) !== '/app/') continue;
    parts = name.slice(1).split('/');
    d = root;
    var dirPath = '';
    for (k = 0; k < parts.length - 1; k++) {
      seg = parts[k];
      dirPath += '/' + seg;
      if (!hasOwn.call(d.children, seg)) d.children[seg] = appDirs[dirPath] = newNode(true, true, C.S_IFDIR | 365, mt);
      d = d.children[seg];
    }
    seg = parts[parts.length - 1];
    if (seg === '') continue; // "dir/": an empty directory, made above
    var f = newNode(false, true, C.S_IFREG | 292, mt);
    f.idx = i / 2;
    f.size = list[i + 1];
    d.children[seg] = f;
  }
  return root;
}

// Looks up path p (as given: for messages). Returns { node, parent, name,
// abs }; node is null when only the last component is missing. Throws
// ENOENT/ENOTDIR for a missing or non-directory parent.
var NO_PARTS = []; // (never written)
function lookup(p, syscall, dest) {
  if (p === '') throw uvError('ENOENT', syscall, p, dest);
  var abs = pathMod.resolve(p), d = tree(), i, seg, parent = null, name = '';
  // (a path whose parent is a directory under /app: that directory from
  // appDirs, as the walk below would reach it through directories only)
  var slash = abs.lastIndexOf('/'), parts = NO_PARTS;
  if (slash > 0 && (parent = appDirs[abs.slice(0, slash)]) !== undefined) {
    name = abs.slice(slash + 1);
    d = hasOwn.call(parent.children, name) ? parent.children[name] : null;
  } else {
    parent = null;
    parts = abs.split('/');
  }
  for (i = 1; i < parts.length; i++) {
    seg = parts[i];
    if (seg === '') continue;
    if (!d) throw uvError('ENOENT', syscall, p, dest);
    if (!d.dir) throw uvError('ENOTDIR', syscall, p, dest);
    parent = d;
    name = seg;
    d = hasOwn.call(d.children, seg) ? d.children[seg] : null;
  }
  if (d && !d.dir && /\/\.?$/.test(p)) throw uvError('ENOTDIR', syscall, p, dest);
  return { node: d, parent: parent, name: name, abs: abs };
}

function existing(p, syscall, dest) {
  var r = lookup(p, syscall, dest);
  if (!r.node) throw uvError('ENOENT', syscall, p, dest);
  return r;
}

function bytesOf(node, start, end) {
  if (node.data) return node.data.slice(start, end);
  return nfs.read(node.idx, start, end);
}

function touch(node) { node.mtimeMs = node.ctimeMs = now(); }

// ---- Stats and Dirent
function Stats(node) {
  this.dev = node.dev;
  this.mode = node.mode;
  this.nlink = node.nlink;
  this.uid = node.uid;
  this.gid = node.gid;
  this.rdev = 0;
  this.blksize = 4096;
  this.ino = node.ino;
  this.size = node.dir ? 4096 : node.size;
  this.blocks = Math.ceil(this.size / 4096) * 8;
  this.atimeMs = node.atimeMs;
  this.mtimeMs = node.mtimeMs;
  this.ctimeMs = node.ctimeMs;
  this.birthtimeMs = node.birthtimeMs;
  this.atime = new Date(node.atimeMs);
  this.mtime = new Date(node.mtimeMs);
  this.ctime = new Date(node.ctimeMs);
  this.birthtime = new Date(node.birthtimeMs);
}
function modeIs(type) { return function () { return (this.mode & C.S_IFMT) === type; }; }
Stats.prototype.isFile = modeIs(C.S_IFREG);
Stats.prototype.isDirectory = modeIs(C.S_IFDIR);
Stats.prototype.isSymbolicLink = modeIs(C.S_IFLNK);
Stats.prototype.isBlockDevice = modeIs(C.S_IFBLK);
Stats.prototype.isCharacterDevice = modeIs(C.S_IFCHR);
Stats.prototype.isFIFO = modeIs(C.S_IFIFO);
Stats.prototype.isSocket = modeIs(C.S_IFSOCK);

function Dirent(name, type, dirPath) {
  this.name = name;
  this.parentPath = dirPath;
  this.path = dirPath;
  Object.defineProperty(this, '_type', { value: type, writable: true, configurable: true });
}
function typeIs(t) { return function () { return this._type === t; }; }
Dirent.prototype.isFile = typeIs(C.UV_DIRENT_FILE);
Dirent.prototype.isDirectory = typeIs(C.UV_DIRENT_DIR);
Dirent.prototype.isSymbolicLink = typeIs(C.UV_DIRENT_LINK);
Dirent.prototype.isBlockDevice = typeIs(C.UV_DIRENT_BLOCK);
Dirent.prototype.isCharacterDevice = typeIs(C.UV_DIRENT_CHAR);
Dirent.prototype.isFIFO = typeIs(C.UV_DIRENT_FIFO);
Dirent.prototype.isSocket = typeIs(C.UV_DIRENT_SOCKET);

var NO_OPTIONS = {}; // only read
function statOptions(options) {
  if (options && options.bigint)
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'fs: bigint stats need BigInt, which unijs does not have');
  return options || NO_OPTIONS;
}

// lookup, or null where it finds no entry (ENOENT, a directory on the way
// missing too): statSync's throwIfNoEntry: false answers undefined then,
// as Node's
function lookupOrNull(p, syscall) {
  try {
    return lookup(p, syscall);
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

// The callback and promise forms have no throwIfNoEntry (Node's report
// ENOENT): the options without it.
function entryOptions(options) {
  return options && options.throwIfNoEntry === false ? { bigint: options.bigint } : options;
}

function statSync(p, options) {
  options = statOptions(options);
  p = toPath(p);
  var r = options.throwIfNoEntry === false ? lookupOrNull(p, 'stat') : lookup(p, 'stat');
  if (r === null) return undefined;
  if (!r.node) {
    if (options.throwIfNoEntry === false) return undefined;
    throw uvError('ENOENT', 'stat', p);
  }
  return new Stats(r.node);
}
function lstatSync(p, options) {
  options = statOptions(options);
  p = toPath(p);
  var r = options.throwIfNoEntry === false ? lookupOrNull(p, 'lstat') : lookup(p, 'lstat');
  if (r === null) return undefined;
  if (!r.node) {
    if (options.throwIfNoEntry === false) return undefined;
    throw uvError('ENOENT', 'lstat', p);
  }
  return new Stats(r.node);
}

// ---- file descriptors
var fds = {};
var consoleNode = null;
function stdioNode() {
  if (!consoleNode) consoleNode = newNode(false, false, C.S_IFCHR | 400, now());
  return consoleNode;
}

function checkFd(fd) {
  if (typeof fd !== 'number') throw argType('fd', 'of type number', fd);
  if (!(fd >= 0 && fd <= 2147483647 && fd === Math.floor(fd)))
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ' + fd);
  return fd;
}
function fdEntry(fd, syscall) {
  checkFd(fd);
  if (!hasOwn.call(fds, fd)) throw uvError('EBADF', syscall);
  return fds[fd];
}

var FLAGS = {
  r: C.O_RDONLY, rs: C.O_RDONLY | C.O_SYNC, sr: C.O_RDONLY | C.O_SYNC,
  'r+': C.O_RDWR, 'rs+': C.O_RDWR | C.O_SYNC, 'sr+': C.O_RDWR | C.O_SYNC,
  w: C.O_TRUNC | C.O_CREAT | C.O_WRONLY, wx: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xw: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR, 'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  a: C.O_APPEND | C.O_CREAT | C.O_WRONLY, ax: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL, as: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  sa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR, 'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL, 'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
  'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC
};
function flagsOf(flags, dflt) {
  if (flags === undefined || flags === null) flags = dflt;
  if (typeof flags === 'number') return flags;
  if (typeof flags === 'string' && hasOwn.call(FLAGS, flags)) return FLAGS[flags];
  throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'flags' is invalid. Received " + require('util').inspect(flags));
}

function modeOf(mode, dflt) {
  if (mode === undefined || mode === null) return dflt;
  if (typeof mode === 'string' && /^[0-7]+$/.test(mode)) return parseInt(mode, 8);
  if (typeof mode === 'number' && mode >= 0 && mode <= 4294967295 && mode === Math.floor(mode)) return mode;
  throw argType('mode', 'of type number', mode);
}

function openSync(p, flags, mode) {
  p = toPath(p);
  var f = flagsOf(flags, 'r'), acc = f & 3;
  var r = lookup(p, 'open'), node = r.node;
  if (!node) {
    if (!(f & C.O_CREAT)) throw uvError('ENOENT', 'open', p);
    if (!r.parent || r.parent.ro) throw uvError('EROFS', 'open', p);
    node = newNode(false, false, C.S_IFREG | (modeOf(mode, 438) & 4095 & ~18), now());
    r.parent.children[r.name] = node;
    touch(r.parent);
  } else {
    if ((f & C.O_CREAT) && (f & C.O_EXCL)) throw uvError('EEXIST', 'open', p);
    if (node.dir && acc !== C.O_RDONLY) throw uvError('EISDIR', 'open', p);
    if (!node.dir && (f & C.O_DIRECTORY)) throw uvError('ENOTDIR', 'open', p);
    if (acc !== C.O_RDONLY && node.ro) throw uvError('EROFS', 'open', p);
    if ((f & C.O_TRUNC) && acc !== C.O_RDONLY) truncateNode(node, 0);
  }
  var fd = 3;
  while (hasOwn.call(fds, fd)) fd++;
  fds[fd] = {
    node: node, pos: 0, append: !!(f & C.O_APPEND),
    readable: acc !== C.O_WRONLY, writable: acc !== C.O_RDONLY, path: p
  };
  return fd;
}

function closeSync(fd) {
  fdEntry(fd, 'close');
  delete fds[fd];
}

function fstatSync(fd, options) {
  statOptions(options);
  checkFd(fd);
  if (fd <= 2 && !hasOwn.call(fds, fd)) return new Stats(stdioNode());
  return new Stats(fdEntry(fd, 'fstat').node);
}

// Makes node's data hold at least n bytes (a /tmp file).
function reserve(node, n) {
  var cap = node.data ? node.data.length : 0;
  if (n <= cap) return;
  var grown = Buffer.alloc(Math.max(n, cap * 2, 64));
  if (node.data) node.data.copy(grown, 0, 0, node.size);
  node.data = grown;
}
function truncateNode(node, len) {
  if (len > node.size) {
    reserve(node, len);
    node.data.fill(0, node.size, len);
  }
  node.size = len;
  touch(node);
}

// an explicit file position (else the descriptor's own, which advances)
// Node's isFd: a number is a descriptor only as a uint32 (else a bad path)
function isUint32(p) { return typeof p === 'number' && p >>> 0 === p; }
function isPos(p) { return typeof p === 'number' && p >= 0; }

function readInto(e, buffer, offset, length, position) {
  if (!e.readable) throw uvError('EBADF', 'read');
  if (e.node.dir) throw uvError('EISDIR', 'read');
  var pos = isPos(position) ? position : e.pos;
  var end = Math.min(e.node.size, pos + length), n = Math.max(0, end - pos);
  if (n > 0) {
    var src = bytesOf(e.node, pos, end);
    src.copy(buffer, offset, 0, n);
  }
  if (!isPos(position)) e.pos = pos + n;
  return n;
}

function readArgs(buffer, offset, length, position) {
  if (!isUint8Array(buffer)) throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  if (offset !== null && typeof offset === 'object') {
    position = offset.position;
    length = offset.length;
    offset = offset.offset;
  }
  if (offset === undefined || offset === null) offset = 0;
  if (typeof offset !== 'number') throw argType('offset', 'of type number', offset);
  if (length === undefined) length = buffer.length - offset;
  if (typeof length !== 'number') throw argType('length', 'of type number', length);
  if (!(offset >= 0 && offset <= buffer.length))
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. It must be >= 0 && <= ' + buffer.length + '. Received ' + offset);
  if (!(length >= 0 && length <= buffer.length - offset))
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "length" is out of range. It must be >= 0 && <= ' + (buffer.length - offset) + '. Received ' + length);
  return [offset, length, position];
}

function readSync(fd, buffer, offset, length, position) {
  var e = fdEntry(fd, 'read');
  var a = readArgs(buffer, offset, length, position);
  return readInto(e, buffer, a[0], a[1], a[2]);
}

function writeBytes(e, bytes, position) {
  if (!e.writable) throw uvError('EBADF', 'write');
  var node = e.node, n = bytes.length;
  var pos = e.append ? node.size : isPos(position) ? position : e.pos;
  reserve(node, pos + n);
  if (pos > node.size) node.data.fill(0, node.size, pos);
  bytes.copy(node.data, pos, 0, n);
  if (pos + n > node.size) node.size = pos + n;
  touch(node);
  if (e.append || !isPos(position)) e.pos = pos + n;
  return n;
}

function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (Buffer.isBuffer(data)) return data;
  if (isUint8Array(data)) return Buffer.from(data.buffer || data, data.byteOffset || 0, data.byteLength);
  throw argType(name || 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function writeSync(fd, buffer, offset, length, position) {
  checkFd(fd);
  var bytes, pos;
  if (typeof buffer === 'string') {
    // (fd, string[, position[, encoding]])
    var enc = typeof length === 'string' ? length : 'utf8';
    bytes = Buffer.from(buffer, enc);
    pos = offset;
  } else {
    if (!isUint8Array(buffer)) throw argType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    var a = readArgs(buffer, offset, length, position);
    bytes = toBytes(buffer).slice(a[0], a[0] + a[1]);
    pos = a[2];
  }
  if ((fd === 1 || fd === 2) && !hasOwn.call(fds, fd)) {
    native.write(bytes.toString('utf8'));
    return bytes.length;
  }
  return writeBytes(fdEntry(fd, 'write'), bytes, pos);
}

function ftruncateSync(fd, len) {
  var e = fdEntry(fd, 'ftruncate');
  if (!e.writable) throw uvError('EINVAL', 'ftruncate');
  truncateNode(e.node, len > 0 ? len : 0);
}
function truncateSync(p, len) {
  if (typeof p === 'number') return ftruncateSync(p, len);
  var fd = openSync(p, 'r+');
  try { ftruncateSync(fd, len); } finally { closeSync(fd); }
}

// ---- whole files
function encodingOption(options, dflt) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return dflt;
  if (typeof options !== 'object') throw argType('options', 'of type object', options);
  return options.encoding === undefined ? dflt : options.encoding;
}
function checkEncoding(enc) {
  if (enc && enc !== 'buffer' && !Buffer.isEncoding(enc))
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received " + require('util').inspect(enc));
  return enc;
}

function readFileSync(p, options) {
  var enc = checkEncoding(encodingOption(options, null));
  var flag = options && typeof options === 'object' ? options.flag : undefined;
  var isFd = isUint32(p), fd = isFd ? p : openSync(p, flag || 'r'), buf;
  try {
    var e = fdEntry(fd, 'read');
    if (!e.readable) throw uvError('EBADF', 'read');
    if (e.node.dir) throw uvError('EISDIR', 'read');
    var start = isFd ? e.pos : 0;
    buf = bytesOf(e.node, start, e.node.size);
    if (isFd) e.pos = Math.max(start, e.node.size);
  } finally {
    if (!isFd) closeSync(fd);
  }
  if (e.node.data) buf = Buffer.from(buf); // a copy: later writes must not show through
  return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
}

function writeFileSync(p, data, options, dfltFlag) {
  var enc = encodingOption(options, 'utf8');
  var o = options && typeof options === 'object' ? options : {};
  var bytes = toBytes(data, enc);
  if (isUint32(p)) {
    writeBytes(fdEntry(p, 'write'), bytes);
    return;
  }
  var fd = openSync(p, o.flag || dfltFlag || 'w', o.mode);
  try {
    writeBytes(fds[fd], bytes);
  } finally {
    closeSync(fd);
  }
}
function appendFileSync(p, data, options) {
  writeFileSync(p, data, options, 'a');
}

// ---- directories
function readdirSync(p, options) {
  p = toPath(p);
  var enc = checkEncoding(encodingOption(options, 'utf8'));
  var o = options && typeof options === 'object' ? options : {};
  var r = existing(p, 'scandir');
  if (!r.node.dir) throw uvError('ENOTDIR', 'scandir', p);
  var out = [];
  (function list(dir, rel, dirPath) {
    Object.keys(dir.children).sort().forEach(function (name) {
      var child = dir.children[name], relName = rel ? rel + '/' + name : name;
      if (o.withFileTypes) {
        out.push(new Dirent(enc === 'buffer' ? Buffer.from(name) : name,
          child.dir ? C.UV_DIRENT_DIR : child === consoleNode ? C.UV_DIRENT_CHAR : C.UV_DIRENT_FILE, dirPath));
      } else {
        out.push(enc === 'buffer' ? Buffer.from(relName) : relName);
      }
      if (o.recursive && child.dir) list(child, relName, dirPath + '/' + name);
    });
  })(r.node, '', p);
  return out;
}

function mkdirSync(p, options) {
  p = toPath(p);
  var o = typeof options === 'object' && options !== null ? options : { mode: options };
  var mode = modeOf(o.mode, 511) & 4095 & ~18;
  if (!o.recursive) {
    var r = lookup(p, 'mkdir');
    if (r.node) throw uvError('EEXIST', 'mkdir', p);
    if (!r.parent) throw uvError('EEXIST', 'mkdir', p);
    if (r.parent.ro) throw uvError('EROFS', 'mkdir', p);
    r.parent.children[r.name] = newNode(true, false, C.S_IFDIR | mode, now());
    r.parent.nlink++;
    touch(r.parent);
    return undefined;
  }
  var abs = pathMod.resolve(p), parts = abs.split('/'), d = tree(), first, i, at = '';
  for (i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    at += '/' + parts[i];
    if (!d.dir) throw uvError('ENOTDIR', 'mkdir', p);
    if (hasOwn.call(d.children, parts[i])) {
      d = d.children[parts[i]];
      continue;
    }
    if (d.ro) throw uvError('EROFS', 'mkdir', p);
    var n = newNode(true, false, C.S_IFDIR | mode, now());
    d.children[parts[i]] = n;
    d.nlink++;
    touch(d);
    d = n;
    if (first === undefined) first = at;
  }
  if (!d.dir) throw uvError('EEXIST', 'mkdir', p);
  return first;
}

function mkdtempSync(prefix, options) {
  prefix = toPath(prefix, 'prefix');
  var chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', k, name, tries = 0;
  do {
    name = prefix;
    for (k = 0; k < 6; k++) name += chars.charAt(Math.floor(Math.random() * chars.length));
    if (++tries > 100) throw uvError('EEXIST', 'mkdtemp', prefix + 'XXXXXX');
  } while (lookupQuiet(name));
  try {
    mkdirSync(name, 448);
  } catch (e) {
    throw uvError(e.code, 'mkdtemp', prefix + 'XXXXXX');
  }
  var enc = encodingOption(options, 'utf8');
  return enc === 'buffer' ? Buffer.from(name) : name;
}
function lookupQuiet(p) {
  try { return lookup(p, 'stat').node; } catch (e) { return null; }
}

function rmdirSync(p, options) {
  p = toPath(p);
  if (options && options.recursive) return rmSync(p, { recursive: true, force: false });
  var r = existing(p, 'rmdir');
  if (!r.node.dir) throw uvError('ENOTDIR', 'rmdir', p);
  if (!r.parent) throw uvError('EBUSY', 'rmdir', p);
  if (r.node.ro || r.parent.ro) throw r.node === tree().children.tmp ? uvError('EBUSY', 'rmdir', p) : uvError('EROFS', 'rmdir', p);
  if (Object.keys(r.node.children).length) throw uvError('ENOTEMPTY', 'rmdir', p);
  delete r.parent.children[r.name];
  r.parent.nlink--;
  touch(r.parent);
}

function unlinkSync(p) {
  p = toPath(p);
  var r = existing(p, 'unlink');
  if (r.node.dir) throw uvError('EISDIR', 'unlink', p);
  if (r.parent.ro) throw uvError('EROFS', 'unlink', p);
  delete r.parent.children[r.name];
  touch(r.parent);
}

function rmSync(p, options) {
  p = toPath(p);
  var o = options || {};
  var r = lookup(p, 'lstat');
  if (!r.node) {
    if (o.force) return;
    throw uvError('ENOENT', 'lstat', p);
  }
  if (r.node.dir && !o.recursive) {
    var e = new Error('Path is a directory: rm returned EISDIR (is a directory) ' + p);
    e.name = 'SystemError';
    e.code = 'ERR_FS_EISDIR';
    e.errno = 21;
    e.syscall = 'rm';
    e.path = p;
    throw e;
  }
  if (!r.parent) throw uvError('EBUSY', 'rm', p);
  if (r.parent.ro) throw uvError(r.node === tree().children.tmp ? 'EBUSY' : 'EROFS', r.node.dir ? 'rmdir' : 'unlink', p);
  delete r.parent.children[r.name];
  if (r.node.dir) r.parent.nlink--;
  touch(r.parent);
}

function renameSync(from, to) {
  from = toPath(from, 'oldPath');
  to = toPath(to, 'newPath');
  // (messages name both: "rename 'a' -> 'b'")
  var a = existing(from, 'rename', to), b;
  try {
    b = lookup(to, 'rename');
  } catch (e) {
    throw uvError(e.code, 'rename', from, to);
  }
  if (a.parent === null || a.parent.ro || !b.parent || b.parent.ro) {
    if (b.node && b.node === a.node) return;
    throw uvError('EROFS', 'rename', from, to);
  }
  if (b.node === a.node) return;
  if (b.node) {
    if (a.node.dir && !b.node.dir) throw uvError('ENOTDIR', 'rename', from, to);
    if (!a.node.dir && b.node.dir) throw uvError('EISDIR', 'rename', from, to);
    if (b.node.dir && Object.keys(b.node.children).length) throw uvError('ENOTEMPTY', 'rename', from, to);
  }
  if (a.node.dir && (b.abs + '/').indexOf(a.abs + '/') === 0) throw uvError('EINVAL', 'rename', from, to);
  delete a.parent.children[a.name];
  b.parent.children[b.name] = a.node;
  if (a.node.dir) { a.parent.nlink--; if (!b.node) b.parent.nlink++; }
  touch(a.parent);
  touch(b.parent);
  a.node.ctimeMs = now();
}

function copyFileSync(src, dest, mode) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = mode || 0;
  var a = existing(src, 'copyfile', dest);
  if (a.node.dir) throw uvError('EISDIR', 'copyfile', src, dest);
  var b;
  try {
    b = lookup(dest, 'copyfile');
  } catch (e) {
    throw uvError(e.code, 'copyfile', src, dest);
  }
  if (b.node && (mode & C.COPYFILE_EXCL)) throw uvError('EEXIST', 'copyfile', src, dest);
  if (b.node && b.node.dir) throw uvError('EISDIR', 'copyfile', src, dest);
  if (!b.parent || (b.node ? b.node.ro : b.parent.ro)) throw uvError('EROFS', 'copyfile', src, dest);
  if (b.node === a.node) return;
  var bytes = bytesOf(a.node, 0, a.node.size);
  var n = b.node;
  if (!n) {
    n = newNode(false, false, C.S_IFREG | (a.node.mode & 4095 | 128), now());
    b.parent.children[b.name] = n;
    touch(b.parent);
  }
  n.data = Buffer.from(bytes);
  n.size = bytes.length;
  touch(n);
}

function accessSync(p, mode) {
  p = toPath(p);
  mode = mode === undefined ? C.F_OK : mode;
  if (typeof mode !== 'number') throw argType('mode', 'of type number', mode);
  var r = existing(p, 'access');
  if ((mode & C.W_OK) && r.node.ro) throw uvError('EROFS', 'access', p);
  if ((mode & C.X_OK) && !r.node.dir && !(r.node.mode & 73)) throw uvError('EACCES', 'access', p);
}

function existsSync(p) {
  try {
    return !!lookup(toPath(p), 'access').node;
  } catch (e) {
    return false;
  }
}

function realpathSync(p, options) {
  p = toPath(p);
  var r = existing(p, 'lstat');
  var enc = encodingOption(options, 'utf8');
  return enc === 'buffer' ? Buffer.from(r.abs) : r.abs;
}
realpathSync.native = realpathSync;

function readlinkSync(p) {
  p = toPath(p);
  existing(p, 'readlink');
  throw uvError('EINVAL', 'readlink', p);
}

function chmodSync(p, mode) {
  p = toPath(p);
  mode = modeOf(mode);
  if (mode === undefined) throw argType('mode', 'of type number', mode);
  var r = existing(p, 'chmod');
  if (r.node.ro) throw uvError('EROFS', 'chmod', p);
  r.node.mode = (r.node.mode & C.S_IFMT) | (mode & 4095);
  r.node.ctimeMs = now();
}
function fchmodSync(fd, mode) {
  var e = fdEntry(fd, 'fchmod');
  if (e.node.ro) throw uvError('EROFS', 'fchmod');
  e.node.mode = (e.node.mode & C.S_IFMT) | (modeOf(mode) & 4095);
}

function toMs(t, name) {
  if (t instanceof Date) return t.getTime();
  if (typeof t === 'number') return t * 1000;
  if (typeof t === 'string' && t !== '' && !isNaN(Number(t))) return Number(t) * 1000;
  throw argType(name, 'of type number or an instance of Date', t);
}
function utimesSync(p, atime, mtime) {
  p = toPath(p);
  var a = toMs(atime, 'atime'), m = toMs(mtime, 'mtime');
  var r = existing(p, 'utime');
  if (r.node.ro) throw uvError('EROFS', 'utime', p);
  r.node.atimeMs = a;
  r.node.mtimeMs = m;
  r.node.ctimeMs = now();
}
function futimesSync(fd, atime, mtime) {
  var a = toMs(atime, 'atime'), m = toMs(mtime, 'mtime');
  var e = fdEntry(fd, 'futime');
  if (e.node.ro) throw uvError('EROFS', 'futime');
  e.node.atimeMs = a;
  e.node.mtimeMs = m;
}

function linkSync(existingPath, newPath) {
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  existing(existingPath, 'link', newPath);
  throw uvError('EPERM', 'link', existingPath, newPath);
}
function symlinkSync(target, p) {
  target = toPath(target, 'target');
  p = toPath(p);
  throw uvError('EPERM', 'symlink', target, p);
}

function noop() {}
function fsyncSync(fd) { fdEntry(fd, 'fsync'); }
function fdatasyncSync(fd) { fdEntry(fd, 'fdatasync'); }

function noWatch(name) {
  return function () {
    throw codedError(Error, 'ERR_UNIJS_NO_WATCH', 'fs.' + name + '() is not available in unijs: ' +
      'the files under /app are packed into the image and never change, and /tmp is only changed by the app');
  };
}

// ---- the callback API
// (the callback owed, queued as timers.js queues it: before the next check
// phase's immediates)
var later = require('timers')._unijsLater;

function isArgError(e) {
  return e && typeof e.code === 'string' && e.code.indexOf('ERR_') === 0 && e.code !== 'ERR_FS_EISDIR';
}

// fs.NAME(args..., cb) from NAME + 'Sync': the result as cb(null, result).
// (One or two arguments before the callback, the usual calls, without an
// array of them: serve-static stats a path at every request.)
function async(syncFn, nargs) {
  return function (a, b) {
    var n = arguments.length;
    if ((n === 2 || n === 3) && (nargs === undefined || nargs < n)) {
      var done = arguments[n - 1], value;
      checkCallback(done);
      try {
        value = n === 2 ? syncFn(a) : syncFn(a, b);
      } catch (e) {
        if (isArgError(e)) throw e;
        later(done, e);
        return;
      }
      later(done, null, value);
      return;
    }
    var args = Array.prototype.slice.call(arguments);
    var cb = args.pop();
    checkCallback(cb);
    if (nargs !== undefined) while (args.length < nargs) args.push(undefined);
    var result;
    try {
      result = syncFn.apply(null, args);
    } catch (e) {
      if (isArgError(e)) throw e;
      later(cb, e);
      return;
    }
    later(cb, null, result);
  };
}

var fs = exports;
fs.constants = constants;
fs.F_OK = C.F_OK;
fs.R_OK = C.R_OK;
fs.W_OK = C.W_OK;
fs.X_OK = C.X_OK;
fs.Stats = Stats;
fs.Dirent = Dirent;

var syncs = {
  access: accessSync, appendFile: appendFileSync, chmod: chmodSync, close: closeSync,
  copyFile: copyFileSync, fchmod: fchmodSync, fdatasync: fdatasyncSync, fstat: fstatSync,
  fsync: fsyncSync, ftruncate: ftruncateSync, futimes: futimesSync, link: linkSync,
  lstat: lstatSync, mkdir: mkdirSync, mkdtemp: mkdtempSync, open: openSync,
  readdir: readdirSync, readFile: readFileSync, readlink: readlinkSync, realpath: realpathSync,
  rename: renameSync, rm: rmSync, rmdir: rmdirSync, stat: statSync, symlink: symlinkSync,
  truncate: truncateSync, unlink: unlinkSync, utimes: utimesSync, writeFile: writeFileSync
};
var asyncOf = {
  stat: function (p, options) { return statSync(p, entryOptions(options)); },
  lstat: function (p, options) { return lstatSync(p, entryOptions(options)); }
};
Object.keys(syncs).forEach(function (name) {
  fs[name + 'Sync'] = syncs[name];
  fs[name] = async(asyncOf[name] || syncs[name]);
});
fs.writeFileSync = function (p, data, options) { writeFileSync(p, data, options); };
fs.writeFile = async(fs.writeFileSync, 3);
fs.appendFile = async(appendFileSync, 3);
fs.existsSync = existsSync;
fs.exists = function (p, cb) {
  checkCallback(cb);
  later(cb, existsSync(p));
};
fs.realpath.native = fs.realpath;
fs.realpathSync = realpathSync;
fs.readSync = readSync;
fs.writeSync = writeSync;
fs.read = function (fd, buffer, offset, length, position, cb) {
  var args = Array.prototype.slice.call(arguments);
  cb = checkCallback(args.pop());
  if (args.length === 1 || (args.length === 2 && !isUint8Array(buffer))) {
    // read(fd, [options,] cb): a new 16 KiB buffer unless options give one
    var o = args[1] || {};
    buffer = o.buffer || Buffer.alloc(16384);
    offset = o.offset || 0;
    length = o.length === undefined ? buffer.length - offset : o.length;
    position = o.position;
  } else {
    buffer = args[1]; offset = args[2]; length = args[3]; position = args[4];
  }
  var n;
  try {
    n = readSync(fd, buffer, offset, length, position);
  } catch (e) {
    if (isArgError(e)) throw e;
    later(cb, e);
    return;
  }
  later(cb, null, n, buffer);
};
fs.write = function (fd, buffer) {
  var args = Array.prototype.slice.call(arguments);
  var cb = checkCallback(args.pop());
  var n;
  try {
    n = writeSync.apply(null, args);
  } catch (e) {
    if (isArgError(e)) throw e;
    later(cb, e);
    return;
  }
  later(cb, null, n, buffer);
};
fs.lchmod = undefined;
fs.watch = noWatch('watch');
fs.watchFile = noWatch('watchFile');
fs.unwatchFile = noWatch('unwatchFile');

// ---- streams (on the stream module)
function ReadStream(p, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(p, options);
  var Readable = require('stream').Readable;
  if (typeof options === 'string') options = { encoding: options };
  options = options || {};
  Readable.call(this, { highWaterMark: options.highWaterMark || 65536, encoding: options.encoding });
  this.path = p === undefined || p === null ? undefined : toPath(p);
  this.fd = options.fd === undefined ? null : options.fd;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 438 : options.mode;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  this.bytesRead = 0;
  this.pos = this.start;
  if (this.start !== undefined && this.end !== Infinity && this.start > this.end)
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "start" is out of range. It must be <= "end" (here: ' + this.end + '). Received ' + this.start);
  if (this.fd === null) openLater(this);
}
// A stream made from a path opens its file on a later turn, as Node's
// (listeners for 'open' added now still hear it); a failure destroys it.
function openLater(stream) {
  setImmediate(function () {
    try {
      stream.fd = openSync(stream.path, stream.flags, stream.mode);
    } catch (e) {
      stream.destroy(e);
      return;
    }
    stream.emit('open', stream.fd);
    stream.emit('ready');
    if (stream._kick) stream._kick();
  });
}
function inherit(Ctor, Base) {
  Ctor.prototype = Object.create(Base.prototype, { constructor: { value: Ctor, writable: true, configurable: true } });
  if (Object.setPrototypeOf) Object.setPrototypeOf(Ctor, Base);
}
var streamsReady = false;
function streams() {
  if (streamsReady) return;
  var stream = require('stream');
  inherit(ReadStream, stream.Readable);
  inherit(WriteStream, stream.Writable);
  ReadStream.prototype._read = function (n) {
    if (this.fd === null) { this._wantRead = true; return; }
    var self = this;
    var max = this.end === Infinity ? n : Math.min(n, this.end + 1 - (this.pos === undefined ? fds[this.fd] ? fds[this.fd].pos : 0 : this.pos));
    if (max <= 0) { this.push(null); return; }
    var buf = Buffer.alloc(max), got;
    try {
      got = readSync(this.fd, buf, 0, max, this.pos === undefined ? null : this.pos);
    } catch (e) {
      this.destroy(e);
      return;
    }
    if (this.pos !== undefined) this.pos += got;
    this.bytesRead += got;
    setImmediate(function () { self.push(got ? buf.slice(0, got) : null); });
  };
  ReadStream.prototype._kick = function () {
    if (this._wantRead) { this._wantRead = false; this._read(this.readableHighWaterMark || 65536); }
  };
  // (the stream emits 'close' after this, as for Node's fs streams)
  ReadStream.prototype._destroy = function (err, cb) {
    if (this.fd !== null && this.autoClose && hasOwn.call(fds, this.fd)) {
      closeSync(this.fd);
      this.fd = null;
    }
    cb(err);
  };
  ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') this.once('close', cb);
    this.destroy();
  };
  Object.defineProperty(ReadStream.prototype, 'pending', {
    get: function () { return this.fd === null; }, configurable: true
  });
  WriteStream.prototype._write = function (chunk, encoding, cb) {
    var self = this;
    if (this.fd === null) {
      this.once('open', function () { self._write(chunk, encoding, cb); });
      return;
    }
    try {
      var n = writeBytes(fdEntry(this.fd, 'write'), toBytes(chunk, encoding), this.pos === undefined ? null : this.pos);
      if (this.pos !== undefined) this.pos += n;
      this.bytesWritten += n;
    } catch (e) {
      cb(e);
      return;
    }
    setImmediate(cb);
  };
  WriteStream.prototype._final = function (cb) { cb(); };
  WriteStream.prototype._destroy = ReadStream.prototype._destroy;
  WriteStream.prototype.close = function (cb) {
    if (typeof cb === 'function') this.once('close', cb);
    if (this.writable && !this.writableEnded) this.end();
    else this.destroy();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  Object.defineProperty(WriteStream.prototype, 'pending', {
    get: function () { return this.fd === null; }, configurable: true
  });
  streamsReady = true;
}

function WriteStream(p, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(p, options);
  var Writable = require('stream').Writable;
  if (typeof options === 'string') options = { encoding: options };
  options = options || {};
  Writable.call(this, { highWaterMark: options.highWaterMark, decodeStrings: true, defaultEncoding: options.encoding || 'utf8' });
  this.path = p === undefined || p === null ? undefined : toPath(p);
  this.fd = options.fd === undefined ? null : options.fd;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 438 : options.mode;
  this.start = options.start;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  this.pos = this.start;
  this.bytesWritten = 0;
  var self = this;
  this.on('finish', function () { if (self.autoClose) self.destroy(); });
  if (this.fd === null) openLater(this);
}

fs.ReadStream = ReadStream;
fs.WriteStream = WriteStream;
fs.createReadStream = function (p, options) { streams(); return new ReadStream(p, options); };
fs.createWriteStream = function (p, options) { streams(); return new WriteStream(p, options); };

// ---- fs.promises
function promiseCtor() {
  var P = GLOBAL.Promise;
  if (typeof P !== 'function') throw new Error('fs.promises: no Promise in this image (use async/await or Promise in the app)');
  return P;
}
function promised(fn) {
  return function () {
    var args = arguments, P = promiseCtor();
    return new P(function (resolve, reject) {
      try {
        resolve(fn.apply(null, args));
      } catch (e) {
        reject(e);
      }
    });
  };
}

function FileHandle(fd) { this.fd = fd; }
function handleMethod(fn) {
  return promised(function () {
    var args = Array.prototype.slice.call(arguments);
    return fn.apply(null, [this.fd].concat(args));
  });
}
FileHandle.prototype.getAsyncId = function () { return this.fd; };
[['stat', fstatSync], ['truncate', ftruncateSync], ['chmod', fchmodSync], ['utimes', futimesSync],
 ['sync', fsyncSync], ['datasync', fdatasyncSync]].forEach(function (m) {
  FileHandle.prototype[m[0]] = function () {
    var fd = this.fd, args = Array.prototype.slice.call(arguments);
    return promised(function () { return m[1].apply(null, [fd].concat(args)); })();
  };
});
FileHandle.prototype.close = function () {
  var self = this;
  return promised(function () {
    if (self.fd !== -1) closeSync(self.fd);
    self.fd = -1;
  })();
};
FileHandle.prototype.readFile = function (options) {
  var fd = this.fd;
  return promised(function () { return readFileSync(fd, options); })();
};
FileHandle.prototype.writeFile = function (data, options) {
  var fd = this.fd;
  return promised(function () { writeFileSync(fd, data, options); })();
};
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;
FileHandle.prototype.read = function (buffer, offset, length, position) {
  var fd = this.fd;
  return promised(function () {
    if (!isUint8Array(buffer)) {
      var o = buffer || {};
      buffer = o.buffer || Buffer.alloc(16384);
      offset = o.offset || 0;
      length = o.length === undefined ? buffer.length - offset : o.length;
      position = o.position;
    }
    return { bytesRead: readSync(fd, buffer, offset, length, position), buffer: buffer };
  })();
};
FileHandle.prototype.write = function (buffer, a, b, c) {
  var fd = this.fd;
  return promised(function () {
    return { bytesWritten: writeSync(fd, buffer, a, b, c), buffer: buffer };
  })();
};

var promises = {};
Object.keys(syncs).forEach(function (name) {
  if (name === 'close' || name[0] === 'f') return;
  promises[name] = promised(asyncOf[name] || syncs[name]);
});
promises.writeFile = promised(function (p, data, options) {
  if (p instanceof FileHandle) p = p.fd;
  writeFileSync(p, data, options);
});
promises.readFile = promised(function (p, options) {
  return readFileSync(p instanceof FileHandle ? p.fd : p, options);
});
promises.open = promised(function (p, flags, mode) { return new FileHandle(openSync(p, flags, mode)); });
promises.constants = constants;
promises.watch = noWatch('promises.watch');
promises.FileHandle = FileHandle;
fs.promises = promises;
