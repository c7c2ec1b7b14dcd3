// zlib: Node's errors for bad data, bad options and bad arguments, in the
// sync and callback forms.
var zlib = require('zlib');

function t(label, f) {
  try {
    var r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
t('inflate garbage', function () { return zlib.inflateSync(Buffer.from('hello')); });
t('gunzip garbage', function () { return zlib.gunzipSync(Buffer.from('hello world')); });
t('gunzip truncated', function () { return zlib.gunzipSync(zlib.gzipSync('hello').slice(0, 10)); });
t('inflate truncated', function () { return zlib.inflateSync(zlib.deflateSync('hello').slice(0, 5)); });
t('inflateRaw bad block', function () { return zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])); });
t('inflate empty', function () { return zlib.inflateSync(Buffer.alloc(0)); });
t('gunzip empty', function () { return zlib.gunzipSync(Buffer.alloc(0)); });
t('gunzip bad crc', function () { var g = zlib.gzipSync('hello'); g[g.length - 5] ^= 1; return zlib.gunzipSync(g); });
t('unzip garbage', function () { return zlib.unzipSync(Buffer.from('garbage!')); });
t('gunzip trailing garbage', function () {
  return zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.from('xyz')]));
});
t('need dict', function () { return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') })); });
t('bad dict', function () {
  return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') }), { dictionary: Buffer.from('xyz') });
});
t('level 10', function () { return zlib.gzipSync('a', { level: 10 }); });
t('level -2', function () { return zlib.deflateSync('a', { level: -2 }); });
t('level str', function () { return zlib.gzipSync('a', { level: 'x' }); });
t('level NaN', function () { return zlib.deflateSync('a', { level: NaN }); });
t('level Infinity', function () { return zlib.deflateSync('a', { level: Infinity }); });
t('windowBits 7', function () { return zlib.gzipSync('a', { windowBits: 7 }); });
t('windowBits 8 gzip', function () { return zlib.gzipSync('a', { windowBits: 8 }); });
t('windowBits 8 deflate', function () { return zlib.deflateSync('a', { windowBits: 8 }); });
t('windowBits 16', function () { return zlib.inflateSync(zlib.deflateSync('a'), { windowBits: 16 }); });
t('windowBits 0 inflate', function () { return zlib.inflateSync(zlib.deflateSync('a'), { windowBits: 0 }); });
t('memLevel 10', function () { return zlib.gzipSync('a', { memLevel: 10 }); });
t('strategy 5', function () { return zlib.gzipSync('a', { strategy: 5 }); });
t('chunkSize 10', function () { return zlib.gzipSync('a', { chunkSize: 10 }); });
t('flush 6', function () { return zlib.gzipSync('a', { flush: 6 }); });
t('finishFlush -1', function () { return zlib.gzipSync('a', { finishFlush: -1 }); });
t('dictionary str', function () { return zlib.deflateSync('a', { dictionary: 'abc' }); });
t('input number', function () { return zlib.gzipSync(1); });
t('input null', function () { return zlib.inflateSync(null); });
t('maxOutputLength', function () {
  return zlib.inflateSync(zlib.deflateSync(new Array(1001).join('x')), { maxOutputLength: 10 });
});
t('maxOutputLength 0', function () { return zlib.inflateSync(zlib.deflateSync('x'), { maxOutputLength: 0 }); });
t('no callback', function () { return zlib.gzip('hello'); });
t('crc32 number', function () { return zlib.crc32(1); });
t('crc32 value', function () { return zlib.crc32('a', -1); });
t('crc32 value str', function () { return zlib.crc32('a', 'x'); });

// callbacks: printed once all have come, in a fixed order
var results = [], pending = 6;
function done(line) {
  results.push(line);
  if (--pending === 0) console.log(results.sort().join('\n'));
}
zlib.gunzip(Buffer.from('bad'), function (e, r) { done('cb gunzip bad ' + [e.message, e.code, e.errno, r].join(' ')); });
zlib.gzip('hi', function (e, r) {
  done('cb gzip ' + e + ' ' + r.length);
  zlib.gunzip(r, function (e2, r2) { done('cb gunzip ' + e2 + ' ' + r2.toString()); });
});
zlib.deflate('hi', { level: 1 }, function (e, r) { done('cb deflate ' + e + ' ' + r.toString('hex')); });
zlib.inflateRaw(zlib.deflateRawSync('raw'), function (e, r) { done('cb inflateRaw ' + e + ' ' + r.toString()); });
zlib.unzip(zlib.deflateSync('unz'), function (e, r) { done('cb unzip ' + e + ' ' + r.toString()); });
console.log('callbacks come later');
t('unzip zlib then garbage', function () { return zlib.unzipSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('xyz')])); });
t('unzip gzip then garbage', function () { return zlib.unzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.from('xyz')])); });
t('unzip two members', function () { return zlib.unzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])); });
t('gunzip zero padding', function () { return zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), Buffer.alloc(9)])); });
t('windowBits 8 raw', function () { return zlib.deflateRawSync('a', { windowBits: 8 }); });
t('inflate windowBits 8 of 15', function () { return zlib.inflateSync(zlib.deflateSync('abc'), { windowBits: 8 }); });
