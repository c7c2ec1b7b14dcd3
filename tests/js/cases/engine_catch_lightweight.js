// try/catch in functions that keep no environment (patches/mujs/0200):
// the catch's name lives in a scope of its own made when something is
// caught, above the function's scope, while the function's parameters and
// variables stay on the interpreter's stack. Each part below reads and
// writes locals, the catch's name and outer names inside and after catch
// blocks; the catch's name also being a parameter, a variable (var e in
// the catch block, Annex B), `arguments` or an outer name; nested catches,
// a catch left by throw, return, break and continue, catches in loops and
// recursion (the scopes restored each time), strict functions, errors from
// built-ins, and functions that keep an environment for another reason.
function show(label, v) { console.log(label, JSON.stringify(v)); }

var e = 'outer e', a = 'outer a', g = 'outer g';

function basic(o, n) {
  var r = 0;
  try { r = o.x + n; } catch (err) { r = ['caught', err instanceof TypeError, typeof o, n, g, typeof err]; }
  return r;
}
show('basic', [basic({ x: 1 }, 2), basic(null, 3), basic(undefined)]);

function localsInCatch(n) {
  var total = n, label = 'start';
  try { throw n * 2; } catch (x) { total += x; label = 'in catch ' + x; n = -1; }
  return [total, label, n, typeof x, e];
}
show('locals', localsInCatch(5));

function sameAsParam(e) {
  try { throw 'thrown'; } catch (e) { e = e + ' changed'; show('inside', e); }
  return e;
}
show('param', sameAsParam('param'));

function sameAsVar() {
  var e = 'local';
  try { throw 'thrown'; } catch (e) { show('inside', e); e = 'changed'; }
  return e;
}
show('var', sameAsVar());

function varInCatch() {
  try { throw 'thrown'; } catch (e) { var e = 'assigned'; show('inside', e); }
  return e;
}
show('var in catch', varInCatch());

function argumentsName() {
  try { throw 'as name'; } catch (arguments) { return arguments; }
}
show('arguments name', argumentsName(1, 2));

function argumentsInCatch(x) {
  try { throw x; } catch (err) { return [arguments.length, arguments[0], arguments[2], err]; }
}
show('arguments in catch', argumentsInCatch('a', 'b', 'c'));

function outerNameShadowed() {
  var before = g;
  try { throw 'shadow'; } catch (g) { before += '/' + g; }
  return [before, g];
}
show('shadow outer', outerNameShadowed());

function nested(v) {
  var log = [];
  try {
    try { throw v; } catch (a) { log.push('inner ' + a); throw a + 1; }
  } catch (b) {
    log.push('outer ' + b, 'a is ' + a, typeof b);
    try { throw b + 1; } catch (b) { log.push('again ' + b); }
    log.push('b is ' + b);
  }
  log.push('after ' + a + ' ' + typeof b);
  return log;
}
show('nested', nested(1));

function leaveCatch(n) {
  var out = [];
  for (var i = 0; i < n; i++) {
    try {
      if (i % 3 === 0) throw 'c' + i;
      if (i % 3 === 1) throw 'b' + i;
      out.push('ok ' + i);
    } catch (x) {
      if (x.charAt(0) === 'c') { out.push('continue ' + x); continue; }
      out.push('break ' + x);
      break;
    } finally {
      out.push('finally ' + i + ' ' + typeof x);
    }
  }
  return [out, e, typeof x];
}
show('leave', leaveCatch(5));

function returnFromCatch(v) {
  try { throw v; } catch (x) { return x * 2; } finally { g = 'set in finally ' + v; }
}
var sum = 0;
for (var i = 0; i < 200; i++) sum += returnFromCatch(i);
show('return', [sum, g]);
g = 'outer g';

function recurse(n) {
  var mine = 'level ' + n;
  try {
    if (n === 0) throw ['bottom'];
    var r = recurse(n - 1);
    if (n % 2) throw r.concat(mine);
    return r.concat(mine);
  } catch (list) {
    return list.concat('caught at ' + n + ' ' + mine);
  }
}
show('recurse', recurse(4));

function thrower(n) { if (n > 0) return thrower(n - 1); null.x; }
function deepCatch() {
  var here = 'here';
  try { thrower(20); } catch (err) { return [err instanceof TypeError, here, typeof err.message]; }
}
show('deep', deepCatch());

function strictCatch(v) {
  'use strict';
  var s = 'strict';
  try { undeclaredName = v; } catch (err) { return [err.name, s, v, this === undefined]; }
  return 'no error';
}
show('strict', strictCatch(1));

function builtinErrors() {
  var got = [];
  try { JSON.parse('{x'); } catch (x) { got.push(x.name); }
  try { [].reduce(function () {}); } catch (x) { got.push(x.message); }
  try { decodeURIComponent('%'); } catch (x) { got.push(x.name); }
  try { new Array(-1); } catch (x) { got.push(x.name); }
  return got;
}
show('builtins', builtinErrors());

function typeofInCatch(p) {
  var q = 2;
  try { throw 3; } catch (c) { return [typeof p, typeof q, typeof c, typeof nothingHere, typeof e]; }
}
show('typeof', typeofInCatch('p'));

function thisInCatch() {
  try { throw 0; } catch (x) { return this.tag + x; }
}
show('this', thisInCatch.call({ tag: 'obj' }));

function assignOuterInCatch() {
  try { throw 'new a'; } catch (x) { a = x; }
  return a;
}
show('assign outer', [assignOuterInCatch(), a]);
a = 'outer a';

var named = function inner(n) {
  try { throw n; } catch (x) { return [typeof inner, inner === named, x]; }
};
show('own name', named(7));
var namedShadow = function inner2() {
  try { throw 'caught'; } catch (inner2) { return inner2; }
};
show('own name shadowed', [namedShadow(), typeof namedShadow]);

// functions that keep an environment for another reason, as before
function withClosure(v) {
  try { throw v; } catch (x) { return function () { return x + ' from closure'; }; }
}
show('closure', withClosure('kept')());
function withEval(v) {
  var local = 'local';
  try { throw v; } catch (x) { return eval('x + " " + local'); }
}
show('eval', withEval('eval'));
function closureReadsLocal(v) {
  var seen = v;
  try { throw 1; } catch (x) { seen += x; }
  return function () { return seen; };
}
show('closure local', closureReadsLocal(10)());

// a catch made many times in a loop of calls: the scopes and the stack
// come back each time
function count(n) {
  var caught = 0;
  for (var i = 0; i < n; i++) {
    try { if (i & 1) throw i; } catch (x) { caught += x; }
  }
  return caught;
}
var t = 0;
for (var k = 0; k < 50; k++) t += count(k);
show('count', [t, typeof x, typeof i === 'number']);
