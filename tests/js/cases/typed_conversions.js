// Typed arrays: every element type stores the same awkward values as node
// (NaN, infinities, -0, fractions, out-of-range and huge numbers, strings,
// objects with valueOf), Float32 rounding, Uint8Clamped ties-to-even.
var values = [0, -0, 1, -1, 1.5, -1.5, 2.5, 0.5, 254.5, 255.5, 127, 128, -128, -129, 255, 256,
  32767, 32768, -32769, 65535, 65536, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296,
  4294967297.7, 1e20, -1e20, 1e300, 9007199254740993, 1.1, 0.1, 3.4028235677973366e38, 3.5e38,
  1e-46, NaN, Infinity, -Infinity, '12', '0x10', 'abc', '', true, null, undefined,
  { valueOf: function () { return 7; } }, [5], [1, 2]];
var ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array];
ctors.forEach(function (C) {
  var a = new C(values.length);
  for (var i = 0; i < values.length; i++) a[i] = values[i];
  var out = [];
  for (i = 0; i < a.length; i++) out.push(Object.is(a[i], -0) ? '-0' : String(a[i]));
  console.log(C.name, C.BYTES_PER_ELEMENT, out.join(' '));
  // the constructor from an array converts the same way
  var b = new C(values);
  var same = true;
  for (i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(a[i] !== a[i] && b[i] !== b[i])) same = false;
  console.log(' from array same:', same, b.length);
});
// out-of-range writes are dropped, reads are undefined, no prototype lookup
var u = new Uint8Array(2);
u[5] = 9;
u[2] = 1;
Uint8Array.prototype[3] = 'proto';
console.log(u[2], u[3], u[5], u.length, 2 in u, 1 in u, u.hasOwnProperty(1), u.hasOwnProperty(2));
delete Uint8Array.prototype[3];
u['1'] = 77;
console.log(u[1], u['1'], u[-1], Object.keys(u));
var s = 0;
for (var k in u) s += u[k];
console.log('for-in sum', s);
// conversions between kinds
var f = new Float64Array([1.7, -1.7, 300, -300, NaN, 1e10]);
console.log(Array.prototype.slice.call(new Int8Array(f)).join(), Array.prototype.slice.call(new Uint8ClampedArray(f)).join(),
  Array.prototype.slice.call(new Uint32Array(f)).join(), Array.prototype.slice.call(new Float32Array(f)).join());
