'use strict';
// tests/node-suite/common.js: a small stand-in for Node's test/common (the
// call-count checks the stream tests use, verified when the process exits),
// installed as test/common/index.js next to Node's own tests by run.sh.
var assert = require('assert');
var checks = [];
function noop() {}
process.on('exit', function (code) {
  if (code !== 0) return;
  checks.forEach(function (c) {
    if (c.exact !== undefined ? c.actual !== c.exact : c.actual < c.min) {
      console.log('Mismatched ' + c.name + ' function calls. Expected ' +
        (c.exact !== undefined ? 'exactly ' + c.exact : 'at least ' + c.min) + ', actual ' + c.actual + '.');
      process.exitCode = 1;
      process.exit(1);
    }
  });
});
function mustCall(fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = noop; }
  if (fn === undefined) fn = noop;
  if (exact === undefined) exact = 1;
  var c = { exact: exact, actual: 0, name: fn.name || '<anonymous>' };
  checks.push(c);
  return function () { c.actual++; return fn.apply(this, arguments); };
}
function mustCallAtLeast(fn, min) {
  if (typeof fn === 'number') { min = fn; fn = noop; }
  if (fn === undefined) fn = noop;
  if (min === undefined) min = 1;
  var c = { min: min, actual: 0, name: fn.name || '<anonymous>' };
  checks.push(c);
  return function () { c.actual++; return fn.apply(this, arguments); };
}
function mustNotCall(msg) {
  return function mustNotCall() {
    throw new Error(msg || 'function should not have been called');
  };
}
function mustSucceed(fn, exact) {
  return mustCall(function (err) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, Array.prototype.slice.call(arguments, 1));
  }, exact);
}
function expectsError(validation, exact) {
  return mustCall(function (actual) {
    if (validation && typeof validation === 'object') {
      Object.keys(validation).forEach(function (k) {
        if (validation[k] instanceof RegExp && typeof actual[k] === 'string') assert.match(actual[k], validation[k]);
        else assert.deepStrictEqual(actual[k], validation[k]);
      });
    }
    return true;
  }, exact);
}
module.exports = {
  mustCall: mustCall, mustCallAtLeast: mustCallAtLeast, mustNotCall: mustNotCall,
  mustSucceed: mustSucceed, expectsError: expectsError,
  platformTimeout: function (ms) { return ms; },
  skip: function (msg) { console.log('1..0 # Skipped: ' + msg); process.exit(0); },
  hasCrypto: false, isWindows: false, enoughTestMem: true,
  getArrayBufferViews: function (buf) {
    return [buf];
  },
  invalidArgTypeHelper: function (input) {
    if (input == null) return ' Received ' + input;
    if (typeof input === 'function') return ' Received function ' + input.name;
    if (typeof input === 'object') {
      if (input.constructor && input.constructor.name) return ' Received an instance of ' + input.constructor.name;
      return ' Received ' + require('util').inspect(input, { depth: -1 });
    }
    var inspected = require('util').inspect(input, { colors: false });
    if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
    return ' Received type ' + typeof input + ' (' + inspected + ')';
  }
};
