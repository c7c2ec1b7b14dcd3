// timers: setTimeout, setInterval, setImmediate and their clear* twins.
// The global functions start as stubs (js/binding_process.c) that load this
// module on first call; loading it puts the real functions in their place.
//
// A Timeout is a native object (js/binding_loop.c): the C side embeds the
// loop's timer and keeps the object reachable while it is active. The
// callback and its arguments are its _onTimeout and _timerArgs properties,
// as in Node. Immediates are a list here; the loop's check phase calls
// processImmediate once per pass with the immediates queued before it began.
'use strict';

function Timeout() {
  throw new TypeError('Illegal constructor');
}
var tproto = Timeout.prototype;
tproto.ref = function () { native.timerRef(this, true); return this; };
tproto.unref = function () { native.timerRef(this, false); return this; };
tproto.hasRef = function () { return native.timerHasRef(this); };
tproto.refresh = function () { native.timerRefresh(this); return this; };
tproto.close = function () { clearTimeout(this); return this; };

function typeName(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'function ' + v.name;
  if (typeof v === 'object') {
    // mujs functions have no name property: the usual constructors by hand
    var c = v.constructor;
    var name = c && c.name || (c === Array ? 'Array' : c === Date ? 'Date' : c === RegExp ? 'RegExp' :
      c === Error ? 'Error' : 'Object');
    return 'an instance of ' + name;
  }
  var s = require('util').inspect(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + s + ')';
}

function checkCallback(cb) {
  if (typeof cb !== 'function') {
    var err = new TypeError('The "callback" argument must be of type function. Received ' + typeName(cb));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function rest(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

// setTimeout, setInterval and clearTimeout are C functions: the hot path.
var c = native.timerSetup(tproto, checkCallback);
var setTimeout = c.setTimeout;
var setInterval = c.setInterval;
var clearTimeout = c.clearTimeout;

// ---- immediates: a doubly linked list, in the order they were queued

var head = null, tail = null; // queued for the next check phase
var outstanding = null;       // the rest of the phase running now
var count = 0, refCount = 0;  // pending ones, and the ref'd among them

// async_hooks' state (its S: context, executionAsyncId, triggerAsyncId,
// the last id given) once it has loaded (native.immediateAsync below): an
// immediate then carries the context it was queued in, a fresh id and
// its trigger, and its callback runs with them set, as one bound by
// async_hooks would run (bindCurrent), without a function made for each
// setImmediate and a call more for each callback.
var asyncS = null;

// An immediate's fields, as immFields assigns them, copied in one pass
// from a template (native.ownFields; each field assigned is an insertion
// into the object's property tree, and Express queues a few immediates
// per request); with async_hooks, the three more that runAsync reads.
// Where the copy would not make what the assignments make, they run.
function immFields(imm, callback, args) {
  imm._idleNext = null;
  imm._idlePrev = null;
  imm._onImmediate = callback;
  imm._argv = args;
  imm._destroyed = false;
  imm._refed = true;
}
var ownFields = native.ownFields, IMM_FIELDS = {}, IMM_ASYNC_FIELDS = {};
immFields(IMM_FIELDS, null, undefined);
immFields(IMM_ASYNC_FIELDS, null, undefined);
IMM_ASYNC_FIELDS._asyncContext = null;
IMM_ASYNC_FIELDS._asyncId = 0;
IMM_ASYNC_FIELDS._triggerAsyncId = 0;
IMM_FIELDS = native.fieldTemplate(IMM_FIELDS); // (the form copied fastest)
IMM_ASYNC_FIELDS = native.fieldTemplate(IMM_ASYNC_FIELDS);

function Immediate(callback, args) {
  // (a function bound by async_hooks already keeps its own context)
  var S = asyncS !== null && callback.__unijsAsyncBound !== true ? asyncS : null;
  if (ownFields(this, S !== null ? IMM_ASYNC_FIELDS : IMM_FIELDS)) {
    this._onImmediate = callback;
    if (args !== undefined) this._argv = args;
  } else {
    immFields(this, callback, args);
  }
  if (S !== null) {
    this._asyncContext = S[0];
    this._asyncId = ++S[3];
    this._triggerAsyncId = S[1];
  }
  count++;
  refCount++;
  native.immediateState(count, refCount);
  if (tail) {
    tail._idleNext = this;
    this._idlePrev = tail;
  } else {
    head = this;
  }
  tail = this;
}
Immediate.prototype.ref = function () {
  if (!this._refed) {
    this._refed = true;
    if (!this._destroyed) { refCount++; native.immediateState(count, refCount); }
  }
  return this;
};
Immediate.prototype.unref = function () {
  if (this._refed) {
    this._refed = false;
    if (!this._destroyed) { refCount--; native.immediateState(count, refCount); }
  }
  return this;
};
Immediate.prototype.hasRef = function () { return this._refed; };

function setImmediate(callback) {
  checkCallback(callback);
  return new Immediate(callback, rest(arguments, 1));
}

function destroy(imm) {
  imm._destroyed = true;
  count--;
  if (imm._refed) refCount--;
  native.immediateState(count, refCount);
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  destroy(imm);
  // It stays linked: the phase that reaches it skips it.
  imm._onImmediate = null;
}

// Callbacks owed by an operation already done (fs.js's callback API: the
// packed files are read at once, and the callback comes later, as
// Node's comes from its thread pool): a queue of its own, run at the
// check phase's start before the immediates, as Node runs I/O callbacks
// in the poll phase just before. Eight slots an entry: the callback, how
// many arguments it gets (as Node's: cb(err) or cb(null, value)) and up
// to three, and with async_hooks the context it was queued in, a fresh id
// and its trigger (Node's FSReqCallback is such a resource).
// Each costs an array's slots, not an Immediate, a closure and two
// native calls: serve-static stats a file at every request under Express.
var doneQ = [], doneHead = 0, doneEnd = 0;
function later(fn, a, b, c) {
  var S = asyncS, n = arguments.length - 1;
  if (S !== null) doneQ.push(fn, n, a, b, c, S[0], ++S[3], S[1]);
  else doneQ.push(fn, n, a, b, c, undefined, 0, 0);
  count++;
  refCount++;
  native.immediateState(count, refCount);
}

// The entries queued before the phase began (doneEnd), each followed by
// the ticks; one that throws leaves the rest for the resumed phase.
function runDone() {
  var S = asyncS;
  while (doneHead < doneEnd) {
    var i = doneHead, fn = doneQ[i], n = doneQ[i + 1];
    doneHead += 8;
    count--;
    refCount--;
    if (S !== null) {
      S[0] = doneQ[i + 5];
      S[1] = doneQ[i + 6];
      S[2] = doneQ[i + 7];
    }
    if (n === 1) fn(doneQ[i + 2]);
    else if (n === 2) fn(doneQ[i + 2], doneQ[i + 3]);
    else fn(doneQ[i + 2], doneQ[i + 3], doneQ[i + 4]);
    if (S !== null) {
      S[0] = loopContext;
      S[1] = loopId;
      S[2] = loopTrigger;
    }
    if (doneHead < doneEnd || head !== null) native.runTicks();
  }
  if (doneHead === doneQ.length) doneQ.length = doneHead = doneEnd = 0;
  native.immediateState(count, refCount);
}

// The check phase (called from C): the callbacks owed (above), then the
// immediates queued before it began, each followed by the nextTick and
// microtask queues. If one throws, C calls again with resume = true to
// run the rest of this phase's lists. (count and refCount, which the
// loop reads, are given to C once the owed callbacks have run: one that
// throws leaves C's high until the resumed phase gives them.)
function processImmediate(resume) {
  if (asyncS !== null) {
    if (resume) { // after a callback that threw
      asyncS[0] = loopContext;
      asyncS[1] = loopId;
      asyncS[2] = loopTrigger;
    } else {
      loopContext = asyncS[0];
      loopId = asyncS[1];
      loopTrigger = asyncS[2];
    }
  }
  if (!resume && doneHead < doneQ.length) {
    if (doneHead) { // (entries a phase's callbacks queued: kept for this one)
      doneQ.splice(0, doneHead);
      doneHead = 0;
    }
    doneEnd = doneQ.length;
  }
  if (doneHead < doneEnd || (resume && doneEnd)) runDone(); // (resumed: the counts set)
  if (!outstanding) {
    if (resume || !head) return;
    outstanding = head;
    head = tail = null;
  }
  while (outstanding) {
    var imm = outstanding;
    outstanding = imm._idleNext;
    imm._idleNext = imm._idlePrev = null;
    if (outstanding) outstanding._idlePrev = null;
    if (imm._destroyed) continue;
    destroy(imm);
    var argv = imm._argv;
    if (imm._asyncContext !== undefined) runAsync(imm, argv);
    else if (argv === undefined) imm._onImmediate();
    else imm._onImmediate.apply(imm, argv);
    if (outstanding) native.runTicks();
  }
}
native.immediateSetup(processImmediate);

// An immediate's callback in the async context it was queued in; the
// loop's own is back when it returns. One that throws leaves its own set
// for 'uncaughtException' listeners to see (as Node's), and the loop's,
// kept when the phase began, is put back when C calls processImmediate
// again (resume) to go on.
var loopContext = null, loopId = 0, loopTrigger = 0;
function runAsync(imm, argv) {
  var S = asyncS, c = S[0], id = S[1], t = S[2];
  S[0] = imm._asyncContext;
  S[1] = imm._asyncId;
  S[2] = imm._triggerAsyncId;
  if (argv === undefined) imm._onImmediate();
  else imm._onImmediate.apply(imm, argv);
  S[0] = c;
  S[1] = id;
  S[2] = t;
}

// async_hooks.js hands its state over here, and leaves setImmediate as it
// is when it is this one (as stream.js hands its ticks to http.js: a
// property of the module no app enumerates).
Object.defineProperty(exports, '_unijsImmediateAsync', {
  value: function (S) {
    asyncS = S;
    return setImmediate;
  }
});
// fs.js's owed callbacks (above), by the same kind of hidden property
Object.defineProperty(exports, '_unijsLater', { value: later });

exports.setTimeout = setTimeout;
exports.setInterval = setInterval;
exports.setImmediate = setImmediate;
exports.clearTimeout = clearTimeout;
exports.clearInterval = clearTimeout;
exports.clearImmediate = clearImmediate;

global.setTimeout = setTimeout;
global.setInterval = setInterval;
global.setImmediate = setImmediate;
global.clearTimeout = clearTimeout;
global.clearInterval = clearTimeout;
global.clearImmediate = clearImmediate;
