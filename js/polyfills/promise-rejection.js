// Node's behaviour for Promise rejections nobody handled, over core-js's
// Promise. Packed (as /unijs/polyfills/promise-rejection.js) into images
// whose code uses Promise, before core-js's Promise loads; see
// scripts/lower.js.
//
// Outside Node, core-js calls globalThis.onunhandledrejection({ promise,
// reason }) from a macrotask after the rejection stayed unhandled. Node
// (--unhandled-rejections=throw, its default) then emits
// process 'unhandledRejection' if anyone listens, and otherwise raises the
// reason as an uncaught exception: printed, 'exit' listeners, exit code 1.
'use strict';
var global = Function('return this')();

function UnhandledPromiseRejection(reason) {
  var e = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The reason "' + String(reason) + '" was rejected.');
  e.name = 'UnhandledPromiseRejection';
  e.code = 'ERR_UNHANDLED_REJECTION';
  return e;
}

global.onunhandledrejection = function (event) {
  var reason = event.reason;
  if (process._events && process.listenerCount('unhandledRejection') > 0) {
    process.emit('unhandledRejection', reason, event.promise);
    return;
  }
  var err = reason instanceof Error ? reason : UnhandledPromiseRejection(reason);
  // core-js calls this inside a try: leave it, and throw from the tick
  // queue, where the runtime reports uncaught exceptions.
  process.nextTick(function () { throw err; });
};

// Until the runtime has them: core-js takes queueMicrotask for its job
// queue when the global exists when it loads, else a macrotask
// (setImmediate, then setTimeout).
if (typeof global.queueMicrotask !== 'function') {
  global.queueMicrotask = function (fn) { process.nextTick(fn); };
}
if (typeof global.setImmediate !== 'function' || typeof global.clearImmediate !== 'function') {
  var immediates = {}, nextId = 1;
  global.setImmediate = function (fn) {
    var id = nextId++, args = Array.prototype.slice.call(arguments, 1);
    immediates[id] = true;
    process.nextTick(function () {
      if (immediates[id]) { delete immediates[id]; fn.apply(undefined, args); }
    });
    return id;
  };
  global.clearImmediate = function (id) { delete immediates[id]; };
}
