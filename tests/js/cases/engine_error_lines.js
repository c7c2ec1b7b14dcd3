// The line an error's stack gives for each frame of this file, when the
// error comes right after instructions that store no line of their own
// (patches/mujs/0250: locals, constants, jumps and strict comparisons
// leave the frame's line to the instructions that may throw or call):
// a getter that throws, a call of undefined, an undeclared name, new
// Error, an error made in a callee (the caller's line is its call's),
// after a loop, after a condition; and (patches/mujs/0272) after names of
// an outer function read and written through their sites' entries, which
// store no line: an undeclared name, a strict assignment to one, a with's
// getter reached by name, a lazily made function that throws. Only
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

// outer names read and written by their sites (captured: GETVAR, SETVAR)
function outer() {
  var count = 0, label = 'x', scope = { get hidden() { throw new Error('with getter'); } };
  function lazyThrows() {
    var u = count;
    throw new RangeError('lazy ' + u);
  }
  function readsThenUndeclared() {
    count = count + 1;
    var l = label;
    return l + alsoNotDeclared;
  }
  function strictAssign() {
    'use strict';
    count = count + 1;
    label = 'y';
    neverDeclaredStrict = label;
    return count;
  }
  function withGetter() {
    count = count + 1;
    with (scope) {
      return hidden;
    }
  }
  function callsLazy() {
    count = count + 1;
    var v = label;
    return lazyThrows(v);
  }
  return [readsThenUndeclared, strictAssign, withGetter, callsLazy];
}
var fns = outer();
for (var w = 0; w < 3; w++) {
  show('outer undeclared ' + w, fns[0]);
  show('outer strict ' + w, fns[1]);
  show('outer with ' + w, fns[2]);
  show('outer lazy ' + w, fns[3]);
}

show('getter', function () { return getterAfterLocals(bad); });
show('call', callOfUndefined);
show('name', undeclared);
show('new', makeError);
show('callee', caller);
show('loop', function () { return afterLoop(bad); });
show('condition', function () { return afterCondition(bad, 1); });
show('throw', rethrows);
