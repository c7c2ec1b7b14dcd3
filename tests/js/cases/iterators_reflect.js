// Array and string iterators, Reflect and Function.prototype.name in the
// engine (patches/mujs/0219): what a program sees of them, in ES5 and in
// ES2015 syntax the image lowers (for-of, spread, destructuring).
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
}
var A = Array.prototype;
['keys', 'values', 'entries'].forEach(function (m) {
  var d = Object.getOwnPropertyDescriptor(A, m);
  console.log(m, typeof d.value, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
});
console.log(A[Symbol.iterator] === A.values, typeof String.prototype[Symbol.iterator]);

// Array iterators
var a = ['x', 'y'];
var it = a.values();
show('next1', function () { return it.next(); });
a.push('z'); // read at each step: the new end counts
show('next2', function () { return it.next(); });
show('next3', function () { return it.next(); });
show('next4', function () { return it.next(); });
a.push('w'); // done stays done
show('next5', function () { return it.next(); });
show('keys', function () { return Array.from(['a', 'b', 'c'].keys()); });
show('entries', function () { return Array.from(['a', 'b'].entries()); });
show('arraylike', function () { return Array.from(A.values.call({ length: 2, 0: 'p', 1: 'q' })); });
show('holes', function () { return Array.from([1, , 3].values()); });
show('tag', function () { return Object.prototype.toString.call([].values()); });
show('self', function () { var i = [].keys(); return i[Symbol.iterator]() === i; });
show('protochain', function () {
  var ap = Object.getPrototypeOf([].values());
  var ip = Object.getPrototypeOf(ap);
  return [typeof ap.next, ip === Object.getPrototypeOf(Object.getPrototypeOf(''[Symbol.iterator]())),
    Object.getPrototypeOf(ip) === Object.prototype, Object.keys(ap).length];
});
show('incompatible', function () { return [].values().next.call({}); });
show('nullthis', function () { return A.values.call(null); });
show('spread', function () { return [...'ab', ...[1, 2].entries()]; });
show('forof', function () { var s = []; for (const [i, v] of ['m', 'n'].entries()) s.push(i + v); return s.join(); });
show('destructure', function () { const [p, , q] = new Set([1, 2, 3]); return p + q; });

// String iterator: code points
// (the pieces by their UTF-16 units: console output of a surrogate pair
// built from escapes is not Node's yet, see docs/js-differences.md)
show('str', function () { return Array.from('a\uD83D\uDE00b').map(function (c) { return c.length + ':' + c.charCodeAt(0).toString(16); }); });
show('lone', function () { return Array.from('\uD800x\uDC00').map(function (c) { return c.length; }); });
show('strtag', function () { return Object.prototype.toString.call(''[Symbol.iterator]()); });
show('strnull', function () { return String.prototype[Symbol.iterator].call(undefined); });
show('strnum', function () { return Array.from(String.prototype[Symbol.iterator].call(123)); });
show('forofstr', function () { var n = 0; for (const c of 'h\uD83D\uDE00') n++; return n; });

// Reflect
show('reflect', function () { return [typeof Reflect, Object.prototype.toString.call(Reflect)]; });
show('apply', function () { return Reflect.apply(Math.max, null, [1, 5, 3]); });
show('apply this', function () { return Reflect.apply(function () { return this.k; }, { k: 7 }, []); });
show('apply bad', function () { return Reflect.apply(1); });
show('apply noargs', function () { return Reflect.apply(Math.max, null); });
show('has', function () { return [Reflect.has({ a: 1 }, 'a'), Reflect.has({}, 'a'), Reflect.has([], 'length'), Reflect.has(Object.create({ p: 1 }), 'p')]; });
show('has sym', function () { var s = Symbol('k'), o = {}; o[s] = 1; return [Reflect.has(o, s), Reflect.has([], Symbol.iterator)]; });
show('ownKeys', function () { var s = Symbol('k'), o = { b: 1, a: 2 }; o[s] = 3; return Reflect.ownKeys(o).map(String); });
show('gpo', function () { return [Reflect.getPrototypeOf([]) === A, Reflect.getPrototypeOf(Object.create(null))]; });
show('gpo bad', function () { return Reflect.getPrototypeOf(1); });
show('spo', function () { return [Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {})]; });
show('spo cycle', function () { var o = {}, p = Object.create(o); return Reflect.setPrototypeOf(o, p); });
show('spo bad', function () { return Reflect.setPrototypeOf({}, 1); });
show('define', function () {
  var o = {};
  return [Reflect.defineProperty(o, 'x', { value: 1 }), Reflect.defineProperty(o, 'x', { value: 2 }), o.x];
});
show('delete', function () {
  var o = { y: 1 };
  Object.defineProperty(o, 'z', { value: 1 });
  return [Reflect.deleteProperty(o, 'y'), Reflect.deleteProperty(o, 'z'), 'y' in o, 'z' in o];
});
show('get', function () { return [Reflect.get({ a: 1 }, 'a'), Reflect.get([5, 6], 1)]; });
show('get receiver', function () { return Reflect.get({ get z() { return this.w; }, w: 1 }, 'z', { w: 9 }); });
show('set', function () { var o = {}; return [Reflect.set(o, 'y', 3), o.y]; });
show('set frozen', function () { var f = Object.freeze({ q: 1 }); return [Reflect.set(f, 'q', 2), f.q]; });
show('set receiver', function () {
  var log = [], o = { set s(v) { log.push(this.n + v); } }, r = { n: 'r' };
  return [Reflect.set(o, 's', 1, r), log.join()];
});
show('gopd', function () { return JSON.stringify(Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a')); });
show('gopd bad', function () { return Reflect.getOwnPropertyDescriptor('s', 'length'); });
show('ext', function () { var o = {}; return [Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o)]; });
show('ext bad', function () { return Reflect.isExtensible(1); });
show('construct', function () { function P(a) { this.a = a; } return Reflect.construct(P, [4]).a; });
show('names', function () { return Object.getOwnPropertyNames(Reflect).sort(); });

// Function.prototype.name
show('fpname', function () {
  var d = Object.getOwnPropertyDescriptor(Function.prototype, 'name');
  return [d.value, d.writable, d.enumerable, d.configurable, (function named() {}).name];
});
