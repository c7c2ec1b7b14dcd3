// console.log and util.inspect of the engine's Map, Set, WeakMap, WeakSet
// and their iterators (patches/mujs/0217; js/lib/util.js reads what an
// iterator has left through native.collectionEntries, without iterating).
'use strict';
var util = require('util');
var o = { a: 1, nested: { deep: { deeper: { deepest: 1 } } } };
var m = new Map([[1, 'one'], ['two', 2], [o, [1, 2, 3]], [NaN, null], [-0, undefined]]);
var s = new Set([1, 'two', o, [4, 5], NaN]);
console.log(m);
console.log(s);
console.log([m, s], { m: m, s: s });
console.log(new Map(), new Set(), new Map([[new Map([[1, 2]]), new Set([3])]]));
console.log(new WeakMap(), new WeakSet(), [new WeakMap([[o, 1]])], { w: new WeakSet([o]) });
var wm = new WeakMap(); wm.extra = 'x';
console.log(wm);
var ms = new Map([[1, 2]]); ms.prop = 'p';
console.log(ms);
console.log(util.inspect(m, { depth: 0 }), util.inspect(s, { compact: false }));
var it = m.keys(); it.next();
console.log(it, m.values(), m.entries(), s.values(), s.entries(), s.keys());
var done = new Set([1]).values(); done.next(); done.next();
console.log(done, [new Map([[1, { x: { y: { z: 1 } } }]]).entries()]);
var long = new Map();
for (var i = 0; i < 30; i++) long.set('key' + i, i);
console.log(long);
console.log(new Set(long.keys()));
console.log(util.types.isMap(m), util.types.isSet(s), util.types.isMap(s), util.types.isWeakMap(new WeakMap()), util.types.isWeakSet(new WeakSet()), util.types.isWeakMap(m));
console.log(util.format('%o', new Set([1])), util.format('%s', new Map([[1, 2]])), util.format('%j', new Map([[1, 2]])));
console.log(JSON.stringify({ m: m, s: s }), String(m), m + '');
var circ = new Map(); circ.set('self', circ);
console.log(circ);
var b=new Map(); for (var i=0;i<150;i++) b.set(i,i); console.log(b.keys(), b.entries());
