// Well-known symbols with core-js's iterators and collections on top of the
// engine's Symbol (patches/mujs/0213): the module uses ES2015 syntax, so
// Babel lowers it and core-js's Map, Set, Array and String iterators are
// packed; core-js must take the native Symbol (its wellKnownSymbol
// ('iterator') is Symbol.iterator), so for-of, spread and Array.from reach
// them through Symbol.iterator.
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log('map', k, v);
const set = new Set([3, 1, 3, 2]);
console.log('spread', [...set], [...'héllo'], [...m.keys()]);
console.log('from', Array.from(set), Array.from(m.values()));
console.log('iterator fn', typeof m[Symbol.iterator], typeof set[Symbol.iterator], typeof [][Symbol.iterator],
  typeof ''[Symbol.iterator], m[Symbol.iterator] === m.entries, [][Symbol.iterator] === [].values);
console.log('tags', Object.prototype.toString.call(m), Object.prototype.toString.call(set),
  Object.prototype.toString.call(m.entries()), String(m), m[Symbol.toStringTag]);
const it = [10, 20][Symbol.iterator]();
console.log('next', JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
class Range {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i; }
  get [Symbol.toStringTag]() { return 'Range'; }
}
const r = new Range(3);
console.log('user iterable', [...r], Object.prototype.toString.call(r), `${Object.prototype.toString.call(r)}`);
let sum = 0;
for (const x of r) sum += x;
console.log('sum', sum);
const [first, ...rest] = set;
console.log('destructure', first, rest);
const custom = { from: 1, to: 3, [Symbol.iterator]() { let i = this.from; const to = this.to; return { next: () => ({ done: i > to, value: i++ }) }; } };
console.log('custom', Array.from(custom), Math.max(...custom));
console.log('typeof helper', typeof Symbol(), typeof Symbol.iterator, typeof Object(Symbol()));
const wm = new WeakMap();
const key = {};
wm.set(key, 'weak');
console.log('weak', wm.get(key), wm.has({}));
console.log('species', Array[Symbol.species] === Array, typeof Symbol.asyncIterator);
console.log(m, set);
// core-js keeps a Map's state under a hidden non-enumerable key
// ("Symbol(state)_1"): as with core-js's own getOwnPropertyNames, no
// listing shows it (@hapi/hoek's clone copied it, and the clone shared
// the entries)
console.log('hidden', Object.getOwnPropertyNames(m), Reflect.ownKeys(set), Object.getOwnPropertyNames(new WeakMap()).length);
const copy = Object.create(Object.getPrototypeOf(m));
const fresh = new Map();
for (const k of Reflect.ownKeys(m)) Object.defineProperty(fresh, k, Object.getOwnPropertyDescriptor(m, k));
fresh.set('z', 26);
console.log('clone', m.size, fresh.size, typeof copy);
