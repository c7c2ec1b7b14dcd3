// Property enumeration order: [[OwnPropertyKeys]] (array indices ascending,
// then the other names by creation) in for-in, Object.keys,
// Object.getOwnPropertyNames, JSON.stringify and console.log.
function forin(o) {
  var r = [];
  for (var k in o) r.push(k);
  return r.join(',');
}

// object literals and assignment
var o = { zebra: 1, apple: 2, mango: 3, banana: 4 };
o.cherry = 5;
o.aardvark = 6;
console.log(Object.keys(o).join(','));
console.log(forin(o));
console.log(JSON.stringify(o));
console.log(o);

// integer keys first, ascending; other numeric-looking names keep creation order
var n = { b: 1, 10: 'ten', a: 2, 2: 'two', '-1': 'neg', 1.5: 'frac', '01': 'lead', 0: 'zero',
  4294967294: 'maxidx', 4294967295: 'notidx', 1e21: 'big', '': 'empty' };
console.log(Object.keys(n).join('|'));
console.log(forin(n));
console.log(JSON.stringify(n));

// delete and re-add: goes to the end
var d = { a: 1, b: 2, c: 3, d: 4 };
delete d.b;
console.log(Object.keys(d).join(','));
d.b = 22;
console.log(Object.keys(d).join(','), JSON.stringify(d));
d.a = 11; // assignment keeps the place
console.log(Object.keys(d).join(','), JSON.stringify(d));
delete d.a; delete d.c; delete d.d; delete d.b;
console.log(Object.keys(d).length, JSON.stringify(d));
d.q = 1; d.p = 2;
console.log(Object.keys(d).join(','));

// many properties, deleted from the middle (tree rebalancing moves nodes)
var big = {};
for (var i = 0; i < 200; i++) big['k' + ((i * 37) % 200)] = i;
for (i = 0; i < 200; i += 3) delete big['k' + i];
for (i = 0; i < 200; i += 9) big['k' + i] = -i;
console.log(Object.keys(big).join(','));
var sum = 0;
for (var k in big) sum += big[k];
console.log(sum, Object.keys(big).length);

// deletion during for-in: deleted, not yet visited names are skipped;
// names added during the loop are not visited
var fd = { a: 1, b: 2, c: 3, d: 4, e: 5 };
var seen = [];
for (var k in fd) {
  seen.push(k);
  if (k === 'a') { delete fd.c; fd.f = 6; }
  if (k === 'b') delete fd.a;
}
console.log(seen.join(','), Object.keys(fd).join(','));

// for-in with inheritance: own first, then the prototype's, shadowed once
function Base() { this.own2 = 1; this.own1 = 2; }
Base.prototype.protoB = 3;
Base.prototype.protoA = 4;
Base.prototype.own1 = 5;
var b = new Base();
b.extra = 6;
console.log(forin(b), '/', Object.keys(b).join(','));
var c = Object.create(b);
c.z = 1; c.protoA = 2; c[3] = 'x'; c[1] = 'y';
console.log(forin(c));
var hid = Object.create({ x: 1, y: 2 });
Object.defineProperty(hid, 'x', { value: 9, enumerable: false });
console.log(forin(hid), Object.keys(hid).length);

// getters and setters keep their place and keep working after deletes
var g = { first: 1 };
Object.defineProperty(g, 'second', { get: function () { return 'got'; }, enumerable: true, configurable: true });
g.third = 3;
var store = 0;
Object.defineProperty(g, 'fourth', { set: function (v) { store = v; }, get: function () { return store * 2; }, enumerable: true, configurable: true });
g.fifth = 5;
console.log(Object.keys(g).join(','), JSON.stringify(g));
var acc = {};
var names = ['m', 'f', 't', 'b', 'h', 'p', 'w', 'a', 'c', 'g', 'j', 'n', 'r', 'u', 'y'];
for (i = 0; i < names.length; i++) {
  (function (nm) {
    Object.defineProperty(acc, nm, { get: function () { return nm.toUpperCase(); }, enumerable: true, configurable: true });
  })(names[i]);
}
for (i = 0; i < names.length; i += 2) delete acc[names[i]];
console.log(Object.keys(acc).join(','), JSON.stringify(acc));
g.fourth = 21;
delete g.first;
console.log(g.second, g.fourth, store, JSON.stringify(g));

// Object.defineProperties and Object.create follow the descriptors' order
var dp = Object.defineProperties({}, { zz: { value: 1, enumerable: true }, aa: { value: 2, enumerable: true }, 5: { value: 3, enumerable: true } });
console.log(Object.keys(dp).join(','));
var cr = Object.create(null, { y: { value: 1, enumerable: true }, x: { value: 2, enumerable: true }, h: { value: 0 } });
console.log(Object.keys(cr).join(','), Object.getOwnPropertyNames(cr).join(','));

// arrays: indices ascending, then named properties by creation
var arr = [10, 20, 30];
arr.name = 'a'; arr.extra = true;
console.log(Object.keys(arr).join(','), forin(arr));
console.log(Object.getOwnPropertyNames(arr).join(','));
var sparse = [];
sparse[5] = 'f'; sparse[1] = 'b'; sparse.x = 1; sparse[3] = 'd';
console.log(Object.keys(sparse).join(','), forin(sparse));
console.log(Object.keys('abc'.split('')).join(','), Object.keys(new String('hi')).join(','));

// JSON.stringify nested, replacer arrays and JSON.parse round trip
var nested = { z: { y: 1, x: [{ b: 1, a: 2 }], 2: 'two', 1: 'one' }, a: null, m: { q: { p: 1, o: 2 } } };
console.log(JSON.stringify(nested));
console.log(JSON.stringify(nested, null, 2));
console.log(JSON.stringify(JSON.parse('{"b":1,"a":{"d":1,"c":2},"10":0,"9":1}')));
console.log(Object.keys(JSON.parse('{"b":1,"a":2,"b":3}')).join(','));
console.log(nested);

// a key set again after being deleted inside a loop over a copy
var cache = {};
['x', 'y', 'z'].forEach(function (k) { cache[k] = k; });
Object.keys(cache).forEach(function (k) { delete cache[k]; cache[k + k] = 1; });
console.log(Object.keys(cache).join(','));
