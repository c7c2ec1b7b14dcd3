// Modern syntax, lowered to ES5 at image-build time (scripts/lower.js).
'use strict';
// let/const and block scoping: closures capture each iteration
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(','));
{ let shadow = 'inner'; console.log(shadow); }
// arrows and lexical this
const counter = { n: 10, inc() { return [1, 2].map((d) => this.n + d); } };
console.log(counter.inc());
// template literals, tagged templates
const who = 'world';
console.log(`hello ${who} ${1 + 2}
second line`);
function tag(strings, ...vals) { return strings.raw.join('|') + ':' + vals.join(','); }
console.log(tag`a${1}b${2}c`);
// default params, rest, spread
function f(a, b = a * 2, ...rest) { return [a, b, rest.length]; }
console.log(f(1), f(1, 5, 7, 8), Math.max(...[3, 9, 4]));
console.log([...'abc', ...[1, 2]]);
// destructuring with defaults, nesting, holes, rest, renames
const { a, b: { c = 5, d } = {}, ...others } = { a: 1, b: { d: 4 }, e: 6, f: 7 };
console.log(a, c, d, Object.keys(others).sort());
const [p, , q = 'dq', ...tail] = [1, 2, undefined, 4, 5];
console.log(p, q, tail);
let x1 = 1, y1 = 2;
[x1, y1] = [y1, x1];
console.log(x1, y1);
function opts({ host = 'localhost', port = 80 } = {}) { return host + ':' + port; }
console.log(opts(), opts({ port: 8080 }));
// computed properties, shorthand, methods, getters/setters
const key = 'dyn';
const o = { [key + 'amic']: 1, who, m() { return 'm'; }, get g() { return 'got'; }, set s(v) { this._s = v; } };
o.s = 3;
console.log(o.dynamic, o.who, o.m(), o.g, o._s);
// optional chaining, nullish coalescing, logical assignment, exponent
const deep = { a: { b: null, f() { return 'called'; } } };
console.log(deep?.a?.b?.c, deep.a.f?.(), deep.x?.(), deep.a.b ?? 'dflt', 0 ?? 'no', '' || 'or');
let la = null; la ??= 5; let lb = 1; lb &&= 7; let lc = 0; lc ||= 9;
console.log(la, lb, lc, 2 ** 10, (-2) ** 3);
let e2 = 3; e2 **= 2; console.log(e2);
// numeric separators, binary/octal literals
console.log(1_000_000, 0b1010, 0o17);
// for-of over arrays, strings, entries
for (const ch of 'hé!') console.log(ch);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
// labelled loops with let
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log('ij', i, j); } }
// optional catch binding
try { JSON.parse('{'); } catch { console.log('caught'); }
// class fields and private fields (ES2022)
class Counter {
  #count = 0;
  static instances = 0;
  label = 'ctr';
  constructor() { Counter.instances++; }
  inc() { this.#count++; return this; }
  get value() { return this.#count; }
  static #secret() { return 's'; }
  static reveal() { return Counter.#secret(); }
}
const cn = new Counter().inc().inc();
new Counter();
console.log(cn.value, Counter.instances, cn.label, Counter.reveal());
