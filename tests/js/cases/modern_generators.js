// Generators and iterators (regenerator), iteration protocols.
'use strict';
const show = (r) => `${r.value}/${r.done}`; // iterator results: mujs orders keys alphabetically
function* range(start, end, step = 1) { for (let i = start; i < end; i += step) yield i; }
console.log([...range(0, 5)], Array.from(range(0, 10, 3)));
function* inner() { const x = yield 'first'; console.log('inner got', x); return 'inner done'; }
function* outer() { const r = yield* inner(); console.log('delegated result', r); yield 'last'; }
const it = outer();
console.log(show(it.next()), show(it.next(42)), show(it.next()), show(it.next()));
function* withReturn() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
const w = withReturn();
console.log(show(w.next()), show(w.return(9)), show(w.next()));
function* thrower() { try { yield 1; } catch (e) { console.log('caught in gen', e); yield 2; } }
const t = thrower();
console.log(show(t.next()), show(t.throw('boom')), show(t.next()));
for (const v of range(0, 3)) { if (v === 2) break; console.log('v', v); }
// a custom iterable
class Countdown {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = this.n; i > 0; i--) yield i; }
}
console.log([...new Countdown(3)]);
const [first, ...others] = new Countdown(4);
console.log(first, others);
// a hand-written iterator object
const manual = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i, done: i++ >= 2 }) }; } };
for (const m of manual) console.log('manual', m);
// infinite generator with take
function* naturals() { let n = 0; while (true) yield n++; }
function take(n, gen) { const out = []; for (const x of gen) { if (out.length >= n) break; out.push(x); } return out; }
console.log(take(5, naturals()));
// entries/keys/values of arrays and Object.entries
for (const [k, v] of Object.entries({ a: 1, b: 2 })) console.log(k, v);
console.log([...['a', 'b'].keys()], [...['a', 'b'].values()]);
const g = range(0, 1);
console.log(typeof g.next, typeof g[Symbol.iterator], g[Symbol.iterator]() === g);
