// ES2015+ built-ins mujs lacks, supplied by core-js where the code uses them.
'use strict';
// Map and Set: insertion order, SameValueZero keys, iteration, size
const m = new Map([['b', 1], ['a', 2]]);
m.set(NaN, 'nan').set(0, 'zero').set({}, 'obj');
m.set('b', 3);
console.log(m.size, m.get('b'), m.get(NaN), m.get(-0), m.has('a'), m.delete('a'), m.has('a'));
console.log([...m.keys()].map(String), [...m.values()]);
m.forEach((v, k) => { if (typeof k === 'string') console.log('each', k, v); });
const s = new Set([3, 1, 3, 2, 1]);
s.add(NaN).add(NaN);
console.log(s.size, [...s], s.has(2), [...s.entries()][0]);
console.log(Array.from(new Set('hello')).join(''));
console.log(new Map([[1, { a: 1 }], ['k', [1, 2]]]), new Set(['x', 1]), new Map(), new Set());
// WeakMap and WeakSet
const wm = new WeakMap(), ws = new WeakSet(), key = {};
wm.set(key, 'secret'); ws.add(key);
console.log(wm.get(key), wm.has({}), ws.has(key), ws.has({}));
try { wm.set('str', 1); } catch (e) { console.log(e instanceof TypeError); }
// Symbol
const sym = Symbol('tag'), sym2 = Symbol('tag');
const holder = { [sym]: 1, plain: 2 };
console.log(typeof sym, sym.description, sym === sym2, Symbol.for('app') === Symbol.for('app'));
console.log(Object.keys(holder), JSON.stringify(holder), holder[sym], Object.getOwnPropertySymbols(holder).length);
// Object
console.log(Object.assign({}, { a: 1 }, null, { b: 2 }), Object.entries({ x: 1, y: [2] }), Object.values({ p: 'q' }));
console.log(Object.fromEntries([['j', 1], ['k', 2]]), Object.fromEntries(new Map([['m', 3]])), Object.is(NaN, NaN), Object.is(0, -0));
// Array
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.of(7, 8), [1, 2, 3].find((x) => x > 1), [1, 2, 3].findIndex((x) => x > 5));
console.log([1, 2, NaN].includes(NaN), [1, 2].includes(3), new Array(3).fill(0), [1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity));
console.log([1, 2].flatMap((x) => [x, x * 10]), [5, 6].at(-1), [1, 2, 3, 4].copyWithin(0, 2));
// String
console.log('unijs'.startsWith('uni'), 'unijs'.endsWith('js'), 'unijs'.includes('ij'), 'ab'.repeat(3));
console.log('5'.padStart(3, '0'), 'x'.padEnd(4, '-') + '|', '  t  '.trimStart() + '|', '|' + '  t  '.trimEnd());
console.log(String.raw`a\nb${1}`, 'a-b-c'.replaceAll('-', '+'), 'abc'.at(-1), String.fromCodePoint(0x1F600).length, 'x'.codePointAt(0));
// Number and Math
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isFinite('5'), Number.isNaN('x'), Number.isSafeInteger(2 ** 53));
console.log(Number.EPSILON > 0, Number.MAX_SAFE_INTEGER, Number.parseFloat('1.5'), Math.trunc(-4.7), Math.sign(-3), Math.sign(0));
console.log(Math.log2(8), Math.log10(1000), Math.hypot(3, 4), Math.cbrt(27), Math.clz32(1), Math.imul(3, 4));
