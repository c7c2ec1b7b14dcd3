// A lightweight function's captured function declarations are made on
// their variable's first read (patches/mujs/0268). Every way to read,
// write or outlive such a variable must see what node shows: a call that
// returns before naming them, reads before the declaration's place,
// identity across reads and closures, mutual recursion, typeof,
// assignment before and after the first read, a name declared twice, a
// var of the same name, a parameter of the same name with arguments,
// reads through eval and with in inner functions, functions that are
// not lightweight (eval, let), strict code, properties set on the
// function, and closures kept after their parent is gone, across
// collections. Prints what node prints. (Not strict: with and sloppy
// eval are needed.)

// Express's router.process_params: returns early for most layers
function processParams(keys, done) {
  var i = 0, seen = [];
  if (!keys || keys.length === 0) return done('fast');
  function param() {
    if (i >= keys.length) return done(seen.join('+'));
    seen.push(keys[i++]);
    paramCallback();
  }
  function paramCallback() { param(); }
  param();
}
var out = [];
for (var r = 0; r < 4; r++) processParams(r % 2 ? ['a', 'b'].slice(0, r) : [], function (s) { out.push(s); });
console.log('process_params', out.join(' | '));

// read before its place in the text (hoisting), identity kept
function early() {
  var a = f, b = f;
  function f() { return 'f'; }
  function g() { return f; }
  return [a === b, a === g(), g() === f, a(), typeof f, f.name, f.length].join(' ');
}
console.log('early', early(), early());

// each call makes its own closure, and it sees that call's variables
function counter(start) {
  var n = start;
  function inc() { return ++n; }
  function get() { return inc; }
  return get;
}
var c1 = counter(10), c2 = counter(20);
console.log('per call', c1()() , c1()(), c2()(), c1() === c1(), c1() === c2());

// typeof as the first read, and through a with's object
function typeofFirst() {
  function h() { return 1; }
  function k() { return typeof h; }
  return k() + ' ' + (function () { with ({}) { return typeof h + ' ' + h(); } })();
}
console.log('typeof', typeofFirst());

// assigned before any read: the lazy value never shows
function assigned() {
  function q() { return 'q'; }
  function r2() { return q; }
  q = 42;
  return r2() + ' ' + typeof q;
}
console.log('assigned', assigned());

// assigned after the first read: the closure read first is a value
function assignedLater() {
  function q() { return 'q'; }
  function read() { return q; }
  var first = read();
  q = 'x';
  return typeof first + ' ' + first() + ' ' + read();
}
console.log('assigned later', assignedLater());

// declared twice: the last wins; a var of the same name
function twice() {
  function d() { return 1; }
  function d() { return 2; }
  var v = 1;
  function v() { return 'v'; }
  function look() { return [d(), typeof v, v]; }
  return look().join(' ');
}
console.log('twice', twice());

// a parameter of the same name, and arguments
function paramName(p, x) {
  function p() { return 'fn'; }
  function look() { return typeof p; }
  return look() + ' ' + arguments.length + ' ' + x;
}
console.log('param', paramName(5, 'x'));

// an inner function's eval reads and writes it
function viaEval() {
  function e1() { return 'e1'; }
  function e2() { return 'e2'; }
  function inner() { return eval('e1() + typeof e2'); }
  function setter() { eval('e2 = 7'); }
  var s = inner();
  setter();
  return s + ' ' + e2;
}
console.log('eval', viaEval());

// not lightweight: eval in the function itself, and let
function heavyEval() {
  function he() { return 'he'; }
  function use() { return he(); }
  return eval('use()') + ' ' + use();
}
function heavyLet() {
  let x = 'lx';
  function hl() { return x; }
  function use() { return hl(); }
  return use();
}
console.log('heavy', heavyEval(), heavyLet());

// strict code; properties set on the function; a method's prototype
function strictOne() {
  'use strict';
  function s1() { return this === undefined; }
  function s2() { return s1(); }
  s1.tag = 'tagged';
  function Ctor() { this.k = 1; }
  function make() { return new Ctor(); }
  var o = make();
  return [s2(), s1.tag, o instanceof Ctor, Object.getPrototypeOf(o) === Ctor.prototype, Ctor.prototype.constructor === Ctor].join(' ');
}
console.log('strict', strictOne());

// mutual recursion, deep
function mutual(n) {
  function isEven(k) { return k === 0 ? true : isOdd(k - 1); }
  function isOdd(k) { return k === 0 ? false : isEven(k - 1); }
  function run() { return isEven(n) + ' ' + isOdd(n); }
  return run();
}
console.log('mutual', mutual(100), mutual(7));

// closures that outlive their parent across collections: the parent's
// function object dropped, the environment kept by the returned closure
var keep = [];
for (var i = 0; i < 200; i++) {
  keep.push((new Function('i', 'function lazy() { return "lazy" + i; } function get() { return lazy; } return get;'))(i));
  if (i % 50 === 0) {
    var junk = [];
    for (var j = 0; j < 2000; j++) junk.push({ j: j, s: 'x' + j });
  }
}
if (typeof gc === 'function') gc();
var sum = 0, names = [];
for (i = 0; i < keep.length; i++) {
  var f = keep[i]();
  if (f === keep[i]()) sum++;
  if (i % 67 === 0) names.push(f());
}
console.log('outlive', sum, names.join(','));

// a module-level style: many declarations, few read
function moduleLike() {
  function a1() { return 1; } function a2() { return 2; } function a3() { return 3; }
  function a4() { return 4; } function a5() { return a1() + a4(); }
  function pick(n) { return [a1, a2, a3, a4, a5][n]; }
  return pick(4)() + ' ' + (pick(0) === pick(0)) + ' ' + Object.keys({ a1: a1 }).join();
}
console.log('module', moduleLike());

// a function declaration's own properties
function shown() {
  function visible(a, b) { return a + b; }
  function get() { return visible; }
  var v = get();
  return [v.name, v.length, v.hasOwnProperty('prototype'), v.prototype.constructor === v, Object.keys(v).length, v(2, 3)].join(' | ');
}
console.log('shown', shown());
