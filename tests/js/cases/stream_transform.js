// stream: Transform (flush, errors, backpressure through the readable
// side), PassThrough, Duplex halves and allowHalfOpen, pipe/unpipe with
// backpressure, pipeline and finished (success, error, premature close),
// the legacy Stream base.
var stream = require('stream');
var util = require('util');
var log = function () { console.log.apply(console, arguments); };

(function () {
  var t = new stream.Transform({
    transform: function (chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
    flush: function (cb) { this.push('!'); cb(); }
  });
  var out = '';
  t.on('data', function (d) { out += d; });
  t.on('end', function () { log('A end', out); });
  t.on('finish', function () { log('A finish'); });
  t.on('close', function () { log('A close'); });
  t.write('ab');
  t.end('cd');
})();

(function () {
  var src = new stream.Readable({ read: function () {} });
  var seen = [];
  var slow = new stream.Writable({
    highWaterMark: 3,
    write: function (c, e, cb) { seen.push(c.toString()); setTimeout(cb, 1); }
  });
  slow.on('pipe', function (s) { log('B pipe', s === src); });
  slow.on('unpipe', function () { log('B unpipe'); });
  src.pipe(slow);
  src.push('1234');
  src.push('56');
  src.push(null);
  slow.on('finish', function () { log('B finish', seen.join(',')); });
})();

(function () {
  var r = new stream.PassThrough();
  var w = new stream.PassThrough();
  r.pipe(w);
  r.unpipe(w);
  log('C flowing', r.readableFlowing, r.isPaused());
})();

(function () {
  var up = new stream.Transform({ transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  var got = [];
  var sink = new stream.Writable({ write: function (c, e, cb) { got.push(c.toString()); cb(); } });
  stream.pipeline(stream.Readable.from(['a', 'b', 'c']), up, sink, function (err) {
    log('D pipeline', err, got.join(''));
  });
})();

(function () {
  var bad = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('bad chunk')); } });
  var sink = new stream.PassThrough();
  var src = stream.Readable.from(['x']);
  stream.pipeline(src, bad, sink, function (err) {
    log('E pipeline', err && err.message, src.destroyed, bad.destroyed, sink.destroyed);
  });
})();

(function () {
  var r = new stream.Readable({ read: function () {} });
  stream.finished(r, function (err) { log('F finished', err && err.code); });
  r.destroy();
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.finished(w, function (err) { log('F2 finished', err); });
  w.end('x');
})();

(function () {
  var d = new stream.Duplex({
    read: function () {},
    write: function (c, e, cb) { log('G write', c.toString()); cb(); },
    allowHalfOpen: false
  });
  d.on('finish', function () { log('G finish'); });
  d.on('end', function () { log('G end'); });
  d.on('close', function () { log('G close'); });
  d.write('hi');
  d.push(null);
  d.resume();
  log('G', d instanceof stream.Readable, d.readable, d.writable, d.allowHalfOpen);
})();

(function () {
  function Old() { stream.Stream.call(this); this.readable = true; }
  util.inherits(Old, stream.Stream);
  var o = new Old();
  var got = [];
  var w = new stream.Writable({ write: function (c, e, cb) { got.push(c.toString()); cb(); } });
  o.pipe(w);
  o.emit('data', 'old1');
  o.emit('data', 'old2');
  o.emit('end');
  w.on('finish', function () { log('H legacy', got.join('+')); });
})();

(function () {
  // a Transform that ends its readable side at once: its write callbacks
  // wait a tick, so the source is paused after two reads
  var reads = 0;
  var src = new stream.Readable({ read: function () { if (reads++ < 5) this.push(Buffer.alloc(20000)); } });
  var t = new stream.Transform({ transform: function (c, e, cb) { this.push(null); cb(); } });
  src.pipe(t);
  t.on('data', function () {});
  t.on('end', function () { log('I end', reads, src.isPaused()); });
})();
