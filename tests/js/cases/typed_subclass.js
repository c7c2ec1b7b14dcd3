// Classes extending typed arrays (lowered by Babel: bind-based construct),
// for-of and spread over typed arrays in lowered code.
class Bytes extends Uint8Array {
  sum() { let s = 0; for (const x of this) s += x; return s; }
}
const b = new Bytes([1, 2, 3]);
console.log(b, b.sum(), b instanceof Bytes, b instanceof Uint8Array, b.length);
console.log(new Uint8Array(2).constructor === Uint8Array, Uint8Array.prototype.constructor === Uint8Array);
console.log(new Uint8Array([1]));
function F() {}
const bound = F.bind(null);
console.log(F.prototype.constructor === F, new bound() instanceof F);
const floats = new Float64Array([0.5, 1.5]);
const out = [];
for (const f of floats) out.push(f * 2);
console.log(out, [...new Int16Array([-1, 2])], Array.from(new Float32Array([0.25])));
const [first, second] = new Uint32Array([7, 8, 9]);
console.log(first, second);
for (const [i, v] of new Uint8Array([5, 6]).entries()) console.log(i, v);
console.log(Math.max(...new Uint8Array([3, 9, 4])));
const m = new Map([[1, new Uint8Array([1])]]);
for (const [k, v] of m) console.log(k, v);
console.log(new Uint8Array(new Set([4, 5])));
