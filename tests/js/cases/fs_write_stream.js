// fs.createWriteStream under /tmp, appending, piping a packed file into
// /tmp, errors as 'error' events.
// (stream.js's Writable finish() calls state.onFinished.splice(0): it
// needs mujs 0049, splice with one argument as ES2015 has it.)
var fs = require('fs');
var path = require('path');
var bin = __filename; // a packed file (this module's source)
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
    var w = fs.createWriteStream(T + '/out.txt');
    w.on('open', function (fd) { console.log('write open', typeof fd); });
    w.write('one ');
    w.write(Buffer.from('two '));
    w.end('three');
    w.on('finish', function () {
      console.log('write finish', w.bytesWritten, fs.readFileSync(T + '/out.txt', 'utf8'));
    });
    w.on('close', function () { console.log('write close'); next(); });
  },
  function (next) {
    var w = fs.createWriteStream(T + '/out.txt', { flags: 'a' });
    w.end('!');
    w.on('finish', function () {
      console.log('append', fs.readFileSync(T + '/out.txt', 'utf8'));
    });
    w.on('close', next);
  },
  function (next) {
    var r = fs.createReadStream(bin, { highWaterMark: 64 });
    var w = fs.createWriteStream(T + '/copy.bin');
    r.pipe(w);
    w.on('close', function () {
      console.log('pipe', fs.readFileSync(T + '/copy.bin').equals(fs.readFileSync(bin)));
      next();
    });
  },
  function (next) {
    var w = fs.createWriteStream(T + '/no/such/dir.txt');
    w.on('error', function (e) { console.log('write error', e.code, e.syscall); next(); });
  },
  function () {
    fs.rmSync(T, { recursive: true });
    console.log('done', fs.existsSync(T));
  }
];
(function run(i) { steps[i](function () { run(i + 1); }); })(0);
