// perf_hooks: the User Timing part of Node's perf_hooks. performance.now
// and timeOrigin are the runtime's (js/binding_loop.c: the monotonic
// clock); mark, measure, the entry buffer (getEntries*, clear*) and
// PerformanceObserver ('mark' and 'measure' entries, delivered on a
// setImmediate as Node does) are here, and loading this module also gives
// them to the global performance. Not provided: timerify,
// eventLoopUtilization, monitorEventLoopDelay, createHistogram, resource
// and gc entries (docs/modules.md).
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError;

var performance = Function('return this')().performance;
var entries = [];        // marks and measures, in creation order
var markTimings = {};    // name -> startTime of the latest mark
var observers = [];
var pending = [];
var immediateQueued = false;

function domSyntaxError(msg) {
  var e = new Error(msg);
  e.name = 'SyntaxError';
  e.code = 12;
  return e;
}

function PerformanceEntry() {
  throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
function entry(proto, name, type, start, duration, detail) {
  var e = Object.create(proto);
  Object.defineProperty(e, 'name', { value: name, enumerable: true });
  Object.defineProperty(e, 'entryType', { value: type, enumerable: true });
  Object.defineProperty(e, 'startTime', { value: start, enumerable: true });
  Object.defineProperty(e, 'duration', { value: duration, enumerable: true });
  Object.defineProperty(e, 'detail', { value: detail === undefined ? null : detail, enumerable: true });
  return e;
}
PerformanceEntry.prototype.toJSON = function () {
  return { name: this.name, entryType: this.entryType, startTime: this.startTime,
    duration: this.duration, detail: this.detail };
};

function PerformanceMark(name, options) {
  if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
  name = String(name);
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object.');
  var start = options && options.startTime !== undefined && options.startTime !== null ? options.startTime : performance.now();
  if (typeof start !== 'number')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "startTime" argument must be of type number.');
  if (start < 0) throw codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', start + ' is not a valid timestamp');
  markTimings[name] = start;
  var detail = options && options.detail !== undefined && options.detail !== null ? JSON.parse(JSON.stringify(options.detail)) : null;
  return entry(PerformanceMark.prototype, name, 'mark', start, 0, detail);
}
PerformanceMark.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMark.prototype.constructor = PerformanceMark;

function PerformanceMeasure() {
  throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
PerformanceMeasure.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMeasure.prototype.constructor = PerformanceMeasure;

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name + ' is not a valid timestamp');
    return name;
  }
  name = String(name);
  if (!Object.prototype.hasOwnProperty.call(markTimings, name))
    throw domSyntaxError('The "' + name + '" performance mark has not been set');
  return markTimings[name];
}

function invalidOptions(msg) {
  return codedError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', msg);
}

function calculateStartDuration(opts, endMark) {
  if (opts === undefined || opts === null) opts = 0;
  var start, end, duration, valid = false;
  if (typeof opts === 'object') {
    start = opts.start;
    end = opts.end;
    duration = opts.duration;
    valid = start !== undefined || end !== undefined;
  }
  if (valid) {
    if (endMark !== undefined) throw invalidOptions('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined)
      throw invalidOptions('Must not have options.start, options.end, and options.duration specified');
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (valid && end !== undefined) end = getMark(end);
  else if (valid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = performance.now();
  if (typeof opts === 'string') start = getMark(opts);
  else if (valid && start !== undefined) start = getMark(start);
  else if (valid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return { start: start, duration: end - start };
}

function enqueue(e) {
  for (var i = 0; i < observers.length; i++) {
    var o = observers[i];
    if (o._types.indexOf(e.entryType) !== -1) {
      o._buffer.push(e);
      if (pending.indexOf(o) === -1) pending.push(o);
    }
  }
  if (pending.length && !immediateQueued) {
    immediateQueued = true;
    setImmediate(function () {
      immediateQueued = false;
      var ps = pending;
      pending = [];
      for (var j = 0; j < ps.length; j++) ps[j]._dispatch();
    });
  }
}

function mark(name, options) {
  var m = PerformanceMark.apply(null, arguments);
  entries.push(m);
  enqueue(m);
  return m;
}

function measure(name, startOrOptions, endMark) {
  if (typeof name !== 'string')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "name" argument must be of type string.');
  var sd = calculateStartDuration(startOrOptions, endMark);
  var detail = startOrOptions && typeof startOrOptions === 'object' && startOrOptions.detail !== undefined ?
    JSON.parse(JSON.stringify(startOrOptions.detail)) : null;
  var m = entry(PerformanceMeasure.prototype, name, 'measure', sd.start, sd.duration, detail);
  entries.push(m);
  enqueue(m);
  return m;
}

// Entries come out in startTime order (ties in creation order), as Node's.
function filter(list, name, type) {
  var out = [];
  list.forEach(function (e, i) {
    if ((name === undefined || e.name === name) && (type === undefined || e.entryType === type)) out.push([e, i]);
  });
  out.sort(function (x, y) { return x[0].startTime - y[0].startTime || x[1] - y[1]; });
  return out.map(function (x) { return x[0]; });
}

function clear(type, name) {
  entries = entries.filter(function (e) {
    return e.entryType !== type || (name !== undefined && e.name !== String(name));
  });
  if (type === 'mark') {
    if (name === undefined) markTimings = {};
    else delete markTimings[String(name)];
  }
}

performance.mark = mark;
performance.measure = measure;
performance.getEntries = function () { return filter(entries); };
performance.getEntriesByName = function (name, type) { return filter(entries, String(name), type); };
performance.getEntriesByType = function (type) { return filter(entries, undefined, String(type)); };
performance.clearMarks = function (name) { clear('mark', name); };
performance.clearMeasures = function (name) { clear('measure', name); };
performance.toJSON = function () { return { timeOrigin: performance.timeOrigin }; };

// ---- PerformanceObserver

var SUPPORTED = ['mark', 'measure'];

function PerformanceObserverEntryList(list) { this._list = list; }
PerformanceObserverEntryList.prototype.getEntries = function () { return filter(this._list); };
PerformanceObserverEntryList.prototype.getEntriesByName = function (name, type) { return filter(this._list, String(name), type); };
PerformanceObserverEntryList.prototype.getEntriesByType = function (type) { return filter(this._list, undefined, String(type)); };

function PerformanceObserver(callback) {
  if (!(this instanceof PerformanceObserver)) throw new TypeError("Class constructor PerformanceObserver cannot be invoked without 'new'");
  if (typeof callback !== 'function')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function.');
  this._callback = callback;
  this._types = [];
  this._buffer = [];
}
PerformanceObserver.supportedEntryTypes = SUPPORTED.slice();

PerformanceObserver.prototype.observe = function (options) {
  options = options || {};
  var types;
  if (options.entryTypes !== undefined) {
    if (options.type !== undefined) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.entryTypes' can not be used with 'options.type'");
    if (!Array.isArray(options.entryTypes))
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.entryTypes" property must be an instance of Array.');
    types = options.entryTypes.filter(function (t) { return SUPPORTED.indexOf(t) !== -1; });
  } else if (options.type !== undefined) {
    types = SUPPORTED.indexOf(options.type) !== -1 ? [options.type] : [];
    if (options.buffered && types.length) {
      var self = this;
      filter(entries, undefined, options.type).forEach(function (e) { self._buffer.push(e); });
      if (this._buffer.length) enqueueObserver(this);
    }
  } else {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" or "options.type" argument must be specified');
  }
  var t = this._types;
  types.forEach(function (x) { if (t.indexOf(x) === -1) t.push(x); });
  if (observers.indexOf(this) === -1 && t.length) observers.push(this);
};

function enqueueObserver(o) {
  if (pending.indexOf(o) === -1) pending.push(o);
  if (!immediateQueued) {
    immediateQueued = true;
    setImmediate(function () {
      immediateQueued = false;
      var ps = pending;
      pending = [];
      for (var j = 0; j < ps.length; j++) ps[j]._dispatch();
    });
  }
}

PerformanceObserver.prototype.disconnect = function () {
  var i = observers.indexOf(this);
  if (i !== -1) observers.splice(i, 1);
  i = pending.indexOf(this);
  if (i !== -1) pending.splice(i, 1);
  this._types = [];
  this._buffer = [];
};

PerformanceObserver.prototype.takeRecords = function () {
  var b = this._buffer;
  this._buffer = [];
  return b;
};

PerformanceObserver.prototype._dispatch = function () {
  var list = this.takeRecords();
  if (list.length) this._callback.call(this, new PerformanceObserverEntryList(list), this);
};

exports.performance = performance;
exports.PerformanceEntry = PerformanceEntry;
exports.PerformanceMark = PerformanceMark;
exports.PerformanceMeasure = PerformanceMeasure;
exports.PerformanceObserver = PerformanceObserver;
exports.PerformanceObserverEntryList = PerformanceObserverEntryList;
exports.constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16
};
