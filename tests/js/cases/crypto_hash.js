// crypto: createHash/createHmac over known vectors and every output
// encoding, update() with input encodings, copy(), crypto.hash, getHashes.
var crypto = require('crypto');

var algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
var inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog',
  'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 'h\u00e9llo \u263a \ud83d\ude00'];
algs.forEach(function (a) {
  inputs.forEach(function (s) {
    console.log(a, inputs.indexOf(s), crypto.createHash(a).update(s).digest('hex'));
  });
  // a million 'a's, fed in pieces (FIPS 180 long message vector)
  var h = crypto.createHash(a), chunk = new Array(1001).join('a');
  for (var i = 0; i < 1000; i++) h.update(chunk);
  console.log(a, 'million a', h.digest('base64'));
  console.log(a, 'hmac', crypto.createHmac(a, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
  // RFC 4231 case 6: a key longer than the block
  var longKey = Buffer.alloc(131, 0xaa);
  console.log(a, 'hmac long key', crypto.createHmac(a, longKey).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('base64url'));
});

var enc = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined];
enc.forEach(function (e) {
  var d = crypto.createHash('sha256').update('unijs').digest(e);
  console.log(e, typeof d, Buffer.isBuffer(d), Buffer.from(d, e === 'buffer' || e === undefined ? undefined : e).toString('hex'));
});

console.log(crypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('sha1').update('aGVsbG8=', 'base64').digest('hex'));
console.log(crypto.createHash('sha1').update('h\u00e9', 'latin1').digest('hex'));
console.log(crypto.createHash('sha1').update(Buffer.from([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('md5').update('a').update('b').update('c').digest('hex'));

// chaining, copy() keeps the state, both go on independently
var h1 = crypto.createHash('sha256').update('part one ');
var h2 = h1.copy();
h1.update('and two');
h2.update('and three');
console.log(h1.digest('hex'));
console.log(h2.digest('hex'));
console.log(h1 instanceof crypto.Hash, crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);

// names as OpenSSL spells them
['SHA256', 'RSA-SHA256', 'sha-256', 'SHA512', 'MD5', 'RSA-SHA1', 'sha-1'].forEach(function (n) {
  console.log(n, crypto.createHash(n).update('x').digest('hex').slice(0, 16));
});

console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'buffer').length);
var hashes = crypto.getHashes();
console.log(algs.every(function (a) { return hashes.indexOf(a) >= 0; }));

// HMAC keys: string, Buffer, KeyObject, empty
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
console.log(crypto.createHmac('sha256', Buffer.from('k')).update('a').digest('hex'));
console.log(crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('k'))).update('a').digest('hex'));
var hm = crypto.createHmac('sha1', 'k');
hm.digest();
console.log(JSON.stringify(hm.digest('hex')), hm.digest().length);
