// stream: Node's streams (Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished) in ES5, following the state machines of
// Node v20's lib/internal/streams/*.js so that events come in Node's order
// (which callbacks run synchronously, which after process.nextTick). The
// legacy base Stream (an EventEmitter with the old pipe()) is exported as
// the module itself, as in Node: require('stream') === require('stream').Stream.
//
// Differences from Node (docs/stream.md): `duplex instanceof Writable` is
// false (Node answers true through Symbol.hasInstance, which mujs lacks);
// no AbortSignal options, no web streams, no experimental operators (map,
// filter, ...); async iteration needs a Promise (core-js, present whenever
// the app uses Promise or async code).
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, received = errors.received;

var EE = require('events');
var inherits = require('internal_inherits'); // not util: see internal_inherits.js
var Buffer = require('buffer').Buffer;
var StringDecoder; // string_decoder, loaded by setEncoding

function nop() {}

// Whether emit(type) would do anything: a listener, or an emit of the
// app's own in place of EventEmitter's (which then sees every event, as
// in Node). The events a stream emits at each request with nobody
// listening (an HTTP request's 'resume', 'readable', 'end' and 'close')
// skip the call: emit reads its arguments object, made at every call.
// The test, (ev !== undefined && ev[type] !== undefined) || emit !==
// baseEmit with ev the stream's _events, is written out where it is made
// (a function for it was a call more per event). Never for 'error',
// which throws without a listener.
var baseEmit = EE.prototype.emit;
// (process.nextTick is called as process.nextTick at each site, looked up
// each time: async_hooks wraps it to carry context. A wrapper that passed
// on its arguments cost an arguments object and an apply per tick.)

// ---- errors, with Node's codes and messages

var E = {
  PUSH_AFTER_EOF: function () { return codedError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'); },
  UNSHIFT_AFTER_END: function () { return codedError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'); },
  WRITE_AFTER_END: function () { return codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); },
  DESTROYED: function (what) { return codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + what + ' after a stream was destroyed'); },
  FINISHED: function (what) { return codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + what + ' after a stream was finished'); },
  NULL_VALUES: function () { return codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'); },
  MULTIPLE_CALLBACK: function () { return codedError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); },
  NOT_IMPLEMENTED: function (m) { return codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + m + ' method is not implemented'); },
  PREMATURE_CLOSE: function () { return codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); },
  MISSING_ARGS: function (n) { return codedError(TypeError, 'ERR_MISSING_ARGS', 'The "' + n + '" argument must be specified'); },
  ARG_TYPE: function (name, expected, v) {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' + expected + '.' + received(v));
  },
  RETURN_VALUE: function (expected, name, v) {
    var what = v === null || v === undefined ? String(v) : typeof v === 'object' && v.constructor && v.constructor.name ?
      'an instance of ' + v.constructor.name : 'type ' + typeof v;
    return codedError(TypeError, 'ERR_INVALID_RETURN_VALUE', 'Expected ' + expected + ' to be returned from the "' +
      name + '" function but got ' + what + '.');
  },
  UNKNOWN_ENCODING: function (enc) { return codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc); }
};
function chunkTypeError(v) {
  return E.ARG_TYPE('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', v);
}
function AbortError(message) {
  var e = new Error(message || 'The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  return e;
}

function isUint8Array(v) {
  return typeof Uint8Array === 'function' && v instanceof Uint8Array;
}
// Node 20 takes any typed array or DataView as bytes: a Buffer over the
// same memory (no copy: Node's rule, change it only after the callback)
function isArrayBufferView(v) {
  return typeof ArrayBuffer === 'function' && ArrayBuffer.isView(v);
}
function viewToBuffer(v) {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

// ---- options

function getHighWaterMark(options, key, isDuplex, objectMode) {
  var hwm = options ? options.highWaterMark : undefined;
  var name = 'highWaterMark';
  if ((hwm === undefined || hwm === null) && isDuplex && options) {
    hwm = options[key];
    name = key;
  }
  if (hwm !== undefined && hwm !== null) {
    if (typeof hwm !== 'number' || hwm !== Math.floor(hwm) || hwm < 0 || !isFinite(hwm))
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options." + name +
        "' is invalid. Received " + require('util').inspect(hwm));
    return hwm;
  }
  return objectMode ? 16 : 16 * 1024;
}
function getDefaultHighWaterMark(objectMode) { return objectMode ? 16 : 16 * 1024; }

// ---- Stream: the legacy base, with the old pipe() (no backpressure
// bookkeeping beyond pause/resume), as Node keeps it for old packages.

function Stream(opts) {
  EE.call(this, opts);
}
inherits(Stream, EE);

Stream.prototype.pipe = function (dest, options) {
  var source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  var didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// ---- destroy(): shared by Readable and Writable (Node's destroyImpl)

var kDestroy = 'stream.kDestroy', kConstruct = 'stream.kConstruct';

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  var r = this._readableState, w = this._writableState, s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  if (err) checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    destroyWhenConstructed(this, err, cb);
  } else {
    destroyNow(this, err, cb);
  }
  return this;
}

// (apart, as other closures here: a function that makes one allocates its
// variables at every call)
function destroyWhenConstructed(self, err, cb) {
  self.once(kDestroy, function (er) { destroyNow(this, er || err, cb); });
}

function destroyNow(self, err, cb) {
  var called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    var r = self._readableState, w = self._writableState;
    if (err) checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState, w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  var ev = self._events; // (heard(self, 'close') inline: a call fewer per stream)
  if (((w && w.emitClose) || (r && r.emitClose)) && ((ev !== undefined && ev.close !== undefined) || self.emit !== baseEmit))
    self.emit('close');
}

function emitErrorNT(self, err) {
  var r = self._readableState, w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState, w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = r.closeEmitted = r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = w.closed = w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// _construct(cb): runs on the next tick; reads and writes wait for it.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return; // a Duplex: both halves wait
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err || E.MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    var r = stream._readableState, w = stream._writableState, s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(function () { stream.emit(kConstruct); });
  }
  try {
    stream._construct(function (err) { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream && typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
}

// Destroys any kind of stream (pipeline's clean-up).
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(function () { stream.emit('error', err); });
  } else {
    process.nextTick(function () { stream.emit('close'); });
  }
  if (!stream.destroyed) stream['stream.kIsDestroyed'] = true;
}

// ---- what kind of stream something is (Node's streams/utils)

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function symbolKey(name) {
  return typeof Symbol === 'function' && Symbol[name] ? Symbol[name] : '@@' + name;
}
function isIterable(obj, isAsync) {
  if (obj === null || obj === undefined) return false;
  if (typeof obj === 'string') return isAsync !== true; // strings iterate by character
  if (isAsync === true) return typeof obj[symbolKey('asyncIterator')] === 'function' || typeof obj['@@asyncIterator'] === 'function';
  if (isAsync === false) return typeof obj[symbolKey('iterator')] === 'function' || typeof obj['@@iterator'] === 'function';
  return isIterable(obj, true) || isIterable(obj, false) || Array.isArray(obj);
}
function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream['stream.kIsDestroyed'] || (state && state.destroyed));
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(stream) {
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState, r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean'))
    return !!((w && w.closed) || (r && r.closed));
  if (typeof stream.closed === 'boolean' && isOutgoingMessage(stream)) return stream.closed;
  return null;
}
function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}
function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}
function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    stream.req && stream.req.upgradeOrConnect === undefined;
}
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) || !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return (stream._writableState && stream._writableState.errored) || null;
}
function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return (stream._readableState && stream._readableState.errored) || null;
}

// ---- Readable

function BufferList() { this.list = []; }

// Only what differs per stream is an own property: the fields at their
// defaults are ReadableState.prototype's, and a stream that changes one
// gets it as its own then (the first assignment). Each own property is an
// allocation, and an HTTP request makes a Readable (Node keeps most of
// these as bits behind getters: its state has six own keys).
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(options, 'readableHighWaterMark', isDuplex, this.objectMode);
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
  } else {
    this.highWaterMark = 16 * 1024;
  }
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  if (options && options.encoding) {
    if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
(function (p) {
  p.objectMode = false;
  p.flowing = null;
  p.ended = false;
  p.endEmitted = false;
  p.endPending = false; // endReadableNT is queued (endReadable)
  p.reading = false;
  p.constructed = true;
  p.sync = true;
  p.needReadable = false;
  p.emittedReadable = false;
  p.readableListening = false;
  p.resumeScheduled = false;
  p.paused = null;
  p.errorEmitted = false;
  p.emitClose = true;
  p.autoDestroy = true;
  p.destroyed = false;
  p.errored = null;
  p.closed = false;
  p.closeEmitted = false;
  p.defaultEncoding = 'utf8';
  p.multiAwaitDrain = false;
  p.readingMore = false;
  p.dataEmitted = false;
  p.decoder = null;
  p.encoding = null;
})(ReadableState.prototype);

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  // (Stream's constructor, which is only EventEmitter's, whose init is
  // written out while it is events.js's: two calls fewer per stream)
  if (EE.init._unijsOwn !== true) EE.call(this, options);
  else {
    if (!this._events || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  }
  if (!asyncIteratorInstalled && typeof Symbol === 'function' && Symbol.asyncIterator) installAsyncIterator();
  // (apart, so that this function makes no closure: one that does gets
  // its variables in an environment object, allocated at each call)
  if (typeof this._construct === 'function') constructReadable(this);
}
function constructReadable(self) {
  construct(self, function () {
    if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
  });
}
inherits(Readable, Stream);
Readable.ReadableState = ReadableState;
// The ticks a drained Readable goes through to its 'close', for http.js's
// request: it has no state until something reads it (IncomingMessage
// there), queues its own versions of these meanwhile, and hands a tick
// over to the one here when the state was made before the tick ran.
Object.defineProperty(Readable, '_unijsTicks', {
  value: { resume_: resume_, emitReadable_: emitReadable_, endReadableNT: endReadableNT, emitCloseNT: emitCloseNT }
});

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };

Readable.prototype.push = function (chunk, encoding) {
  // A socket's usual case, taken short (each received segment comes this
  // way): a non-empty Buffer into a flowing, empty, running stream with a
  // 'data' listener and no decoder is emitted at once, as readableAddChunk
  // and addChunk would (a listener list exists only while it has one)
  var state = this._readableState, ev = this._events;
  if (state.flowing && state.length === 0 && !state.sync && chunk instanceof Buffer && chunk.length > 0 &&
      state.decoder === null && !state.objectMode && !state.ended && !state.destroyed && !state.errored &&
      ev !== undefined && ev.data !== undefined) {
    state.reading = false;
    state.awaitDrainWriters = state.multiAwaitDrain ? [] : null; // (clearAwaitDrain)
    state.dataEmitted = true;
    // (emit's case of one listener written out: a call fewer per segment)
    if (this.emit === baseEmit && ev.data.length === 1) ev.data[0].call(this, chunk);
    else this.emit('data', chunk);
    if (!state.readingMore && state.constructed) { // (maybeReadMore)
      var rd = this._read;
      if (!state.reading && state.length === 0 && !state.ended && !state.destroyed && !state.errored &&
          (state.highWaterMark > 0 || state.flowing) && this.read === readableRead &&
          this._handleReading === true && rd && rd._unijsIdleWhileReading === true && this._handle && !this.connecting) {
        // a connected socket whose handle is reading, as after each
        // received segment: maybeReadMore_'s tick would only mark the
        // stream reading (read(0)'s empty case; the socket's _read does
        // nothing then), so that is done now, without the tick
        state.reading = true;
        state.needReadable = true;
      } else {
        state.readingMore = true;
        process.nextTick(maybeReadMore_, this, state);
      }
    }
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }
  if (chunk === null && !state.objectMode) {
    // the end, as readableAddChunk takes it (after its type checks, which
    // null passes); onEofChunk's usual case (no decoder, read from a
    // tick) written out
    state.reading = false;
    if (state.ended || state.decoder || !state.sync) onEofChunk(this, state);
    else {
      state.ended = true;
      state.needReadable = false;
      if (!state.emittedReadable) {
        state.emittedReadable = true;
        process.nextTick(emitReadable_, this);
      }
    }
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }
  return readableAddChunk(this, chunk, encoding, false);
};
Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState, err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (Buffer.isBuffer(chunk)) {
      encoding = '';
    } else if (isArrayBufferView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = '';
    } else if (chunk !== null && chunk !== undefined) {
      err = chunkTypeError(chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, E.UNSHIFT_AFTER_END());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, E.PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters = [];
  else state.awaitDrainWriters = null;
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  var decoder = new StringDecoder(enc), state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var content = '';
  for (var i = 0; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer = [];
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "size" is out of range. It must be <= 1GiB. Received ' + n);
  n--;
  n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  var state = this._readableState;
  // Two cases a socket and an HTTP request meet several times a request,
  // taken short with the outcome of the general path below:
  if (state.length === 0 && (n === 0 || n === undefined)) {
    if (state.ended) {
      // ended and drained: (read() forgets a 'readable' emitted) the end
      // is due, nothing to return
      if (n === undefined) state.emittedReadable = false;
      if (!state.endEmitted && !state.endPending) { // (endReadable; ended already)
        state.endPending = true;
        process.nextTick(endReadableNT, state, this);
      }
      return null;
    }
    if (n === 0) {
      // read(0), empty: ask _read for more (unless already asked), and
      // return nothing; whatever _read pushes at once stays in the buffer
      if (!state.reading && !state.destroyed && !state.errored && state.constructed) {
        state.reading = true;
        state.sync = true;
        state.needReadable = true;
        callRead(this, state.highWaterMark);
        state.sync = false;
      }
      state.needReadable = state.length <= state.highWaterMark || (state.length === 0 && !state.ended);
      return null;
    }
  }
  if (n === undefined) n = NaN;
  else if (n !== Math.floor(n)) n = parseInt(n, 10);
  var nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    callRead(this, state.highWaterMark);
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

var readableRead = Readable.prototype.read;

// (the try apart: a function with try and catch keeps its variables in an
// environment object, allocated at each call, and read() runs several
// times a request)
function callRead(stream, n) {
  try {
    stream._read(n);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
}

// Takes n bytes (or one object) from the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  var buf = state.buffer, ret;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf[0];
    else ret = Buffer.concat(buf, state.length);
    state.buffer = [];
    return ret;
  }
  var first = buf[0];
  if (n < first.length) {
    buf[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return buf.shift();
  if (state.decoder) {
    ret = '';
    while (n > 0) {
      var s = buf[0];
      if (n >= s.length) { ret += s; n -= s.length; buf.shift(); }
      else { ret += s.slice(0, n); buf[0] = s.slice(n); n = 0; }
    }
    return ret;
  }
  var out = Buffer.allocUnsafe(n), off = 0;
  while (off < n) {
    var b = buf[0], take = Math.min(b.length, n - off);
    b.copy(out, off, 0, take);
    off += take;
    if (take === b.length) buf.shift();
    else buf[0] = b.slice(take);
  }
  return out;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    state.needReadable = false; // (emitReadable)
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      process.nextTick(emitReadable_, stream);
    }
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    var ev = stream._events; // (heard(stream, 'readable') inline)
    if ((ev !== undefined && ev.readable !== undefined) || stream.emit !== baseEmit) stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  while (state.flowing && stream.read() !== null); // (flow)
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    if (len === 0 && stream.read === readableRead && !state.destroyed && !state.errored && state.constructed) {
      // (read(0)'s empty case, as read's shortcut takes it)
      state.reading = true;
      state.sync = true;
      state.needReadable = true;
      // a connected socket whose handle is already reading (each received
      // segment's tick comes here): net's own _read would do nothing (a
      // _read that is not a function still goes to callRead, which
      // reports it)
      var r = stream._read;
      if (stream._handleReading !== true || !r || r._unijsIdleWhileReading !== true || !stream._handle || stream.connecting)
        callRead(stream, state.highWaterMark);
      state.sync = false;
      state.needReadable = state.length <= state.highWaterMark || (state.length === 0 && !state.ended);
    } else {
      stream.read(0);
    }
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function () {
  throw E.NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function (dest, pipeOpts) {
  var src = this, state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
  }
  state.pipes.push(dest);
  var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }
  var ondrain, cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        if (state.awaitDrainWriters.indexOf(dest) === -1) state.awaitDrainWriters.push(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);
  function unpipe() { src.unpipe(dest); }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

// Emitters without prependListener (old ones, or an app that removed it)
// still get the listener first, as Node's helper does.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  var list = emitter._events && emitter._events[event];
  if (!list) emitter.on(event, fn);
  else if (Array.isArray(list)) list.unshift(fn);
  else emitter._events[event] = [fn, list];
}

function pipeOnDrain(src, dest) {
  return function () {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      var i = state.awaitDrainWriters.indexOf(dest);
      if (i !== -1) state.awaitDrainWriters.splice(i, 1);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.length === 0) && src.listenerCount('data'))
      src.resume();
  };
}

Readable.prototype.unpipe = function (dest) {
  var state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn), state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  // (no arguments object: removeAllListeners() and (ev) differ by count)
  var res = arguments.length === 0 ? Stream.prototype.removeAllListeners.call(this)
    : Stream.prototype.removeAllListeners.call(this, ev);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};
// (http.js skips a request's removeAllListeners('data') without a 'data'
// listener while this one is the method: it looks for this mark)
Readable.prototype.removeAllListeners._unijsOwn = true;

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  var ev = stream._events; // (heard(stream, 'resume') inline)
  if ((ev !== undefined && ev.resume !== undefined) || stream.emit !== baseEmit) stream.emit('resume');
  while (state.flowing && stream.read() !== null); // (flow)
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (data/end events, pause/resume).
Readable.prototype.wrap = function (stream) {
  var paused = false, self = this;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  var keys = [];
  for (var k in stream) keys.push(k);
  keys.forEach(function (i) {
    if (self[i] === undefined && typeof stream[i] === 'function') {
      self[i] = function () { return stream[i].apply(stream, arguments); };
    }
  });
  return this;
};

// (one endReadableNT pending at a time: a drained request meets read()
// three or four times before its end is emitted, and every tick after the
// first would find the end emitted and do nothing; one that finds it not
// yet due is followed by the endReadable of the read that drains it)
function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    if (state.endPending) return;
    state.endPending = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  state.endPending = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    var ev = stream._events; // (heard(stream, 'end') inline)
    if ((ev !== undefined && ev.end !== undefined) || stream.emit !== baseEmit) stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      var w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

function defineGetters(proto, map) {
  Object.keys(map).forEach(function (k) {
    var d = map[k];
    Object.defineProperty(proto, k, {
      get: typeof d === 'function' ? d : d.get,
      set: typeof d === 'function' ? undefined : d.set,
      enumerable: false, configurable: true
    });
  });
}

defineGetters(Readable.prototype, {
  readable: {
    get: function () {
      var r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set: function (v) { if (this._readableState) this._readableState.readable = !!v; }
  },
  readableDidRead: function () { return this._readableState.dataEmitted; },
  readableAborted: function () {
    var r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  },
  readableHighWaterMark: function () { return this._readableState.highWaterMark; },
  readableBuffer: function () { return this._readableState && this._readableState.buffer; },
  readableFlowing: {
    get: function () { return this._readableState.flowing; },
    set: function (v) { if (this._readableState) this._readableState.flowing = v; }
  },
  readableLength: function () { return this._readableState.length; },
  readableObjectMode: function () { return this._readableState ? this._readableState.objectMode : false; },
  readableEncoding: function () { return this._readableState ? this._readableState.encoding : null; },
  errored: function () { return this._readableState ? this._readableState.errored : null; },
  closed: function () { return this._readableState ? this._readableState.closed : false; },
  destroyed: {
    get: function () { return this._readableState ? this._readableState.destroyed : false; },
    set: function (v) { if (this._readableState) this._readableState.destroyed = v; }
  },
  readableEnded: function () { return this._readableState ? this._readableState.endEmitted : false; }
});

// ---- async iteration: for await (const chunk of readable). Lowered code
// (Babel's asyncIterator helper) looks for Symbol.asyncIterator and then
// for the string '@@asyncIterator'; both lead here.

function createAsyncIterator(stream, options) {
  var error, done = false, waiting = null, last = null;
  function wake() {
    if (waiting) {
      var w = waiting;
      waiting = null;
      w();
    }
  }
  stream.on('readable', wake);
  var cleanup = eos(stream, { writable: false }, function (err) {
    error = err ? err : null;
    wake();
  });
  function finish() {
    if (done) return;
    done = true;
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.removeListener('readable', wake);
      cleanup();
    }
  }
  function step(resolve, reject) {
    if (done) return resolve({ value: undefined, done: true });
    var chunk;
    try {
      chunk = stream.destroyed ? null : stream.read();
    } catch (e) {
      error = e;
      finish();
      return reject(e);
    }
    if (chunk !== null) return resolve({ value: chunk, done: false });
    if (error) {
      var e = error;
      finish();
      return reject(e);
    }
    if (error === null) {
      finish();
      return resolve({ value: undefined, done: true });
    }
    waiting = function () { step(resolve, reject); };
  }
  function queue(fn) {
    var p = last ? last.then(function () { return new Promise(fn); }) : new Promise(fn);
    last = p.then(nop, nop);
    return p;
  }
  var it = {
    next: function () { return queue(step); },
    return: function (value) {
      return queue(function (resolve) {
        finish();
        resolve({ value: value, done: true });
      });
    },
    throw: function (err) {
      return queue(function (resolve, reject) {
        error = err;
        finish();
        reject(err);
      });
    }
  };
  it['@@asyncIterator'] = function () { return this; };
  if (typeof Symbol === 'function' && Symbol.asyncIterator) it[Symbol.asyncIterator] = it['@@asyncIterator'];
  return it;
}

function noPromise() {
  if (typeof Promise !== 'function')
    throw new Error('async iteration of a stream needs Promise (unijs adds it when the app uses Promise or async functions)');
}

Readable.prototype['@@asyncIterator'] = function () {
  noPromise();
  return createAsyncIterator(this);
};
Readable.prototype.iterator = function (options) {
  noPromise();
  return createAsyncIterator(this, options);
};
var asyncIteratorInstalled = false;
function installAsyncIterator() {
  if (asyncIteratorInstalled || typeof Symbol !== 'function' || !Symbol.asyncIterator) return;
  asyncIteratorInstalled = true;
  Readable.prototype[Symbol.asyncIterator] = Readable.prototype['@@asyncIterator'];
}
installAsyncIterator();

// Readable.from(iterable): arrays, strings and Buffers (one chunk),
// iterators and async iterators; object mode by default.
Readable.from = function (iterable, opts) {
  return from(Readable, iterable, opts);
};

function assign(target) {
  for (var i = 1; i < arguments.length; i++) {
    var s = arguments[i];
    if (s) Object.keys(s).forEach(function (k) { target[k] = s[k]; });
  }
  return target;
}

function getIterator(obj, isAsync) {
  if (typeof obj === 'string') {
    if (isAsync) return null;
    var i = 0;
    return { next: function () { return i < obj.length ? { value: obj.charAt(i++), done: false } : { value: undefined, done: true }; } };
  }
  var f = obj[symbolKey(isAsync ? 'asyncIterator' : 'iterator')] || obj[isAsync ? '@@asyncIterator' : '@@iterator'];
  return typeof f === 'function' ? f.call(obj) : null;
}

function from(ReadableCtor, iterable, opts) {
  if (typeof iterable === 'string' || Buffer.isBuffer(iterable)) {
    return new ReadableCtor(assign({ objectMode: true }, opts, {
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }));
  }
  var iterator, isAsync;
  if (iterable !== null && iterable !== undefined && (iterator = getIterator(iterable, true))) {
    isAsync = true;
  } else if (iterable !== null && iterable !== undefined && (iterator = getIterator(iterable, false))) {
    isAsync = false;
  } else if (Array.isArray(iterable)) {
    var idx = 0;
    iterator = { next: function () { return idx < iterable.length ? { value: iterable[idx++], done: false } : { value: undefined, done: true }; } };
    isAsync = false;
  } else {
    throw E.ARG_TYPE('iterable', 'an instance of Iterable', iterable);
  }
  var readable = new ReadableCtor(assign({ objectMode: true, highWaterMark: 1 }, opts));
  var reading = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function (error, cb) {
    var hadError = error !== undefined && error !== null;
    try {
      if (hadError && typeof iterator.throw === 'function') iterator.throw(error);
      else if (typeof iterator.return === 'function') iterator.return();
    } catch (e) {
      return process.nextTick(cb, e || error);
    }
    process.nextTick(cb, error);
  };
  // one value: false to stop (backpressure or error), true to go on
  function take(value) {
    if (value === null) {
      reading = false;
      readable.destroy(E.NULL_VALUES());
      return false;
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }
  function next() {
    if (isAsync) {
      var p;
      try {
        p = iterator.next();
      } catch (err) {
        return readable.destroy(err);
      }
      Promise.resolve(p).then(function (r) {
        if (r.done) return readable.push(null);
        Promise.resolve(r.value).then(function (v) {
          if (take(v)) next();
        }, function (err) { readable.destroy(err); });
      }, function (err) { readable.destroy(err); });
      return;
    }
    for (;;) {
      var r;
      try {
        r = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (r.done) {
        readable.push(null);
        return;
      }
      if (r.value && typeof r.value.then === 'function') {
        r.value.then(function (v) { if (take(v)) next(); }, function (err) { readable.destroy(err); });
        return;
      }
      if (!take(r.value)) return;
    }
  }
  return readable;
}

// ---- Writable

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = options ? getHighWaterMark(options, 'writableHighWaterMark', isDuplex, this.objectMode)
    : getDefaultHighWaterMark(false);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  var self = this;
  this.onwrite = function (er) { onwrite(stream, er); };
  this.writecb = null;
  this.expectWriteCb = false;
  this.afterWritePending = false;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  resetBuffer(this);
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = [];
  void self;
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function () {
  return this.buffered.slice(this.bufferedIndex);
};
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; }
});

function Writable(options) {
  var isDuplex = this instanceof Duplex;
  if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  construct(this, function () {
    var state = self._writableState;
    if (!state.writing) clearBuffer(self, state);
    finishMaybe(self, state);
  });
}
inherits(Writable, Stream);
Writable.WritableState = WritableState;

Writable.prototype.pipe = function () {
  errorOrDestroy(this, codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

function writeImpl(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw E.NULL_VALUES();
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw E.UNKNOWN_ENCODING(encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (Buffer.isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw chunkTypeError(chunk);
    }
  }
  var err;
  if (state.ending) err = E.WRITE_AFTER_END();
  else if (state.destroyed) err = E.DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw E.UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state.writing = state.sync = state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  var ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state.writing = state.sync = state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(E.DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  var state = stream._writableState;
  if (!state.expectWriteCb) {
    errorOrDestroy(stream, E.MULTIPLE_CALLBACK());
    return;
  }
  var sync = state.sync, cb = state.writecb || nop;
  state.writecb = null;
  state.writing = state.expectWriteCb = false;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }
  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // A write completed synchronously: 'drain', the callback and 'finish'
  // come on the next tick, one tick for a run of writes with the same
  // callback. (Node tests its destroyed bit with a precedence slip that
  // makes it the object-mode bit; the same is done here.)
  var needDrain = state.needDrain && state.length === 0;
  var needTick = needDrain || state.objectMode || cb !== nop;
  if (cb === nop) {
    if (!state.afterWritePending && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state.afterWritePending = true;
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
    state.afterWriteTickInfo.count++;
  } else if (needTick) {
    state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
    process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    state.afterWritePending = true;
  } else {
    state.pendingcb--;
    if (state.ending) finishMaybe(stream, state, true);
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  var needDrain = !state.ending && !state.destroyed && state.needDrain && state.length === 0;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// Fails every buffered write and every end() callback after destroy.
function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var b = state.buffered[n];
    state.length -= state.objectMode ? 1 : b.chunk.length;
    b.callback(state.errored || E.DESTROYED('write'));
  }
  var cbs = state.onFinished.splice(0, state.onFinished.length);
  for (var i = 0; i < cbs.length; i++) cbs[i](state.errored || E.DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  var buffered = state.buffered, i = state.bufferedIndex, n = buffered.length - i;
  if (!n) return;
  state.bufferProcessing = true;
  if (n > 1 && stream._writev) {
    state.pendingcb -= n - 1;
    var callback = state.allNoop ? nop : function (err) {
      for (var k = i; k < buffered.length; ++k) buffered[k].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var b = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, state.objectMode ? 1 : b.chunk.length, b.chunk, b.encoding, b.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw E.NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  var state = this._writableState, err;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (chunk !== null && chunk !== undefined) {
    var ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // the write's error is the answer
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = E.FINISHED('end');
  } else if (state.destroyed) {
    err = E.DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  var called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err || E.MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var cbs = state.onFinished.splice(0, state.onFinished.length);
      for (var i = 0; i < cbs.length; i++) cbs[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(function () {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var cbs = state.onFinished.splice(0, state.onFinished.length);
  for (var i = 0; i < cbs.length; i++) cbs[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    var r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

var writableGetters = {
  closed: function () { return this._writableState ? this._writableState.closed : false; },
  destroyed: {
    get: function () { return this._writableState ? this._writableState.destroyed : false; },
    set: function (v) { if (this._writableState) this._writableState.destroyed = v; }
  },
  writable: {
    get: function () {
      var w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set: function (v) { if (this._writableState) this._writableState.writable = !!v; }
  },
  writableFinished: function () { return this._writableState ? this._writableState.finished : false; },
  writableObjectMode: function () { return this._writableState ? this._writableState.objectMode : false; },
  writableBuffer: function () { return this._writableState && this._writableState.getBuffer(); },
  writableEnded: function () { return this._writableState ? this._writableState.ending : false; },
  writableNeedDrain: function () {
    var w = this._writableState;
    return w ? !w.destroyed && !w.ending && w.needDrain : false;
  },
  writableHighWaterMark: function () { return this._writableState && this._writableState.highWaterMark; },
  writableCorked: function () { return this._writableState ? this._writableState.corked : 0; },
  writableLength: function () { return this._writableState && this._writableState.length; },
  errored: function () { return this._writableState ? this._writableState.errored : null; },
  writableAborted: function () {
    var w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  }
};
defineGetters(Writable.prototype, writableGetters);

Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length))
    process.nextTick(errorBuffer, state);
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };

// ---- Duplex: a Readable with Writable's methods and state as well

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
inherits(Duplex, Readable);
['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write'].forEach(function (m) {
  Duplex.prototype[m] = Writable.prototype[m];
});
Duplex.prototype._writev = null;
Duplex.prototype.destroy = Writable.prototype.destroy;
(function () {
  var g = {};
  Object.keys(writableGetters).forEach(function (k) {
    if (k !== 'destroyed' && k !== 'errored' && k !== 'closed') g[k] = writableGetters[k];
  });
  g.destroyed = {
    get: function () {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set: function (v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    }
  };
  defineGetters(Duplex.prototype, g);
})();

Duplex.from = function (body) {
  if (isNodeStream(body)) return body;
  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });
  throw E.ARG_TYPE('body', 'of type Stream, Iterable, AsyncIterable or Function', body);
};

// ---- Transform and PassThrough

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  var rhwm = options ? getHighWaterMark(options, 'readableHighWaterMark', true, false) : null;
  if (options && rhwm === 0 && options.readableHighWaterMark === 0) {
    options = assign({}, options, {
      highWaterMark: null, readableHighWaterMark: 0,
      writableHighWaterMark: options.writableHighWaterMark || 0
    });
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this._transformCallback = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
inherits(Transform, Duplex);

function transformFinal(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data !== null && data !== undefined) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;

Transform.prototype._transform = function () {
  throw E.NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this, rState = this._readableState, wState = this._writableState, length = rState.length;
  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val !== null && val !== undefined) self.push(val);
    if (rState.ended) {
      // push(null) was called: the callback waits a tick for that state
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      self._transformCallback = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this._transformCallback) {
    var callback = this._transformCallback;
    this._transformCallback = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
inherits(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- finished (end-of-stream): cb once the stream is done or failed

function once(fn) {
  var called = false;
  return function () {
    if (called) return;
    called = true;
    return fn.apply(this, arguments);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else if (typeof options !== 'object') {
    throw E.ARG_TYPE('options', 'of type object', options);
  }
  if (typeof callback !== 'function') throw E.ARG_TYPE('callback', 'of type function', callback);
  if (!isNodeStream(stream)) throw E.ARG_TYPE('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  callback = once(callback);
  var readable = options.readable !== undefined && options.readable !== null ? options.readable : isReadableNodeStream(stream);
  var writable = options.writable !== undefined && options.writable !== null ? options.writable : isWritableNodeStream(stream);
  var wState = stream._writableState, rState = stream._readableState;
  var onlegacyfinish = function () { if (!stream.writable) onfinish(); };
  var wec = willEmitClose(stream) && isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  var writableFinished = isWritableFinished(stream, false);
  var onfinish = function () {
    writableFinished = true;
    if (stream.destroyed) wec = false;
    if (wec && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  var readableFinished = isReadableFinished(stream, false);
  var onend = function () {
    readableFinished = true;
    if (stream.destroyed) wec = false;
    if (wec && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  var onerror = function (err) { callback.call(stream, err); };
  var closed = isClosed(stream);
  var onclose = function () {
    closed = true;
    var errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, E.PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, E.PREMATURE_CLOSE());
    }
    callback.call(stream);
  };
  var onclosed = function () {
    closed = true;
    var errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  var onrequest = function () { stream.req.on('finish', onfinish); };
  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!wec) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!wec && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!wec) process.nextTick(onclosed);
  } else if (!readable && (!wec || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!wec || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }
  return function cleanup() {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
}

// ---- pipeline(a, b, ..., cb): pipes, forwards errors, destroys all on
// failure, calls cb once with the first error (or none)

function pipeDestroyer(stream, reading, writing) {
  var done = false;
  stream.on('close', function () { done = true; });
  eos(stream, { readable: reading, writable: writing }, function (err) { done = !err; });
  return function (err) {
    if (done) return;
    done = true;
    destroyer(stream, err || E.DESTROYED('pipe'));
  };
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw E.ARG_TYPE('val', 'an instance of Readable, Iterable, or AsyncIterable', val);
}

function fromReadable(val) {
  var o = {};
  o['@@asyncIterator'] = function () { return createAsyncIterator(val); };
  if (typeof Symbol === 'function' && Symbol.asyncIterator) o[Symbol.asyncIterator] = o['@@asyncIterator'];
  return o;
}

// Calls ok(value of p) or fail(error) a microtask later, as awaiting p
// would; without Promise (an ES5 app that has none) a tick later.
function settle(p, ok, fail) {
  if (typeof Promise === 'function') Promise.resolve(p).then(ok, fail);
  else if (p && typeof p.then === 'function') p.then(ok, fail);
  else process.nextTick(ok, p);
}

// Writes an (async) iterable into a writable, waiting for 'drain'.
function pump(iterable, writable, finish, end) {
  var error, onresolve = null, iterator;
  function resume(err) {
    if (err) error = err;
    if (onresolve) {
      var cb = onresolve;
      onresolve = null;
      cb();
    }
  }
  function wait(then) {
    if (error) return fail(error);
    onresolve = function () {
      if (error) fail(error);
      else then();
    };
  }
  writable.on('drain', resume);
  var cleanup = eos(writable, { readable: false }, resume);
  function done(err) {
    cleanup();
    writable.removeListener('drain', resume);
    finish(err);
  }
  function fail(err) {
    if (iterator && typeof iterator.return === 'function') {
      try { iterator.return(); } catch (e) { /* the first error is the answer */ }
    }
    done(err);
  }
  function loop() {
    var p;
    try {
      p = iterator.next();
    } catch (err) {
      return done(err);
    }
    settle(p, function (r) {
      if (r.done) {
        if (end) writable.end();
        return wait(function () { done(); });
      }
      if (!writable.write(r.value)) wait(loop);
      else loop();
    }, function (err) { done(error !== err && error ? error : err); });
  }
  settle(undefined, function () {
    iterator = getIterator(iterable, true) || getIterator(iterable, false);
    if (!iterator && Array.isArray(iterable)) {
      var i = 0;
      iterator = { next: function () { return i < iterable.length ? { value: iterable[i++], done: false } : { done: true }; } };
    }
    if (writable.writableNeedDrain) wait(loop);
    else loop();
  });
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var cb = streams[streams.length - 1];
  if (typeof cb !== 'function') throw E.ARG_TYPE('streams[stream.length - 1]', 'of type function', cb);
  streams.pop();
  return pipelineImpl(streams, once(cb));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw E.MISSING_ARGS('streams');
  var error, value, destroys = [], finishCount = 0, ret;
  function finish(err) { finishImpl(err, --finishCount === 0); }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final) process.nextTick(callback, error, value);
  }
  streams.forEach(function (stream, i) {
    var reading = i < streams.length - 1, writing = i > 0;
    var end = reading || !opts || opts.end !== false;
    if (isNodeStream(stream)) {
      if (end) destroys.push(pipeDestroyer(stream, reading, writing));
      stream.on('error', function (err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      });
    }
    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal: undefined });
        if (!isIterable(ret)) throw E.RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal: undefined });
      if (reading) {
        if (!isIterable(ret, true)) throw E.RETURN_VALUE('AsyncIterable', 'transform[' + (i - 1) + ']', ret);
      } else {
        var pt = new PassThrough({ objectMode: true });
        var then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, function (val) {
            value = val;
            if (val !== null && val !== undefined) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, function (err) {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pump(ret, pt, finish, end);
        } else {
          throw E.RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        destroys.push(pipeDestroyer(ret, false, true));
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        pipeStreams(ret, stream, finish, end);
      } else if (isIterable(ret)) {
        finishCount++;
        pump(ret, stream, finish, end);
      } else {
        throw E.ARG_TYPE('val', 'an instance of Readable, Iterable, or AsyncIterable', ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  });
  return ret;
}

function pipeStreams(src, dst, finish, end) {
  src.pipe(dst, { end: end });
  if (end) src.once('end', function () { dst.end(); });
  else finish();
  eos(src, { readable: true, writable: false }, function (err) {
    var r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  eos(dst, { readable: false, writable: true }, finish);
}

// ---- process.stdout and process.stderr become Writables once streams
// are loaded (they start as plain objects with a native write, so that an
// app that never loads stream does not pay for it): pipe(), pipeline(),
// 'finish' and 'drain' then work on them as in Node. Their native write
// (or whatever the app put in its place) becomes _write; like Node's they
// are never really closed.

function upgradeStdio(out) {
  if (!out || out._writableState || typeof out.write !== 'function') return;
  var raw = out.write;
  Object.setPrototypeOf(out, Writable.prototype);
  Writable.call(out, { decodeStrings: false, emitClose: false, autoDestroy: false });
  delete out.write;
  out._isStdio = true;
  out._write = function (chunk, encoding, cb) {
    raw.call(out, typeof chunk === 'string' ? chunk : chunk.toString());
    cb();
  };
  out._destroy = function (err, cb) { cb(err); };
}
upgradeStdio(process.stdout);
upgradeStdio(process.stderr);

// ---- the module: Stream itself, as in Node

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal.aborted !== 'boolean')
    throw E.ARG_TYPE('signal', 'an instance of AbortSignal', signal);
  if (!isNodeStream(stream)) throw E.ARG_TYPE('stream', 'an instance of Stream', stream);
  var onAbort = function () { stream.destroy(AbortError()); };
  if (signal.aborted) onAbort();
  else if (typeof signal.addEventListener === 'function') signal.addEventListener('abort', onAbort);
  return stream;
}

module.exports = Stream;
Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = eos;
Stream.addAbortSignal = addAbortSignal;
Stream.destroy = destroyer;
Stream.isDisturbed = function (stream) {
  var r = stream && stream._readableState;
  return !!(r && (r.dataEmitted || r.endEmitted || r.errored || r.destroyed)) || !!(stream && stream.readableDidRead);
};
Stream.isErrored = function (stream) {
  return !!(isReadableErrored(stream) || isWritableErrored(stream));
};
Stream.isReadable = function (stream) {
  return !!isReadable(stream);
};
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream._isUint8Array = isUint8Array;
Stream._isArrayBufferView = isArrayBufferView;
Stream._uint8ArrayToBuffer = viewToBuffer;
// for http, net and stream/promises (not Node API)
Stream._internal = {
  eos: eos, pipelineImpl: pipelineImpl, destroyer: destroyer, errorOrDestroy: errorOrDestroy,
  isNodeStream: isNodeStream, isIterable: isIterable, once: once
};
