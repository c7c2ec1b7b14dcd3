// zlib: Node's zlib module (deflate/inflate, gzip/gunzip, raw, unzip,
// crc32) on zlib 1.2.13 (js/binding_zlib.c, native.zlib). Option checks and
// Node's errors live here; the compression is zlib's. Brotli is absent.
// What exists and how it differs from Node: docs/zlib.md.
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, argType = errors.argType;

var nz = native.zlib;
if (!nz) throw new Error('zlib: the zlib natives are not linked into this image');

var kMaxLength = 4294967296;

// ---- constants (zlib.h, and Node's modes and limits)
var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: nz.vernum,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1
};
Object.freeze(constants);
var C = constants;

var codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6
};
Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });
Object.freeze(codes);

// ---- errors, as Node words them

function outOfRange(name, range, v) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + v);
}

// Node's checkFiniteNumber: false for undefined and NaN (the default
// applies), true for a finite number, else an error.
function checkFiniteNumber(v, name) {
  if (v === undefined || (typeof v === 'number' && v !== v)) return false;
  if (typeof v === 'number' && isFinite(v)) return true;
  if (typeof v !== 'number') throw argType(name, 'of type number', v);
  throw outOfRange(name, 'a finite number', v);
}

function checkRange(v, name, lower, upper, dflt) {
  if (!checkFiniteNumber(v, name)) return dflt;
  if (v < lower || v > upper) throw outOfRange(name, '>= ' + lower + ' and <= ' + upper, v);
  return v;
}

// ---- bytes from what Node accepts
// (ArrayBuffer.isView where the built-ins have it; else by shape, for
// typed arrays packed from core-js without it)
function isView(v) {
  if (v === null || typeof v !== 'object' || typeof ArrayBuffer !== 'function') return false;
  if (typeof ArrayBuffer.isView === 'function') return ArrayBuffer.isView(v);
  return typeof v.byteLength === 'number' && typeof v.byteOffset === 'number' && v.buffer instanceof ArrayBuffer;
}
function isArrayBuffer(v) {
  return typeof ArrayBuffer === 'function' && v instanceof ArrayBuffer;
}
function toBuffer(v) {
  if (typeof v === 'string') return Buffer.from(v);
  if (Buffer.isBuffer(v)) return v;
  if (isView(v)) return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  return Buffer.from(new Uint8Array(v));
}

// ---- the engine: one zlib stream with Node's options
var MODE_NAMES = ['', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];

function Engine(opts, mode) {
  opts = opts || {};
  var chunkSize = C.Z_DEFAULT_CHUNK;
  if (checkFiniteNumber(opts.chunkSize, 'options.chunkSize')) {
    chunkSize = opts.chunkSize;
    if (chunkSize < C.Z_MIN_CHUNK) throw outOfRange('options.chunkSize', '>= ' + C.Z_MIN_CHUNK, chunkSize);
  }
  var flush = checkRange(opts.flush, 'options.flush', C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_NO_FLUSH);
  var finishFlush = checkRange(opts.finishFlush, 'options.finishFlush', C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_FINISH);
  var maxOutputLength = checkRange(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  var windowBits;
  // 0 asks inflate to take the window size from the stream's header
  if ((opts.windowBits === undefined || opts.windowBits === null || opts.windowBits === 0) &&
      (mode === C.INFLATE || mode === C.GUNZIP || mode === C.UNZIP)) {
    windowBits = 0;
  } else {
    windowBits = checkRange(opts.windowBits, 'options.windowBits',
      C.Z_MIN_WINDOWBITS + (mode === C.GZIP ? 1 : 0), C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
  }
  var level = checkRange(opts.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, C.Z_DEFAULT_COMPRESSION);
  var memLevel = checkRange(opts.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, C.Z_DEFAULT_MEMLEVEL);
  var strategy = checkRange(opts.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, C.Z_DEFAULT_STRATEGY);
  var dictionary = opts.dictionary;
  if (dictionary !== undefined) {
    if (!Buffer.isBuffer(dictionary) && !isView(dictionary) && !isArrayBuffer(dictionary))
      throw argType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
    dictionary = toBuffer(dictionary);
  }
  // zlib refuses a raw deflate window of 8 (256 bytes); Node asks for 9
  if (windowBits === 8 && mode === C.DEFLATERAW) windowBits = 9;
  this._handle = nz.create(mode, level, windowBits, memLevel, strategy, dictionary);
  this._mode = mode;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._maxOutputLength = maxOutputLength;
  this._level = level;
  this._strategy = strategy;
  this.bytesWritten = 0;
}

// Runs chunk through with flushFlag; the output Buffers.
Engine.prototype.run = function (chunk, flushFlag) {
  if (!this._handle) throw codedError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
  this.bytesWritten += chunk.length;
  return nz.write(this._handle, flushFlag, chunk, this._chunkSize, this._maxOutputLength);
};

function concat(list) {
  return list.length === 1 ? list[0] : Buffer.concat(list);
}

function checkInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (Buffer.isBuffer(buffer) || isView(buffer) || isArrayBuffer(buffer)) return toBuffer(buffer);
  throw argType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

function syncOp(mode) {
  return function (buffer, opts) {
    buffer = checkInput(buffer);
    var engine = new Engine(opts, mode);
    var out = concat(engine.run(buffer, engine._finishFlushFlag));
    nz.close(engine._handle);
    if (opts && opts.info) return { buffer: out, engine: engine };
    return out;
  };
}

function asyncOp(mode, sync) {
  return function (buffer, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    if (typeof callback !== 'function') throw argType('callback', 'of type function', callback);
    var input = checkInput(buffer);
    var err = null, res;
    // Compressed now, delivered later: there is no thread pool to run
    // it on. Option errors are thrown at once, as in Node.
    var engine = new Engine(opts, mode);
    try { res = concat(engine.run(input, engine._finishFlushFlag)); } catch (e) { err = e; }
    nz.close(engine._handle);
    if (!err && opts && opts.info) res = { buffer: res, engine: engine };
    process.nextTick(function () { callback(err, res); });
  };
}

var NAMES = [
  ['deflate', C.DEFLATE], ['inflate', C.INFLATE], ['gzip', C.GZIP], ['gunzip', C.GUNZIP],
  ['deflateRaw', C.DEFLATERAW], ['inflateRaw', C.INFLATERAW], ['unzip', C.UNZIP]
];
NAMES.forEach(function (n) {
  exports[n[0] + 'Sync'] = syncOp(n[1]);
  exports[n[0]] = asyncOp(n[1]);
});

// ---- stream forms: Node's zlib classes are Transform streams
var Transform = null;
try { Transform = require('stream').Transform; } catch (e) { Transform = null; }

function ZlibStream(opts, mode) {
  var engine = new Engine(opts, mode);
  Transform.call(this, opts);
  this._engine = engine;
  this._handle = engine._handle;
  this._defaultFlushFlag = engine._defaultFlushFlag;
  this._finishFlushFlag = engine._finishFlushFlag;
  this._chunkSize = engine._chunkSize;
  this._level = engine._level;
  this._strategy = engine._strategy;
  this._closed = false;
  this.bytesWritten = 0;
}

if (Transform) {
  // zlib's flush kinds from weakest to strongest (Z_BLOCK is between
  // Z_NO_FLUSH and Z_PARTIAL_FLUSH)
  var FLUSHINESS = [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH];
  var maxFlush = function (a, b) { return FLUSHINESS.indexOf(a) > FLUSHINESS.indexOf(b) ? a : b; };
  var kFlushBuffers = [];
  for (var fk = C.Z_NO_FLUSH; fk <= C.Z_BLOCK; fk++) kFlushBuffers[fk] = Buffer.alloc(0);
  ZlibStream.prototype = Object.create(Transform.prototype, {
    constructor: { value: ZlibStream, writable: true, configurable: true }
  });
  ZlibStream.prototype._run = function (chunk, flushFlag) {
    var out = this._engine.run(chunk, flushFlag);
    this.bytesWritten = this._engine.bytesWritten;
    for (var i = 0; i < out.length; i++) this.push(out[i]);
  };
  // After an error the zlib stream is closed before 'error' is emitted,
  // as in Node (_closed is true in the listener).
  ZlibStream.prototype._closeHandle = function () {
    if (this._handle) nz.close(this._handle);
    this._handle = this._engine._handle = null;
    this._closed = true;
  };
  ZlibStream.prototype._transform = function (chunk, encoding, callback) {
    var flag = kFlushBuffers.indexOf(chunk);
    if (flag < 0) {
      flag = this._defaultFlushFlag;
      if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
      else if (!Buffer.isBuffer(chunk) && !isView(chunk)) // objectMode writes
        throw argType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      chunk = toBuffer(chunk);
      // The last chunk before end() is finished here, as in Node
      var ws = this._writableState;
      if ((ws.ending || ws.ended) && ws.length === chunk.length) flag = maxFlush(flag, this._finishFlushFlag);
    } else {
      chunk = kFlushBuffers[flag];
    }
    try { this._run(chunk, flag); } catch (e) { this._closeHandle(); callback(e); return; }
    callback();
  };
  ZlibStream.prototype._flush = function (callback) {
    try { this._run(Buffer.alloc(0), this._finishFlushFlag); } catch (e) { this._closeHandle(); callback(e); return; }
    callback();
  };
  ZlibStream.prototype._destroy = function (err, callback) {
    this._closeHandle();
    callback(err);
  };
  ZlibStream.prototype.close = function (callback) {
    if (callback) process.nextTick(callback);
    this.destroy();
  };
  ZlibStream.prototype.reset = function () {
    nz.reset(this._handle);
  };
  // flush([kind, ]callback): what is buffered comes out now. The flush
  // goes through the write queue (a marker chunk), so it lands between the
  // writes before and after it, as in Node.
  ZlibStream.prototype.flush = function (kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) { callback = kind; kind = C.Z_FULL_FLUSH; }
    var ws = this._writableState, self = this;
    if (ws.ended) {
      if (callback) process.nextTick(callback);
    } else if (ws.ending) {
      if (callback) this.once('end', callback);
    } else if (ws.needDrain) {
      this.once('drain', function () { self.flush(kind, callback); });
    } else {
      this.write(kFlushBuffers[kind], '', callback);
    }
  };
  // params(level, strategy[, callback]): new settings for what follows,
  // after what was written so far is flushed (Z_SYNC_FLUSH), as in Node
  ZlibStream.prototype.params = function (level, strategy, callback) {
    checkRange(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
    checkRange(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
    if (this._level === level && this._strategy === strategy) {
      if (callback) process.nextTick(callback);
      return;
    }
    var self = this;
    this.flush(C.Z_SYNC_FLUSH, function () {
      if (self.destroyed) return;
      var out;
      try { out = nz.params(self._handle, level, strategy); } catch (e) { self.destroy(e); return; }
      if (out.length) self.push(out);
      self._level = self._engine._level = level;
      self._strategy = self._engine._strategy = strategy;
      if (callback) callback();
    });
  };
  ZlibStream.prototype._processChunk = function (chunk, flushFlag) {
    return concat(this._engine.run(toBuffer(chunk), flushFlag));
  };
}

function streamClass(mode) {
  var name = MODE_NAMES[mode];
  var K = function (opts) {
    if (!(this instanceof K)) return new K(opts);
    if (!Transform)
      throw new Error('zlib.' + name + ': zlib streams need the stream module, which this build does not have');
    ZlibStream.call(this, opts, mode);
  };
  Object.defineProperty(K, 'name', { value: name });
  if (Transform) K.prototype = Object.create(ZlibStream.prototype, {
    constructor: { value: K, writable: true, configurable: true }
  });
  exports[name] = K;
  exports['create' + name] = function (opts) { return new K(opts); };
}
for (var m = C.DEFLATE; m <= C.UNZIP; m++) streamClass(m);

// ---- CRC-32 (Node 20.15+: zlib.crc32(data[, value]))
exports.crc32 = function (data, value) {
  if (typeof data !== 'string' && !Buffer.isBuffer(data) && !isView(data))
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  if (value === undefined) value = 0;
  else if (typeof value !== 'number') throw argType('value', 'of type number', value);
  else if (value !== Math.floor(value)) throw outOfRange('value', 'an integer', value);
  else if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 && <= 4294967295', value);
  return nz.crc32(toBuffer(data), value);
};

// read-only, as in Node (an assignment is ignored)
Object.defineProperty(exports, 'constants', { value: constants, enumerable: true });
Object.defineProperty(exports, 'codes', { value: codes, enumerable: true });
// The old Z_* properties on the module itself (read-only, as in Node)
Object.keys(constants).forEach(function (k) {
  Object.defineProperty(exports, k, { value: constants[k], enumerable: false });
});
