// Map and Set natively in the engine (patches/mujs/0217): SameValueZero
// keys (NaN, -0, strings by content however made, objects by identity),
// insertion order, growth and shrinking, the methods' descriptors, the
// constructors' iterables and their errors.
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, r);
}
function own(o) { // the string keys Node has ("@@..." and symbol keys are mujs's)
  return Object.getOwnPropertyNames(o).filter(function (k) { return k.charAt(0) !== '@' && k.charCodeAt(0) < 0x80; });
}
console.log(own(Map.prototype).join(), own(Set.prototype).filter(function (k) { return !/^(union|intersection|difference|symmetricDifference|is)/.test(k); }).join());
['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries'].forEach(function (m) {
  var d = Object.getOwnPropertyDescriptor(Map.prototype, m);
  console.log('Map', m, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
});
['add', 'has', 'delete', 'clear', 'forEach', 'values', 'entries'].forEach(function (m) {
  var d = Object.getOwnPropertyDescriptor(Set.prototype, m);
  console.log('Set', m, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
});
var sd = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof sd.get, sd.get.name, sd.set, sd.enumerable, sd.configurable);
console.log(Map.name, Map.length, Set.name, Set.length, Map.prototype.constructor === Map);
console.log(Set.prototype.keys === Set.prototype.values, Map.prototype.keys === Map.prototype.entries);
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()), String(new Map()));
console.log(Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new Set().values()));

var m = new Map();
var o1 = {}, o2 = {};
console.log(m.set(NaN, 'nan') === m, m.get(NaN), m.get(0 / 0), m.has(Number('x')));
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), Object.is(m.keys().next().value, NaN));
var zk; m.forEach(function (v, k) { if (v === 'zero') zk = k; });
console.log(Object.is(zk, -0), Object.is(zk, 0));
m.set(o1, 1).set(o2, 2);
console.log(m.get(o1), m.get(o2), m.get({}), m.size);
var long = 'abcdefghijklmnopqrstuvwxyz', built = ['abc', 'def', 'ghijklmnopqrstuvwxyz'].join('');
m.set(long, 'L'); m.set('a', 'short');
console.log(m.get(built), m.get('abcdefghijklmnopqrstuvwxyz'), m.get(String.fromCharCode(97)), m.has('ab'.slice(0, 1)));
m.set(1, 'one').set('1', 'string one').set(true, 't').set(null, 'n').set(undefined, 'u');
console.log(m.get(1), m.get('1'), m.get(true), m.get(1 === 1), m.get(null), m.get(undefined), m.get(), m.size);
m.set(1, 'uno');
console.log(m.get(1), m.size, Array.from ? 'from' : '');
var keys = []; m.forEach(function (v, k) { keys.push(typeof k === 'object' && k ? 'obj' : String(k)); });
console.log(keys.join());
console.log(m.delete(o1), m.delete(o1), m.has(o1), m.size, m.delete(NaN), m.has(NaN));
m.clear();
console.log(m.size, m.get(1), m.has(null));

// growth, deletion of most, order kept, lookups still right
var big = new Map();
for (var i = 0; i < 5000; i++) big.set('k' + i, i);
console.log(big.size, big.get('k0'), big.get('k4999'), big.get('k5000'));
for (i = 0; i < 5000; i++) if (i % 97) big.delete('k' + i);
var order = []; big.forEach(function (v) { order.push(v); });
console.log(big.size, order.join(), big.get('k97'), big.get('k98'));
for (i = 0; i < 100; i++) big.set(i, -i);
console.log(big.size, big.get(50), big.get('k4947'));
var nums = new Set();
for (i = 0; i < 1000; i++) nums.add(i * 0.5);
console.log(nums.size, nums.has(499.5), nums.has(499.25), nums.has(-0));

var s = new Set([1, 2, 2, '2', NaN, NaN, -0, 0, o1, o1, o2]);
console.log(s.size, s.has(2), s.has('2'), s.has(NaN), s.has(0), s.add(3) === s, s.size);
var vals = []; s.forEach(function (v, k, set) { vals.push(v === k && set === s ? String(v) : 'bad'); });
console.log(vals.join());
console.log(new Set('héllo\ud83d\ude00!').size, Array.prototype.join.call(new Set(['x']).values().next().value));
console.log(new Map(null).size, new Set(undefined).size, new Map([[1, 2], [1, 3]]).get(1));
var mm = new Map([[1, 'a'], [2, 'b']]);
console.log(new Map(mm).get(2), new Set(new Set([4, 5])).has(5), new Set(mm.keys()).has(1));
var typed = new Set(new Uint8Array([7, 8, 7]));
console.log(typed.size, typed.has(8));
show('Map()', function () { return Map(); });
show('Set()', function () { return Set([1]); });
show('new Map([1])', function () { return new Map([1]); });
show('new Map(["ab"])', function () { return new Map(['ab']); });
show('new Map(5)', function () { return new Map(5); });
show('new Set(true)', function () { return new Set(true); });
show('new Set({})', function () { return new Set({}); });
show('get on {}', function () { return Map.prototype.get.call({}, 1); });
show('get on Set', function () { return Map.prototype.get.call(new Set(), 1); });
show('add on Map', function () { return Set.prototype.add.call(new Map(), 1); });
show('size on {}', function () { return sd.get.call({}); });
show('has on 1', function () { return Set.prototype.has.call(1, 1); });
show('forEach(3)', function () { return new Map([[1, 1]]).forEach(3); });
show('forEach("x")', function () { return new Set([1]).forEach('x'); });
show('forEach({})', function () { return new Set([1]).forEach({}); });
show('forEach() empty', function () { return new Set().forEach(); });

// the constructor goes through a replaced set/add, as the spec says
var saved = Map.prototype.set, calls = 0;
Map.prototype.set = function (k, v) { calls++; return saved.call(this, k, v * 10); };
var through = new Map([[1, 1], [2, 2]]);
Map.prototype.set = saved;
console.log(calls, through.get(2));
Set.prototype.add = 5;
show('Set with add 5', function () { return new Set([1]); });
console.log(new Set().size);
