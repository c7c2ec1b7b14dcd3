// Number to string (the shortest digits that read back, the closest of
// them), string to number (correctly rounded), and toFixed, toExponential,
// toPrecision, against Node.
var out = [];
function flush() { console.log(out.join(' ')); out = []; }

// well-known values
[0.1 + 0.2, 0.1 * 3, 0.3, 1 / 3, 2 / 3, 2 / 3 * 1e30, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324,
  -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 4.9406564584124654e-324,
  1.7976931348623157e308, 9007199254740993, 9007199254740992, 123456789012345680000, 1e21,
  999999999999999900000, 1e-7, 1.5e-7, 0.000001, 0.0000015, 123e-20, 1e23, 5e-7 * 2, -0, 0,
  1e100, 2e-300, -1e-10, 4.35, 0.57, 1.005, 100, 1e16, 123456789012, 0.1 + 0.7, 1.1 * 1.1,
  3 * 1.1, 4.35 * 100, 8.675309, 299792458, 6.02214076e23, 1.602176634e-19, 2 / 7
].forEach(function (x) { out.push(String(x)); });
flush();

// computed values: exact IEEE arithmetic gives the same doubles in both
for (var i = 1; i <= 400; i++) {
  out.push(String(i / 7), String(i / 3 * 1e-5), String(i * 0.1), String(1 / i), String(i * 1.1e15));
  if (i % 40 === 0) flush();
}

// powers of two by repeated exact multiplication, every 7th exponent
var p = 1, pw = [];
for (i = 0; i < 1074; i++) { p /= 2; if (i % 7 === 0) pw.push(p); }
for (p = 1, i = 0; i < 1023; i++) { p *= 2; if (i % 7 === 0) pw.push(p); }
pw.forEach(function (x, j) { out.push(String(x)); if (j % 30 === 29) flush(); });
flush();

// pseudo-random doubles over the whole exponent range (a Lehmer LCG:
// exact in doubles), printed and read back
var s = 12345;
function rnd() { s = (s * 48271) % 2147483647; return s; }
var pow2 = [1];
for (i = 1; i <= 1100; i++) pow2[i] = pow2[i - 1] * 2;
var bad = 0, count = 0, samples = [];
for (i = 0; i < 3000; i++) {
  var m = (rnd() % 2097152) * 4294967296 + rnd() * 2 + (rnd() & 1); // up to 53 bits
  var e = rnd() % 2100 - 1074 - 52;
  var x = m;
  // scale by 2^e in steps that stay exact (denormals round once, identically)
  if (e > 0) { while (e > 1000) { x *= pow2[1000]; e -= 1000; } x *= pow2[e]; }
  else { while (e < -1000) { x /= pow2[1000]; e += 1000; } x /= pow2[-e]; }
  if (!isFinite(x) || x === 0) continue;
  count++;
  if (Number(String(x)) !== x || parseFloat(String(-x)) !== -x || JSON.parse(JSON.stringify(x)) !== x) bad++;
  if (i % 10 === 0) samples.push(x);
}
console.log('round trips:', count, 'bad:', bad);
samples.forEach(function (x, j) { out.push(String(x)); if (j % 20 === 19) flush(); });
flush();
console.log(JSON.stringify(samples.slice(0, 40)));
console.log(JSON.stringify({ a: 0.1 + 0.2, b: [Number.MAX_VALUE, 5e-324, -0, 1e21, 1e-7] }));
console.log([0.1 + 0.2, 1e21, -1e-7]);

// toFixed, toExponential, toPrecision (ties round up: the larger n)
var vals = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 1.45, 1.25, 1.35, 123.456, 0.000001,
  0.0000001, 1e-10, 1234.5678, 99.99, 9.995, 0.1 + 0.2, 1e20, 1e21, -1e21, 123456789.125, 5e-324,
  Number.MAX_VALUE, 1 / 3, 2 / 3, 1e-7, 25, 1000000, 8.345, 0.9999999];
var digits = [0, 1, 2, 3, 5, 10, 17, 20, 25, 50, 100];
vals.forEach(function (v) {
  digits.forEach(function (d) { out.push(v.toFixed(d)); });
  flush();
  digits.forEach(function (d) { out.push(v.toExponential(d)); });
  out.push(v.toExponential());
  flush();
  digits.forEach(function (d) { if (d > 0) out.push(v.toPrecision(d)); });
  out.push(v.toPrecision());
  flush();
});
[NaN, Infinity, -Infinity].forEach(function (v) {
  console.log(v.toFixed(2), v.toExponential(3), v.toPrecision(4), v.toExponential(1000), v.toPrecision(0));
});
[function () { return (1).toFixed(101); }, function () { return (1).toFixed(-1); },
  function () { return (1).toExponential(101); }, function () { return (1).toPrecision(0); },
  function () { return (1).toPrecision(101); }, function () { return NaN.toFixed(101); }
].forEach(function (f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); }
});

// string to number on hard inputs
var hard = ['5e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '4.9406564584124654e-324',
  '2.2250738585072011e-308', '2.2250738585072012e-308', '1.7976931348623157e308', '1.7976931348623158e308',
  '1.7976931348623159e308', '1e309', '-1e-400', '9007199254740993', '9007199254740992.5000000000000000001',
  '9007199254740993.0000000000000000000000000000001', '0.30000000000000004', '0.30000000000000002',
  '123456789012345678901234567890', '4503599627370496.5', '4503599627370497.5', '7.2057594037927933e16',
  '1.00000000000000011102230246251565404236316680908203125', '1.00000000000000011102230246251565404236316680908203124',
  '1.00000000000000011102230246251565404236316680908203126', '8.533e+68', '4.1006e-184', '9.998e+307',
  '9.9538452227e-280', '6.47660115e-260', '7.4e+47', '5.92e+48', '7.35e+66', '8.32116e+55',
  '0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000001e80',
  '  12  ', '1e', '1e+', '.5', '-.5e-3x', '5.', '.', '-', '+1', '1_000', '0x10', '1e0400', '00012', '3.14abc'];
hard.forEach(function (h) { out.push(String(parseFloat(h)), String(Number(h))); });
flush();
var long = '1.';
for (i = 0; i < 1200; i++) long += i % 3 ? '0' : '9';
console.log(Number(long), parseFloat('0.' + long.slice(2) + 'e-300'), Number('1' + long.slice(2, 700)));
