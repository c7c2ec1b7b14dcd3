// path.join and path.resolve of up to three strings are one native call
// (binding_native.c); more arguments, a non-string, a relative resolve
// or a path of 4 KiB or more take path.js's own way. Both ways against
// Node's, and where one hands over to the other.
var path = require('path');
function show(f) {
  try { return JSON.stringify(f()); } catch (e) { return e.name + ' ' + e.code; }
}
var joins = [
  [], [''], ['', ''], ['a'], ['/'], ['//'], ['a', 'b'], ['/a', 'b'], ['a/', '/b/'], ['/a/', '..'],
  ['/a', '../..', 'b'], ['a', '../..', 'b'], ['', 'a', ''], ['.', '.'], ['./', './'], ['a/b', '../../..'],
  ['/app/public', './'], ['/app/public/', 'index.html'], ['/x', '.', '', '..', 'y'], ['a', 'b', 'c', 'd'],
  ['..', 'x'], ['/..', 'x/'], ['a', 'b/'], ['a//b', './/c//'], ['\u00e9t\u00e9', '\u65e5\u672c/..', 'x'],
  ['a', 5], [5, 'a'], ['a', 'b', null], ['a', undefined], [new String('a'), 'b'], ['a', 'b', 'c', {}]
];
joins.forEach(function (a) {
  console.log('join', JSON.stringify(a), show(function () { return path.join.apply(null, a); }));
});
var resolves = [
  ['/'], ['//'], ['/a/b/'], ['/a/b/..'], ['/..'], ['/a', 'b'], ['/a', '/b'], ['/a', 'b', '/c/d/'],
  ['/a', '', 'b/'], ['/a/', '../../../x'], ['/a', 'b', 'c', 'd'], ['/a', 'b', '..', '../x'],
  ['/x', 'y/./z/', '..'], [5, '/a'], [null, '/a', 'b'], ['/a', 5], ['/a', 'b', undefined], [new String('/a')],
  ['/\u00e9/\u65e5', '..']
];
resolves.forEach(function (a) {
  console.log('resolve', JSON.stringify(a), show(function () { return path.resolve.apply(null, a); }));
});
// relative: from the working directory (printed relative to it)
[['x'], ['x', 'y'], ['', ''], [], ['a', '..'], ['a', 'b', 'c', 'd/']].forEach(function (a) {
  var r = path.resolve.apply(null, a);
  console.log('resolve rel', JSON.stringify(a), path.isAbsolute(r), JSON.stringify(path.relative(process.cwd(), r)));
});
// long paths: 4 KiB and more go the JavaScript way, just below stays native
[4000, 4090, 4094, 4095, 4096, 5000].forEach(function (n) {
  var seg = new Array(n - 2).join('x'); // n - 3 bytes
  var j = path.join('/a', seg), r = path.resolve('/a', seg, '.'), j3 = path.join('/a', seg, '../b');
  console.log('long', n, j.length, j.slice(0, 4), r.length, r.slice(-2), j3);
});
