// Case-insensitive matching of ASCII characters, which the engine folds
// without its Unicode tables (patches/mujs/0190): only a-z and A-Z meet
// their other case; the characters 32 apart that are not letters ('@'
// and '`', '[' and '{', '\' and '|', ']' and '}', '^' and '~', '_' and
// DEL) stay apart; non-ASCII letters that fold to ASCII ones do so only
// where ECMAScript says (u mode: U+017F long s, U+212A Kelvin sign), with
// and without u, in literals, classes, ranges and back-references.
'use strict';
function t(re, s) { return re.test(s) ? 1 : 0; }
function row(label, a) { console.log(label, a.join('')); }

// every ASCII pair (c, c ^ 32) against /c/i and /[c]/i
var lit = [], cls = [], clsu = [];
for (var c = 32; c < 128; ++c) {
  var d = c ^ 32;
  if (d < 32) continue;
  var ch = String.fromCharCode(c), other = String.fromCharCode(d);
  var esc = ch.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
  lit.push(t(new RegExp('^' + esc + '$', 'i'), other));
  cls.push(t(new RegExp('^[' + esc + ']$', 'i'), other));
  clsu.push(t(new RegExp('^[' + esc + ']$', 'iu'), other));
}
row('pairs', lit);
row('class', cls);
row('class u', clsu);

row('words', [
  t(/^content-length$/i, 'Content-Length'),
  t(/^CONTENT-TYPE$/i, 'content-type'),
  t(/^keep-alive$/i, 'Keep-Alive'),
  t(/^chunked$/i, 'CHUNKEd'),
  t(/^close$/i, 'clos'),
  t(/^a[b-d]+z$/i, 'AbCdZ'),
  t(/^[^a-z]+$/i, 'ABC'),
  t(/^[^a-z]+$/i, '123'),
  t(/^(ab)\1$/i, 'abAB'),
  t(/^(ab)\1$/i, 'ab[b')
]);

// non-ASCII letters with ASCII case partners (u patterns from strings:
// a u literal is rewritten by the packer, not compiled by the engine)
function u(src, s) { return t(new RegExp(src, 'iu'), s); }
row('non-ascii', [
  t(/s/i, '\u017f'), t(/\u017f/i, 'S'), u('s', '\u017f'), u('\u017f', 'S'),
  t(/k/i, '\u212a'), t(/\u212a/i, 'K'), u('k', '\u212a'), u('\u212a', 'k'),
  t(/[a-z]/i, '\u017f'), u('[a-z]', '\u017f'), u('[a-z]', '\u212a'),
  t(/i/i, '\u0130'), u('i', '\u0131'), t(/\u00e9/i, '\u00c9'), u('\u00c9', '\u00e9')
]);

// replace and split over mixed case
console.log('Set-Cookie: A; set-cookie: b; SET-COOKIE: c'.replace(/set-cookie/gi, 'X'));
console.log('aXbxCxd'.split(/x/i).join(','));
console.log(JSON.stringify('Transfer-Encoding: Chunked'.match(/^transfer-encoding:\s*(chunked)$/i)));
