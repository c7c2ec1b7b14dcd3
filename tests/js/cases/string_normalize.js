// String.prototype.normalize (js/polyfills/normalize.js; mujs and core-js
// have none): the four forms, Hangul, compatibility characters, canonical
// ordering and blocked composition, astral characters, the form check.
// joi's email rule normalizes every non-ASCII address.
var path = require('path');
console.log(path.normalize('/a//b/../c'));
var words = ['Å', 'Å', 'é', 'é', 'ﬁ', 'ṩ', 'ṩ', 'ḍ̇', 'q̣̇', '한국어', '한', 'ᄒ\u1161\u11ab', '①②', 'ｶﾞ', '㈱', 'x\u0327\u0301\u0316', 'Ǆ', '\u1e9b\u0323', 'ꜳ', '𝐀', 'a\u0308\u0301', '\u0344', 'ΐ', 'ϓ', '\ud834\udd5e', 'ü@cödé.de'];
['NFC', 'NFD', 'NFKC', 'NFKD'].forEach(function (f) {
  console.log(f, words.map(function (w) { return escape(w.normalize(f)); }).join(' '));
});
console.log('é'.normalize() === 'é', 'abc'.normalize('NFD'));
try { 'x'.normalize('nfc'); } catch (e) { console.log(e.name, e.message); }
var crypto = require('crypto');
['NFC', 'NFD', 'NFKC', 'NFKD'].forEach(function (f) {
  var h = crypto.createHash('sha1');
  for (var c = 0xA0; c < 0x500; c++) h.update(escape(String.fromCharCode(c).normalize(f)));
  for (c = 0x1E00; c < 0x2000; c++) h.update(escape(String.fromCharCode(c).normalize(f)));
  var bases = ['a', 'o', 'S', '\u03b1', '\u0399', '\u0430', '\u1100', '\uac00', '\u05d0', '\u0627'];
  var marks = ['\u0300', '\u0301', '\u0308', '\u0323', '\u0327', '\u0345', '\u0342', '\u0313', '\u05b4', '\u0654', '\u1161', '\u11a8', '\u0316'];
  bases.forEach(function (b) { marks.forEach(function (m1) { marks.forEach(function (m2) { h.update(escape((b + m1 + m2).normalize(f))); }); }); });
  console.log(f, h.digest('hex'));
});
console.log(Object.prototype.propertyIsEnumerable.call(String.prototype, 'normalize'), String.prototype.normalize.length, ''.normalize(), 'x'.normalize(undefined));
// a longer text (read and written a piece at a time)
var parts = [];
for (var i = 0; i < 300; i++) parts.push('Ünïcödé e\u0301 한국어 ﬁ \ud834\udd5e ');
var big = parts.join('');
var nfd = big.normalize('NFD'), nfkc = big.normalize('NFKC');
console.log(big.length, nfd.length, nfkc.length, nfkc.normalize('NFKC') === nfkc, nfd.normalize('NFC') === big.normalize('NFC'));
