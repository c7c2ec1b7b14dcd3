// fs.createReadStream: ranges, chunk sizes, encodings, errors as 'error'
// events (createWriteStream: tests/js/known/fs_write_stream.js).
var fs = require('fs');
var path = require('path');
var bin = path.join(__dirname, 'fs_data', 'bytes.bin');
var T = '/tmp/unijs-fs-case-stream';
fs.rmSync(T, { recursive: true, force: true });
fs.mkdirSync(T);
function rel(s) { return String(s).split(__dirname).join('<dir>'); }

function collect(stream, cb) {
  var chunks = [];
  stream.on('data', function (c) { chunks.push(c); });
  stream.on('error', function (e) { cb(e); });
  stream.on('end', function () { cb(null, chunks); });
}

var steps = [
  function (next) {
    collect(fs.createReadStream(bin), function (e, chunks) {
      var all = Buffer.concat(chunks);
      console.log('whole', e, chunks.length, all.length, all[0], all[255]);
      next();
    });
  },
  function (next) {
    collect(fs.createReadStream(bin, { start: 10, end: 19 }), function (e, chunks) {
      console.log('range', e, Buffer.concat(chunks).toString('hex'));
      next();
    });
  },
  function (next) {
    collect(fs.createReadStream(bin, { highWaterMark: 100 }), function (e, chunks) {
      console.log('chunks', e, chunks.map(function (c) { return c.length; }).join(','));
      next();
    });
  },
  function (next) {
    collect(fs.createReadStream(path.join(__dirname, 'fs_data', 'hello.txt'), { encoding: 'utf8', start: 7 }), function (e, chunks) {
      console.log('encoding', e, typeof chunks[0], JSON.stringify(chunks.join('')));
      next();
    });
  },
  function (next) {
    var s = fs.createReadStream(path.join(__dirname, 'fs_data', 'nope.txt'));
    s.on('open', function () { console.log('opened?'); });
    s.on('error', function (e) {
      console.log('missing', rel(e.message), e.code, e.syscall);
      next();
    });
  },
  function () {
    fs.rmSync(T, { recursive: true });
    console.log('done', fs.existsSync(T));
  }
];
(function run(i) { steps[i](function () { run(i + 1); }); })(0);
