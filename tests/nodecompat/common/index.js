// A stand-in for Node's test/common (its own needs fs, child_process,
// os and more): the helpers the crypto and zlib tests of test/parallel
// use, with the same meaning. tests/nodecompat/run.sh packs it as
// ../common next to each test.
'use strict';
const assert = require('assert');
const util = require('util');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((c) =>
    'minimum' in c ? c.actual < c.minimum : c.actual !== c.exact);
  failed.forEach((c) => {
    console.log('Mismatched %s function calls. Expected %s, actual %d.', c.name,
      'minimum' in c ? 'at least ' + c.minimum : 'exactly ' + c.exact, c.actual);
  });
  if (failed.length) process.exit(1);
}

function noop() {}

function makeCheck(fn, field, n) {
  if (typeof fn === 'number') { n = fn; fn = noop; } else if (fn === undefined) fn = noop;
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const context = { [field]: n, actual: 0, name: fn.name || '<anonymous>' };
  mustCallChecks.push(context);
  return function () {
    context.actual++;
    return fn.apply(this, arguments);
  };
}

function mustCall(fn, exact) { return makeCheck(fn, 'exact', exact === undefined ? 1 : exact); }
function mustCallAtLeast(fn, minimum) { return makeCheck(fn, 'minimum', minimum === undefined ? 1 : minimum); }
function mustNotCall(msg) {
  return function mustNotCall() {
    assert.fail(msg || 'function should not have been called');
  };
}
function mustSucceed(fn, exact) {
  return mustCall(function (err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail('Expected one argument, got ' + util.inspect(args));
    const error = args.pop();
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

function invalidArgTypeHelper(input) {
  if (input == null) return ' Received ' + input;
  if (typeof input === 'function' && input.name) return ' Received function ' + input.name;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) return ' Received an instance of ' + input.constructor.name;
    return ' Received ' + util.inspect(input, { depth: -1 });
  }
  let inspected = util.inspect(input, { colors: false });
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return ' Received type ' + typeof input + ' (' + inspected + ')';
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, DataView];
  for (const T of types) {
    const { BYTES_PER_ELEMENT = 1 } = T;
    if (byteLength % BYTES_PER_ELEMENT === 0) out.push(new T(buffer, byteOffset, byteLength / BYTES_PER_ELEMENT));
  }
  return out;
}
function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

// Warnings the test expects: checked at exit (unijs emits none of Node's
// deprecation warnings, so such a test fails, as it should).
const expectedWarnings = [];
function expectWarning(name, expected) {
  expectedWarnings.push(name);
  if (expectedWarnings.length === 1) {
    process.on('exit', (code) => {
      if (code === 0 && expectedWarnings.length) {
        console.log('expected warnings not emitted: ' + expectedWarnings.join(', '));
        process.exit(1);
      }
    });
  }
}

function skip(msg) {
  console.log('1..0 # Skipped: ' + msg);
  process.exit(0);
}

module.exports = {
  mustCall, mustCallAtLeast, mustNotCall, mustSucceed, expectsError, invalidArgTypeHelper,
  getArrayBufferViews, getBufferSources, expectWarning, skip,
  hasCrypto: true, hasFipsCrypto: false, hasOpenSSL3: false, hasIntl: false,
  hasOpenSSL: () => false,
  isWindows: false, isLinux: false, isOSX: false,
  platformTimeout: (ms) => ms,
  allowGlobals: noop,
};
