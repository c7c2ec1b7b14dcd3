// fs: reading the app's own files (packed under /app in an image), by
// __dirname-relative and cwd-relative paths; errors as Node words them.
// Paths in output are shown relative to __dirname (the image's is /app).
var fs = require('fs');
var path = require('path');
var data = path.join(__dirname, 'fs_data');
function rel(s) { return String(s).split(__dirname).join('<dir>'); }
function err(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(rel(e.message), '|', e.code, e.errno, e.syscall, rel(e.path));
  }
}

console.log(JSON.stringify(fs.readFileSync(path.join(data, 'hello.txt'), 'utf8')));
console.log(JSON.stringify(fs.readFileSync(path.join(data, 'hello.txt'), { encoding: 'utf8', flag: 'r' })));
var b = fs.readFileSync(path.join(data, 'bytes.bin'));
console.log(Buffer.isBuffer(b), b.length, b[0], b[127], b[255]);
console.log(fs.readFileSync(path.join(data, 'hello.txt')).toString('hex'));
console.log(fs.readFileSync(path.join(data, 'hello.txt'), 'base64'));
console.log(fs.readFileSync(path.join(data, 'hello.txt'), 'latin1').length);
console.log(fs.readFileSync(path.join(data, 'utf8.txt'), 'utf8'));
console.log(JSON.parse(fs.readFileSync(path.join(data, 'config.json'), 'utf8')).list.join(','));
// this file itself (a module) reads as its source
console.log(fs.readFileSync(__filename, 'utf8').split('\n')[0]);

// relative paths resolve against process.cwd()
var cwdRel = path.relative(process.cwd(), path.join(data, 'hello.txt'));
console.log(fs.readFileSync(cwdRel, 'utf8').length);

console.log(fs.readdirSync(data).sort().join(' '));
console.log(fs.readdirSync(path.join(data, 'views')).sort().join(' '));
fs.readdirSync(data, { withFileTypes: true }).sort(function (x, y) { return x.name < y.name ? -1 : 1; })
  .forEach(function (d) {
    console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d instanceof fs.Dirent);
  });
console.log(fs.readdirSync(path.join(data, 'public'), { recursive: true }).sort().join(' '));

var st = fs.statSync(path.join(data, 'bytes.bin'));
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st instanceof fs.Stats,
  typeof st.mtimeMs, st.mtime instanceof Date, (st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
var sd = fs.statSync(path.join(data, 'views'));
console.log(sd.isFile(), sd.isDirectory(), (sd.mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR);
console.log(fs.lstatSync(path.join(data, 'hello.txt')).isFile());
console.log(fs.statSync(path.join(data, 'nope'), { throwIfNoEntry: false }));

console.log(fs.existsSync(path.join(data, 'hello.txt')), fs.existsSync(path.join(data, 'nope')),
  fs.existsSync(data), fs.existsSync(), fs.existsSync(path.join(data, 'hello.txt', 'x')));
fs.accessSync(path.join(data, 'hello.txt'));
fs.accessSync(path.join(data, 'hello.txt'), fs.constants.R_OK);
console.log(rel(fs.realpathSync(path.join(data, 'views', '..', 'hello.txt'))));

var fd = fs.openSync(path.join(data, 'bytes.bin'), 'r');
console.log(typeof fd, fs.fstatSync(fd).size);
var buf = Buffer.alloc(4);
console.log(fs.readSync(fd, buf, 0, 4, 10), buf.toString('hex'));
console.log(fs.readSync(fd, buf, 0, 4, null), buf.toString('hex'));
console.log(fs.readSync(fd, buf, 1, 2), buf.toString('hex'));
console.log(fs.readSync(fd, buf, 0, 4, 254), buf.toString('hex'));
console.log(fs.readSync(fd, buf, { position: 300 }));
fs.closeSync(fd);

err(function () { fs.readFileSync(path.join(data, 'missing.txt')); });
err(function () { fs.readFileSync('fs_data/missing.txt'); });
err(function () { fs.readFileSync(path.join(data, 'views')); });
err(function () { fs.readFileSync(path.join(data, 'hello.txt', 'x')); });
err(function () { fs.readdirSync(path.join(data, 'hello.txt')); });
err(function () { fs.readdirSync(path.join(data, 'nodir')); });
err(function () { fs.statSync(path.join(data, 'nope')); });
err(function () { fs.lstatSync(path.join(data, 'nope')); });
err(function () { fs.accessSync(path.join(data, 'nope')); });
err(function () { fs.openSync(path.join(data, 'nope')); });
err(function () { fs.realpathSync(path.join(data, 'nope')); });
err(function () { fs.closeSync(12345); });
err(function () { fs.fstatSync(12345); });
err(function () { fs.readFileSync(); });
err(function () { fs.readFileSync(path.join(data, 'hello.txt'), 'nope-enc'); });

fs.readFile(path.join(data, 'hello.txt'), 'utf8', function (e, s) {
  console.log('readFile', e, JSON.stringify(s));
  fs.readFile(path.join(data, 'gone'), function (e2, s2) {
    console.log('readFile error', rel(e2.message), e2.code, s2);
    fs.stat(data, function (e3, st3) {
      console.log('stat', e3, st3.isDirectory());
      fs.readdir(path.join(data, 'views'), { withFileTypes: true }, function (e4, list) {
        console.log('readdir', e4, list.map(function (d) { return d.name + (d.isDirectory() ? '/' : ''); }).sort().join(' '));
        fs.exists(path.join(data, 'hello.txt'), function (yes) {
          console.log('exists', yes);
          fs.access(path.join(data, 'nope'), function (e5) {
            console.log('access', e5.code);
          });
        });
      });
    });
  });
});
