// Number.prototype.toString(radix) prints V8's digits (exact integer part,
// shortest distinguishing fraction, round half to even), and toFixed,
// toPrecision, toExponential round exactly from the binary value: checked
// on a seeded random table against Node (hashes per radix/precision; the
// first values in full).
var seed = 0x2545f491;
function rnd() { // xorshift32, as unsigned
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return seed >>> 0;
}
function randomDouble(i) {
  var hi = rnd() % 0x200000, lo = rnd(); // 21 + 32 bits of mantissa
  var m = hi * 4294967296 + lo;
  switch (i % 6) {
  case 0: return m * Math.pow(2, (rnd() % 2045) - 1074 - 52 + 52); // any exponent
  case 1: return m * Math.pow(2, (rnd() % 120) - 90);               // moderate
  case 2: return (rnd() % 100000) / Math.pow(2, rnd() % 20);        // short binary fractions
  case 3: return (rnd() % 10000000) / 10000;                        // decimal fractions
  case 4: return rnd() * (rnd() % 1000);                            // integers
  default: return m * Math.pow(2, -1074 + (rnd() % 60));            // tiny and denormal
  }
}
function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 2147483647;
  return h;
}
var values = [0, -0, 1, -1, 0.5, 0.1, 1 / 3, 2 / 3, 1e-7, 1234.5678, Math.PI, Number.MAX_VALUE, Number.MIN_VALUE,
  9007199254740993, 2e21, 123456789.123, 0.000001, 255.255, 5 / 9, 1e300, -1e-300];
for (var i = 0; i < 100; i++) values.push(i % 2 ? -randomDouble(i) : randomDouble(i));

for (var r = 2; r <= 36; r++) {
  var h = 0;
  for (var j = 0; j < values.length; j++) h = hash(h, values[j].toString(r));
  console.log('radix', r, h, values[9].toString(r), values[10].toString(r), values[6].toString(r), values[21].toString(r));
}
console.log(Number.MAX_VALUE.toString(16).length, Number.MIN_VALUE.toString(2).length, (-0).toString(2), NaN.toString(3), (-Infinity).toString(36));
try { (1).toString(1); } catch (e) { console.log(e.name); }
try { (1).toString(37); } catch (e) { console.log(e.name); }

var finite = values.filter(function (v) { return Math.abs(v) < 1e21; });
for (var p = 1; p <= 100; p += (p < 6 ? 1 : 13)) {
  var hp = 0, hf = 0, he = 0;
  for (var k = 0; k < values.length; k++) {
    hp = hash(hp, values[k].toPrecision(p));
    he = hash(he, values[k].toExponential(p));
  }
  for (k = 0; k < finite.length; k++) hf = hash(hf, finite[k].toFixed(p));
  console.log('prec', p, hp, he, hf, values[18].toPrecision(p), finite[30].toFixed(p));
}
console.log((5 / 9).toPrecision(14), (1.005).toFixed(2), (0).toFixed(0), (1.45).toFixed(1), (8.345).toFixed(2));
