// fs: writing under /tmp (in memory in unijs; node writes the host's /tmp,
// in a directory of its own that this case removes again).
var fs = require('fs');
var path = require('path');
var T = '/tmp/unijs-fs-case-tmp';
fs.rmSync(T, { recursive: true, force: true });
function err(f) {
  try {
    var r = f();
    console.log('no error', r);
  } catch (e) {
    console.log(e.message, '|', e.code, e.errno, e.syscall, e.path, e.dest);
  }
}

console.log(fs.mkdirSync(T));
console.log(fs.mkdirSync(T + '/a/b/c', { recursive: true }));
console.log(fs.mkdirSync(T + '/a/b/c', { recursive: true }));
fs.writeFileSync(T + '/f.txt', 'hello');
console.log(fs.readFileSync(T + '/f.txt', 'utf8'));
fs.appendFileSync(T + '/f.txt', ' world');
fs.appendFileSync(T + '/f.txt', Buffer.from([0x21, 0x0a]));
console.log(JSON.stringify(fs.readFileSync(T + '/f.txt', 'utf8')));
fs.writeFileSync(T + '/hex.bin', '00ff10', 'hex');
console.log(fs.readFileSync(T + '/hex.bin').toString('hex'), fs.statSync(T + '/hex.bin').size);
fs.writeFileSync(T + '/opt.txt', 'abc', { encoding: 'utf8', flag: 'w' });
fs.writeFileSync(T + '/opt.txt', 'def', { flag: 'a' });
console.log(fs.readFileSync(T + '/opt.txt', 'utf8'));
err(function () { fs.writeFileSync(T + '/opt.txt', 'x', { flag: 'wx' }); });
err(function () { fs.writeFileSync(T + '/f.txt', 12); });

// descriptors: write, positioned write, read back
var fd = fs.openSync(T + '/fd.txt', 'w+');
console.log(fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), fs.writeSync(fd, '!'));
var b = Buffer.alloc(10);
console.log(fs.readSync(fd, b, 0, 10, 0), JSON.stringify(b.toString('utf8', 0, 7)));
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 3);
fs.closeSync(fd);
console.log(fs.readFileSync(T + '/fd.txt', 'utf8'));
err(function () { fs.writeSync(fd, 'x'); });
fd = fs.openSync(T + '/fd.txt', 'r');
err(function () { fs.writeSync(fd, 'x'); });
fs.closeSync(fd);
fd = fs.openSync(T + '/fd.txt', 'a');
fs.writeSync(fd, 'zz', 0);
fs.closeSync(fd);
console.log(fs.readFileSync(T + '/fd.txt', 'utf8'));
fs.truncateSync(T + '/fd.txt', 6);
console.log(JSON.stringify(fs.readFileSync(T + '/fd.txt', 'latin1')));

console.log(fs.readdirSync(T).sort().join(' '));
console.log(fs.readdirSync(T, { recursive: true }).sort().join(' '));
console.log(fs.statSync(T + '/a').isDirectory(), fs.statSync(T + '/f.txt').isFile(), fs.statSync(T + '/f.txt').size);
console.log(fs.existsSync(T + '/a/b'), fs.existsSync(T + '/nope'));

fs.renameSync(T + '/f.txt', T + '/a/g.txt');
console.log(fs.existsSync(T + '/f.txt'), fs.readFileSync(T + '/a/g.txt', 'utf8').length);
fs.copyFileSync(T + '/a/g.txt', T + '/copy.txt');
console.log(fs.readFileSync(T + '/copy.txt', 'utf8').length);
err(function () { fs.copyFileSync(T + '/a/g.txt', T + '/copy.txt', fs.constants.COPYFILE_EXCL); });
err(function () { fs.copyFileSync(T + '/nope', T + '/copy2.txt'); });
err(function () { fs.renameSync(T + '/nope', T + '/x'); });
err(function () { fs.renameSync(T + '/copy.txt', T + '/a'); });
err(function () { fs.renameSync(T + '/a', T + '/copy.txt'); });
err(function () { fs.mkdirSync(T + '/a'); });
err(function () { fs.mkdirSync(T + '/q/r'); });
err(function () { fs.mkdirSync(T + '/copy.txt/x', { recursive: true }); });
err(function () { fs.rmdirSync(T + '/a'); });
err(function () { fs.rmdirSync(T + '/copy.txt'); });
err(function () { fs.rmdirSync(T + '/nope'); });
err(function () { fs.unlinkSync(T + '/a'); });
err(function () { fs.unlinkSync(T + '/nope'); });
err(function () { fs.openSync(T + '/a', 'w'); });
err(function () { fs.openSync(T + '/nodir/x', 'w'); });
err(function () { fs.writeFileSync(T + '/copy.txt/x', 'y'); });
err(function () { fs.readFileSync(T + '/a'); });
err(function () { fs.rmSync(T + '/a'); });
err(function () { fs.rmSync(T + '/nope'); });
fs.rmSync(T + '/nope', { force: true });

fs.unlinkSync(T + '/copy.txt');
fs.rmdirSync(T + '/a/b/c');
console.log(fs.readdirSync(T + '/a/b').length);
fs.rmSync(T + '/a', { recursive: true });
console.log(fs.readdirSync(T).sort().join(' '));
var d = fs.mkdtempSync(T + '/tmp-');
console.log(d.length === (T + '/tmp-').length + 6, fs.statSync(d).isDirectory());

// callbacks
fs.writeFile(T + '/cb.txt', 'callback data', function (e) {
  console.log('writeFile', e);
  fs.appendFile(T + '/cb.txt', '+', function (e2) {
    console.log('appendFile', e2);
    fs.readFile(T + '/cb.txt', 'utf8', function (e3, s) {
      console.log('readFile', e3, s);
      fs.mkdir(T + '/cbdir', function (e4) {
        console.log('mkdir', e4);
        fs.mkdir(T + '/cbdir', function (e5) {
          console.log('mkdir again', e5.code);
          fs.rename(T + '/cb.txt', T + '/cbdir/cb.txt', function (e6) {
            console.log('rename', e6, fs.readdirSync(T + '/cbdir').join());
            fs.unlink(T + '/cbdir/cb.txt', function (e7) {
              console.log('unlink', e7);
              fs.rm(T, { recursive: true }, function (e8) {
                console.log('rm', e8, fs.existsSync(T));
              });
            });
          });
        });
      });
    });
  });
});
// (a second case file would need its own /tmp directory: these run last)
process.on('exit', function () {
  var U = '/tmp/unijs-fs-case-tmp-edge';
  fs.rmSync(U, { recursive: true, force: true });
  fs.mkdirSync(U);
  fs.writeFileSync(U + '/f', 'x');
  err(function () { fs.renameSync(U + '/f', U + '/no/dir/f'); });
  err(function () { fs.copyFileSync(U + '/f', U + '/no/dir/f'); });
  err(function () { fs.readFileSync(''); });
  err(function () { fs.statSync(''); });
  console.log(fs.existsSync(''));
  fs.rmSync(U, { recursive: true });
});
