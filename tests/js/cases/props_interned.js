// Property names compared by their interned address (patches/mujs/0120):
// names that share prefixes, differ in one byte, look like numbers, are
// built at run time (never written in the code, so not interned until a
// property gets them), arrive from JSON, from C (Buffer, errors) and from
// enumeration; deletes and re-adds in trees deep enough to rebalance;
// lookups of names no property ever had (they must not be interned by a
// lookup); non-extensible and frozen objects; the global object.
function show(label, v) { console.log(label, JSON.stringify(v)); }

// prefixes, one-byte differences, empty and odd names
var o = {};
var names = ['a', 'ab', 'abc', 'abd', 'b', '', ' ', 'A', 'aB', 'é', 'e\u0301', '\u4e2d', 'x-y', '__proto_', 'constructorx'];
names.forEach(function (n, i) { o[n] = i; });
show('odd names', Object.keys(o));
show('odd values', names.map(function (n) { return o[n]; }));
show('odd in', names.map(function (n) { return n in o; }).concat(['abe' in o, 'Ab' in o]));

// names built at run time: the first lookup of each is of a name that was
// never interned
var p = {};
var made = [];
for (var i = 0; i < 300; ++i) made.push('k' + (i * 7919 % 1000).toString(36) + '_' + i);
show('missing before', made.slice(0, 5).map(function (n) { return p[n]; }));
show('hasOwn before', made.slice(0, 5).map(function (n) { return p.hasOwnProperty(n); }));
made.forEach(function (n, i) { p[n] = i; });
var sum = 0;
for (var k in p) sum += p[k];
show('for-in sum', sum);
show('keys order kept', Object.keys(p).every(function (k, i) { return k === made[i]; }));
// the same names made again: other strings, equal text
show('rebuilt lookups', [0, 1, 150, 299].map(function (i) { return p['k' + (i * 7919 % 1000).toString(36) + '_' + i]; }));

// deletes and re-adds: a re-added name goes to the end
for (i = 0; i < 300; i += 3) delete p[made[i]];
show('after deletes', Object.keys(p).length);
p[made[0]] = 'again';
var ks = Object.keys(p);
show('re-added last', [ks[ks.length - 1] === made[0], ks[0] === made[1]]);
for (i = 1; i < 300; ++i) delete p[made[i]];
show('one left', Object.keys(p));

// numbers as names: indices first ascending, then the rest in creation order
var q = {};
q.z = 1; q['10'] = 2; q['2'] = 3; q['01'] = 4; q['-1'] = 5; q['4294967295'] = 6; q['1.5'] = 7; q[3] = 8;
show('numeric', Object.keys(q));
show('numeric values', [q[10], q['2'], q[2], q['01'], q[-1], q[1.5], q['3']]);

// arrays that are not simple (holes far out): indices as property names
var arr = [];
arr[100000] = 'far';
arr[5] = 'five';
arr.x = 'x';
show('sparse', [arr[100000], arr['5'], arr[5], arr.x, arr.length, Object.keys(arr)]);
arr.length = 6;
show('sparse cut', [arr[100000], Object.keys(arr)]);

// JSON keys (interned by the parser), then looked up with strings built later
var j = JSON.parse('{"alpha":1,"beta":{"gamma":[1,2,{"delta":"d"}]},"0":"zero","":"empty"}');
var g = 'gam' + 'ma', d = ['del', 'ta'].join('');
show('json', [j['al' + 'pha'], j.beta[g][2][d], j[0], j[''], Object.keys(j)]);
show('json stringify', JSON.stringify(j));

// prototype chains: own, inherited, shadowed, deleted from the middle
function A() { this.own = 'own'; }
A.prototype.shared = 'protoA';
A.prototype.over = 'protoA';
function B() { A.call(this); this.over = 'ownB'; }
B.prototype = Object.create(A.prototype);
B.prototype.bonly = 'protoB';
var b = new B();
var seen = [];
for (k in b) seen.push(k);
show('chain', [b.own, b.shared, b.over, b.bonly, b['sha' + 'red'], seen]);
delete b.over;
show('unshadowed', [b.over, 'over' in b, b.hasOwnProperty('over')]);
delete A.prototype.shared;
show('deleted from proto', [b.shared, 'shared' in b]);

// non-extensible, sealed, frozen
var f = Object.freeze({ fa: 1, fb: 2 });
f.fc = 3;
f.fa = 9;
show('frozen', [f.fa, f.fc, Object.isFrozen(f), Object.keys(f)]);
var s = Object.preventExtensions({ sa: 1 });
s['s' + 'b'] = 2;
s['s' + 'a'] = 5;
show('non-extensible', [s.sa, s.sb, Object.keys(s)]);

// the global object and variables
globalThis['dyn' + 'Global'] = 42;
show('global', [typeof dynGlobal, dynGlobal, 'dynGlobal' in globalThis]);

// names from C: Buffer and Error properties, getters defined from JS
var e = new RangeError('m');
var buf = Buffer.from('hi');
show('from C', [e.name, e['mes' + 'sage'], buf['len' + 'gth'], typeof buf['to' + 'String']]);
var acc = {};
Object.defineProperty(acc, 'v' + 'al', { get: function () { return 'got'; }, enumerable: true });
show('getter', [acc.val, Object.keys(acc)]);

// many properties on one object, read back by freshly built names
var big = {};
for (i = 0; i < 2000; ++i) big['p' + i] = i;
var ok = true;
for (i = 0; i < 2000; ++i) if (big['p' + String(i)] !== i) ok = false;
show('big', [ok, Object.keys(big).length, Object.keys(big)[1999]]);
