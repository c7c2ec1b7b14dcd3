// path.normalize, join, resolve and relative on generated paths, against
// Node's: segments from a small alphabet ("", ".", "..", names, dotted
// names, a multi-byte name) in random order, relative and absolute, with
// runs of "/" (path.js's segment pass is native: binding_native.c,
// native.pathSegments; paths of 4 KiB and more take path.js's own way).
var path = require('path');
var seed = 20261206;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var alphabet = ['', '.', '..', '..', 'a', 'bc', '...', '.x', 'x.', 'é', 'public', 'index.html', '.', ''];
function gen() {
  var k = 1 + rnd(8), parts = [];
  for (var i = 0; i < k; i++) parts.push(alphabet[rnd(alphabet.length)]);
  var p = parts.join('/');
  switch (rnd(4)) {
    case 0: return '/' + p;
    case 1: return './' + p;
    case 2: return p + (rnd(2) ? '/' : '');
    default: return p;
  }
}
var lines = [];
for (var i = 0; i < 1500; i++) {
  var p = gen(), q = gen();
  lines.push(JSON.stringify(p) + ' ' + JSON.stringify(q) + ' ' + path.normalize(p) + ' | ' + path.join(p, q) +
    ' | ' + path.resolve('/r', p, q) + ' | ' + path.relative('/r/' + p, '/r/' + q));
}
console.log(lines.join('\n'));
// long paths: past the native pass's 4 KiB
var long = [];
for (i = 0; i < 700; i++) long.push(i % 5 === 4 ? '..' : 'seg' + i);
var lp = long.join('/');
console.log(lp.length > 4096, path.normalize(lp).length, path.normalize('/' + lp).slice(-40), path.join(lp, '../x').slice(-30));
console.log(path.normalize('../../' + lp).slice(0, 30), path.resolve('/', lp, '..').length);
