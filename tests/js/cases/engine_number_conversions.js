// Number conversions (patches/mujs/0202): ToInt32 and ToUint32 through
// the bitwise operators, ToInteger through the built-ins that take an
// integer argument, and the % operator, across the edges where a fast
// path by casts could differ from the spec's modulo arithmetic.
function show(x) { return Object.is(x, -0) ? '-0' : String(x); }

var values = [0, -0, 1, -1, 1.5, -1.5, 2.9999, -2.9999, 255.5,
  2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  4294967297, -4294967297, 1712345678901, -1712345678901.7, 9007199254740991,
  9007199254740993, 1e19, 9223372036854775807, -9223372036854775808, 1e20, -1e20,
  1.8446744073709552e19, 1e300, 5e-324, NaN, Infinity, -Infinity];

values.forEach(function (v) {
  console.log(show(v), '|0', show(v | 0), '>>>0', show(v >>> 0), '~', show(~v),
    '&255', show(v & 255), '^1', show(v ^ 1), '<<1', show(v << 1), '>>1', show(v >> 1),
    '>>>1', show(v >>> 1), 'shift by v', show(1 << v), show(-8 >> v));
});

// % on integers (the fast path) and on everything else (fmod)
var pairs = [[7, 3], [-7, 3], [7, -3], [-7, -3], [6, 3], [-6, 3], [6, -3], [-0, 5],
  [0, -5], [5, 0], [-5, 0], [0, 0], [-2147483648, -1], [-2147483648, 1], [2147483647, -2147483648],
  [-2147483648, 2147483647], [-2147483648, -2147483648], [7.5, 2], [-7.5, 2], [7, 2.5],
  [1e10, 7], [-1e10, 7], [7, 1e10], [NaN, 3], [3, NaN], [Infinity, 3], [3, Infinity],
  [-3, -Infinity], [4294967296, 3], [1712345678901, 1000], [-1, -1], [0, -1], [5, 1], [-5, 1]];
pairs.forEach(function (p) {
  var a = p[0], b = p[1];
  console.log(show(a), '%', show(b), '=', show(a % b));
});
// a loop that takes % and | on the same values many times (the
// interpreter's path rather than constant folding)
var h = 0;
for (var i = -500; i < 500; i++) h = (h * 31 + (i % 7) + ((i * 1.25) | 0) + ((i * 1e7) >>> 3)) % 1000003;
console.log('hash', h);

// ToInteger's users
var s = 'abcdefghij';
[[1.7, 4.2], [-2.5, -0.5], [NaN, 3], [2147483648, 1], [-1e20, 1e20], [-0, Infinity]].forEach(function (p) {
  console.log('slice', show(p[0]), show(p[1]), JSON.stringify(s.slice(p[0], p[1])),
    'substring', JSON.stringify(s.substring(p[0], p[1])), 'charAt', JSON.stringify(s.charAt(p[0])),
    'indexOf', s.indexOf('c', p[0]), [1, 2, 3, 4].slice(p[0], p[1]).join(','));
});
console.log((1.005).toFixed(2.9), (123.456).toFixed(-0), (0.5).toPrecision(1.9), (255).toString(16.8));
console.log(new Array(3.0).length, [1, 2, 3].indexOf(3, -1.5), 'x'.repeat(2.9), 'ab'.padStart(4.9, '-'));
// slice with its start after its end (patches/mujs/0205): ""
console.log(JSON.stringify(['12345'.slice(3, 1), 'abc'.slice(2, -2), 'abc'.slice(-1, -2), 'abc'.slice(1, 1), 'héllo'.slice(4, 2)]));
