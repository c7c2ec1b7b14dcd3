// Typed array methods, ArrayBuffer, views sharing memory, errors as V8 words them.
var a = new Int16Array([5, -3, 10, 0, 7, -3]);
console.log(a.join('|'), a.toString(), String(a), a.toLocaleString());
console.log(a.indexOf(-3), a.lastIndexOf(-3), a.indexOf(-3, 2), a.lastIndexOf(-3, 4), a.includes(10), a.includes(11), a.indexOf('10'));
console.log(new Float32Array([NaN]).includes(NaN), new Float32Array([NaN]).indexOf(NaN));
console.log(a.at(0), a.at(-1), a.at(6), a.at(-7));
console.log(a.slice(1, 3), a.slice(-2), a.slice(4, 1), a.subarray(2), a.subarray(-3, -1));
console.log(a.map(function (x, i) { return x * i; }), a.filter(function (x) { return x > 0; }));
console.log(a.reduce(function (s, x) { return s + x; }), a.reduce(function (s, x) { return s + x; }, 100),
  a.reduceRight(function (s, x) { return s + ',' + x; }, ''));
console.log(a.every(function (x) { return x > -5; }), a.some(function (x) { return x > 9; }),
  a.find(function (x) { return x < 0; }), a.findIndex(function (x) { return x < 0; }),
  a.findLast(function (x) { return x < 0; }), a.findLastIndex(function (x) { return x > 100; }));
var seen = [];
a.forEach(function (x, i, arr) { seen.push(i + ':' + x + ':' + (arr === a)); });
console.log(seen.join(' '));
console.log(new Uint8Array([3, 1, 2]).reverse(), new Int32Array([10, 9, 1, -5, 100]).sort(),
  new Float64Array([3, -0, 0, NaN, -Infinity, 1, 0.5]).sort(),
  new Uint8Array([1, 2, 3, 4]).sort(function (x, y) { return y - x; }));
console.log(new Uint8Array(5).fill(7), new Uint8Array(5).fill(9, 1, 3), new Float32Array(4).fill(1.1, -2),
  new Int16Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Int16Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3));
var t = new Uint8Array(6);
t.set([1, 2, 3]);
t.set(new Uint8Array([9, 8]), 4);
t.set(new Float64Array([300.5]), 3);
console.log(t);
try { t.set([1, 2], 5); } catch (e) { console.log(e.name, e.message); }
console.log(Uint8Array.from([1, 2, 3], function (x) { return x * 10; }), Int8Array.of(1, 2, 300),
  Uint16Array.from({ length: 3, 0: 4, 2: 6 }), Float64Array.from('123'));
console.log(new Uint8Array([1, 2]).toReversed ? 'has toReversed' : 'no toReversed');
// keys/values/entries
var it = new Uint8Array([7, 8]).entries();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
var ks = [], vs = [];
for (var r, ki = new Int8Array([-1, -2]).keys(); !(r = ki.next()).done;) ks.push(r.value);
for (var vi = new Int8Array([-1, -2]).values(); !(r = vi.next()).done;) vs.push(r.value);
console.log(ks, vs);
// ArrayBuffer and sharing
var buf = new ArrayBuffer(8);
var u8 = new Uint8Array(buf), u32 = new Uint32Array(buf, 4, 1), f64 = new Float64Array(buf);
u32[0] = 0xdeadbeef;
console.log(u8, u32.byteOffset, u32.byteLength, u32.length, u32.buffer === buf, buf.byteLength, f64.length);
var sub = u8.subarray(2, 6);
sub[0] = 1;
console.log(u8[2], sub.byteOffset, sub.buffer === buf, sub.length, ArrayBuffer.isView(sub), ArrayBuffer.isView(buf), ArrayBuffer.isView([]));
var sl = buf.slice(4);
new Uint8Array(sl)[0] = 0;
console.log(new Uint8Array(sl), u8[4], buf.slice(-2, 7).byteLength);
var own = new Uint8Array(3);
console.log(own.buffer.byteLength, own.buffer === own.buffer, own.byteOffset);
console.log(Object.prototype.toString.call(buf), Object.prototype.toString.call(new Float32Array(1)),
  Object.prototype.toString.call(new DataView(buf)));
console.log(JSON.stringify({ a: new Uint16Array([1, 2]), b: new Float32Array(0) }));
console.log(Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Uint8Array.prototype),
  Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Float64Array), Uint8Array.name, Uint8Array.length,
  new Uint8Array(1) instanceof Uint8Array, new Uint8Array(1) instanceof Int8Array, Uint8Array.prototype.BYTES_PER_ELEMENT);
// errors
function err(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
err(function () { return new Uint8Array(-1); });
err(function () { return new ArrayBuffer(-1); });
err(function () { return Uint8Array(2); });
err(function () { return new Uint16Array(new ArrayBuffer(3)); });
err(function () { return new Uint16Array(new ArrayBuffer(4), 1); });
err(function () { return new Uint8Array(new ArrayBuffer(4), 5); });
err(function () { return new Uint8Array(new ArrayBuffer(4), 1, 4); });
err(function () { return new Uint8Array(2).map(3); });
err(function () { return new Uint8Array(0).reduce(function () {}); });
err(function () { return Uint8Array.prototype.join.call([1, 2]); });
