// Variables of functions that keep an environment (closures, arguments,
// eval): read and written in the interpreter loop when the binding is a
// plain data property of an environment with no prototype, and a call's
// parameters and variables put straight into its new environment
// (patches/mujs/0164). Everything else goes the old way: with objects
// (own and inherited), the global object (own, inherited, accessors,
// read-only), catch scopes, eval'd variables, parameters not passed,
// passed twice or named like their function or `arguments`.
function show(label, v) { console.log(label, JSON.stringify(v)); }

function counter(start) {
  var n = start, calls = 0;
  function bump(by) { calls++; n += by; return n; }
  return function (by) { return [bump(by), calls, typeof start]; };
}
var c = counter(10);
show('closure', [c(1), c(2), c(3)]);

function params(a, b, c) {
  var d;
  var a; // a parameter declared again keeps its value
  function inner() { return [a, b, c, d, typeof inner]; }
  return inner();
}
show('params', [params(1), params(1, 2, 3, 4), params()]);
function dup(a, a) { return (function () { return a; })(); }
show('duplicate params', [dup(1), dup(1, 2)]);
function shadowArgs(arguments) { return (function () { return arguments; })(); }
show('argument named arguments', shadowArgs('p'));
function selfName(selfName) { return (function () { return selfName; })(); }
show('param named like its function', selfName(5));
function withArgs(x) { var a = arguments; return (function () { return [x, a.length, a[1]]; })(); }
show('arguments beside parameters', withArgs('orig', 'second'));

// with: own and inherited names, writes
var base = { inherited: 1 };
var scopeObj = Object.create(base);
scopeObj.own = 2;
var inherited = 'outer', own = 'outer own';
function useWith() {
  var local = 3;
  with (scopeObj) {
    own = own + 10;
    inherited = inherited + 100;
    local = local + own;
  }
  return local;
}
show('with', [useWith(), scopeObj.own, scopeObj.inherited, base.inherited, own, inherited]);

// the global object: own, inherited, accessors, read-only
var gcount = 0;
Object.defineProperty(globalThis, 'gacc', { get: function () { return ++gcount; }, set: function (v) { gcount = v; }, configurable: true });
function globals() {
  var seen = [gacc, gacc];
  gacc = 100;
  seen.push(gacc);
  undefined = 1; NaN = 2; Infinity = 3;
  seen.push(typeof undefined, NaN !== NaN, Infinity > 1e308);
  toString = 'shadowed'; // inherited from Object.prototype: becomes own
  seen.push(toString, Object.prototype.toString !== 'shadowed', globalThis.hasOwnProperty('toString'));
  return (function () { return seen; })();
}
show('globals', globals());
delete globalThis.toString;
(function () {
  'use strict';
  try { undefined = 1; } catch (e) { show('strict read-only', e instanceof TypeError); }
  try { notDeclared = 1; } catch (e) { show('strict undeclared', e instanceof ReferenceError); }
})();

// catch scopes and eval
function scopes() {
  var e = 'outer e', out = [];
  try { throw 'thrown'; } catch (e) { out.push(e); e = 'reassigned'; out.push(e); }
  out.push(e);
  eval('var fromEval = "ev"; out.push(fromEval)');
  out.push(typeof fromEval, fromEval);
  fromEval = 'changed';
  out.push(fromEval);
  return out;
}
show('scopes', scopes());

// recursion and many calls: each call its own environment
function fib(n) { var self = fib; return n < 2 ? n : (function () { return self(n - 1) + self(n - 2); })(); }
show('fib', fib(15));
var fns = [];
for (var i = 0; i < 3; ++i) fns.push((function (j) { return function () { return j; }; })(i));
show('loop closures', fns.map(function (f) { return f(); }));
