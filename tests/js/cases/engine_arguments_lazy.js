// `arguments` in functions that keep no environment (no closure, eval,
// with or try/catch): the call's arguments stay on the interpreter's stack,
// arguments.length and arguments[i] read them there, and the object is
// made when something else needs it (patches/mujs/0180). Each part below
// reads them before and after the object is made, beyond the parameters,
// out of range, with keys that are not indexes, through the prototype,
// after the parameters changed (strict: the object keeps the values
// passed), nested and recursive, and where the function keeps an
// environment after all (the old path).
function show(label, v) { console.log(label, JSON.stringify(v)); }

function count() { return arguments.length; }
show('length', [count(), count(1), count(1, 2, 3), count.apply(null, new Array(40))]);

function reads(x, y) {
  return [arguments.length, arguments[0], arguments[1], arguments[2], arguments[3],
    arguments[-1], arguments[1.5], arguments['1'], arguments.x];
}
show('reads', [reads(), reads('a'), reads('a', 'b', 'c', 'd', 'e')]);

function noParams() { var local = 'l'; return [arguments[0], arguments[4], arguments.length, local]; }
show('more than the parameters', noParams(1, 2, 3, 4, 5, 6));

function manyLocals(a) {
  var b = 1, c = 2, d = 3, e = 4, f = 5;
  return [a, b + c + d + e + f, arguments.length, arguments[0], arguments[1], arguments[2]];
}
show('locals beside', [manyLocals(), manyLocals('p', 'q', 'r', 's')]);

function strictKeeps(x) {
  'use strict';
  x = 'changed';
  var before = arguments[0];
  var args = arguments;
  return [x, before, args[0], args.length, Object.prototype.toString.call(args)];
}
show('strict: the values passed', strictKeeps('passed', 2));

function same() { var a = arguments, b = arguments; return [a === b, a.length, a[1], b[0]]; }
show('one object', same('x', 'y'));

function made() {
  var a = arguments;
  a[0] = 'set';
  a[5] = 'added';
  return [arguments[0], arguments[5], arguments.length, Object.keys(a)];
}
show('written through the object', made('orig', 2));

function lengthSet() { arguments.length = 7; return [arguments.length, arguments[1], arguments[6]]; }
show('length set', lengthSet(1, 2));

function deleted() { delete arguments[0]; return [arguments[0], arguments.length, 0 in arguments]; }
show('deleted', deleted('gone', 'kept'));

Object.prototype['3'] = 'from the prototype';
function inherited() { return [arguments[3], arguments[1], arguments.length]; }
show('inherited index', inherited('a', 'b'));
delete Object.prototype['3'];

function outlives() { return arguments; }
var kept = outlives('a', { b: 1 }, 3);
show('outlives its call', [kept.length, kept[0], kept[1], kept[2], Array.prototype.slice.call(kept)]);

function asArray() { return Array.prototype.slice.call(arguments, 1); }
function passOn() { return asArray.apply(null, arguments).concat(arguments.length); }
show('passed on', [passOn(), passOn(1), passOn(1, 2, 3)]);

function sum() { return arguments.length === 0 ? 0 : arguments[0] + sum.apply(null, Array.prototype.slice.call(arguments, 1)); }
show('recursive', sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

function outer(a) { var r = inner(a + 1, a + 2); return [arguments.length, arguments[0], r]; }
function inner() { return [arguments.length, arguments[0], arguments[1]]; }
show('nested frames', outer(1, 'extra'));

function thrower() { if (arguments[0]) throw new Error(arguments[1] + arguments.length); return arguments[2]; }
function catcher() {
  try { thrower(1, 'boom', 3); } catch (e) { return [e.message, thrower(0, 'x', 'after')]; }
}
show('through a throw', catcher());

function typed() { return [typeof arguments, typeof arguments[0], typeof arguments.length, arguments instanceof Object]; }
show('typeof', typed(undefined));

function computed(i) { return [arguments[i], arguments[i + 1], arguments[String(i)]]; }
show('computed keys', [computed(0, 'a'), computed(1, 'b', 'c')]);

// functions that keep an environment: the object is made at the call
function withClosure() { var a = arguments; return function () { return [a.length, a[1], arguments.length]; }; }
show('closure', withClosure('x', 'y')('z'));
function withTry() { try { return [arguments.length, arguments[0]]; } catch (e) { return null; } }
show('try', withTry('t', 2));
function shadow(arguments) { return [arguments, typeof arguments]; }
show('parameter named arguments', shadow('param'));
function assigned() { arguments = 'replaced'; return arguments.length; }
show('assigned', assigned(1, 2, 3));
function declared() { var arguments = [9]; return [arguments.length, arguments[0]]; }
show('var named arguments', declared(1, 2));
function evaluated() { return eval('arguments.length') + arguments[0]; }
show('eval', evaluated(10, 20));
