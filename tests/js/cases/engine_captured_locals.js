// Functions that make closures keep only the locals their inner functions
// may name in an environment; the others live on the interpreter's stack
// (patches/mujs/0201). Each part below mixes captured and uncaptured
// locals and checks that both kinds are read and written where they
// should be: parameters (passed, missing, named twice), vars, function
// declarations (recursive, hoisted, called before their statement), a
// named function expression's own name, closures that write what the
// function reads afterwards and the reverse, closures made in loops (one
// var shared by all), closures two and three functions deep naming the
// outermost's locals, an inner function whose own local shadows an outer
// one, default parameters and destructuring, typeof and delete of
// captured locals, arguments next to captured parameters, catch blocks,
// getters and setters, eval in an inner function (which may name any
// local), recursion (each call its own environment), and strict code.
function show(label, v) { console.log(label, JSON.stringify(v)); }

var shadow = 'global shadow', outerOnly = 'global outerOnly';

function counter(start) {
  var hidden = 100, count = start;
  function inc(by) { count += by; return count; }
  hidden += 1;
  var a = inc(2), b = inc(3);
  count *= 10;
  return [a, b, inc(0), count, hidden, typeof inc];
}
show('counter', counter(1));

function paramsCaptured(p, q, r) {
  var local = p + '-local';
  var get = function () { return [p, r, typeof r]; };
  p = 'changed';
  q = q + '!';
  return [get(), q, local];
}
show('params', paramsCaptured('a', 'b'));
show('params all', paramsCaptured(1, 2, 3, 4));

function dupParams(a, a) { // eslint-disable-line no-dupe-args
  var f = function () { return a; };
  return [a, f()];
}
show('dup', [dupParams(1, 2), dupParams(1)]);

function hoisted(n) {
  var before = fact(n);
  function fact(k) { return k <= 1 ? 1 : k * fact(k - 1); }
  var plain = n * 2;
  return [before, fact(3), plain];
}
show('hoisted', hoisted(5));

var named = function self(n) {
  var other = n + 1;
  var again = function () { return typeof self; };
  return [again(), other, n > 0 ? self(n - 1)[1] : 'end'];
};
show('named', named(2));

function loops() {
  var fns = [], i, sum = 0, k;
  for (i = 0; i < 3; i++) fns.push(function () { return i; });
  for (k = 0; k < 4; k++) sum += k;
  return [fns.map(function (f) { return f(); }), sum, k];
}
show('loops', loops());

function deep(x) {
  var y = x * 2, notSeen = 'plain';
  function middle() {
    var z = 3;
    return function inner() { y += z; return [x, y, z]; };
  }
  var r = middle()();
  notSeen += '!';
  return [r, y, notSeen];
}
show('deep', deep(4));

function shadowing() {
  var shadow = 'local', own = 'own';
  var f = function () { var shadow = 'inner'; return [shadow, outerOnly]; };
  var g = function () { return shadow; };
  return [f(), g(), own, shadow];
}
show('shadow', shadowing());

function defaults(a, b = function () { return a; }, { c, d } = { c: 'c', d: 'd' }) {
  var e = 'e';
  a = 'A';
  return [a, b(), c, d, e];
}
show('defaults', [defaults('x'), defaults('y', function () { return 'given'; }, { c: 1, d: 2 })]);

function typeofDelete() {
  var cap = 1, plain = 2;
  var f = function () { return cap; };
  return [typeof cap, typeof plain, delete cap, delete plain, cap, plain, f()];
}
show('typeof delete', typeofDelete());

function withArguments(a, b) {
  var f = function () { return a + b; };
  var len = arguments.length, first = arguments[0];
  a = 10;
  return [f(), len, first, arguments[1]];
}
show('arguments', [withArguments(1, 2), withArguments(3, 4, 5)]);

function withCatch(n) {
  var seen = [], plain = 0;
  try { throw new Error('boom ' + n); } catch (err) {
    seen.push(function () { return err.message + ' ' + n; });
    plain = 1;
  }
  return [seen[0](), plain];
}
show('catch', withCatch(7));

function accessors(v) {
  var plain = 'p';
  var o = { get value() { return v; }, set value(x) { v = x * 2; } };
  o.value = 21;
  return [o.value, v, plain];
}
show('accessors', accessors(1));

function innerEval(a) {
  var b = 'bee', c = 3;
  var f = function (s) { return eval(s); };
  f('c = c + 1');
  return [f('a + b'), c, f('typeof b')];
}
show('eval', innerEval('a'));

function recurse(n) {
  var mine = 'level' + n, plain = n;
  var get = function () { return mine; };
  var below = n > 0 ? recurse(n - 1) : [];
  plain += 100;
  return [get(), plain].concat(below);
}
show('recurse', recurse(3));

function strictOne(p) {
  'use strict';
  var q = p + 1, r = 'r';
  var f = function () { q += 1; return q; };
  return [f(), f(), q, r, (function () { return typeof this; })()];
}
show('strict', strictOne(1));

function makeCounters() {
  var list = [];
  for (var n = 0; n < 3; n++) list.push(counterOf(n));
  return list.map(function (c) { c.inc(); c.inc(); return c.get(); });
}
function counterOf(n) {
  var value = n * 10, untouched = n;
  return { inc: function () { value++; }, get: function () { return [value, untouched]; } };
}
show('counters', makeCounters());

function assignsLater() {
  var f;
  var cap = 'first', plain = 'plain';
  f = function () { return cap; };
  cap = 'second';
  var r1 = f();
  cap = 'third';
  return [r1, f(), plain];
}
show('later', assignsLater());

// property names (obj.name, literal and pattern keys, accessors' names)
// that are also the function's locals, and shorthands and patterns that
// do name them (a pattern in an inner function declares its own)
function propertyNames(o) {
  var state = 'local state', length = 3, key = 'k', plain = 'p', only = 'in a shorthand only';
  var f = function (x) { x.state = 'prop'; return { state: x.state, length: length, key, only }; };
  var g = function (x) { key = x.key; var { plain: mine, length } = x; return [key, mine, length]; };
  var h = { get state() { return 'getter'; }, set plain(v) { } };
  var r = [f(o), g({ key: 'from pattern', plain: 'in x' }), h.state];
  return [r, state, key, plain];
}
show('property names', propertyNames({}));

// a function declared in a block, closures in a switch's clause and
// under labels
function blockFunction(x) {
  var keep = 'k', other = 1;
  if (x) {
    function inner() { return keep + other; }
    other = 2;
    return inner();
  }
  return typeof inner;
}
function inSwitch(v) {
  var r = 'none', cap = 'c';
  switch (v) {
  case 1: var f = function () { return cap + r; }; r = 'one'; return f();
  default: return r;
  }
}
function labelled() {
  var out = [], cap = 0;
  outer: for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      out.push(function () { return cap++; });
    }
  }
  return [out.length, out[0](), out[1](), cap, i, j];
}
show('blocks', [blockFunction(true), blockFunction(false), inSwitch(1), inSwitch(2), labelled()]);

// objects made in many calls and dropped over collections: each call's
// environment is its own
var keep = [];
for (var round = 0; round < 2000; round++) {
  keep.push(counterOf(round));
  if (keep.length > 50) keep.shift();
}
show('kept', keep.slice(-2).map(function (c) { c.inc(); return c.get(); }));
