// internal_promise: Promise.all, allSettled, any, race, withResolvers and
// Promise.prototype.finally. js/binding_promise.c installs stubs that load
// this module at their first call: they only call then() and resolve,
// which are C, and their closures are plain JavaScript. The spec's steps
// (ES2024 27.2.4, 27.2.5.3) as V8 takes them: the constructor's resolve
// read once, each value through it, then() invoked by name (a subclass's
// or a patched one runs), a throw while iterating rejects the result.
'use strict';

function capability(C) {
  var cap = { promise: undefined, resolve: undefined, reject: undefined };
  cap.promise = new C(function (resolve, reject) {
    if (cap.resolve !== undefined || cap.reject !== undefined)
      throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    cap.resolve = resolve;
    cap.reject = reject;
  });
  if (typeof cap.resolve !== 'function' || typeof cap.reject !== 'function')
    throw new TypeError('Promise resolve or reject function is not callable');
  return cap;
}

function notIterable(x) {
  var what = x === undefined || x === null ? String(x)
    : typeof x === 'object' || typeof x === 'function' ? typeof x : typeof x + ' ' + String(x);
  return new TypeError(what + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

// fn(value) for each value of the iterable: an array's by index, else by
// its Symbol.iterator (core-js's Symbol or the engine's), else a string's
// characters; the iterator closed if fn throws.
function forEachOf(iterable, fn) {
  var i, key = typeof Symbol === 'function' && Symbol.iterator;
  if (Array.isArray(iterable)) {
    for (i = 0; i < iterable.length; i++) fn(iterable[i]);
    return;
  }
  if (iterable !== null && iterable !== undefined && key && typeof Object(iterable)[key] === 'function') {
    var it = Object(iterable)[key](), step;
    for (;;) {
      step = it.next();
      if (step.done) return;
      try {
        fn(step.value);
      } catch (e) {
        if (typeof it['return'] === 'function') try { it['return'](); } catch (e2) { /* the first error wins */ }
        throw e;
      }
    }
  }
  if (typeof iterable === 'string') {
    for (i = 0; i < iterable.length; i++) fn(iterable[i]);
    return;
  }
  throw notIterable(iterable);
}

// (C, iterable, onEach(resolve, x, index, done), onEnd(done)): the
// frame the four combinators share; done() says when the last settled
function combine(C, iterable, each, end) {
  var cap = capability(C);
  try {
    var resolve = C.resolve;
    if (typeof resolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    var remaining = 1, index = 0;
    var done = function () { return --remaining === 0; };
    forEachOf(iterable, function (x) {
      remaining++;
      each(cap, resolve.call(C, x), index++, done);
    });
    if (done()) end(cap);
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}

exports.all = function all(iterable) {
  var values = [];
  return combine(this, iterable, function (cap, p, i, done) {
    var called = false;
    values.push(undefined);
    p.then(function (v) {
      if (called) return;
      called = true;
      values[i] = v;
      if (done()) cap.resolve(values);
    }, cap.reject);
  }, function (cap) { cap.resolve(values); });
};

exports.allSettled = function allSettled(iterable) {
  var values = [];
  return combine(this, iterable, function (cap, p, i, done) {
    var called = false;
    values.push(undefined);
    var settle = function (status, key) {
      return function (v) {
        if (called) return;
        called = true;
        var r = { status: status };
        r[key] = v;
        values[i] = r;
        if (done()) cap.resolve(values);
      };
    };
    p.then(settle('fulfilled', 'value'), settle('rejected', 'reason'));
  }, function (cap) { cap.resolve(values); });
};

exports.any = function any(iterable) {
  var errors = [];
  var fail = function (cap) {
    var e = new AggregateError(errors, 'All promises were rejected');
    e.stack = 'AggregateError: All promises were rejected'; // (Node's has no frames)
    cap.reject(e);
  };
  return combine(this, iterable, function (cap, p, i, done) {
    var called = false;
    errors.push(undefined);
    p.then(cap.resolve, function (e) {
      if (called) return;
      called = true;
      errors[i] = e;
      if (done()) fail(cap);
    });
  }, fail);
};

exports.race = function race(iterable) {
  return combine(this, iterable, function (cap, p) {
    p.then(cap.resolve, cap.reject);
  }, function () {});
};

exports.withResolvers = function withResolvers() {
  var cap = capability(this);
  return { promise: cap.promise, resolve: cap.resolve, reject: cap.reject };
};

// SpeciesConstructor(promise, Promise): where Symbol has no species key
// the engine's Promise answers to, the constructor itself
function speciesConstructor(p) {
  var C = p.constructor;
  if (C === undefined) return Promise;
  if ((typeof C !== 'object' && typeof C !== 'function') || C === null)
    throw new TypeError('The .constructor property is not an object');
  var key = typeof Symbol === 'function' && Symbol.species, S = key ? C[key] : undefined;
  if (S === undefined) S = C;
  return S === null ? Promise : S;
}

exports['finally'] = function (onFinally) {
  var p = this;
  if ((typeof p !== 'object' && typeof p !== 'function') || p === null)
    throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' + String(p));
  var C = speciesConstructor(p);
  if (typeof onFinally !== 'function') return p.then(onFinally, onFinally);
  return p.then(function (value) {
    return Promise.resolve.call(C, onFinally()).then(function () { return value; });
  }, function (reason) {
    return Promise.resolve.call(C, onFinally()).then(function () { throw reason; });
  });
};
