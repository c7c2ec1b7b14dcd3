// WeakMap and WeakSet natively in the engine (patches/mujs/0217): object
// keys only (V8's TypeErrors), get/set/has/delete/add, and weakness: an
// entry does not keep its key alive, its value lives as long as both its
// key and its map (heapUsed stays bounded across many maps and keys that
// die, and across values that refer to their own keys).
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, r);
}
var own = function (o) { return Object.getOwnPropertyNames(o).filter(function (k) { return /^[a-z]/.test(k); }).join(); };
console.log(own(WeakMap.prototype), own(WeakSet.prototype), WeakMap.length, WeakSet.length, WeakMap.name);
console.log(Object.prototype.toString.call(new WeakMap()), Object.prototype.toString.call(new WeakSet()));
['get', 'set', 'has', 'delete'].forEach(function (m) { console.log(m, WeakMap.prototype[m].length, WeakMap.prototype[m].name); });

var wm = new WeakMap(), k1 = {}, k2 = function () {}, k3 = [];
console.log(wm.set(k1, 'one') === wm, wm.get(k1), wm.has(k1), wm.has(k2), wm.get(k2));
wm.set(k2, 'fn').set(k3, undefined);
console.log(wm.get(k2), wm.has(k3), wm.get(k3));
wm.set(k1, 'uno');
console.log(wm.get(k1), wm.delete(k1), wm.delete(k1), wm.has(k1), wm.get(k1));
var other = new WeakMap([[k1, 'other'], [k2, 2]]);
console.log(other.get(k1), wm.get(k1), other.get(k2), wm.get(k2));
var frozen = Object.freeze({});
wm.set(frozen, 'frozen');
console.log(wm.get(frozen));
show('set(1)', function () { return wm.set(1, 2); });
show('set("s")', function () { return wm.set('s', 2); });
show('set(null)', function () { return wm.set(null, 2); });
console.log(wm.get(1), wm.has('s'), wm.delete(null));
show('WeakMap()', function () { return WeakMap(); });
show('new WeakMap([[1, 2]])', function () { return new WeakMap([[1, 2]]); });
show('new WeakMap([1])', function () { return new WeakMap([1]); });
show('get on Map', function () { return WeakMap.prototype.get.call(new Map(), k1); });
show('has on WeakSet', function () { return WeakMap.prototype.has.call(new WeakSet(), k1); });

var ws = new WeakSet([k1, k2]);
console.log(ws.has(k1), ws.has(k2), ws.has(k3), ws.add(k3) === ws, ws.has(k3), ws.delete(k3), ws.has(k3));
show('add(1)', function () { return ws.add(1); });
show('new WeakSet([1])', function () { return new WeakSet([1]); });
show('WeakSet()', function () { return WeakSet(); });
console.log(ws.has(1), ws.delete('x'));
// the same object a key of a WeakMap, a WeakSet and a Map
var both = {};
var bm = new Map([[both, 'map']]);
wm.set(both, 'weak'); ws.add(both);
console.log(bm.get(both), wm.get(both), ws.has(both), wm.delete(both), ws.has(both), bm.get(both));

// Weakness, shown by memory: each round's value is 3,000 objects (~170 MB in all if any of the three kept them).
// It runs after the main module: the runtime collects by count only then
// (patches/mujs/0216), as a service's requests do.
setTimeout(function () {
  function round(i) {
    var v = [];
    for (var j = 0; j < 3000; j++) v.push({ j: j, s: 'v' + j });
    return v;
  }
  var base = process.memoryUsage().heapUsed;
  // (a) maps that die, keyed by an object that lives
  var longKey = {};
  for (var i = 0; i < 300; i++) new WeakMap().set(longKey, round(i));
  // (b) keys that die, in a map that lives
  var longMap = new WeakMap(), longSet = new WeakSet();
  for (i = 0; i < 300; i++) { var k = { i: i }; longMap.set(k, round(i)); longSet.add(k); }
  // (c) values that refer to their keys
  for (i = 0; i < 300; i++) { var kk = { i: i }; var val = round(i); val.key = kk; longMap.set(kk, val); }
  var grown = process.memoryUsage().heapUsed - base;
  console.log('bounded', grown < 100 * 1024 * 1024);
  // and what is alive stays
  var keep = {};
  longMap.set(keep, { big: round(0) });
  for (i = 0; i < 200; i++) round(i);
  console.log(longMap.get(keep).big.length, longMap.get(keep).big[2999].s, longMap.has(longKey));
}, 0);
