// Calls the interpreter runs without a C frame of their own (patches/mujs/
// 0254): results, exceptions caught across such calls, try/finally and
// returns inside them, strictness, closures, calls from natives, stack
// traces, and recursion to the limit, compared with node.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log('fib', fib(20));

function thrower(x) { if (x > 3) throw new Error('deep ' + x); return thrower(x + 1); }
function middle(x) { var r = thrower(x); return r + 1; }
function catcher() {
  try { return middle(0); } catch (e) { return 'caught ' + e.message; }
}
console.log(catcher());
function afterCatch() { var a = catcher(); var b = fib(5); return a + ' then ' + b; }
console.log(afterCatch());

function inner(k) {
  try {
    if (k === 1) return 'returned in try';
    if (k === 2) throw new TypeError('t');
    return 'fell through';
  } catch (e) {
    return 'catch ' + e.name;
  } finally {
    log.push('finally ' + k);
  }
}
var log = [];
console.log(inner(1), inner(2), inner(3), log.join());

function nested(n) {
  try {
    if (n === 0) throw new RangeError('bottom');
    return nested(n - 1);
  } catch (e) {
    if (n < 3) throw e;
    return 'caught at ' + n + ': ' + e.message;
  }
}
console.log(nested(6));

function strictThis() { 'use strict'; return typeof this; }
function sloppyThis() { return typeof this; }
function mixed() { return [strictThis(), sloppyThis(), (function () { 'use strict'; return this === undefined; })()].join(); }
console.log(mixed());
function strictCaller() {
  'use strict';
  function assignUndeclared() { try { undeclaredVariable = 1; return 'assigned'; } catch (e) { return e.name; } }
  return assignUndeclared();
}
console.log(strictCaller(), typeof undeclaredVariable);

function counter() { var c = 0; return function () { c++; return c; }; }
var next = counter();
function useClosure() { next(); next(); return next(); }
console.log('closure', useClosure());

function sq(x) { return x * x; }
function viaMap(a) { return a.map(function (x) { return sq(x) + 1; }); }
console.log(viaMap([1, 2, 3]).join());
function viaMapThrows(a) {
  try { return a.map(function (x) { if (x === 2) throw new Error('in map ' + x); return sq(x); }); }
  catch (e) { return e.message + ' / ' + sq(4); }
}
console.log(viaMapThrows([1, 2, 3]));
function jsonError() { try { return JSON.parse('{bad'); } catch (e) { return e.name; } }
function callsJsonError() { return jsonError() + ' ' + sq(3); }
console.log(callsJsonError());

var o = { get twice() { return sq(this.v) * 2; }, v: 3 };
function readGetter() { return o.twice; }
console.log('getter', readGetter());

function depthOf(f) { return f(); }
function frames() { return new Error('x').stack.split('\n').slice(1, 4).map(function (l) { return l.trim().split(' ')[1]; }).join(); }
function f3() { return frames(); }
function f2() { return f3(); }
function f1() { return f2(); }
console.log('stack', f1());

function fewer(a, b, c) { return [a, b, c === undefined].join(); }
function more(a) { return a; }
console.log(fewer(1), fewer(1, 2, 3), more(1, 2, 3, 4));

function recurse(n) { return recurse(n + 1) + 1; }
function overflow() { try { recurse(0); return 'no'; } catch (e) { return e instanceof RangeError ? 'RangeError' : e.name; } }
console.log(overflow());
console.log('after overflow', fib(10), catcher());

var results = [];
function pushAll() { for (var i = 0; i < 5; i++) results.push(sq(i)); return results.length; }
console.log(pushAll(), results.join());

function ctorCall() { function P(x) { this.x = sq(x); } return new P(5).x; }
console.log('new', ctorCall());
function argsUser() { return arguments.length + sq(2); }
function callsArgs() { return argsUser(1, 2, 3); }
console.log('arguments', callsArgs());
