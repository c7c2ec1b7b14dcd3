// stream: the _stream_* module names old packages require, pipe() into an
// emitter without prependListener, legacy pipe with listenerCount shadowed,
// pipeline from a string.
var stream = require('stream');
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
var w = new stream.Writable({ write: function (c, e, cb) { console.log('got', String(c)); cb(); } });
w.prependListener = undefined;
w.on('pipe', function () { console.log('pipe event'); });
stream.Readable.from(['one']).pipe(w);
var r = new stream.Stream(), d = new stream.Stream();
r.listenerCount = undefined;
d.listenerCount = undefined;
r.on('error', function (e) { console.log('r error', e.message); });
d.on('error', function (e) { console.log('d error', e.message); });
d.on('pipe', function () { r.emit('error', new Error('R')); d.emit('error', new Error('D')); });
r.pipe(d);
var out = [];
stream.pipeline('abc', new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } }), function (err) {
  console.log('pipeline from a string', err, JSON.stringify(out));
});
