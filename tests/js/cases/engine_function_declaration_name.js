// A function declaration's name is its scope's variable: inside the
// function it reads what that variable holds now. Only a named function
// expression binds its own name inside itself (ES2015 14.1.21), to
// itself. mujs bound every function's name inside it
// (patches/mujs/0240): reassigning a declared function's variable went
// unseen from inside, and every call of every named function stored
// itself into a local first. Prints what node prints.
function f() { return typeof f; }
var g = f;
f = 1;
console.log('declaration, variable reassigned:', g());

var h = function named() { return typeof named; };
console.log('named expression:', h());

function outer() {
  function inner() { return inner === undefined ? 'undefined' : typeof inner; }
  var k = inner;
  inner = undefined;
  return k();
}
console.log('inner declaration:', outer());

// recursion through the declaration's variable, and after it changed
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
var fact0 = fact;
console.log('recursion:', fact(10));
fact = function (n) { return -n; };
console.log('recursion after reassigning:', fact0(5));

// a parameter or var of the function's own name
function p(p) { return p; }
function q() { var q = 'var q'; return q; }
console.log('parameter of the same name:', p('arg'), q());

// many calls of declared functions that do not name themselves, with
// closures, in a loop
function adder(a) { return function (b) { return a + b; }; }
var total = 0;
for (var i = 0; i < 1000; i++) total += adder(i)(1);
console.log('calls:', total, adder.name, fact0.name, h.name, g.name);

// strict mode
(function () {
  'use strict';
  function s() { return typeof s; }
  var t = s;
  s = null;
  console.log('strict declaration:', t());
  var u = function self() { return typeof self; };
  console.log('strict named expression:', u());
})();
