// Node's behaviour for Promise rejections nobody handled, over core-js's
// Promise. Packed (as /unijs/polyfills/promise-rejection.js) into images
// whose code uses Promise, before core-js's Promise loads; see
// scripts/lower.js.
//
// core-js takes unijs for node (Object.prototype.toString.call(process) is
// "[object process]") and reports a rejection that stayed unhandled with
// process.emit('unhandledRejection', reason, promise) from a macrotask,
// rethrowing what emit throws. The runtime's process.emit (js/lib/
// internal.js) does what node (--unhandled-rejections=throw, its default)
// does: the listeners if there are some, else the reason raised as an
// uncaught exception (printed, 'exit' listeners, exit code 1). Should
// core-js take it for something else, it calls
// globalThis.onunhandledrejection({ promise, reason }): the same then.
'use strict';
var global = Function('return this')();

global.onunhandledrejection = function (event) {
  try {
    process.emit('unhandledRejection', event.reason, event.promise);
  } catch (err) {
    // core-js calls this inside a try: leave it, and throw from the tick
    // queue, where the runtime reports uncaught exceptions.
    process.nextTick(function () { throw err; });
  }
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
