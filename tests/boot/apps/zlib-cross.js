// tests/boot/zlib-cross.sh: gzip (and deflate) 200000 bytes of generated
// text in the image and print them as base64; Node inflates them on the
// host and compares with the same text.
var zlib = require('zlib');
var seed = 2024;
function next() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
var words = ['unijs ', 'boots ', 'one ', 'service ', 'per ', 'image ', 'zlib ', 'gzip\n', '{"k":1} '], parts = [], len = 0;
while (len < 200000) { var w = words[next() % words.length]; parts.push(w); len += w.length; }
var text = parts.join('').slice(0, 200000);
console.log('gzip ' + zlib.gzipSync(text).toString('base64'));
console.log('deflate9 ' + zlib.deflateSync(text, { level: 9 }).toString('base64'));
console.log('raw1 ' + zlib.deflateRawSync(text, { level: 1 }).toString('base64'));
