// Bitwise and shift operators (& | ^ ~ << >> >>>) over the numbers that
// are int32 values and those that are not: -0, NaN, the infinities,
// fractions, 2^31 and -2^31 and their neighbours, 2^32 and beyond,
// negative shift counts and counts of 32 or more, and operands that are
// not numbers (strings, booleans, null, undefined, an object's valueOf,
// called once per operand and in order). unijs takes two int32 numbers
// in place (patches/mujs/0208); everything else the general way.
var vals = [0, -0, 1, -1, 2, 3, 5, 31, 32, 33, 63, 255, 256, 0x7fff, 0x8000, 0xffff, 65536,
  2147483647, -2147483648, 2147483648, -2147483649, 4294967295, 4294967296, 4294967301,
  -4294967296, 1e10, -1e10, 9007199254740991, -9007199254740991, 1e300, -1e300,
  0.5, -0.5, 1.5, -1.5, 2147483647.5, -2147483648.5, 5e-324, NaN, Infinity, -Infinity];
var out = [];
function show(v) { return Object.is(v, -0) ? '-0' : String(v); }
vals.forEach(function (a) {
  var row = [];
  vals.forEach(function (b) {
    row.push([a & b, a | b, a ^ b, a << b, a >> b, a >>> b].map(show).join(','));
  });
  out.push(show(a) + ' ~' + show(~a) + ': ' + row.join(' '));
});
console.log(out.join('\n'));
var others = ['7', '-3', '0x10', ' 12 ', '', 'abc', true, false, null, undefined, [5], {}, [1, 2]];
others.forEach(function (a) {
  console.log(JSON.stringify(a), [a & 6, a | 1, a ^ 3, ~a, a << 2, a >> 1, a >>> 0, 6 & a, 1 << a].map(show).join(','));
});
var calls = [];
var o1 = { valueOf: function () { calls.push('o1'); return 12; } };
var o2 = { valueOf: function () { calls.push('o2'); return -5.7; } };
console.log([o1 & o2, o1 | o2, o1 ^ o2, o1 << o2, o1 >> o2, o1 >>> o2, ~o2].map(show).join(','), calls.join(' '));
// in a loop, as flags are used: set, test, clear
var bits = 0, seen = [];
for (var i = 0; i < 40; i++) {
  bits |= 1 << (i % 33);
  if (bits & (1 << 5)) seen.push(i);
  bits &= ~(1 << ((i * 7) % 31));
  bits ^= i;
}
console.log(bits, seen.length, seen.slice(0, 5).join(','));
// compound assignment to a property
var s = { f: 0 };
for (var j = 0; j < 10; j++) { s.f |= 1 << j; s.f &= ~2; s.f ^= 0x100; s.f >>= 0; s.f <<= 0; }
console.log(s.f, s.f >>> 0, -1 >>> 0, -1 >>> 31, 1 << 31, (1 << 31) >> 31, (1 << 31) >>> 31);
