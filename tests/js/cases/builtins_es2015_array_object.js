// ES2016-ES2022 Array methods and ES2015-ES2022 Object, Number and Math
// functions, natively in the engine (patches/mujs/0212): generic this,
// holes, getters, coercions, SameValue(Zero), V8's numeric results.
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + (e instanceof TypeError || e instanceof RangeError ? '' : ': ' + e.message); }
  console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
}
function props(o, names) {
  names.forEach(function (m) {
    var d = Object.getOwnPropertyDescriptor(o, m);
    console.log(m, typeof d.value, typeof d.value === 'function' ? d.value.name + ' ' + d.value.length : d.value, d.enumerable, d.writable, d.configurable);
  });
}
props(Array.prototype, ['includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'fill', 'at']);
props(Object, ['assign', 'entries', 'values', 'is', 'hasOwn']);
props(Number, ['isFinite', 'isNaN', 'isInteger', 'isSafeInteger', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER']);
props(Math, ['trunc', 'sign', 'log2', 'log10', 'cbrt', 'hypot', 'clz32', 'imul', 'fround', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']);

// Array.prototype.includes
var sparse = [1, 2, 3]; // a hole reads as undefined
delete sparse[1];
function holey(a, b) { var h = [a, 0, b]; delete h[1]; return h; }
var like = { length: 3, 0: 'a', 1: NaN, 2: -0 };
show('in1', function () { return [1, 2, NaN].includes(NaN); });
show('in2', function () { return [NaN].indexOf(NaN); });
show('in3', function () { return [-0].includes(0) + ' ' + [0].includes(-0); });
show('in4', function () { return sparse.includes(undefined); });
show('in5', function () { return sparse.indexOf(undefined); });
show('in6', function () { return [1, 2, 3].includes(1, 1); });
show('in7', function () { return [1, 2, 3].includes(3, -1); });
show('in8', function () { return [1, 2, 3].includes(1, -100); });
show('in9', function () { return [1, 2, 3].includes(3, Infinity); });
show('in10', function () { return [1, 2, 3].includes(2, '1'); });
show('in11', function () { return Array.prototype.includes.call(like, NaN); });
show('in12', function () { return Array.prototype.includes.call(like, 0); });
show('in13', function () { return Array.prototype.includes.call('abc', 'b'); });
show('in14', function () { return Array.prototype.includes.call({ length: -5, 0: 1 }, 1); });
show('in15', function () { return [].includes(undefined); });
show('in16', function () { var n = 0; [].includes(1, { valueOf: function () { n++; return 0; } }); return n; });
show('in17', function () { return ['1', 1].includes('1') + ' ' + [[1]].includes([1]) + ' ' + [null].includes(undefined); });
show('in18', function () { var o = {}; return [0, o].includes(o); });
var got = [];
var getters = Object.defineProperty([5, 6, 7], 1, { get: function () { got.push('get1'); return 60; } });
show('in19', function () { return getters.includes(60) + ' ' + got.join(); });
show('in20', function () { return Array.prototype.includes.call(null, 1); });
// find, findIndex, findLast, findLastIndex
var seen = [];
show('fi1', function () { return [5, 12, 8, 130].find(function (x) { return x > 10; }); });
show('fi2', function () { return [5, 12, 8, 130].findIndex(function (x) { return x > 10; }); });
show('fi3', function () { return [5, 12, 8, 130].findLast(function (x) { return x > 10; }); });
show('fi4', function () { return [5, 12, 8, 130].findLastIndex(function (x) { return x > 200; }); });
show('fi5', function () { return [1, 2].find(function (x) { return x > 5; }); });
show('fi6', function () { return [1, 2].findIndex(function (x) { return x > 5; }); });
show('fi7', function () { holey(1, 3).find(function (x, i, a) { seen.push(i + ':' + x + ':' + (a.length)); }); return seen.join(); });
show('fi8', function () { seen = []; holey(1, 3).findLast(function (x, i) { seen.push(i + ':' + x); }); return seen.join(); });
show('fi9', function () { return [1, 2, 3].find(function () { return this.v === 7; }, { v: 7 }); });
show('fi10', function () { return [1].find(function () { return this; }); });
show('fi11', function () { return [1].find(3); });
show('fi12', function () { return [1].findLast(); });
show('fi13', function () { return Array.prototype.find.call({ length: 2, 0: 'x', 1: 'y' }, function (v) { return v === 'y'; }); });
show('fi14', function () { return Array.prototype.findIndex.call('hello', function (c) { return c === 'l'; }); });
show('fi15', function () { var a = [1, 2, 3]; return a.find(function (x, i) { if (i === 0) a.push(4); return x === 4; }); });
show('fi16', function () { var a = [1, 2, 3]; return a.findIndex(function (x, i) { if (i === 0) a.length = 1; return x === undefined; }); });
show('fi17', function () { return [0, '', NaN, 'x'].findLastIndex(function (x) { return !x; }); });
// fill
show('fl1', function () { return JSON.stringify([1, 2, 3].fill(4)); });
show('fl2', function () { return JSON.stringify([1, 2, 3].fill(4, 1)); });
show('fl3', function () { return JSON.stringify([1, 2, 3].fill(4, 1, 2)); });
show('fl4', function () { return JSON.stringify([1, 2, 3].fill(4, -3, -2)); });
show('fl5', function () { return JSON.stringify([1, 2, 3].fill(4, NaN, NaN)); });
show('fl6', function () { return JSON.stringify([1, 2, 3].fill(4, 3, 5)); });
show('fl7', function () { return JSON.stringify(new Array(3).fill(0)); });
show('fl8', function () { return JSON.stringify(Array.prototype.fill.call({ length: 3 }, 'z', 1)); });
show('fl9', function () { return JSON.stringify([1, 2, 3].fill(9, '1', '-1')); });
show('fl10', function () { return JSON.stringify([1, 2, 3].fill(9, -Infinity, Infinity)); });
show('fl11', function () { var a = [1, 2]; return a.fill(0) === a; });
show('fl12', function () { return JSON.stringify([].fill(1)) + JSON.stringify([1, 2, 3].fill()); });
// at
show('at1', function () { return [1, 2, 3].at(0); });
show('at2', function () { return [1, 2, 3].at(-1); });
show('at3', function () { return [1, 2, 3].at(-4); });
show('at4', function () { return [1, 2, 3].at(3); });
show('at5', function () { return [1, 2, 3].at('-2'); });
show('at6', function () { return [1, 2, 3].at(); });
show('at7', function () { return [1, 2, 3].at(1.9); });
show('at8', function () { return holey(1, 3).at(1); });
show('at9', function () { return Array.prototype.at.call({ length: 2, 1: 'b' }, -1); });
show('at10', function () { return Array.prototype.at.call('xyz', -1); });
show('at11', function () { return getters.at(-2); });

// Object.assign
var log = [];
var src = {};
Object.defineProperty(src, 'g', { enumerable: true, get: function () { log.push('g'); return 'G'; } });
Object.defineProperty(src, 'hidden', { enumerable: false, value: 'H' });
src.b = 2; src[2] = 'two'; src.a = 1; src[0] = 'zero';
var target = { set b(v) { log.push('set b ' + v); } };
show('as1', function () { return JSON.stringify(Object.assign({}, { a: 1 }, null, undefined, { b: 2 }, { a: 3 })); });
show('as2', function () { var r = Object.assign(target, src); return Object.keys(r).join() + ' | ' + log.join(); });
show('as3', function () { return JSON.stringify(Object.assign({}, 'ab', 7, true)); });
show('as4', function () { return JSON.stringify(Object.assign({}, holey(5, 7))); });
show('as5', function () { return Object.assign(null, {}); });
show('as6', function () { return Object.assign(undefined); });
show('as7', function () { var t = Object.assign(3, { a: 1 }); return typeof t + ' ' + t.a + ' ' + (t + 1); });
show('as8', function () { var t = Object.assign('s', { a: 1 }); return typeof t + ' ' + t.a + ' ' + t.length; });
show('as9', function () { var o = { x: 1 }; return Object.assign(o) === o; });
show('as10', function () { var p = Object.create({ inherited: 1 }); p.own = 2; return JSON.stringify(Object.assign({}, p)); });
show('as11', function () {
  var s = {}; s.first = 1; s.second = 2;
  Object.defineProperty(s, 'first', { get: function () { delete s.second; return 'F'; }, enumerable: true });
  return JSON.stringify(Object.assign({}, s));
});
show('as12', function () { return JSON.stringify(Object.assign([1, 2, 3], [9])); });
// symbol-keyed properties (core-js's Symbol where packed): copied when
// enumerable, after the strings; never in entries and values
var sym = Symbol('k'), hid = Symbol('hidden'), srcS = { a: 1 };
srcS[sym] = 'S';
Object.defineProperty(srcS, hid, { value: 1, enumerable: false });
show('as13', function () { var t = Object.assign({}, srcS, { b: 2 }); return [t[sym], t[hid], Object.getOwnPropertySymbols(t).length, Object.keys(t)].join(); });
show('as14', function () { return JSON.stringify(Object.entries(srcS)) + ' ' + JSON.stringify(Object.values(srcS)); });
// Object.entries, Object.values
show('en1', function () { return JSON.stringify(Object.entries({ x: 1, y: [2] })); });
show('en2', function () { return JSON.stringify(Object.entries(src)); });
show('en3', function () { return JSON.stringify(Object.entries('hi')); });
show('en4', function () { return JSON.stringify(Object.entries(holey(7, 9))) + ' ' + JSON.stringify(Object.values(holey(7, 9))); });
show('en5', function () { return JSON.stringify(Object.entries(5)); });
show('en6', function () { return Object.entries(null); });
show('en7', function () { return JSON.stringify(Object.entries({ b: 1, 10: 'x', a: 2, 1: 'y', '-1': 'z' })); });
show('va1', function () { return JSON.stringify(Object.values({ p: 'q', r: { s: 1 } })); });
show('va2', function () { log = []; return JSON.stringify(Object.values(src)) + ' ' + log.join(); });
show('va3', function () { return JSON.stringify(Object.values('héllo')); });
show('va4', function () { return Object.values(undefined); });
show('va5', function () { return JSON.stringify(Object.values(Object.create({ inh: 1 }, { own: { value: 2, enumerable: true }, no: { value: 3 } }))); });
show('va6', function () { return JSON.stringify(Object.values(function f() {})); });
// Object.is
show('is1', function () { return [Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(0, 0)].join(); });
show('is2', function () { return [Object.is('a', 'a'), Object.is({}, {}), Object.is(null, undefined), Object.is(), Object.is(undefined)].join(); });
show('is3', function () { var o = {}; return [Object.is(o, o), Object.is(1, '1'), Object.is(0 / -1, -0), Object.is(Infinity, 1 / 0)].join(); });
// Object.hasOwn
show('ho1', function () { return [Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'b'), Object.hasOwn(Object.create({ a: 1 }), 'a')].join(); });
show('ho2', function () { return [Object.hasOwn([1, 2], 1), Object.hasOwn([1, 2], 'length'), Object.hasOwn('ab', 1), Object.hasOwn('ab', 2)].join(); });
show('ho3', function () { return Object.hasOwn(null, 'a'); });
show('ho4', function () { return Object.hasOwn({ 1: 1 }, { toString: function () { return '1'; } }); });
show('ho5', function () { return Object.hasOwn(Object.create(null, { k: { value: 1 } }), 'k'); });

// Number
show('nu1', function () { return [Number.isFinite(5), Number.isFinite('5'), Number.isFinite(Infinity), Number.isFinite(NaN), Number.isFinite(new Number(5))].join(); });
show('nu2', function () { return [Number.isNaN(NaN), Number.isNaN('x'), Number.isNaN(undefined), Number.isNaN(0 / 0), Number.isNaN()].join(); });
show('nu3', function () { return [Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(-0), Number.isInteger(Infinity), Number.isInteger(1e300)].join(); });
show('nu4', function () { return [Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(1.5), Number.isSafeInteger('1')].join(); });
show('nu5', function () { var n = 0; Number.isFinite({ valueOf: function () { n++; return 1; } }); Number.isInteger({ valueOf: function () { n++; return 1; } }); return n; });
show('nu6', function () { return [Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON === Math.pow(2, -52), 1 + Number.EPSILON > 1].join(); });
show('nu7', function () { Number.EPSILON = 1; return Number.EPSILON; });
show('nu8', function () { return delete Number.MAX_SAFE_INTEGER; });

// Math
function m(name, args) { console.log('Math.' + name + '(' + args.map(String).join(', ') + ')', Object.is(Math[name].apply(null, args), -0) ? '-0' : Math[name].apply(null, args)); }
[[4.7], [-4.7], [-0.5], [0.5], [-0], [NaN], [Infinity], ['12.9'], [], [2 ** 53 + 2]].forEach(function (a) { m('trunc', a); });
[[3], [-3], [0], [-0], [NaN], ['-2'], [-Infinity], []].forEach(function (a) { m('sign', a); });
[[8], [1024], [1], [0], [-1], [0.5], [3], [Infinity]].forEach(function (a) { m('log2', a); });
[[1000], [1], [0], [-2], [1e-5], [2], [100000]].forEach(function (a) { m('log10', a); });
[[27], [-8], [0], [-0], [2], [Infinity], [1e-300]].forEach(function (a) { m('cbrt', a); });
[[3, 4], [], [-3], [3, 4, 5], [Infinity, NaN], [NaN, 1], [0, -0], [1e200, 1e200], [1, 1, 1, 1], ['3', '4'], [1e-200, 1e-200]].forEach(function (a) { m('hypot', a); });
[[0], [1], [1000], [-1], [0.5], [2 ** 32], [NaN], [2 ** 31], ['8']].forEach(function (a) { m('clz32', a); });
[[3, 4], [-5, 12], [0xffffffff, 5], [0x7fffffff, 2], [2 ** 32 + 3, 2], [1e10, 1e10], [NaN, 1], [1.9, 2.9]].forEach(function (a) { m('imul', a); });
[[5.5], [5.05], [1.337], [-0], [NaN], [2 ** 128], [1e-50], [16777217], [-3.4028235e38]].forEach(function (a) { m('fround', a); });
[[0], [-0], [1], [-1], [1e-10], [2], [-Infinity], [710]].forEach(function (a) { m('expm1', a); });
[[0], [-0], [1], [-1], [-2], [1e-10], [Infinity]].forEach(function (a) { m('log1p', a); });
[[0], [-0], [1], [-1], [1e-10], [20], [0.5]].forEach(function (a) { m('sinh', a); });
[[0], [1], [-1], [20], [0.5]].forEach(function (a) { m('cosh', a); });
[[0], [-0], [1], [-1], [20], [Infinity], [0.5]].forEach(function (a) { m('tanh', a); });
[[0], [-0], [1], [-1], [1e-10], [1e300]].forEach(function (a) { m('asinh', a); });
[[1], [2], [0.5], [Infinity], [1e300]].forEach(function (a) { m('acosh', a); });
[[0], [-0], [0.5], [-0.5], [1], [-1], [2]].forEach(function (a) { m('atanh', a); });
