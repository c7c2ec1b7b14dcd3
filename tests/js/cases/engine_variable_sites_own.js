// Each GETVAR and SETVAR site has its own entry in its function
// (patches/mujs/0257), and a function's environment template is one
// block copied whole at each call (0256). Every way a site's answer can
// change must be seen: a closure made anew at each call of its parent
// reading and writing the parent call's names (both environments copies
// of templates, the entry kept across calls), the first call's
// environment (made by insertion, not yet a copy) beside later ones, many
// captured names (their places in the block), the same site under a
// parent that is not lightweight (eval: its environment is no copy) and
// under an eval's var that comes to hide an outer name, a with
// statement's object, and a deleted global. Prints what node prints.
// (Not strict: with and sloppy eval are needed.)

// next() made at each request, as Express's router makes it: it reads
// and writes its parent call's names
function handle(req, stack) {
  var idx = 0, seen = [], done = false;
  function next() {
    if (idx >= stack.length) { done = true; return; }
    var layer = stack[idx++];
    seen.push(req + ':' + layer);
    next();
  }
  next();
  return seen.join(',') + (done ? ' done' : '') + ' idx=' + idx;
}
var out = [];
for (var r = 0; r < 5; r++) out.push(handle('r' + r, ['a', 'b', 'c'].slice(0, (r % 3) + 1)));
console.log(out.join(' | '));

// closures of many calls kept and called in turn, after later calls:
// each still sees its own call's names (the first one's environment was
// made by insertion, the others are copies)
function make(i) {
  var own = 'v' + i, count = 0;
  return function (d) { count += d; return own + '=' + count; };
}
var fs = [];
for (var i = 0; i < 6; i++) fs.push(make(i));
console.log(fs.map(function (f, k) { return f(k); }).join(' '), fs[0](10), fs[5](1));

// 40 captured names: places past the first few in the block
function wide(base) {
  var a0 = base, a1 = base + 1, a2 = base + 2, a3 = base + 3, a4 = base + 4, a5 = base + 5, a6 = base + 6,
    a7 = base + 7, a8 = base + 8, a9 = base + 9, b0 = base + 10, b1 = base + 11, b2 = base + 12,
    b3 = base + 13, b4 = base + 14, b5 = base + 15, b6 = base + 16, b7 = base + 17, b8 = base + 18,
    b9 = base + 19, c0 = base + 20, c1 = base + 21, c2 = base + 22, c3 = base + 23, c4 = base + 24,
    c5 = base + 25, c6 = base + 26, c7 = base + 27, c8 = base + 28, c9 = base + 29, d0 = base + 30,
    d1 = base + 31, d2 = base + 32, d3 = base + 33, d4 = base + 34, d5 = base + 35, d6 = base + 36,
    d7 = base + 37, d8 = base + 38;
  return function () {
    d8 += 100;
    return [a0, a5, a9, b3, b7, c0, c4, c9, d2, d6, d8].join('.');
  };
}
var w1 = wide(0), w2 = wide(1000);
console.log(w1(), w2(), w1());

// the same inner site under a parent with eval (its environment is no
// copy), with and without a var that hides the outer name
function outer() {
  var x = 'outer x';
  function mid(code) {
    eval(code);
    return function () { return x; };
  }
  return [mid('')(), mid('var x = "mid x"')(), mid('')(), mid('var x = "again"')()].join(', ');
}
console.log(outer());

// a with statement's object in the scope chain of a site
function withScope(o) {
  var y = 'local y';
  with (o) {
    return (function () { return y; })();
  }
}
console.log(withScope({}), withScope({ y: 'object y' }), withScope({}));

// a global read through a site, deleted, then made again
var reads = [];
function readG() { return typeof gone === 'undefined' ? 'none' : gone; }
globalThis.gone = 'first';
reads.push(readG());
delete globalThis.gone;
reads.push(readG());
globalThis.gone = 'second';
reads.push(readG());
console.log(reads.join(' '));

// many calls, with garbage between them (entries hold across collections
// only as new ones)
var total = 0;
for (var n = 0; n < 2000; n++) {
  var junk = { n: n, s: 'x' + n, a: [n, n + 1] };
  total += make(n)(n).length + junk.a.length;
}
console.log('total', total);
