// assert: Node's assert module (legacy and strict forms) for tests and
// invariants: ok, equal, strictEqual, deepEqual, deepStrictEqual, their
// negations, throws, doesNotThrow, rejects, doesNotReject, match, fail,
// and AssertionError with Node's fields (code ERR_ASSERTION, actual,
// expected, operator, generatedMessage). Messages name both values as
// util.inspect prints them; Node's source excerpts and diffs are not
// reproduced.
'use strict';
var util = require('util');
var inspect = util.inspect;
var hasOwn = Object.prototype.hasOwnProperty;
var objToString = Object.prototype.toString;

function sameValue(a, b) {
  return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b;
}

function AssertionError(options) {
  var message = options.message;
  var generated = message === undefined || options.generated === true;
  if (message === undefined) message = defaultMessage(options);
  else if (options.operator === 'strictEqual' && !generated)
    message = message + '\n\n' + inspect(options.actual) + ' !== ' + inspect(options.expected) + '\n';
  var e = new Error(String(message));
  Object.setPrototypeOf(e, AssertionError.prototype);
  Object.defineProperty(e, 'name', { value: 'AssertionError', writable: true, configurable: true });
  e.generatedMessage = generated;
  e.code = 'ERR_ASSERTION';
  e.actual = options.actual;
  e.expected = options.expected;
  e.operator = options.operator;
  return e;
}
AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true }
});

var titles = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:'
};

function defaultMessage(o) {
  var a = inspect(o.actual), b = inspect(o.expected);
  switch (o.operator) {
  case 'strictEqual':
  case 'deepStrictEqual':
  case 'deepEqual':
    return titles[o.operator] + '\n\n' + a + ' !== ' + b + '\n';
  case 'notStrictEqual':
  case 'notDeepStrictEqual':
  case 'notDeepEqual':
    return titles[o.operator] + (a.indexOf('\n') === -1 ? ' ' + a : '\n\n' + a + '\n');
  case '==':
  case '!=':
    return a + ' ' + o.operator + ' ' + b;
  default:
    return a + ' ' + o.operator + ' ' + b;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }

// Deep equality as Node's isDeepStrictEqual (strict) or deepEqual (loose):
// own enumerable keys, the same prototype (strict), Date/RegExp/boxed
// values, typed arrays and ArrayBuffers by their bytes, Map and Set by content, NaN equal to itself, 0 and -0 unequal
// (strict), cycles.
function isDeepEqual(a, b, strict, memo) {
  if (strict ? sameValue(a, b) : (a == b || (a !== a && b !== b))) return true; // eslint-disable-line eqeqeq
  if (isPrimitive(a) || isPrimitive(b)) {
    if (strict || typeof a === 'object' && a !== null || typeof b === 'object' && b !== null) return false;
    return false;
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var ta = objToString.call(a), tb = objToString.call(b);
  if (ta !== tb) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ta === '[object Date]' && a.getTime() !== b.getTime()) return false;
  if (ta === '[object RegExp]' && String(a) !== String(b)) return false;
  if (ta === '[object Error]' && (a.message !== b.message || a.name !== b.name)) return false;
  if (/^\[object (Number|String|Boolean)\]$/.test(ta) && !sameValue(a.valueOf(), b.valueOf())) return false;
  if (typeof ArrayBuffer === 'function' && !sameBytes(a, b, ta, strict)) return false;
  memo = memo || { a: [], b: [] };
  var i = memo.a.indexOf(a);
  if (i !== -1 && memo.b[i] === b) return true;
  memo.a.push(a);
  memo.b.push(b);
  var r = compareContents(a, b, strict, memo);
  memo.a.pop();
  memo.b.pop();
  return r;
}

// ArrayBuffers and their views by their bytes, as Node; loosely, float
// arrays by their values (NaN is then unequal to itself).
function sameBytes(a, b, tag, strict) {
  var isBuf = tag === '[object ArrayBuffer]';
  if (!isBuf && !ArrayBuffer.isView(a)) return true;
  if (a.byteLength !== b.byteLength) return false;
  var i;
  if (!strict && /^\[object Float(32|64)Array\]$/.test(tag)) {
    for (i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  var x = isBuf ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  var y = isBuf ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function compareContents(a, b, strict, memo) {
  var M = GLOBAL.Map, S = GLOBAL.Set;
  if (typeof M === 'function' && a instanceof M) {
    if (!(b instanceof M) || a.size !== b.size) return false;
    var ok = true;
    a.forEach(function (v, k) {
      if (!ok) return;
      if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, memo)) ok = false;
    });
    if (!ok) return false;
  } else if (typeof S === 'function' && a instanceof S) {
    if (!(b instanceof S) || a.size !== b.size) return false;
    var same = true;
    a.forEach(function (v) {
      if (!same || b.has(v)) return;
      if (isPrimitive(v)) { same = false; return; }
      var found = false;
      b.forEach(function (w) { if (!found && !isPrimitive(w) && isDeepEqual(v, w, strict, memo)) found = true; });
      if (!found) same = false;
    });
    if (!same) return false;
  }
  var ka = Object.keys(a), kb = Object.keys(b), k, j;
  if (ka.length !== kb.length) return false;
  for (j = 0; j < ka.length; j++) {
    k = ka[j];
    if (!hasOwn.call(b, k) || !isDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}
var GLOBAL = Function('return this')();

function ok(value, message) {
  if (!value) {
    innerFail({
      actual: value, expected: true, operator: '==',
      message: message === undefined && arguments.length === 0 ? 'No value argument passed to `assert.ok()`'
        : message === undefined ? 'The expression evaluated to a falsy value' : message
    });
  }
}

var assert = module.exports = function assert(value, message) {
  ok.apply(null, arguments);
};
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.isDeepEqual = isDeepEqual; // for util.isDeepStrictEqual

assert.fail = function (message) {
  if (message instanceof Error) throw message;
  innerFail({ message: message === undefined ? 'Failed' : message, operator: 'fail' });
};
assert.equal = function (a, b, message) {
  if (!(a == b || (a !== a && b !== b))) innerFail({ actual: a, expected: b, message: message, operator: '==' }); // eslint-disable-line eqeqeq
};
assert.notEqual = function (a, b, message) {
  if (a == b || (a !== a && b !== b)) innerFail({ actual: a, expected: b, message: message, operator: '!=' }); // eslint-disable-line eqeqeq
};
assert.strictEqual = function (a, b, message) {
  if (!sameValue(a, b)) innerFail({ actual: a, expected: b, message: message, operator: 'strictEqual' });
};
assert.notStrictEqual = function (a, b, message) {
  if (sameValue(a, b)) innerFail({ actual: a, expected: b, message: message, operator: 'notStrictEqual' });
};
assert.deepEqual = function (a, b, message) {
  if (!isDeepEqual(a, b, false)) innerFail({ actual: a, expected: b, message: message, operator: 'deepEqual' });
};
assert.notDeepEqual = function (a, b, message) {
  if (isDeepEqual(a, b, false)) innerFail({ actual: a, expected: b, message: message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function (a, b, message) {
  if (!isDeepEqual(a, b, true)) innerFail({ actual: a, expected: b, message: message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function (a, b, message) {
  if (isDeepEqual(a, b, true)) innerFail({ actual: a, expected: b, message: message, operator: 'notDeepStrictEqual' });
};
assert.match = function (s, re, message) {
  if (typeof s !== 'string' || !re.test(s)) {
    innerFail({ actual: s, expected: re, operator: 'match', generated: message === undefined,
      message: message !== undefined ? message : typeof s !== 'string'
        ? 'The "string" argument must be of type string. Received type ' + typeof s + ' (' + inspect(s) + ')'
        : 'The input did not match the regular expression ' + inspect(re) + '. Input:\n\n' + inspect(s) + '\n' });
  }
};
assert.doesNotMatch = function (s, re, message) {
  if (typeof s === 'string' && re.test(s)) {
    innerFail({ actual: s, expected: re, operator: 'doesNotMatch', generated: message === undefined,
      message: message !== undefined ? message
        : 'The input was expected to not match the regular expression ' + inspect(re) + '. Input:\n\n' + inspect(s) + '\n' });
  }
};

// Does err satisfy expected (a constructor, RegExp, validation function
// or object of properties)? Throws the AssertionError when not.
function checkError(actual, expected, message, fn) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf && Error.prototype.isPrototypeOf(expected.prototype)) throw actual;
    if (expected.call({}, actual) === true) return;
    innerFail({ actual: actual, expected: expected, operator: fn,
      message: message || 'The ' + (expected.name ? '"' + expected.name + '" ' : '') + 'validation function is expected to return "true". Received ' + inspect(actual) });
  }
  if (objToString.call(expected) === '[object RegExp]') {
    if (expected.test(String(actual))) return;
    innerFail({ actual: actual, expected: expected, operator: fn,
      message: message || 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(String(actual)) + '\n' });
  }
  if (typeof expected === 'object' && expected !== null) {
    var keys = Object.keys(expected), i, k;
    if (expected instanceof Error) keys.push('name', 'message');
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      var want = expected[k], got = actual == null ? undefined : actual[k];
      if (objToString.call(want) === '[object RegExp]' && typeof got === 'string' ? want.test(got) : isDeepEqual(got, want, true)) continue;
      innerFail({ actual: actual, expected: expected, operator: fn,
        message: message || 'Expected values to be strictly deep-equal:\n\n' + inspect(got) + ' !== ' + inspect(want) + '\n' });
    }
  }
}

var NO_EXCEPTION = {};
function getActual(fn) {
  if (typeof fn !== 'function') {
    var e = new TypeError('The "fn" argument must be of type function. Received ' + inspect(fn));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  try { fn(); } catch (e) { return e; }
  return NO_EXCEPTION;
}

assert.throws = function (fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  var actual = getActual(fn);
  if (actual === NO_EXCEPTION) {
    innerFail({ actual: undefined, expected: expected, operator: 'throws',
      message: 'Missing expected exception' + (expected && expected.name ? ' (' + expected.name + ')' : '') + (message ? ': ' + message : '.') });
  }
  checkError(actual, expected, message, 'throws');
};
assert.doesNotThrow = function (fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  var actual = getActual(fn);
  if (actual === NO_EXCEPTION) return;
  innerFail({ actual: actual, expected: expected, operator: 'doesNotThrow',
    message: 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (actual && actual.message) + '"' });
};

function waitFor(promiseFn) {
  var P = GLOBAL.Promise;
  return P.resolve().then(function () {
    var p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
    if (!p || typeof p.then !== 'function') {
      var e = new TypeError('The "promiseFn" argument must be of type function or an instance of Promise.');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    return p;
  });
}
assert.rejects = function (promiseFn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  return waitFor(promiseFn).then(function () {
    innerFail({ actual: undefined, expected: expected, operator: 'rejects',
      message: 'Missing expected rejection' + (expected && expected.name ? ' (' + expected.name + ')' : '') + (message ? ': ' + message : '.') });
  }, function (actual) {
    checkError(actual, expected, message, 'rejects');
  });
};
assert.doesNotReject = function (promiseFn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  return waitFor(promiseFn).then(function () {}, function (actual) {
    innerFail({ actual: actual, expected: expected, operator: 'doesNotReject',
      message: 'Got unwanted rejection' + (message ? ': ' + message : '.') + '\nActual message: "' + (actual && actual.message) + '"' });
  });
};
assert.ifError = function (err) {
  if (err !== null && err !== undefined) {
    var e = err instanceof Error ? err : new AssertionError({ actual: err, expected: null, operator: 'ifError',
      message: 'ifError got unwanted exception: ' + inspect(err) });
    throw e;
  }
};

// assert.strict: the strict forms under the plain names, as Node.
var strict = assert.strict = function strict(value, message) { ok.apply(null, arguments); };
Object.keys(assert).forEach(function (k) { strict[k] = assert[k]; });
strict.equal = assert.strictEqual;
strict.notEqual = assert.notStrictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
