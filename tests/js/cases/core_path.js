// path (POSIX) against Node's.
var path = require('path');
var cases = ['', '.', '/', '//', 'a', '/a/b/', 'a/b/../c', '/a/./b/../../..', '../x/y', 'a//b///c/', '/foo/bar/baz.tar.gz', '.bashrc', 'dir/.hidden.txt', 'x/..', '...', 'a.b.',
  // (the short way of paths without . or .. segments, and its edges)
  '/a//b', 'a/b//', '//a//b//', '/.a/b', 'a/.', '/app/public//index.html', 'a/b.c/d', 'x/...y/z', '///',
  './', './a/b', './/a//', './.', './..', '././x', './.h/y',
  '/app/public/./', 'a/./b', 'a/./.b', '/.', 'a/.//b/./', '/a/.x/./y/.', './/./'];
cases.forEach(function (p) {
  console.log(JSON.stringify(p), path.normalize(p), path.dirname(p), path.basename(p), path.extname(p), path.isAbsolute(p));
  var o = path.parse(p);
  console.log('  parse', o.root, o.dir, o.base, o.ext, o.name, path.format(o));
});
console.log(path.join('a', 'b', '../c', './d'), path.join('/a', '', 'b/'), path.join(), path.join('', ''));
console.log(path.resolve('/x', 'y', '../z'), path.resolve('/a', '/b', 'c'), path.resolve('/'), path.resolve('/a/b/', '..'));
console.log(path.join('/app/public/', '/index.html'), path.join('a', '', '/b//'), path.resolve('/app/public', 'x//y/'), path.resolve('/a', 'b/.c'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a/b/c'), path.relative('/a/b', '/a/b'), path.relative('/x/y', '/'));
console.log(path.basename('/a/b.js', '.js'), path.basename('b.js', 'b.js'), path.basename('/a/b/', 'b'));
console.log(path.format({ dir: '/home/u', base: 'f.txt' }), path.format({ root: '/', name: 'n', ext: 'e' }), path.format({ name: 'x', ext: '.y' }));
console.log(path.sep, path.delimiter, path.posix === path, require('node:path') === path);
try { path.join('a', 5); } catch (e) { console.log(e.name, e.code); }
