// fs.stat and fs.statSync through lookup: a path whose parent is a
// directory of the app's files is found from a table of those
// directories, anything else by walking the tree from the root; errors
// (code, errno, syscall, path, message) as Node's. fs.stat(p, cb) and
// fs.stat(p, options, cb) skip the generic callback wrapper; other
// arities take it. throwIfNoEntry: false is the synchronous forms' only.
var fs = require('fs');
var path = require('path');
var d = path.join(__dirname, 'fs_data');
function rel(s) { return String(s).split(__dirname).join('<dir>'); }
function errLine(e) {
  return e.name + ' ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' + rel(e.path) + ' | ' + rel(e.message) +
    ' | ' + rel(String(e.stack).split('\n')[0]) + ' ' + Object.keys(e).sort().join(',');
}
function what(st) { return st === undefined ? 'undefined' : (st.isDirectory() ? 'dir' : 'file') + (st.isFile() ? ' ' + st.size : ''); }
var paths = [
  d, d + '/', d + '/public', d + '/public/', d + '/public/index.html', d + '/public/missing.html',
  d + '/hello.txt', d + '/hello.txt/', d + '/hello.txt/.', d + '/hello.txt/x', d + '/nodir/x', d + '/nodir',
  d + '/public/../hello.txt', d + '/./public//index.html', d + '//hello.txt', d + '/missing/',
  d + '/public/constructor', d + '/public/__proto__', d + '/hasOwnProperty/x', d + '/views',
  '/', '/tmp', '/nowhere', '/nowhere/x', '/tmp/fs_stat_lookup/a.txt', '/tmp/fs_stat_lookup', '/tmp/fs_stat_lookup/no'
];
fs.mkdirSync('/tmp/fs_stat_lookup', { recursive: true });
fs.writeFileSync('/tmp/fs_stat_lookup/a.txt', 'abc');
paths.forEach(function (p) {
  try { console.log('sync', rel(p), what(fs.statSync(p))); } catch (e) { console.log('sync', rel(p), errLine(e)); }
  try { console.log('lsync', rel(p), what(fs.lstatSync(p))); } catch (e) { console.log('lsync', rel(p), errLine(e)); }
  console.log('noentry', rel(p), (function () {
    try { return what(fs.statSync(p, { throwIfNoEntry: false })); } catch (e) { return e.code; }
  })());
});
console.log('existsSync', fs.existsSync(d + '/public/index.html'), fs.existsSync(d + '/public/nope'));

// the callback forms, in order: each calls back in a later turn
var i = 0;
function next() {
  if (i >= paths.length) return forms();
  var p = paths[i++];
  var form = i % 3;
  function cb(err, st) {
    console.log('stat' + form, rel(p), err ? errLine(err) : what(st), this === undefined || this === null || this === global);
    next();
  }
  if (form === 0) fs.stat(p, cb);
  else if (form === 1) fs.stat(p, {}, cb);
  else fs.stat(p, undefined, cb);
  console.log('called', rel(p));
}
function forms() {
  function t(name, f) { try { f(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.name, e.code); } }
  t('no cb', function () { fs.stat(d); });
  t('cb not a function', function () { fs.stat(d, {}, 5); });
  t('path a number', function () { fs.stat(5, function () { console.log('called back'); }); });
  t('path with NUL', function () { fs.stat(d + '\u0000', function () { console.log('called back'); }); });
  fs.stat(Buffer.from(d + '/hello.txt'), function (err, st) {
    console.log('buffer path', err ? err.code : what(st));
    fs.stat(d + '/public/index.htm', { throwIfNoEntry: false }, function (err, st) {
      console.log('async noentry', err ? err.code : what(st));
      fs.lstat(d + '/nodir/x', { throwIfNoEntry: false }, function (err, st) {
        console.log('async lstat noentry', err ? err.code : what(st));
        fs.promises.stat(d + '/public/x', { throwIfNoEntry: false }).then(function (st) {
          console.log('promise', what(st));
        }, function (err) {
          console.log('promise', err.code, rel(err.message));
          fs.rmSync('/tmp/fs_stat_lookup', { recursive: true });
        });
      });
    });
  });
}
next();
