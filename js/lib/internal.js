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

// process.emitWarning(warning[, type[, code]][, ctor]) or (warning, options):
// 'warning' on the next tick, then printed as Node prints it,
// "(node:1) [CODE] Name: message", unless NODE_NO_WARNINGS=1 or, for
// deprecations, process.noDeprecation. (No --trace-warnings hint: unijs has
// no node flags.)
exports['process.emitWarning'] = function (warning, type, code, ctor) {
  var detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw argType('type', 'of type string', type);
  if (typeof code === 'function') { ctor = code; code = undefined; }
  else if (code !== undefined && typeof code !== 'string') throw argType('code', 'of type string', code);
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    if (typeof ctor === 'function') exports.captureStackTrace(w, ctor);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw argType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(function () {
    printWarning(warning);
    process.emit('warning', warning);
  });
};

// Node's own 'warning' listener, which runs before the app's. Its hint
// names node's flags, which unijs does not have; it is kept so that
// output matches Node's.
var warningHintShown = false;
function printWarning(warning) {
  if (process.env.NODE_NO_WARNINGS === '1') return;
  var isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  var msg = '(node:' + process.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  msg += String(warning);
  if (typeof warning.detail === 'string') msg += '\n' + warning.detail;
  if (!warningHintShown) {
    warningHintShown = true;
    msg += '\n(Use `node ' + (isDeprecation ? '--trace-deprecation' : '--trace-warnings') +
      ' ...` to show where the warning was created)';
  }
  console.error(msg);
}

function argType(name, expected, v) {
  var e = new TypeError('The "' + name + '" argument must be ' + expected + '. Received ' +
    (v === null || v === undefined ? String(v) : typeof v === 'object' ? 'an instance of ' +
      ((v.constructor && v.constructor.name) || 'Object') : 'type ' + typeof v + ' (' + require('util').inspect(v) + ')'));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}
