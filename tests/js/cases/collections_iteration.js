// Live iteration over the engine's Map and Set (patches/mujs/0217):
// entries added during forEach or an iterator's walk are visited, deleted
// ones are not, clear() ends the walk (entries added after it are seen),
// an iterator that is done stays done, and the table's rebuilds (growth,
// compaction after many deletions) keep every cursor where it was.
'use strict';
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var seen = [];
m.forEach(function (v, k) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
  if (k === 4) m.set(1, 'again'); // an existing key keeps its place
});
console.log(seen.join(), m.get(1), m.size);

var s = new Set([1, 2, 3]);
seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v < 40) s.add(v * 2 + 10); // grows the table while walking it
});
console.log(seen.join(), s.size);

// deletion of most entries during forEach compacts the table under it
var big = new Set();
for (var i = 0; i < 200; i++) big.add(i);
seen = [];
big.forEach(function (v) {
  seen.push(v);
  if (v === 10) for (var j = 11; j < 190; j++) big.delete(j);
});
console.log(seen.join(), big.size);

// an iterator across growth and compaction
var it = big.values();
console.log(it.next().value, it.next().value);
for (i = 0; i < 10; i++) big.delete(i);
for (i = 1000; i < 1100; i++) big.add(i);
var rest = [];
for (var r = it.next(); !r.done; r = it.next()) rest.push(r.value);
console.log(rest.length, rest.slice(0, 5).join(), rest[rest.length - 1]);
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
big.add('late');
console.log(JSON.stringify(it.next())); // done stays done

// clear() during iteration
var c = new Map([['x', 1], ['y', 2], ['z', 3]]);
var ci = c.keys();
console.log(ci.next().value);
c.clear();
console.log(JSON.stringify(ci.next()));
var c2 = new Map([['x', 1], ['y', 2]]);
var ci2 = c2.entries();
ci2.next();
c2.clear();
c2.set('after', 9);
console.log(JSON.stringify(ci2.next()), JSON.stringify(ci2.next()));
seen = [];
c2.set('p', 1).set('q', 2);
c2.forEach(function (v, k) { seen.push(k); if (k === 'after') { c2.clear(); c2.set('new', 0); } });
console.log(seen.join(), c2.size);

// delete and re-add during iteration: the re-added entry comes at the end
var d = new Set(['a', 'b', 'c']);
seen = [];
var readded = false;
d.forEach(function (v) { seen.push(v); if (v === 'a' && !readded) { readded = true; d.delete('a'); d.add('a'); } });
console.log(seen.join());

// two iterators at once, one exhausted, and entries/keys/values
var t = new Map([[1, 'one'], [2, 'two']]);
var ka = t.keys(), ea = t.entries(), va = t.values();
console.log(JSON.stringify([ka.next(), ea.next(), va.next(), ka.next(), ka.next()]));
t.set(3, 'three');
console.log(JSON.stringify([ka.next(), ea.next(), ea.next(), va.next()]));
var se = new Set(['s']).entries().next().value;
console.log(se.length, se[0], se[1]);

// iterator objects
var mi = new Map().entries();
var MapIteratorPrototype = Object.getPrototypeOf(mi);
console.log(Object.getPrototypeOf(new Map().keys()) === MapIteratorPrototype, Object.getOwnPropertyNames(MapIteratorPrototype).filter(function (k) { return /^[a-z]/.test(k); }).join());
console.log(typeof MapIteratorPrototype.next, MapIteratorPrototype.next.length, MapIteratorPrototype.next.name);
console.log(Object.getPrototypeOf(new Set().values()) === MapIteratorPrototype);
try { MapIteratorPrototype.next.call(new Set().values()); } catch (e) { console.log(e.name, e.message); }
try { MapIteratorPrototype.next.call({}); } catch (e) { console.log(e.name, e.message); }

// an exception from the callback leaves the map usable
var ex = new Map([[1, 1], [2, 2]]);
try { ex.forEach(function () { throw new Error('stop'); }); } catch (e) { console.log(e.message); }
for (i = 0; i < 100; i++) ex.set('g' + i, i);
for (i = 0; i < 100; i++) ex.delete('g' + i);
var all = []; ex.forEach(function (v, k) { all.push(k); });
console.log(all.join(), ex.size);

// thisArg and the arguments forEach passes
var ctx = { tag: 'ctx' };
new Map([['k', 'v']]).forEach(function (v, k, map) { console.log(this.tag, v, k, map.size, arguments.length); }, ctx);
new Set(['e']).forEach(function (v, k, set) { console.log(this.tag, v, k, set.size); }, ctx);
