// The lexer on letters beyond ASCII and on what ends an identifier (mujs
// 0140: ASCII bytes take a fast path, everything else the UTF-8 one):
// identifiers with accented, Greek and Cyrillic letters, $ and _, an identifier
// ended by each kind of ASCII punctuation, strings and comments with
// multi-byte characters, escapes, NUL, and CR LF line ends in eval'd source.
// (CJK ideographs as identifiers are a known gap of mujs's letter tables:
// here they appear in strings and quoted keys only)
var café = 1, ñandú = 2, Ωmega = 3, ключ = 4, $x = 5, _y = 6, a$_b9 = 7;
console.log(café + ñandú + Ωmega + ключ + $x + _y + a$_b9);
var o = { café: 'crème brûlée', 'ключ': 'значение', '中': '文' };
console.log(o.café, o.ключ, o['中'], Object.keys(o).join('|'));
// each ASCII punctuation character right after an identifier
var v = 2, w = [3], f = function (x) { return x; };
console.log(v+v, v-v, v*v, v/v, v%v, v<v, v>v, v==v, v!=v, v&v, v|v, v^v, !v, ~v,
  w[0], f(v), v?v:0, (v), typeof v, v in o, o.café);
// strings and comments carrying multi-byte characters (一二三 ✓ 😀)
var s = 'naïve — “quoted” — \u00e9\u4e2d\u0041';
console.log(s, s.length, '😀'); // (length: astral characters count 2 in Node, 1 in mujs)
// NUL in a literal: mujs keeps it as C0 80, never as a byte 0
console.log(JSON.stringify('a\u0000b\0c'), 'a\u0000b\0c'.length, 'x\0'.charCodeAt(1));
console.log(eval('var \\u00e9t\\u00e9 = 8; été'));
console.log(eval('var r = 1;\r\nvar q = r + 1;\r\nq'));
console.log(eval('x\u00e9 = 9; xé'));
['3in', '1x', 'var 1a', 'var a-b = 1', 'var \u2028 = 1'].forEach(function (src) {
  try {
    eval(src);
    console.log('ok', JSON.stringify(src));
  } catch (e) {
    console.log(e.name, JSON.stringify(src));
  }
});
