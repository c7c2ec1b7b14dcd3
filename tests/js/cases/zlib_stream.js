// zlib: the stream forms (createGzip ... as Transforms): pipe through
// gzip then gunzip, chunked writes, flush(), errors as 'error' events,
// bytesWritten, one-byte chunks into unzip.
var zlib = require('zlib');
var stream = require('stream');

function collect(s, label, cb) {
  var parts = [];
  s.on('data', function (d) { parts.push(d); });
  s.on('end', function () { cb(Buffer.concat(parts)); });
  s.on('error', function (e) { console.log(label, 'error', e.code, e.errno, e.message); });
}

var text = [];
for (var i = 0; i < 2000; i++) text.push('line ' + i + ' of the stream test\n');
text = text.join('');

var steps = [];
function next() { var f = steps.shift(); if (f) f(); }

steps.push(function () {
  var gz = zlib.createGzip();
  console.log(gz instanceof stream.Transform, gz instanceof zlib.Gzip, typeof gz.flush);
  collect(gz, 'gzip', function (buf) {
    console.log('gzip stream', buf.length, buf.equals(zlib.gzipSync(text)), gz.bytesWritten);
    next();
  });
  for (var j = 0; j < text.length; j += 1000) gz.write(text.slice(j, j + 1000));
  gz.end();
});

steps.push(function () {
  var src = stream.Readable.from([zlib.deflateSync(text)]);
  collect(src.pipe(zlib.createInflate({ chunkSize: 1024 })), 'inflate', function (buf) {
    console.log('inflate stream', buf.toString() === text);
    next();
  });
});

steps.push(function () {
  stream.pipeline(stream.Readable.from([Buffer.from(text)]), zlib.createDeflateRaw({ level: 9 }),
    zlib.createInflateRaw(), new stream.Writable({
      write: function (c, e, cb) { this.n = (this.n || 0) + c.length; cb(); },
      final: function (cb) { console.log('pipeline raw', this.n); cb(); }
    }), function (err) { console.log('pipeline done', err); next(); });
});

steps.push(function () {
  var un = zlib.createUnzip();
  collect(un, 'unzip', function (buf) { console.log('one-byte chunks', buf.toString()); next(); });
  var g = zlib.gzipSync('abc');
  for (var j = 0; j < g.length; j++) un.write(g.slice(j, j + 1));
  un.end();
});

steps.push(function () {
  var d = zlib.createDeflate();
  var got = [];
  d.on('data', function (c) { got.push(c); });
  d.write('hello ');
  d.flush(function () {
    var partial = Buffer.concat(got);
    console.log('flushed', partial.length > 0, zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end('world');
    d.on('end', function () {
      console.log('after flush', zlib.inflateSync(Buffer.concat(got)).toString());
      next();
    });
  });
});

steps.push(function () {
  var gun = zlib.createGunzip();
  gun.on('error', function (e) { console.log('gunzip error', e.code, e.errno, e.message); next(); });
  gun.on('data', function () {});
  gun.end(Buffer.from('not gzip at all'));
});

steps.push(function () {
  var inf = zlib.createInflate();
  inf.on('error', function (e) { console.log('truncated error', e.code, e.message); next(); });
  inf.on('data', function () {});
  inf.end(zlib.deflateSync(text).slice(0, 50));
});

steps.push(function () {
  try { zlib.createGzip({ level: 42 }); } catch (e) { console.log(e.code, e.message); }
  var gz = new zlib.Gzip();
  collect(gz, 'ctor', function (buf) { console.log('ctor', zlib.gunzipSync(buf).toString()); next(); });
  gz.end('made with new');
});


steps.push(function () {
  var d = zlib.createDeflate({ level: 1 });
  var got = [];
  d.on('data', function (c) { got.push(c); });
  d.write(text.slice(0, 20000));
  d.params(9, zlib.constants.Z_FILTERED, function () {
    d.end(text.slice(20000));
  });
  d.on('end', function () {
    console.log('params', zlib.inflateSync(Buffer.concat(got)).toString() === text);
    try { d.params('x', 0); } catch (e) { console.log(e.code, e.message); }
    try { d.params(0, -2); } catch (e) { console.log(e.code, e.message); }
    next();
  });
});

next();
