// crypto: PBKDF2 (RFC 6070 vectors and more), secret KeyObjects,
// timingSafeEqual, and digests of pseudo-random inputs (the same inputs
// in Node and here: a fixed-seed generator) compared with Node's.
var crypto = require('crypto');

console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('pass\u0000word', 'sa\u0000lt', 4096, 16, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync(Buffer.from('k'), Buffer.alloc(0), 3, 100, 'SHA384').toString('hex'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'md5').length);

var k = crypto.createSecretKey(Buffer.from('secret-key'));
console.log(k.type, k.symmetricKeySize, k.export().toString(), JSON.stringify(k.export({ format: 'jwk' })));
console.log(k instanceof crypto.KeyObject, k.equals(crypto.createSecretKey('secret-key', 'utf8')),
  k.equals(crypto.createSecretKey('secret-kez', 'utf8')));
console.log(crypto.createSecretKey('00ff', 'hex').symmetricKeySize);

console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
  crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));

// xorshift32 with a fixed seed: the same bytes under both runtimes
var seed = 2463534242;
function next() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
var lens = [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 4099];
lens.forEach(function (n) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = next() & 255;
  var out = [];
  ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].forEach(function (a) {
    out.push(crypto.createHash(a).update(b).digest('hex').slice(0, 12));
    out.push(crypto.createHmac(a, b.slice(0, n >> 1)).update(b).digest('hex').slice(0, 12));
  });
  // split updates give the digest of the whole
  var h = crypto.createHash('sha256'), p = 0;
  while (p < n) { var q = Math.min(n, p + 1 + (next() % 97)); h.update(b.slice(p, q)); p = q; }
  console.log(n, out.join(' '), h.digest('hex') === crypto.createHash('sha256').update(b).digest('hex'));
});
