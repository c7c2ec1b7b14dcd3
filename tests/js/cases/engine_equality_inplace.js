// ===, !==, ==, != between values of one type that is no number or
// string (undefined, null, booleans, objects) answered in the interpreter
// loop, `!` of a boolean negated in place, true and false pushed in place,
// and `this` copied in place (patches/mujs/0191). Every pair of a set of
// values of every type through the four operators, `!` of each, and
// `this` in sloppy and strict functions called with undefined, null,
// primitives and objects, as Node gives them.
var o1 = {}, o2 = {}, a1 = [], f1 = function () {};
var vals = [undefined, null, true, false, 0, -0, 1, NaN, '', '0', '1', 'true',
  'a', 'ab'.slice(0, 1), o1, o2, a1, f1, [0], [1], new String('a'), new Number(1),
  new Boolean(false), { valueOf: function () { return 1; } }];
var names = ['undef', 'null', 'true', 'false', '0', '-0', '1', 'NaN', "''", "'0'",
  "'1'", "'true'", "'a'", "'a'(sliced)", 'o1', 'o2', 'a1', 'f1', '[0]', '[1]',
  'String(a)', 'Number(1)', 'Boolean(false)', 'valueOf 1'];

var rows = [];
for (var i = 0; i < vals.length; ++i) {
  var se = '', sn = '', le = '', ln = '';
  for (var j = 0; j < vals.length; ++j) {
    var x = vals[i], y = vals[j];
    se += (x === y) ? '1' : '0';
    sn += (x !== y) ? '1' : '0';
    le += (x == y) ? '1' : '0';
    ln += (x != y) ? '1' : '0';
  }
  rows.push(names[i] + ' === ' + se + ' !== ' + sn + ' == ' + le + ' != ' + ln);
}
console.log(rows.join('\n'));

// the same operators on the same variable, and in conditions
var t = true, f = false, u, n = null;
console.log(t === t, t !== t, t == f, t != f, u === u, u == n, u === n, n !== n, o1 == o1, o1 != o2);
if (t === true && f === false && !(t === f) && u == null && n === null) console.log('conditions');

// ! of booleans and of everything else
var nots = [];
for (var k = 0; k < vals.length; ++k) nots.push(!vals[k] ? 1 : 0, !!vals[k] ? 1 : 0);
console.log('not', nots.join(''), !true, !false, !!true, !t, !!f);

// this
function sloppy() { return this; }
function strict() { 'use strict'; return this; }
function kind(v) { return v === globalThis ? 'global' : v === undefined ? 'undefined' : v === null ? 'null' : v === f1 ? 'f1' : typeof v + ':' + String(v); }
var thisVals = [undefined, null, 1, 'x', true, o1];
// (a sloppy function's primitive this is not boxed in mujs, as it was not
// before: only what is Node's here)
console.log('sloppy', [undefined, null, o1, f1].map(function (v) { return kind(sloppy.call(v)); }).join(' '));
console.log('strict', thisVals.map(function (v) { return kind(strict.call(v)); }).join(' '));
console.log('plain', kind(sloppy()), kind(strict()));
var holder = { m: function () { return this === holder; }, s: function () { 'use strict'; return this; } };
console.log('method', holder.m(), holder.s() === holder, kind((0, holder.s)()));
