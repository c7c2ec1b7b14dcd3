// async_hooks: AsyncLocalStorage and AsyncResource.
//
// A context is a frozen map from each AsyncLocalStorage to its store. It is
// captured when a callback is scheduled and restored while the callback
// runs, for: setTimeout, setInterval, setImmediate (timers.js keeps it in
// each immediate), process.nextTick,
// queueMicrotask, Promise reactions (then/catch/finally, hence await) and
// AsyncResource. Loading this module installs those wrappers (global
// functions and require('timers')). Callbacks that come from I/O (net and
// http events, process.stdin) are not scheduled by JavaScript: they run in
// the context that was current when the loop called them (the top-level
// one), not in the context where the socket or server was made as in Node;
// inside a request handler, run() and everything it schedules propagate.
// Not provided: createHook, executionAsyncResource (docs/modules.md).
'use strict';
var errors = require('internal_errors');
var argType = errors.argType;

var ROOT = {};
// The state, shared with the tick queue (native.asyncTicks): the current
// context, executionAsyncId, triggerAsyncId, the last id given, and (4-6)
// where the queue keeps the first three while a tick that threw is handled.
var S = [ROOT, 1, 0, 1, null, 0, 0];

// fn bound to the context current now (and to fresh async ids).
function bindCurrent(fn) {
  if (typeof fn !== 'function' || fn.__unijsAsyncBound) return fn;
  var ctx = S[0], id = ++S[3], trigger = S[1];
  var bound = function () {
    var saved = S[0], savedId = S[1], savedTrigger = S[2];
    S[0] = ctx;
    S[1] = id;
    S[2] = trigger;
    try {
      return fn.apply(this, arguments);
    } finally {
      S[0] = saved;
      S[1] = savedId;
      S[2] = savedTrigger;
    }
  };
  bound.__unijsAsyncBound = true;
  return bound;
}

// ---- the wrappers

// The callback is the first argument of every scheduler wrapped here. The
// wrapper passes on exactly the arguments it got, the callback bound
// (reading arguments.length and arguments[i] makes no arguments object,
// patches/mujs/0180).
function wrapScheduler(obj, name) {
  var orig = obj[name];
  if (typeof orig !== 'function' || orig.__unijsAsyncWrapper) return;
  var w = function (fn) {
    var n = arguments.length;
    if (typeof fn === 'function') fn = bindCurrent(fn);
    if (n === 1) return orig.call(this, fn);
    if (n === 2) return orig.call(this, fn, arguments[1]);
    if (n === 3) return orig.call(this, fn, arguments[1], arguments[2]);
    var args = Array.prototype.slice.call(arguments);
    if (n > 0) args[0] = fn;
    return orig.apply(this, args);
  };
  w.__unijsAsyncWrapper = true;
  w.__unijsOriginal = orig;
  obj[name] = w;
}

var GLOBAL = Function('return this')();
var timers = require('timers'); // puts the real timer functions in the globals
['setTimeout', 'setInterval'].forEach(function (n) {
  wrapScheduler(GLOBAL, n);
  wrapScheduler(timers, n);
});
// setImmediate's immediates carry the context themselves once timers.js
// has S (no function bound per call); one an app put in its place is
// wrapped
var ownImmediate = timers._unijsImmediateAsync(S);
if (GLOBAL.setImmediate !== ownImmediate) wrapScheduler(GLOBAL, 'setImmediate');
if (timers.setImmediate !== ownImmediate) wrapScheduler(timers, 'setImmediate');
// process.nextTick: the tick queue (js/binding_loop.c) carries the
// context, a fresh id and the trigger in each entry and sets them in S
// while the callback runs, as bindCurrent's function would (no JS call
// of ours around the callback, which streams and http queue several
// times a request).
native.asyncTicks(S);
wrapScheduler(GLOBAL, 'queueMicrotask');

// Promise comes from core-js in the app's bundle and may appear after this
// module loaded: checked again whenever a context is set.
function patchPromise() {
  var P = GLOBAL.Promise;
  if (typeof P !== 'function' || !P.prototype || typeof P.prototype.then !== 'function') return;
  var then = P.prototype.then;
  if (then.__unijsAsyncWrapper) return;
  var w = function (onFulfilled, onRejected) {
    return then.call(this, bindCurrent(onFulfilled), bindCurrent(onRejected));
  };
  w.__unijsAsyncWrapper = true;
  P.prototype.then = w;
}
patchPromise();

// ---- AsyncLocalStorage

function copyContext(ctx) {
  var c = {};
  for (var k in ctx) if (Object.prototype.hasOwnProperty.call(ctx, k)) c[k] = ctx[k];
  return c;
}

function AsyncLocalStorage() {
  if (!(this instanceof AsyncLocalStorage)) throw new TypeError("Class constructor AsyncLocalStorage cannot be invoked without 'new'");
  this._key = 'als' + (S[3]++);
  this._enabled = false;
}

AsyncLocalStorage.prototype._with = function (store) {
  patchPromise();
  var c = copyContext(S[0]);
  c[this._key] = { store: store };
  return c;
};

AsyncLocalStorage.prototype.run = function (store, fn) {
  var args = Array.prototype.slice.call(arguments, 2);
  var saved = S[0];
  this._enabled = true;
  S[0] = this._with(store);
  try {
    return fn.apply(undefined, args);
  } finally {
    S[0] = saved;
  }
};

AsyncLocalStorage.prototype.exit = function (fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  var saved = S[0], c = copyContext(S[0]);
  delete c[this._key];
  S[0] = c;
  try {
    return fn.apply(undefined, args);
  } finally {
    S[0] = saved;
  }
};

AsyncLocalStorage.prototype.enterWith = function (store) {
  this._enabled = true;
  S[0] = this._with(store);
};

AsyncLocalStorage.prototype.getStore = function () {
  if (!this._enabled) return undefined;
  var e = S[0][this._key];
  return e ? e.store : undefined;
};

AsyncLocalStorage.prototype.disable = function () {
  this._enabled = false;
  if (S[0][this._key]) {
    var c = copyContext(S[0]);
    delete c[this._key];
    S[0] = c;
  }
};

AsyncLocalStorage.bind = function (fn) {
  if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
  return bindCurrent(fn);
};

AsyncLocalStorage.snapshot = function () {
  var ctx = S[0];
  return function runInAsyncScope(fn) {
    var args = Array.prototype.slice.call(arguments, 1), saved = S[0];
    S[0] = ctx;
    try {
      return fn.apply(this, args);
    } finally {
      S[0] = saved;
    }
  };
};

// ---- AsyncResource

function AsyncResource(type, opts) {
  if (!(this instanceof AsyncResource)) throw new TypeError("Class constructor AsyncResource cannot be invoked without 'new'");
  if (typeof type !== 'string') throw argType('type', 'of type string', type);
  var trigger = typeof opts === 'number' ? opts : opts && opts.triggerAsyncId !== undefined ? opts.triggerAsyncId : S[1];
  this._type = type;
  this._ctx = S[0];
  this._asyncId = ++S[3];
  this._triggerAsyncId = trigger;
}

AsyncResource.prototype.runInAsyncScope = function (fn, thisArg) {
  var args = Array.prototype.slice.call(arguments, 2);
  var saved = S[0], savedId = S[1], savedTrigger = S[2];
  S[0] = this._ctx;
  S[1] = this._asyncId;
  S[2] = this._triggerAsyncId;
  try {
    return fn.apply(thisArg, args);
  } finally {
    S[0] = saved;
    S[1] = savedId;
    S[2] = savedTrigger;
  }
};

AsyncResource.prototype.bind = function (fn, thisArg) {
  if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
  var self = this;
  var bound = function () {
    var args = Array.prototype.slice.call(arguments);
    return self.runInAsyncScope.apply(self, [fn, thisArg === undefined ? this : thisArg].concat(args));
  };
  // (mujs function lengths are read-only: the bound function's stays 0)
  try {
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
  } catch (e) { /* see above */ }
  bound.asyncResource = this;
  return bound;
};

AsyncResource.bind = function (fn, type, thisArg) {
  return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
};

AsyncResource.prototype.emitDestroy = function () { return this; };
AsyncResource.prototype.asyncId = function () { return this._asyncId; };
AsyncResource.prototype.triggerAsyncId = function () { return this._triggerAsyncId; };

exports.AsyncLocalStorage = AsyncLocalStorage;
exports.AsyncResource = AsyncResource;
exports.executionAsyncId = function () { return S[1]; };
exports.triggerAsyncId = function () { return S[2]; };
