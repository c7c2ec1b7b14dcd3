// obj[i] and obj[i] = v with a number i: the interpreter reads and writes a
// dense array's element in its range in place (patches/mujs/0226); every
// other case (out of range, a fraction, -0, NaN, a hole made by delete, an
// array made sparse, frozen or sealed, an index with an accessor, strings,
// typed arrays, array-likes, appending past the end) takes the general way.
// Compared with node; it fails when the in-place path reads or writes what
// it must not.
var out = [];
function show(v) { return JSON.stringify(v === undefined ? 'undef' : v); }
var a = [10, 20, 30, 40];
var reads = [0, 3, 4, -1, 1.5, -0, NaN, Infinity, 2 ** 31, 4294967295, '1'];
out.push(reads.map(function (i) { return show(a[i]); }).join(' '));
var w = [1, 2, 3];
w[0] = 'a'; w[2] = 'c'; w[-0] = 'z'; w[3] = 'appended'; w[1.5] = 'frac'; w[-1] = 'neg'; w[NaN] = 'nan';
out.push(JSON.stringify(w), w.length, JSON.stringify(Object.keys(w)), show(w['1.5']), show(w['-1']), show(w.NaN));
var r = (a[1] = 99);
out.push(show(r), a.join());
var holes = [1, 2, 3, 4];
delete holes[1];
holes[2] = 'x';
out.push(show(holes[1]), 1 in holes, JSON.stringify(holes), holes.length);
var sparse = [1, 2];
sparse[10] = 'far';
sparse[1] = 'b';
out.push(show(sparse[5]), show(sparse[1]), sparse.length, JSON.stringify(Object.keys(sparse)));
var frozen = Object.freeze([1, 2, 3]);
frozen[0] = 'no';
out.push(frozen.join(), Object.isFrozen(frozen));
var sealed = Object.seal([1, 2, 3]);
sealed[1] = 'yes';
sealed[3] = 'no';
out.push(sealed.join(), sealed.length);
var acc = [1, 2, 3], seen = [];
Object.defineProperty(acc, 1, { get: function () { seen.push('get'); return 'g'; }, set: function (v) { seen.push('set ' + v); }, configurable: true });
acc[1] = 'v';
out.push(show(acc[1]), seen.join());
var s = 'hello';
out.push(show(s[1]), show(s[9]), show(s[-0]));
var t = new Uint8Array([1, 2, 3]);
t[1] = 300; t[5] = 9;
out.push(show(t[1]), show(t[5]), t.length);
var like = { 0: 'a', 1: 'b', length: 2 };
like[1] = 'B'; like[2] = 'c';
out.push(JSON.stringify(like));
// in a loop: values of every kind stored and read back
var big = [];
for (var i = 0; i < 1000; i++) big.push(i);
var sum = 0;
for (var i = 0; i < big.length; i++) { big[i] = i % 3 ? big[i] * 2 : { v: i }; }
for (var i = 0; i < big.length; i++) sum += typeof big[i] === 'object' ? big[i].v : big[i];
out.push(sum, big.length);
// an array shrunk under a loop
var shrink = [1, 2, 3, 4, 5];
for (var i = 0; i < 5; i++) { if (i === 2) shrink.length = 2; out.push(show(shrink[i])); }
console.log(out.join('\n'));
