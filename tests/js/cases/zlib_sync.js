// zlib: the sync forms against Node's: deflate output byte for byte (both
// are zlib) at every level and strategy, round trips through every mode,
// multi-member gzip, trailing data, dictionaries, crc32, constants.
var zlib = require('zlib');

var seed = 88172645;
function next() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function text(n) { // compressible: words from a small vocabulary
  // (joined, not +=: mujs's collector counts objects, not bytes, so a
  // long += chain can fill a small image's heap before it runs)
  var words = ['unijs ', 'boots ', 'one ', 'service ', 'per ', 'image ', 'zlib ', 'gzip\n'], parts = [], len = 0;
  while (len < n) { var w = words[next() % words.length]; parts.push(w); len += w.length; }
  return parts.join('').slice(0, n);
}
function noise(n) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = next() & 255;
  return b;
}

var inputs = [Buffer.alloc(0), Buffer.from('a'), Buffer.from(text(1000)), noise(3000), Buffer.from(text(70000))];
// Node's zlib is Chromium's fork, whose match finder differs from zlib's
// on inputs past a few KiB at some levels: bytes are compared up to 5000
// bytes, larger inputs by round trip (and zlib_cross.js inflates Node's).
inputs.forEach(function (inp, i) {
  if (inp.length > 5000) {
    console.log(i, 'round trips', [-1, 1, 6, 9].map(function (level) {
      return zlib.inflateSync(zlib.deflateSync(inp, { level: level })).equals(inp) &&
        zlib.gunzipSync(zlib.gzipSync(inp, { level: level })).equals(inp);
    }).join(' '));
    return;
  }
  var out = [];
  [-1, 0, 1, 6, 9].forEach(function (level) {
    out.push(zlib.deflateSync(inp, { level: level }).toString('base64').length);
  });
  console.log(i, 'deflate sizes', out.join(' '));
  console.log(i, 'deflate', zlib.deflateSync(inp).toString('hex').slice(0, 64), zlib.deflateSync(inp).length);
  console.log(i, 'gzip', zlib.gzipSync(inp).toString('hex').slice(0, 64), zlib.gzipSync(inp).length);
  console.log(i, 'raw', zlib.deflateRawSync(inp, { level: 9, memLevel: 9 }).toString('base64').slice(0, 64));
  [1, 2, 3, 4].forEach(function (strategy) {
    console.log(i, 'strategy', strategy, zlib.deflateSync(inp, { strategy: strategy }).toString('hex').slice(-24));
  });
  console.log(i, 'windowBits 9', zlib.deflateSync(inp, { windowBits: 9, memLevel: 1 }).toString('hex').slice(-24));
  console.log(i, 'round trips',
    zlib.inflateSync(zlib.deflateSync(inp)).equals(inp),
    zlib.gunzipSync(zlib.gzipSync(inp)).equals(inp),
    zlib.inflateRawSync(zlib.deflateRawSync(inp)).equals(inp),
    zlib.unzipSync(zlib.gzipSync(inp)).equals(inp),
    zlib.unzipSync(zlib.deflateSync(inp)).equals(inp),
    zlib.inflateSync(zlib.deflateSync(inp, { level: 1 }), { chunkSize: 64 }).equals(inp));
});

console.log(zlib.gzipSync('hello').toString('hex'));
console.log(zlib.deflateSync('hello', { level: 9 }).toString('hex'));
console.log(zlib.deflateRawSync('hello').toString('hex'));
console.log(zlib.inflateSync(Buffer.from('78dacb48cdc9c90700062c0215', 'hex')).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.from([0, 0, 0])])).toString());
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('xyz')])).toString());
console.log(zlib.inflateSync(zlib.deflateSync('abcdef').slice(0, 8), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
var dict = Buffer.from('service image unijs');
var withDict = zlib.deflateSync('unijs image service', { dictionary: dict });
console.log(withDict.toString('hex'), zlib.inflateSync(withDict, { dictionary: dict }).toString());
var rawDict = zlib.deflateRawSync('unijs image', { dictionary: dict });
console.log(rawDict.toString('hex'), zlib.inflateRawSync(rawDict, { dictionary: dict }).toString());
console.log(zlib.gzipSync('x', { info: true }).buffer.length);
console.log(zlib.gunzipSync(new Uint8Array(zlib.gzipSync('typed'))).toString());
console.log(zlib.deflateSync('abc', { chunkSize: 64 }).length, zlib.inflateSync(zlib.deflateSync(text(5000)), { chunkSize: 100 }).length);

console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log(zlib.crc32(noise(10000)));

var keys = Object.keys(zlib.constants).filter(function (k) { return !/BROTLI|VERNUM/.test(k); }).sort();
console.log(keys.length, keys.map(function (k) { return k + '=' + zlib.constants[k]; }).join(' '));
console.log(zlib.Z_OK, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
['deflate', 'inflate', 'gzip', 'gunzip', 'deflateRaw', 'inflateRaw', 'unzip'].forEach(function (n) {
  console.log(n, typeof zlib[n], typeof zlib[n + 'Sync']);
});
