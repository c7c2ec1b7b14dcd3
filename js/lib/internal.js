// internal: the JS halves of process, console and Error that booting does
// not need. js/binding_process.c installs stubs that load this module on
// their first call and call export "<object>.<method>". Not requireable.
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;

// process events: the first call makes process an EventEmitter.
function eventsOnProcess() {
  var EE = require('events'), proto = EE.prototype, k;
  for (k in proto) process[k] = proto[k];
  if (!process._events) EE.call(process);
}
['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener',
 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
 'setMaxListeners', 'getMaxListeners', 'emit'].forEach(function (name) {
  exports['process.' + name] = function () {
    if (name === 'emit' && !process._events) return false;
    eventsOnProcess();
    return process[name].apply(process, arguments);
  };
});

exports['process.hrtime'] = function (prev) {
  var ns = native.hrtime();
  var s = Math.floor(ns / 1e9), n = ns - s * 1e9;
  if (prev) {
    s -= prev[0];
    n -= prev[1];
    if (n < 0) { s--; n += 1e9; }
  }
  return [s, n];
};
exports['process.uptime'] = function () { return native.hrtime() / 1e9; };
exports['process.cwd'] = function () { return '/app'; };
exports['process.abort'] = function () { native.exit(134); };

// console: the methods that need util or a clock.
var timers = {};
var counts = {};
function label(l) { return l === undefined ? 'default' : String(l); }

exports['console.dir'] = function (obj, options) {
  native.write(require('util').inspect(obj, options) + '\n');
};
exports['console.assert'] = function (ok) {
  if (ok) return;
  var args = Array.prototype.slice.call(arguments, 1);
  if (typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
  else args.unshift('Assertion failed');
  console.error.apply(console, args);
};
exports['console.trace'] = function () {
  var u = require('util');
  var err = { name: 'Trace', message: u.format.apply(u, arguments) };
  exports.captureStackTrace(err);
  native.write(err.stack + '\n');
};
exports['console.time'] = function (l) { timers[label(l)] = native.hrtime(); };
exports['console.timeLog'] = function (l) {
  l = label(l);
  if (!hasOwn.call(timers, l)) return;
  var ms = (native.hrtime() - timers[l]) / 1e6;
  console.log(l + ': ' + Number(ms.toFixed(3)) + 'ms');
};
exports['console.timeEnd'] = function (l) {
  exports['console.timeLog'](l);
  delete timers[label(l)];
};
exports['console.count'] = function (l) {
  l = label(l);
  counts[l] = (counts[l] || 0) + 1;
  console.log(l + ': ' + counts[l]);
};
exports['console.countReset'] = function (l) { counts[label(l)] = 0; };

exports.captureStackTrace = function (obj) {
  var trace = new Error().stackTrace || '';
  // Drop the frames of this module and of the stubs that led here.
  trace = trace.replace(/^(\n\tat [^\n]*(unijs:|\(native\))[^\n]*)+/, '');
  var head = { name: obj.name, message: obj.message, stackTrace: trace };
  Object.defineProperty(obj, 'stack', {
    value: Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get.call(head),
    writable: true, configurable: true
  });
};

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

// An exception reached the top: hand it to 'uncaughtException' listeners
// (-1: handled) or keep its report, "Uncaught ...", in exports.report for
// js/runtime.c to print after the 'exit' listeners ran, as Node orders them;
// gives the exit code.
exports.onUncaught = function (err) {
  if (process._events && process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, 'uncaughtException');
    return -1;
  }
  var text;
  if (err === 'stack overflow' || err === 'exception stack overflow' ||
      (isError(err) && err.message === 'call stack overflow'))
    text = 'RangeError: Maximum call stack size exceeded';
  else if (isError(err) && typeof err.stack === 'string')
    text = err.stack;
  else
    text = require('util').inspect(err);
  exports.report = 'Uncaught ' + text + '\n';
  process.exitCode = 1;
  return 1;
};
