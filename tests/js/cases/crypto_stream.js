// crypto: Hash and Hmac are Transform streams (Node's LazyTransform):
// write/end/read, 'data' and 'finish' events, pipe, setEncoding.
var crypto = require('crypto');
var stream = require('stream');

var h = crypto.createHash('sha512');
h.end('Test123');
console.log(h.read().toString('hex').slice(0, 32));

var h2 = crypto.createHash('sha256');
h2.write('Te');
h2.write('st');
h2.write('123');
h2.end();
console.log(h2.read().toString('base64'));

var h3 = crypto.createHash('md5');
h3.end();
console.log(h3.read().toString('hex'));

console.log(h instanceof stream.Transform, typeof h.pipe, typeof h.on);

var h4 = crypto.createHash('sha1');
h4.setEncoding('hex');
h4.on('data', function (d) { console.log('data', typeof d, d); });
h4.on('finish', function () { console.log('finish'); });
h4.on('end', function () { console.log('end'); });
h4.write('abc');
h4.end();

var hm = crypto.createHmac('sha256', 'key');
hm.on('readable', function () {
  var d = hm.read();
  if (d) console.log('hmac', d.toString('hex'));
});
hm.end('The quick brown fox jumps over the lazy dog');

// piped from a Readable
var src = stream.Readable.from(['a', 'b', 'c'].map(function (s) { return Buffer.from(s); }));
var h5 = crypto.createHash('sha256');
src.pipe(h5).on('data', function (d) {
  console.log('piped', d.toString('hex'), d.equals(crypto.createHash('sha256').update('abc').digest()));
});

