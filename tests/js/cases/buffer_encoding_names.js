// Encoding names: the ones written as Node spells them, their other
// cases, and names that are properties of every object ('constructor',
// 'toString', '__proto__'): no encoding, Node throws ERR_UNKNOWN_ENCODING
// (buffer.js's table of encodings has no prototype; encodingOf answers
// a name as written from it first, then tries it in lower case).
var b = Buffer.from('hi');
var names = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2',
  'UTF8', 'Utf-8', 'HEX', 'Latin1', 'UCS-2', 'constructor', 'toString', '__proto__', 'hasOwnProperty',
  'valueOf', 'isPrototypeOf', 'bogus', undefined];
names.forEach(function (e) {
  var r = [];
  function t(f) { try { r.push(f()); } catch (x) { r.push(x.code); } }
  t(function () { return Buffer.from('abc', e).toString('hex'); });
  t(function () { return b.toString(e); });
  t(function () { return Buffer.alloc(4).write('zz', e); });
  t(function () { return Buffer.alloc(3, 'ab', e).toString('hex'); });
  t(function () { return b.indexOf('i', 0, e); });
  t(function () { return b.includes('h', 0, e); });
  r.push(Buffer.isEncoding(e), Buffer.byteLength('abcd', e));
  console.log(String(e), r.join(' '));
});
// Buffer.from(s, null) is utf8
console.log(Buffer.from('abc', null).toString('hex'));
