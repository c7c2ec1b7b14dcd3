// punycode: encode/decode (RFC 3492 samples), toASCII/toUnicode of domains
// and emails, ucs2 helpers, errors.
// env: NODE_NO_WARNINGS=1
var punycode = require('punycode');
['mañana', 'bücher', 'ü', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'abc', '', '☃-⌘', 'ab😀c'].forEach(function (s) {
  var e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
});
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@bücher.example'), punycode.toASCII('a\u3002b'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('user@xn--bcher-kva.example'), punycode.toUnicode('plain.org'));
console.log(punycode.ucs2.decode('a😀'), punycode.ucs2.encode([97, 0x1F600]), punycode.version);
['xn--', 'ab-ü', 'zzzzzzzzzzzzz'].forEach(function (bad) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
});
