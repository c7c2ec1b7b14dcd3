// worker_threads: Node's API over one JavaScript isolate per core
// (js/binding_worker.c, docs/workers.md).
//
// new Worker(file) runs the packed module file on a free core (other than
// core 0, which runs the main isolate and the network), else on core 0,
// time-shared with the main isolate (lib/task.h: up to four there); when
// core 0 has no room either, the new one waits in a queue and starts when
// a worker ends (FIFO). Messages are cloned here into a string (tagged JSON, below)
// plus the ArrayBuffers they hold: those in the transferList are moved
// (the sender's are detached, as in Node: ArrayBuffer.prototype.transfer),
// the others' bytes copied; C sends both to the other core (a moved
// buffer without a copy: binding_worker.c). MessageChannel/MessagePort work inside one
// isolate; a port cannot be sent to another one (DataCloneError).
'use strict';

var EventEmitter = require('events');
var util = require('util');
var W = native.worker; // undefined where the image has no worker binding

var GLOBAL = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();
var hasOwn = Object.prototype.hasOwnProperty;
var toStr = Object.prototype.toString;

// ---- structured clone (the HTML spec's, as Node's postMessage does it)

function dataCloneError(what) {
  var e = new Error(what + ' could not be cloned.');
  e.name = 'DataCloneError';
  e.code = 25; // DOMException.DATA_CLONE_ERR
  return e;
}

var viewKinds = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView'];

function viewKind(v) {
  var tag = toStr.call(v).slice(8, -1);
  return viewKinds.indexOf(tag) >= 0 ? tag : null;
}

function isSymbol(v) {
  return typeof v === 'symbol' || (v !== null && typeof v === 'object' && toStr.call(v) === '[object Symbol]');
}

// serialize(value, transferList) -> { s: string, b: [ArrayBuffer...], m: [moved...] }
// Each buffer in the transfer list is detached once the value is cloned
// (not if cloning throws): m[i] is then the new ArrayBuffer that owns its
// bytes, to be moved, and b[i] the detached one.
var noBufs = [];

function isDetached(ab) { return ab.detached === true; }

function detachedError() {
  return dataCloneError('An ArrayBuffer is detached and');
}

function serialize(value, transfer) {
  // the common case, a primitive: its JSON, no tree
  var t = typeof value;
  if ((t === 'string' || t === 'boolean' || value === null ||
       (t === 'number' && isFinite(value) && (value !== 0 || 1 / value > 0))) &&
      (transfer === undefined || transfer === null))
    return { s: JSON.stringify(value), b: noBufs };
  var objs = [], abs = [];
  if (transfer !== undefined && transfer !== null) {
    if (!Array.isArray(transfer)) {
      if (typeof transfer === 'object' && Array.isArray(transfer.transfer)) transfer = transfer.transfer;
      else if (typeof transfer === 'object' && transfer.transfer === undefined) transfer = [];
      else {
        var te = new TypeError('Optional transferList argument must be an iterable');
        te.code = 'ERR_INVALID_ARG_TYPE';
        throw te;
      }
    }
    for (var t = 0; t < transfer.length; t++) {
      var x = transfer[t];
      if (x instanceof MessagePort) throw dataCloneError('MessagePort in transfer list');
      if (toStr.call(x) !== '[object ArrayBuffer]') {
        var ie = new TypeError('Found invalid object in transferList');
        ie.code = 'ERR_INVALID_TRANSFER_OBJECT';
        throw ie;
      }
      if (transfer.indexOf(x) !== t) {
        var de = new Error('Transfer list contains duplicate ArrayBuffer');
        de.name = 'DataCloneError';
        de.code = 25;
        throw de;
      }
    }
  } else {
    transfer = noBufs;
  }
  function moving(ab) { return transfer.length > 0 && transfer.indexOf(ab) >= 0; }
  function buf(ab) {
    var i = abs.indexOf(ab);
    if (i < 0) { i = abs.length; abs.push(ab); }
    return i;
  }
  function w(v) {
    switch (typeof v) {
      case 'undefined': return { '#': 'u' };
      case 'number':
        if (v !== v) return { '#': 'NaN' };
        if (v === Infinity) return { '#': 'inf' };
        if (v === -Infinity) return { '#': '-inf' };
        if (v === 0 && 1 / v < 0) return { '#': '-0' };
        return v;
      case 'string': case 'boolean': return v;
      case 'function': throw dataCloneError(String(v));
      case 'symbol': throw dataCloneError(String(v));
    }
    if (v === null) return null;
    if (isSymbol(v)) throw dataCloneError(String(v));
    var id = objs.indexOf(v);
    if (id >= 0) return { '#': 'r', i: id };
    id = objs.length;
    objs.push(v);
    var tag = toStr.call(v), k, keys, i, out;
    if (Array.isArray(v)) {
      out = { '#': 'a', i: id, l: v.length, p: [] };
      keys = Object.keys(v);
      for (i = 0; i < keys.length; i++) out.p.push([keys[i], w(v[keys[i]])]);
      return out;
    }
    if (tag === '[object Date]') return { '#': 'd', i: id, v: w(v.getTime()) };
    if (tag === '[object RegExp]') {
      return { '#': 're', i: id, s: v.source,
        f: (v.global ? 'g' : '') + (v.ignoreCase ? 'i' : '') + (v.multiline ? 'm' : '') +
           (v.dotAll ? 's' : '') + (v.unicode ? 'u' : '') + (v.sticky ? 'y' : '') };
    }
    if (tag === '[object ArrayBuffer]') {
      if (isDetached(v) && !moving(v)) throw detachedError();
      return { '#': 'ab', i: id, b: buf(v) };
    }
    var kind = viewKind(v);
    if (kind) {
      if (isDetached(v.buffer) && !moving(v.buffer)) throw detachedError();
      return { '#': 'ta', i: id, k: kind, b: buf(v.buffer), o: v.byteOffset,
        l: kind === 'DataView' ? v.byteLength : v.length };
    }
    if (typeof Map === 'function' && v instanceof Map) {
      out = { '#': 'm', i: id, e: [] };
      v.forEach(function (val, key) { out.e.push([w(key), w(val)]); });
      return out;
    }
    if (typeof Set === 'function' && v instanceof Set) {
      out = { '#': 's', i: id, e: [] };
      v.forEach(function (val) { out.e.push(w(val)); });
      return out;
    }
    if (tag === '[object Error]' || v instanceof Error) {
      out = { '#': 'e', i: id, n: String(v.name), m: String(v.message) };
      if (typeof v.stack === 'string') out.st = v.stack;
      if (hasOwn.call(v, 'cause')) out.c = w(v.cause);
      return out;
    }
    if (tag === '[object Boolean]' || tag === '[object Number]' || tag === '[object String]')
      return { '#': 'bx', i: id, t: tag.slice(8, -1), v: w(v.valueOf()) };
    if (v instanceof MessagePort) throw dataCloneError('Object that needs transfer was found in message but not listed in transferList. MessagePort');
    out = { '#': 'o', i: id, p: [] };
    keys = Object.keys(v);
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      out.p.push([k, w(v[k])]);
    }
    return out;
  }
  var tree = w(value);
  var s = JSON.stringify(tree), moved = noBufs;
  // Node detaches every buffer of the list, also those the value does not
  // hold; a detached one in the list arrives as an empty ArrayBuffer
  if (transfer.length) {
    moved = [];
    for (var a = 0; a < abs.length; a++)
      moved.push(moving(abs[a]) ? (isDetached(abs[a]) ? new ArrayBuffer(0) : abs[a].transfer()) : null);
    for (a = 0; a < transfer.length; a++)
      if (abs.indexOf(transfer[a]) < 0 && !isDetached(transfer[a])) transfer[a].transfer();
  }
  return { s: s, b: abs, m: moved };
}

var errorTypes = { Error: Error, TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError,
  ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError };

// a buffer of a message: an ArrayBuffer (moved) or a Uint8Array (copied)
function abOf(x) {
  return toStr.call(x) === '[object ArrayBuffer]' ? x : x.buffer;
}

// deserialize(string, [ArrayBuffer | Uint8Array...]) -> value
function deserialize(s, bufs) {
  var objs = [];
  function r(n) {
    if (n === null || typeof n !== 'object') return n;
    var o, i, p;
    switch (n['#']) {
      case 'u': return undefined;
      case 'NaN': return NaN;
      case 'inf': return Infinity;
      case '-inf': return -Infinity;
      case '-0': return -0;
      case 'r': return objs[n.i];
      case 'a':
        o = objs[n.i] = new Array(n.l);
        for (i = 0; i < n.p.length; i++) o[n.p[i][0]] = r(n.p[i][1]);
        return o;
      case 'o':
        o = objs[n.i] = {};
        for (i = 0; i < n.p.length; i++) o[n.p[i][0]] = r(n.p[i][1]);
        return o;
      case 'd': return (objs[n.i] = new Date(r(n.v)));
      case 're': return (objs[n.i] = new RegExp(n.s, n.f));
      case 'ab': return (objs[n.i] = abOf(bufs[n.b]));
      case 'ta':
        p = GLOBAL[n.k];
        return (objs[n.i] = new p(abOf(bufs[n.b]), n.o, n.l));
      case 'm':
        if (typeof Map !== 'function') throw dataCloneError('Map (no Map in this isolate)');
        o = objs[n.i] = new Map();
        for (i = 0; i < n.e.length; i++) o.set(r(n.e[i][0]), r(n.e[i][1]));
        return o;
      case 's':
        if (typeof Set !== 'function') throw dataCloneError('Set (no Set in this isolate)');
        o = objs[n.i] = new Set();
        for (i = 0; i < n.e.length; i++) o.add(r(n.e[i]));
        return o;
      case 'e':
        o = objs[n.i] = new (errorTypes[n.n] || Error)(n.m);
        if (!errorTypes[n.n]) Object.defineProperty(o, 'name', { value: n.n, writable: true, configurable: true });
        if (n.st !== undefined) Object.defineProperty(o, 'stack', { value: n.st, writable: true, configurable: true });
        if (hasOwn.call(n, 'c')) Object.defineProperty(o, 'cause', { value: r(n.c), writable: true, configurable: true });
        return o;
      case 'bx':
        return (objs[n.i] = Object(r(n.v)));
    }
    throw new Error('worker_threads: bad message');
  }
  var v = JSON.parse(s);
  return v === null || typeof v !== 'object' ? v : r(v);
}

// what C sends: the moved ArrayBuffers themselves, a view of the others
function bufsOf(c) {
  if (!c.b.length) return noBufs;
  var m = c.m || noBufs;
  return c.b.map(function (ab, i) { return m[i] || new Uint8Array(ab); });
}

// ---- MessagePort and MessageChannel (one isolate)

function MessagePort() {
  EventEmitter.call(this);
  this._other = null;
  this._queue = [];
  this._started = false;
  this._closed = false;
  this._refd = false;
  this._wantRef = true;
  var self = this;
  this.on('newListener', function (ev) {
    if (ev === 'message') process.nextTick(function () { self.start(); });
  });
}
util.inherits(MessagePort, EventEmitter);

MessagePort.prototype._setRef = function () {
  var want = this._started && !this._closed && this._wantRef;
  if (want !== this._refd) {
    this._refd = want;
    native.loopRef(want);
  }
};

MessagePort.prototype.postMessage = function (value, transferList) {
  var c = serialize(value, transferList);
  if (this._closed) return;
  this._send(c);
};

MessagePort.prototype._send = function (c) {
  var other = this._other;
  if (!other || other._closed) return;
  // moved buffers as they are, a copy of the others: as between isolates
  var s = c.s, b = bufsOf(c).map(function (u) { return toStr.call(u) === '[object ArrayBuffer]' ? u : new Uint8Array(u); });
  setImmediate(function () { other._deliver(deserialize(s, b)); });
};

MessagePort.prototype._deliver = function (value) {
  if (this._closed) return;
  if (!this._started) { this._queue.push(value); return; }
  this.emit('message', value);
};

MessagePort.prototype.start = function () {
  if (this._started || this._closed) return;
  this._started = true;
  this._setRef();
  var q = this._queue;
  this._queue = [];
  for (var i = 0; i < q.length; i++) this.emit('message', q[i]);
};

MessagePort.prototype.close = function () {
  if (this._closed) return;
  this._closed = true;
  this._setRef();
  var self = this, other = this._other;
  process.nextTick(function () { self.emit('close'); });
  if (other && !other._closed) other.close();
};

MessagePort.prototype.ref = function () { this._wantRef = true; this._setRef(); return this; };
MessagePort.prototype.unref = function () { this._wantRef = false; this._setRef(); return this; };

function MessageChannel() {
  if (!(this instanceof MessageChannel)) throw new TypeError("Class constructor MessageChannel cannot be invoked without 'new'");
  this.port1 = new MessagePort();
  this.port2 = new MessagePort();
  this.port1._other = this.port2;
  this.port2._other = this.port1;
}

// ---- the worker's side: parentPort

var init = W ? W.init() : null;
var parentPort = null;
var workerData = null;
// A cluster worker (cluster.fork: the app's main module again) is a
// worker isolate that looks like a process of its own, as in Node:
// isMainThread is true, no parentPort; its channel to the primary is
// clusterPort, which keeps it alive until cluster.js disconnects it.
var clusterBoot = null, clusterPort = null;

if (init) {
  var boot = deserialize(init[1], init[2]);
  workerData = boot.workerData;
  var port = new MessagePort();
  port._send = function (c) { W.post(-1, c.s, bufsOf(c)); };
  port.close = function () {
    if (this._closed) return;
    this._closed = true;
    this._setRef();
    var self = this;
    process.nextTick(function () { self.emit('close'); });
  };
  if (boot.cluster) {
    // the channel keeps the worker alive until it is disconnected, as a
    // cluster worker's IPC channel does in Node (cluster.js closes it);
    // messages wait in the port until cluster.js listens
    clusterBoot = boot.cluster;
    clusterPort = port;
    native.loopRef(true);
    port.close = function () {
      if (this._closed) return;
      this._closed = true;
      this._setRef();
      native.loopRef(false);
    };
  } else {
    parentPort = port;
  }
  process.argv = [process.argv[0], boot.filename].concat(boot.argv || []);
  if (boot.env && typeof boot.env === 'object') process.env = boot.env;
  if (clusterBoot) {
    // Node's bootstrap reads NODE_UNIQUE_ID and deletes it before the app
    // runs; each worker is a "process" of its own (the primary is pid 1)
    delete process.env.NODE_UNIQUE_ID;
    process.pid = clusterBoot.id + 1;
    process.ppid = 1;
  }
  W.setup(function (kind, id, s, bufs) {
    if (kind === 'message') port._deliver(deserialize(s, bufs));
  });
}

// internal.js: an uncaught exception in a worker goes to the parent's
// 'error' (the worker then exits with 1, printing nothing itself). A
// worker's isolate loads this module before its own (binding_worker.c).
function uncaught(err) {
  var c;
  try {
    c = serialize(err);
  } catch (e) {
    c = serialize(new Error(String(err)));
  }
  W.error(c.s, bufsOf(c));
}
if (init && !clusterBoot) require('internal').workerUncaught = uncaught; // a cluster worker prints its own, as a process

// ---- the parent's side: Worker

var workers = {};
var waiting = [];
var nextId = 1;

function workerPathError(name) {
  var e = new TypeError('The worker script or module filename must be an absolute path or a relative path ' +
    "starting with './' or '../'. Received \"" + name + '"');
  e.code = 'ERR_WORKER_PATH';
  return e;
}

function initFailed(why) {
  var e = new Error('Worker initialization failure: ' + why);
  e.code = 'ERR_WORKER_INIT_FAILED';
  return e;
}

function Worker(filename, options) {
  if (!(this instanceof Worker)) throw new TypeError("Class constructor Worker cannot be invoked without 'new'");
  EventEmitter.call(this);
  options = options || {};
  if (filename && typeof filename === 'object' && typeof filename.pathname === 'string') filename = filename.pathname;
  if (typeof filename !== 'string') {
    var te = new TypeError('The "filename" argument must be of type string or an instance of URL.' +
      ' Received ' + util.inspect(filename));
    te.code = 'ERR_INVALID_ARG_TYPE';
    throw te;
  }
  if (options.eval) throw initFailed('eval workers need a compiler at run time; unijs packs worker files at build time (docs/workers.md)');
  var name = filename;
  if (name.charAt(0) !== '/') {
    if (!/^\.\.?[\\/]/.test(name)) throw workerPathError(name);
    name = require('path').resolve(process.cwd(), name);
  }
  if (!W) throw initFailed('this image has no worker binding (the host runner has one core)');
  if (isMainThread === false) throw initFailed('only the main thread starts workers in unijs');

  this.threadId = nextId++;
  this.resourceLimits = options.resourceLimits || {};
  this._file = name;
  this._state = 'waiting';
  this._pending = [];
  this._exitCode = undefined;
  this._terminated = null;
  this._refd = false;
  var env = options.env;
  if (env === SHARE_ENV || env === undefined) env = process.env; // a copy at start, as Node's default
  this._cluster = options._cluster; // cluster.fork's (cluster.js)
  // options.transferList: Node spreads it as an array-like into the list
  // of its first message (ignored when falsy or without a length); the
  // buffers of it move with workerData (detached here at once, even when
  // the worker waits for a core or its file is missing, as in Node)
  var tl = options.transferList ? Array.prototype.slice.call(Object(options.transferList)) : undefined;
  this._init = serialize({ workerData: options.workerData, argv: (options.argv || []).map(String), env: env, filename: name,
    cluster: options._cluster }, tl);
  // a thread id is used up even when that throws, as in Node
  this._refd = true;
  native.loopRef(true);
  workers[this.threadId] = this;
  var self = this;
  if (!W.has(name)) {
    this._init = null;
    var me = new Error("Cannot find module '" + name + "'");
    me.code = 'MODULE_NOT_FOUND';
    this._state = 'exited';
    process.nextTick(function () {
      self.emit('error', me);
      finish(self, 1);
    });
    return;
  }
  var mb = this.resourceLimits.maxOldGenerationSizeMb;
  this._heapBytes = typeof mb === 'number' && mb > 0 ? mb * 1048576 : 0;
  waiting.push(this);
  startWaiting();
}
util.inherits(Worker, EventEmitter);

function startWaiting() {
  while (waiting.length) {
    var w = waiting[0];
    if (!W.spawn(w.threadId, w._file, w._init.s, bufsOf(w._init), w._heapBytes, !!w._cluster)) return; // every core busy
    waiting.shift();
    w._state = 'running';
    w._init = null;
    var p = w._pending;
    w._pending = [];
    for (var i = 0; i < p.length; i++) W.post(w.threadId, p[i].s, bufsOf(p[i]));
  }
}

function finish(w, code) {
  w._state = 'exited';
  w._exitCode = code;
  delete workers[w.threadId];
  if (w._refd) { w._refd = false; native.loopRef(false); }
  W.forget(w.threadId);
  w.emit('exit', code);
  var t = w._terminated;
  w._terminated = null;
  if (t) for (var i = 0; i < t.length; i++) t[i](code);
  startWaiting();
}

Worker.prototype.postMessage = function (value, transferList) {
  var c = serialize(value, transferList);
  if (this._state === 'running') W.post(this.threadId, c.s, bufsOf(c));
  else if (this._state === 'waiting') this._pending.push(c);
};

Worker.prototype.terminate = function (cb) {
  var self = this, P = GLOBAL.Promise;
  var promise;
  if (typeof P === 'function') {
    promise = new P(function (resolve) {
      if (self._state === 'exited') resolve(self._exitCode);
      else (self._terminated || (self._terminated = [])).push(resolve);
    });
  }
  if (typeof cb === 'function') (this._terminated || (this._terminated = [])).push(function (code) { cb(null, code); });
  if (this._state === 'waiting') {
    waiting.splice(waiting.indexOf(this), 1);
    this._state = 'exited';
    process.nextTick(function () { finish(self, 1); });
  } else if (this._state === 'running') {
    W.terminate(this.threadId);
  }
  return promise;
};

Worker.prototype.ref = function () {
  if (!this._refd && this._state !== 'exited') { this._refd = true; native.loopRef(true); }
};
Worker.prototype.unref = function () {
  if (this._refd) { this._refd = false; native.loopRef(false); }
};

if (W && !init) {
  W.setup(function (kind, id, s, bufs) {
    var w = workers[id];
    if (!w) return;
    if (kind === 'online') w.emit('online');
    else if (kind === 'message') w.emit('message', deserialize(s, bufs));
    else if (kind === 'error') w.emit('error', deserialize(s, bufs));
    else if (kind === 'exit') finish(w, s);
  });
}

var SHARE_ENV = { description: 'nodejs.worker_threads.SHARE_ENV' };
var isMainThread = !init || !!clusterBoot;

exports.isMainThread = isMainThread;
exports.threadId = init && !clusterBoot ? init[0] : 0;
exports.parentPort = parentPort;
exports.workerData = workerData;
exports.resourceLimits = {};
exports.SHARE_ENV = SHARE_ENV;
exports.Worker = Worker;
exports.MessageChannel = MessageChannel;
exports.MessagePort = MessagePort;
// internal (internal.js, tests)
exports._serialize = serialize;
exports._cluster = clusterBoot ? { boot: clusterBoot, port: clusterPort } : null; // cluster.js
exports._deserialize = deserialize;
