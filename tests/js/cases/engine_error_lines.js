// The line an error's stack gives for each frame of this file, when the
// error comes right after instructions that store no line of their own
// (patches/mujs/0250: locals, constants, jumps and strict comparisons
// leave the frame's line to the instructions that may throw or call):
// a getter that throws, a call of undefined, an undeclared name, new
// Error, an error made in a callee (the caller's line is its call's),
// after a loop, after a condition. Only
// this file's named frames are printed, as name:line (node adds its own
// frames and columns). Prints what node prints.
function lines(err) {
  return err.stack.split('\n').slice(1).map(function (l) {
    var m = /at (\w+) \(.*engine_error_lines\.js:(\d+)/.exec(l);
    return m ? m[1] + ':' + m[2] : null;
  }).filter(Boolean).join(' ');
}
function show(label, f) {
  try {
    var r = f();
    console.log(label, 'returned', r instanceof Error ? r.message + ' ' + lines(r) : r);
  } catch (e) {
    console.log(label, e.constructor.name, lines(e));
  }
}
var bad = { get bad() { throw new Error('getter'); } };

function getterAfterLocals(o) {
  var x = 1;
  var y = x + 1;
  var z = y;
  return o.bad;
}
function callOfUndefined() {
  var f;
  var g = f;
  return g();
}
function undeclared() {
  var a = 2;
  if (a === 2)
    return notDeclaredAnywhere;
  return 0;
}
function makeError() {
  var k = 3;
  var j = k;
  return new Error('made');
}
function inner() {
  return new Error('inner');
}
function caller() {
  var a = 1;
  var b = a;
  if (a === b)
    return inner();
  return null;
}
function afterLoop(o) {
  var n = 0;
  for (var i = 0; i < 3; i++) {
    n = i;
  }
  return o.bad;
}
function afterCondition(o, flag) {
  var t = typeof flag;
  if (t === 'string' || flag === undefined)
    return 'no';
  return o.bad;
}
function thrower() {
  var msg = 'thrown';
  throw new TypeError(msg);
}
function rethrows() {
  var v = null;
  if (v == null)
    thrower();
  return v;
}

show('getter', function () { return getterAfterLocals(bad); });
show('call', callOfUndefined);
show('name', undeclared);
show('new', makeError);
show('callee', caller);
show('loop', function () { return afterLoop(bad); });
show('condition', function () { return afterCondition(bad, 1); });
show('throw', rethrows);
