// stream: process.stdout as a pipe() and pipeline() destination (not
// ended by pipe), write() callbacks, 'finish' after end() in pipeline.
var stream = require('stream');
process.stdout.write('direct write\n', function () { console.log('write callback'); });
console.log(process.stdout instanceof stream.Writable, typeof process.stdout.on, process.stdout.writable);
var r = stream.Readable.from(['piped 1\n', 'piped 2\n']);
r.pipe(process.stdout);
r.on('end', function () {
  console.log('after pipe, still writable', process.stdout.writable);
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(null, String(c).toUpperCase()); } });
  stream.pipeline(stream.Readable.from(['through pipeline\n']), t, process.stderr, function (err) {
    console.log('pipeline done', err);
  });
});
