// Hashes fed strings: a string in UTF-8 (no encoding, 'utf8', 'utf-8')
// goes to C as it is (binding_crypto.c encodes it as Buffer.from would:
// surrogate pairs as 4 bytes, a lone surrogate as U+FFFD, U+0000 as a
// 0 byte; on the stack up to 256 bytes, allocated beyond); other
// encodings make a Buffer first. The digest names Node knows, written
// as they are listed, are found at once, other spellings (case,
// OpenSSL's) by matching.
var crypto = require('crypto');
var strs = ['', 'home', 'caf\u00e9', '\u65e5\u672c\u8a9e', '\ud83d\ude00 smile', 'lone \ud800 high', 'lone \udc00 low',
  'nul\u0000byte', new Array(86).join('abc'), new Array(87).join('abc'), new Array(2000).join('\u00e9\u20ac'),
  new Array(300).join('\ud83d\ude00')];
strs.forEach(function (s, i) {
  var r = [s.length];
  [undefined, 'utf8', 'utf-8', 'UTF8', 'latin1', 'ascii', 'buffer', 'utf16le'].forEach(function (e) {
    r.push(crypto.createHash('sha1').update(s, e).digest('hex').slice(0, 12));
  });
  r.push(crypto.createHash('sha1').update(s).digest('base64'));
  r.push(crypto.createHash('md5').update(s).update(Buffer.from(s)).update(s, 'utf8').digest('hex'));
  r.push(crypto.createHmac('sha256', 'k').update(s).update(s, 'utf8').digest('hex').slice(0, 16));
  r.push(crypto.createHmac('sha1', Buffer.from('key')).update(s, 'latin1').digest('hex').slice(0, 16));
  console.log(i, r.join(' '));
});
// hex and base64 strings (not UTF-8): decoded first
console.log(crypto.createHash('sha256').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('aGVsbG8=', 'base64').digest('hex'));
// names
['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA1', 'Sha256', 'RSA-SHA1', 'rsa-sha512', 'sha-256', 'SHA2-384',
  'sha-1', 'constructor', 'toString', '__proto__', 'sha', 'sha2-1', 'md4x', ''].forEach(function (n) {
  var r;
  try { r = crypto.createHash(n).update('abc').digest('hex').slice(0, 16); } catch (e) { r = e.name + ' ' + e.message; }
  var h;
  try { h = crypto.createHmac(n, 'k').update('abc').digest('hex').slice(0, 16); } catch (e) { h = e.name + ' ' + e.code; }
  console.log(JSON.stringify(n), r, h);
});
var h = crypto.createHash('sha1');
h.update('a');
h.digest();
try { h.update('b'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('sha1').update(5); } catch (e) { console.log(e.code); }
// digests as strings: hex and base64 made in C, other encodings (and
// other spellings) from the Buffer
['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].forEach(function (n) {
  var r = [n];
  [undefined, 'hex', 'base64', 'HEX', 'Base64', 'base64url', 'latin1', 'buffer', 'utf16le'].forEach(function (e) {
    var d = crypto.createHash(n).update('abc').digest(e);
    r.push(typeof d === 'string' ? d.length + ':' + Buffer.from(d, e === 'buffer' ? 'utf8' : e).toString('hex').slice(0, 8) : 'Buffer:' + d.toString('hex').slice(-8));
  });
  r.push(crypto.createHash(n).update('abc').digest('base64'), crypto.createHash(n).digest('hex'));
  var m = crypto.createHmac(n, 'key').update('abc');
  r.push(m.digest('base64'), JSON.stringify(m.digest('hex')), JSON.stringify(m.digest('base64')));
  console.log(r.join(' '));
});
var h2 = crypto.createHash('sha1');
console.log(h2.digest('hex'));
try { h2.digest('hex'); } catch (e) { console.log(e.code); }
try { h2.digest('base64'); } catch (e) { console.log(e.code); }
