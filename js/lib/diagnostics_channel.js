// diagnostics_channel: named channels, publish/subscribe, stores bound to
// AsyncLocalStorage (runStores) and tracing channels, as Node's API.
// Channels are kept by name for the life of the image (Node drops unused
// ones at garbage collection; nothing observable differs). A subscriber
// that throws does not stop the others: its error is rethrown on the next
// tick, an uncaught exception, as in Node.
'use strict';
var errors = require('internal_errors');
var argType = errors.argType;

var channels = {};

function checkFn(fn, name) {
  if (typeof fn !== 'function') throw argType(name, 'of type function', fn);
}

function Channel(name) {
  this.name = name;
  this._subscribers = [];
  this._stores = [];   // [store, transform]
}

Object.defineProperty(Channel.prototype, 'hasSubscribers', {
  get: function () { return this._subscribers.length > 0 || this._stores.length > 0; }
});

Channel.prototype.subscribe = function (fn) {
  checkFn(fn, 'subscription');
  this._subscribers = this._subscribers.concat([fn]);
};

Channel.prototype.unsubscribe = function (fn) {
  var i = this._subscribers.indexOf(fn);
  if (i === -1) return false;
  var s = this._subscribers.slice();
  s.splice(i, 1);
  this._subscribers = s;
  return true;
};

Channel.prototype.publish = function (data) {
  var subs = this._subscribers;
  for (var i = 0; i < subs.length; i++) {
    try {
      subs[i](data, this.name);
    } catch (err) {
      process.nextTick(function () { throw err; });
    }
  }
};

Channel.prototype.bindStore = function (store, transform) {
  for (var i = 0; i < this._stores.length; i++) {
    if (this._stores[i][0] === store) {
      this._stores[i][1] = transform;
      return;
    }
  }
  this._stores.push([store, transform]);
};

Channel.prototype.unbindStore = function (store) {
  for (var i = 0; i < this._stores.length; i++) {
    if (this._stores[i][0] === store) {
      this._stores.splice(i, 1);
      return true;
    }
  }
  return false;
};

function wrapStoreRun(store, data, next, transform) {
  return function () {
    var context;
    try {
      context = transform ? transform(data) : data;
    } catch (err) {
      process.nextTick(function () { throw err; });
      return next();
    }
    return store.run(context, next);
  };
}

Channel.prototype.runStores = function (data, fn, thisArg) {
  var self = this, args = Array.prototype.slice.call(arguments, 3);
  var run = function () {
    self.publish(data);
    return fn.apply(thisArg, args);
  };
  for (var i = 0; i < this._stores.length; i++)
    run = wrapStoreRun(this._stores[i][0], data, run, this._stores[i][1]);
  return run();
};

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol' && !(name && typeof name === 'object' && typeof Symbol === 'function' && name instanceof Symbol))
    throw argType('channel', 'of type string or symbol', name);
  var key = typeof name === 'string' ? 's:' + name : name;
  return channels[key] || (channels[key] = new Channel(name));
}

function hasSubscribers(name) {
  var key = typeof name === 'string' ? 's:' + name : name;
  var c = channels[key];
  return c ? c.hasSubscribers : false;
}

// ---- tracing channels: start, end, asyncStart, asyncEnd, error

var TRACE_EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function TracingChannel(nameOrChannels) {
  var self = this;
  if (typeof nameOrChannels === 'string') {
    TRACE_EVENTS.forEach(function (e) { self[e] = channel('tracing:' + nameOrChannels + ':' + e); });
  } else if (nameOrChannels && typeof nameOrChannels === 'object') {
    TRACE_EVENTS.forEach(function (e) {
      var c = nameOrChannels[e];
      if (!(c instanceof Channel)) throw argType('nameOrChannels.' + e, 'an instance of Channel', c);
      self[e] = c;
    });
  } else {
    throw argType('nameOrChannels', 'of type string or an instance of TracingChannel or Object', nameOrChannels);
  }
}

Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', {
  get: function () {
    for (var i = 0; i < TRACE_EVENTS.length; i++) if (this[TRACE_EVENTS[i]].hasSubscribers) return true;
    return false;
  }
});

TracingChannel.prototype.subscribe = function (handlers) {
  var self = this;
  TRACE_EVENTS.forEach(function (e) { if (handlers[e]) self[e].subscribe(handlers[e]); });
};

TracingChannel.prototype.unsubscribe = function (handlers) {
  var self = this, done = true;
  TRACE_EVENTS.forEach(function (e) {
    if (handlers[e] && !self[e].unsubscribe(handlers[e])) done = false;
  });
  return done;
};

TracingChannel.prototype.traceSync = function (fn, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 3);
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  if (context === undefined) context = {};
  var end = this.end, error = this.error;
  return this.start.runStores(context, function () {
    try {
      var result = fn.apply(thisArg, args);
      context.result = result;
      return result;
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
};

TracingChannel.prototype.tracePromise = function (fn, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 3);
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  if (context === undefined) context = {};
  var end = this.end, asyncStart = this.asyncStart, asyncEnd = this.asyncEnd, error = this.error;
  function reject(err) {
    context.error = err;
    error.publish(context);
    asyncStart.publish(context);
    asyncEnd.publish(context);
    return Promise.reject(err);
  }
  function resolve(result) {
    context.result = result;
    asyncStart.publish(context);
    asyncEnd.publish(context);
    return result;
  }
  return this.start.runStores(context, function () {
    try {
      var promise = fn.apply(thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
};

TracingChannel.prototype.traceCallback = function (fn, position, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 4);
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  if (position === undefined) position = -1;
  if (context === undefined) context = {};
  var end = this.end, asyncStart = this.asyncStart, asyncEnd = this.asyncEnd, error = this.error;
  var at = position < 0 ? args.length + position : position;
  var callback = args[at];
  checkFn(callback, 'callback');
  function wrappedCallback(err, res) {
    var self = this, cbArgs = arguments;
    if (err) {
      context.error = err;
      error.publish(context);
    } else {
      context.result = res;
    }
    asyncStart.runStores(context, function () {
      try {
        return callback.apply(self, cbArgs);
      } finally {
        asyncEnd.publish(context);
      }
    });
  }
  args.splice(at, 1, wrappedCallback);
  return this.start.runStores(context, function () {
    try {
      return fn.apply(thisArg, args);
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
};

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

exports.channel = channel;
exports.hasSubscribers = hasSubscribers;
exports.subscribe = function (name, fn) { channel(name).subscribe(fn); };
exports.unsubscribe = function (name, fn) { return channel(name).unsubscribe(fn); };
exports.tracingChannel = tracingChannel;
exports.Channel = Channel;
