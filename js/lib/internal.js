// internal: the JS halves of process, console and Error that booting does
// not need. js/binding_process.c installs stubs that load this module on
// their first call and call export "<object>.<method>". Not requireable.
'use strict';
var errors = require('internal_errors');
var argType = errors.argType;

var hasOwn = Object.prototype.hasOwnProperty;

// process events: the first call makes process an EventEmitter.
function eventsOnProcess() {
  var EE = require('events'), proto = EE.prototype, k;
  for (k in proto) process[k] = proto[k];
  if (!process._events) EE.call(process);
  process.emit = function emit(type) {
    var handled = proto.emit.apply(this, arguments);
    if (!handled && type === 'unhandledRejection') throw unhandledRejectionError(arguments[1]);
    return handled;
  };
}

// Node's default for a rejection nobody handled (--unhandled-rejections=
// throw): an 'unhandledRejection' no listener takes raises the reason (an
// Error, else ERR_UNHANDLED_REJECTION) as an uncaught exception, which
// 'uncaughtException' listeners get with the origin 'unhandledRejection'.
// The runtime's Promise (js/binding_promise.c) calls promiseRejection
// once the microtask queue has drained; an app's process.emit(
// 'unhandledRejection', ...) with no listener does the same as Node's.
function unhandledRejectionError(reason) {
  // (Node's isErrorLike: an object with its own stack, which V8 gives
  // every Error and unijs's keep on Error.prototype)
  if (reason instanceof Error || (typeof reason === 'object' && reason !== null && hasOwn.call(reason, 'stack')))
    return reason;
  var s;
  try { s = String(reason); } catch (e) { s = Object.prototype.toString.call(reason); }
  var e = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The promise rejected with the reason "' + s + '".');
  e.name = 'UnhandledPromiseRejection';
  e.code = 'ERR_UNHANDLED_REJECTION';
  return e;
}
var uncaughtOrigin = 'uncaughtException';
exports.promiseRejection = function (reason, promise) {
  if (process._events && process.listenerCount('unhandledRejection') > 0) {
    process.emit('unhandledRejection', reason, promise);
    return;
  }
  uncaughtOrigin = 'unhandledRejection';
  throw unhandledRejectionError(reason);
};
// a reported rejection handled since: 'rejectionHandled', else Node's warning
exports.promiseHandled = function (promise, id) {
  if (process._events && process.listenerCount('rejectionHandled') > 0) {
    process.emit('rejectionHandled', promise);
    return;
  }
  process.emitWarning('Promise rejection was handled asynchronously (rejection id: ' + id + ')',
    'PromiseRejectionHandledWarning');
};
['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener',
 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
 'setMaxListeners', 'getMaxListeners', 'emit'].forEach(function (name) {
  exports['process.' + name] = function () {
    if (name === 'emit' && !process._events) {
      if (arguments[0] === 'unhandledRejection') throw unhandledRejectionError(arguments[1]);
      return false;
    }
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

// The V8 stack-trace API (Error.captureStackTrace, Error.prepareStackTrace,
// Error.stackTraceLimit, call sites) over mujs's frames: name, file and line
// (no columns: getColumnNumber() is 0).
function CallSite(name, file, line, fn) {
  this._name = name;
  this._file = file;
  this._line = line;
  this._fn = fn;
}
CallSite.prototype.getThis = function () { return undefined; };
CallSite.prototype.getTypeName = function () { return null; };
CallSite.prototype.getFunction = function () { return this._fn; };
CallSite.prototype.getFunctionName = function () { return this._name || null; };
CallSite.prototype.getMethodName = function () { return null; };
CallSite.prototype.getFileName = function () { return this._file === 'native' ? undefined : this._file; };
CallSite.prototype.getScriptNameOrSourceURL = CallSite.prototype.getFileName;
CallSite.prototype.getLineNumber = function () { return this._line > 0 ? this._line : null; };
CallSite.prototype.getColumnNumber = function () { return this._line > 0 ? 0 : null; };
CallSite.prototype.getEvalOrigin = function () { return this.isEval() ? 'eval' : undefined; };
CallSite.prototype.isToplevel = function () { return !this._name; };
CallSite.prototype.isEval = function () { return this._file === '(eval)'; };
CallSite.prototype.isNative = function () { return false; };
CallSite.prototype.isConstructor = function () { return false; };
CallSite.prototype.isAsync = function () { return false; };
CallSite.prototype.isPromiseAll = function () { return false; };
CallSite.prototype.getPromiseIndex = function () { return null; };
CallSite.prototype.toString = function () {
  if (this._line <= 0) return this._name + ' (' + this._file + ')';
  var at = this._file + ':' + this._line;
  return this._name ? this._name + ' (' + at + ')' : at;
};

// mujs's stackTrace text ("\n\tat f (file:line)" per frame) as call sites.
function parseTrace(trace) {
  var sites = [];
  var lines = String(trace || '').split('\n\tat ');
  for (var i = 1; i < lines.length; i++) {
    var l = lines[i], m;
    if ((m = /^(.*) \((native)\)$/.exec(l))) sites.push(new CallSite(m[1], 'native', 0));
    else if ((m = /^(.*) \((.*):(\d+)\)$/.exec(l))) sites.push(new CallSite(m[1], m[2], +m[3]));
    else if ((m = /^(.*):(\d+)$/.exec(l))) sites.push(new CallSite('', m[1], +m[2]));
  }
  return sites;
}

function header(obj) {
  var name = obj.name === undefined ? 'Error' : String(obj.name);
  var message = obj.message === undefined ? '' : String(obj.message);
  return name && message ? name + ': ' + message : name || message;
}

function traceText(sites) {
  var s = '';
  for (var i = 0; i < sites.length; i++) s += '\n    at ' + sites[i].toString();
  return s;
}

var preparing = false;
// err.stack when Error.prepareStackTrace is a function (js/binding_process.c
// calls this from Error.prototype.stack, sites null): V8 calls it with the
// error and its call sites and takes what it returns. While it runs, .stack
// is formatted as usual (V8 does the same for a nested access).
function formatStack(obj, sites) {
  if (!sites) sites = parseTrace(obj.stackTrace);
  var prep = Error.prepareStackTrace;
  if (typeof prep === 'function' && !preparing) {
    preparing = true;
    try { return prep(obj, sites); } finally { preparing = false; }
  }
  return header(obj) + traceText(sites);
}
exports.formatStack = function (err) { return formatStack(err, null); };

// Error.captureStackTrace(obj[, fn]): obj.stack is the current call stack,
// from the caller of fn (its innermost call) or of captureStackTrace,
// at most Error.stackTraceLimit frames, formatted when first read.
exports.captureStackTrace = function (obj, fn) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
    throw new TypeError('Invalid argument');
  var frames = native.stackframes(), i = 0;
  if (typeof fn === 'function') {
    while (i < frames.length && frames[i][3] !== fn) i++;
    i++;
  } else {
    // Drop this module's frames and the native stubs that led here.
    while (i < frames.length && (frames[i][2] <= 0 || /^unijs:/.test(frames[i][1]))) i++;
  }
  var limit = Error.stackTraceLimit;
  var sites = [];
  if (typeof limit === 'number') {
    for (; i < frames.length && sites.length < limit; i++) {
      var f = frames[i];
      sites.push(new CallSite(f[0], f[1], f[2], f[3]));
    }
  }
  var value, done = false;
  Object.defineProperty(obj, 'stack', {
    get: function () {
      if (!done) { value = formatStack(obj, sites); done = true; }
      return value;
    },
    set: function (v) { value = v; done = true; },
    enumerable: false, configurable: true
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
  var origin = uncaughtOrigin;
  uncaughtOrigin = 'uncaughtException';
  if (process._events && process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return -1;
  }
  // a worker's: the parent's Worker gets it as 'error', the worker prints
  // nothing and exits with 1 (Node's rule)
  if (exports.workerUncaught) { // set by worker_threads.js in a worker
    exports.workerUncaught(err);
    process.exitCode = 1;
    return 1;
  }
  var text;
  if (err === 'stack overflow' || err === 'exception stack overflow' ||
      (err instanceof RangeError && err.message === 'Maximum call stack size exceeded'))
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

