// events: Node's EventEmitter.
//
// _events maps each event name to an array of listeners (once() listeners
// are wrappers carrying .listener). Its keys enumerate as Node's
// Reflect.ownKeys gives them (the engine keeps ES2015's order: integer
// names ascending, then the others in the order they were made), which is
// the order eventNames() and removeAllListeners() follow.
'use strict';
var errors = require('internal_errors');
var argType = errors.argType;

// (init's body written out while EventEmitter.init is ours: an
// emitter is made per HTTP request and per response, and init through
// call() was two calls more; one that replaces init is called as Node does)
function EventEmitter(opts) {
  if (EventEmitter.init !== init) {
    EventEmitter.init.call(this, opts);
    return;
  }
  if (!this._events || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
}

EventEmitter.EventEmitter = EventEmitter;
// checked when set, as Node's accessor does
var defaultMaxListeners = 10;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMax(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});
EventEmitter.captureRejections = false;
// A Symbol in Node; a string key that no app uses by accident here.
EventEmitter.errorMonitor = 'events.errorMonitor';

function init() {
  if (!this._events || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
}
EventEmitter.init = init;
// (stream.js and http.js write init out while EventEmitter.init is this
// one; a module may load after an app replaced it, so they look for this
// mark rather than keep what they found)
init._unijsOwn = true;

var proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

function checkListener(listener) {
  if (typeof listener !== 'function') throw argType('listener', 'of type function', listener);
}

function checkMax(n, name) {
  if (typeof n !== 'number') throw argType(name, 'of type number', n);
  if (n < 0 || n !== n) {
    var err = new RangeError('The value of "' + name + '" is out of range. It must be >= 0. Received ' + n);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
}

function events(self) {
  if (!self._events) {
    self._events = Object.create(null);
    self._eventsCount = 0;
  }
  return self._events;
}

function warnLeak(self, type, list) {
  list.warned = true;
  var name = typeof type === 'string' ? type : String(type);
  var ctor = (self.constructor && self.constructor.name) || 'EventEmitter';
  var w = new Error('Possible EventEmitter memory leak detected. ' + list.length + ' ' + name +
    ' listeners added to [' + ctor + ']. MaxListeners is ' + self.getMaxListeners() + '. Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = self;
  w.type = type;
  w.count = list.length;
  if (typeof process.emitWarning === 'function') process.emitWarning(w);
  else console.error('(node:' + process.pid + ') ' + w.name + ': ' + w.message);
}

// (checkListener, events and getMaxListeners written out: an Express 4
// request adds ~27 listeners and removes as many; the maximum is read as
// Node's _getMaxListeners reads it, not through the method.) A type's
// first listener returns at once: as Node, only a list that grows is held
// against the maximum. The last is appended by index
// (Array.prototype.push is a call).
function addListener(self, type, listener, prepend) {
  if (typeof listener !== 'function') checkListener(listener);
  var ev = self._events;
  if (!ev) {
    ev = self._events = Object.create(null);
    self._eventsCount = 0;
  } else if (ev.newListener !== undefined) {
    self.emit('newListener', type, listener.listener ? listener.listener : listener);
    ev = self._events; // (a newListener listener may have replaced it)
  }
  var list = ev[type];
  if (list === undefined) {
    ev[type] = [listener];
    self._eventsCount++;
    return self;
  }
  if (prepend) list.unshift(listener);
  else list[list.length] = listener;
  var max = self._maxListeners === undefined ? defaultMaxListeners : self._maxListeners;
  if (max > 0 && list.length > max && !list.warned) warnLeak(self, type, list);
  return self;
}

// Event names with listeners, in Node's order (above).
function orderedNames(ev) {
  var names = [], k;
  for (k in ev) names.push(k);
  return names;
}

proto.setMaxListeners = function (n) {
  checkMax(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function () {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};

function unhandled(er) {
  if (er instanceof Error) return er;
  var shown;
  try { shown = require('util').inspect(er); } catch (e) { shown = '[object]'; }
  var err = new Error('Unhandled error. (' + shown + ')');
  err.code = 'ERR_UNHANDLED_ERROR';
  err.context = er;
  return err;
}

proto.emit = function (type) {
  var ev = this._events, list, args, i, n = arguments.length;
  if (type === 'error' && ev !== undefined && ev[EventEmitter.errorMonitor] !== undefined)
    this.emit.apply(this, [EventEmitter.errorMonitor].concat(Array.prototype.slice.call(arguments, 1)));
  list = ev !== undefined ? ev[type] : undefined;
  if (list === undefined) {
    if (type === 'error') throw unhandled(arguments[1]);
    return false;
  }
  if (list.length === 1) { // the common case, without copying
    var fn = list[0];
    if (n === 1) fn.call(this);
    else if (n === 2) fn.call(this, arguments[1]);
    else if (n === 3) fn.call(this, arguments[1], arguments[2]);
    else fn.apply(this, Array.prototype.slice.call(arguments, 1));
    return true;
  }
  list = list.slice(); // listeners removed during emit still run this time
  // (the arguments passed on as they came, without copying them for up
  // to two: reading arguments[i] makes no arguments object, 0180)
  if (n === 1) {
    for (i = 0; i < list.length; i++) list[i].call(this);
  } else if (n === 2) {
    args = arguments[1];
    for (i = 0; i < list.length; i++) list[i].call(this, args);
  } else {
    args = Array.prototype.slice.call(arguments, 1);
    for (i = 0; i < list.length; i++) list[i].apply(this, args);
  }
  return true;
};

proto.addListener = function (type, listener) {
  return addListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function (type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(self, type, listener) {
  var fired = false;
  function wrapper() {
    if (fired) return undefined;
    fired = true;
    self.removeListener(type, wrapper);
    return listener.apply(self, arguments);
  }
  wrapper.listener = listener;
  return wrapper;
}

proto.once = function (type, listener) {
  checkListener(listener);
  return this.on(type, onceWrapper(this, type, listener));
};

proto.prependOnceListener = function (type, listener) {
  checkListener(listener);
  return this.prependListener(type, onceWrapper(this, type, listener));
};

proto.removeListener = function (type, listener) {
  if (typeof listener !== 'function') checkListener(listener);
  var ev = this._events, list, i;
  if (ev === undefined || (list = ev[type]) === undefined) return this;
  if (list.length === 1) { // (the usual case: the list goes, not spliced first)
    var l = list[0];
    if (l !== listener && l.listener !== listener) return this;
    delete ev[type];
    this._eventsCount--;
    if (ev.removeListener !== undefined) this.emit('removeListener', type, l.listener || l);
    return this;
  }
  for (i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      var removed = list[i].listener || list[i];
      list.splice(i, 1);
      if (list.length === 0) {
        delete ev[type];
        this._eventsCount--;
      }
      if (ev.removeListener !== undefined) this.emit('removeListener', type, removed);
      break;
    }
  }
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function (type) {
  var ev = this._events, list, i;
  if (ev === undefined) return this;
  if (ev.removeListener === undefined) { // nobody to tell
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (ev[type] !== undefined) {
      delete ev[type];
      this._eventsCount--;
    }
    return this;
  }
  if (arguments.length === 0) {
    var names = orderedNames(ev);
    for (i = 0; i < names.length; i++)
      if (names[i] !== 'removeListener') this.removeAllListeners(names[i]);
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  list = ev[type];
  if (list !== undefined) // last in, first out, as Node
    for (i = list.length - 1; i >= 0; i--) this.removeListener(type, list[i]);
  return this;
};

proto.listeners = function (type) {
  var list = this._events !== undefined ? this._events[type] : undefined;
  return list === undefined ? [] : list.map(function (l) { return l.listener || l; });
};

proto.rawListeners = function (type) {
  var list = this._events !== undefined ? this._events[type] : undefined;
  return list === undefined ? [] : list.slice();
};

proto.listenerCount = function (type, listener) {
  var list = this._events !== undefined ? this._events[type] : undefined;
  if (list === undefined) return 0;
  if (listener === undefined) return list.length;
  return countListener(list, listener);
};
// (apart: a closure made in listenerCount would allocate its variables at
// every call, also the usual ones without a listener to count)
function countListener(list, listener) {
  return list.filter(function (l) { return l === listener || l.listener === listener; }).length;
}

proto.eventNames = function () {
  return this._events === undefined ? [] : orderedNames(this._events);
};

// (an emitter may have shadowed its listenerCount: Node then counts itself)
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return proto.listenerCount.call(emitter, type);
};

EventEmitter.getEventListeners = function (emitter, type) {
  return emitter.listeners(type);
};

EventEmitter.setMaxListeners = function (n) {
  checkMax(n === undefined ? (n = EventEmitter.defaultMaxListeners) : n, 'setMaxListeners');
  if (arguments.length < 2) EventEmitter.defaultMaxListeners = n;
  for (var i = 1; i < arguments.length; i++) arguments[i].setMaxListeners(n);
};

// events.once(emitter, name): a Promise of the next event's arguments
// (rejected by an 'error' event first), where Promise exists.
EventEmitter.once = function (emitter, type) {
  return new Promise(function (resolve, reject) {
    function onError(err) {
      emitter.removeListener(type, onEvent);
      reject(err);
    }
    function onEvent() {
      if (type !== 'error') emitter.removeListener('error', onError);
      resolve(Array.prototype.slice.call(arguments));
    }
    emitter.once(type, onEvent);
    if (type !== 'error') emitter.once('error', onError);
  });
};

module.exports = EventEmitter;
