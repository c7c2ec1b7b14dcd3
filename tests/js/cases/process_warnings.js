// process.version/versions.node/release, process.emitWarning ('warning'
// event, printed "(node:PID) [CODE] Name: message"), util.deprecate (once
// per code), util.debuglog with NODE_DEBUG. The pid is masked: it differs.
// env: NODE_DEBUG=foo,ba*
var util = require('util');
var err = console.error;
console.error = function (s) { err.call(console, String(s).replace(/\(node:\d+\)/, '(node:PID)')); };
var write = process.stderr.write;
process.stderr.write = function (s) { return write.call(process.stderr, String(s).replace(/ \d+: /, ' PID: ')); };

console.log(/^v\d+\.\d+\.\d+$/.test(process.version), process.version === 'v' + process.versions.node,
  process.release.name, typeof process.versions.node, process.stdout.isTTY === true);
process.on('warning', function (w) { console.log('warning event', w.name, w.code, w.message); });
process.emitWarning('plain');
process.emitWarning('with code', 'CustomWarning', 'X001');
process.emitWarning('with options', { type: 'OptWarning', code: 'X002', detail: 'some detail' });
try { process.emitWarning(42); } catch (e) { console.log(e.code, e.message); }
var old = util.deprecate(function (a) { return a * 2; }, 'old() is gone', 'DEP_X1');
var old2 = util.deprecate(function () { return 'two'; }, 'same code', 'DEP_X1');
console.log(old(2), old(3), old2());
var d = util.debuglog('foo'), b = util.debuglog('bar'), q = util.debuglog('quux');
console.log(d.enabled, b.enabled, q.enabled);
d('hello %s %d', 'world', 42);
q('not shown');
console.log('sync done');
