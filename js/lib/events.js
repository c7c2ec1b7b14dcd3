// events: EventEmitter, the subset of Node's API that ES5 code uses.
'use strict';

function EventEmitter() {
  EventEmitter.init.call(this);
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;

EventEmitter.init = function () {
  if (!this._events || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

EventEmitter.listenerCount = function (emitter, type) {
  return emitter.listenerCount(type);
};

var proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

function checkListener(listener) {
  if (typeof listener !== 'function') {
    var err = new TypeError('The "listener" argument must be of type function. Received ' +
      (listener === null ? 'null' : typeof listener === 'object' ? 'an instance of Object' :
        'type ' + typeof listener + ' (' + String(listener) + ')'));
    err.code = 'ERR_INVALID_ARG_TYPE';
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

function addListener(self, type, listener, prepend) {
  checkListener(listener);
  var ev = events(self);
  if (ev.newListener !== undefined)
    self.emit('newListener', type, listener.listener ? listener.listener : listener);
  ev = self._events;
  var list = ev[type];
  if (list === undefined) {
    ev[type] = [listener];
    self._eventsCount++;
  } else if (prepend) {
    list.unshift(listener);
  } else {
    list.push(listener);
  }
  return self;
}

proto.setMaxListeners = function (n) {
  if (typeof n !== 'number' || n < 0 || n !== n)
    throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + n);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function () {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};

proto.emit = function (type) {
  var ev = this._events, list, args, i;
  list = ev !== undefined ? ev[type] : undefined;
  if (list === undefined) {
    if (type === 'error') {
      var er = arguments[1];
      if (er instanceof Error) throw er;
      var err = new Error('Unhandled error. (' + require('util').inspect(er) + ')');
      err.code = 'ERR_UNHANDLED_ERROR';
      err.context = er;
      throw err;
    }
    return false;
  }
  args = Array.prototype.slice.call(arguments, 1);
  list = list.slice(); // listeners removed during emit still run this time
  for (i = 0; i < list.length; i++)
    list[i].apply(this, args);
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
  checkListener(listener);
  var ev = this._events, list, i;
  if (ev === undefined || (list = ev[type]) === undefined) return this;
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
  var ev = this._events;
  if (ev === undefined) return this;
  if (arguments.length === 0) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  } else if (ev[type] !== undefined) {
    delete ev[type];
    this._eventsCount--;
  }
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

proto.listenerCount = function (type) {
  var list = this._events !== undefined ? this._events[type] : undefined;
  return list === undefined ? 0 : list.length;
};

proto.eventNames = function () {
  return this._events === undefined ? [] : Object.keys(this._events);
};

module.exports = EventEmitter;
