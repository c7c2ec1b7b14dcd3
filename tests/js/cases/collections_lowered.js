// The engine's Map and Set (patches/mujs/0217) in code Babel lowers
// (ES2015 syntax): for-of, spread, destructuring, Array.from, generators
// as iterables, classes that extend Map and Set.
'use strict';
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log('key', k);
for (const v of m.values()) console.log('value', v);
for (const e of m.entries()) console.log('entry', e);
const s = new Set([3, 1, 3, 2]);
console.log([...s], [...m], [...m.keys()], Array.from(s), Array.from(m, ([k, v]) => k + v));
const [first, second] = s;
console.log(first, second);
const copy = new Map([...m].map(([k, v]) => [v, k]));
console.log(copy.get(1), copy.get(2));
const fromGen = new Set((function* () { yield 'x'; yield 'y'; yield 'x'; })());
console.log(fromGen.size, [...fromGen].join());
const fromEntries = Object.fromEntries ? Object.fromEntries(m) : null;
console.log(fromEntries);
console.log(new Map(Object.entries({ p: 1, q: 2 })).get('q'));

class Registry extends Map {
  add(k) { return this.set(k, (this.get(k) || 0) + 1); }
}
const r = new Registry();
r.add('x').add('x').add('y');
console.log(r.get('x'), r.size, r instanceof Map, r instanceof Registry, [...r.keys()]);
class Tags extends Set {}
const t = new Tags(['a', 'b']);
console.log(t.has('a'), t.size, t instanceof Set);

// with Symbol in the program (core-js's, until the engine has its own):
// the collections' @@iterator and @@toStringTag under Symbol's keys
const mi = m[Symbol.iterator]();
console.log(typeof m[Symbol.iterator], m[Symbol.iterator] === m.entries, s[Symbol.iterator] === s.values, mi.next().value);
console.log(mi[Symbol.iterator]() === mi, m[Symbol.toStringTag], s[Symbol.toStringTag], new WeakMap()[Symbol.toStringTag], mi[Symbol.toStringTag]);
const iterable = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i >= 3, value: [i, i++ * 2] }) }; } };
console.log([...new Map(iterable)], new Set(new Map(iterable).values()).has(4));
