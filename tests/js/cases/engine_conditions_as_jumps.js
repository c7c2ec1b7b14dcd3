// Conditions compiled as jumps (patches/mujs/0228): `!`, `&&` and `||` in
// the test of if (with and without else), while, do-while, for (var, let,
// none), and ?:, nested, over values of every kind. Each operand is a call
// that records its name, so the order of evaluation and how many operands
// ran are printed with the branch taken; compared with node. It fails when
// a jump goes to the wrong place (a branch taken for the other truth, an
// operand skipped or run twice, a value left on the stack: then later
// results go wrong or the function throws).
var values = [undefined, null, true, false, 0, -0, NaN, 1, '', 'a', {}, [], function () {}, Symbol('s'),
  new Boolean(false), 2];
var log;
function v(name, x) { log.push(name); return x; }
function shape(x) { return typeof x === 'symbol' ? 'sym' : typeof x === 'function' ? 'fn' : typeof x === 'object' && x ? 'obj' : String(x); }

// every condition shape over a, b, c
var conds = [
  ['a', function (a, b, c) { return function () { return v('a', a); }; }],
  ['!a', function (a) { return function () { return !v('a', a); }; }],
  ['!!a', function (a) { return function () { return !!v('a', a); }; }],
  ['a&&b', function (a, b) { return function () { return v('a', a) && v('b', b); }; }],
  ['a||b', function (a, b) { return function () { return v('a', a) || v('b', b); }; }],
  ['!(a&&b)', function (a, b) { return function () { return !(v('a', a) && v('b', b)); }; }],
  ['!a||!b', function (a, b) { return function () { return !v('a', a) || !v('b', b); }; }],
  ['a&&b||c', function (a, b, c) { return function () { return v('a', a) && v('b', b) || v('c', c); }; }],
  ['a||b&&c', function (a, b, c) { return function () { return v('a', a) || v('b', b) && v('c', c); }; }],
  ['(a||b)&&!c', function (a, b, c) { return function () { return (v('a', a) || v('b', b)) && !v('c', c); }; }],
  ['!(a||!(b&&c))', function (a, b, c) { return function () { return !(v('a', a) || !(v('b', b) && v('c', c))); }; }],
  ['a?b:c', function (a, b, c) { return function () { return v('a', a) ? v('b', b) : v('c', c); }; }]
];

// the same condition text written into each statement, so that the
// compiler sees it in a test (the functions above are values)
function inIf(a, b, c) {
  var r = [];
  if (v('a', a) && v('b', b) || v('c', c)) r.push('T'); else r.push('F');
  if (!(v('a', a) || !(v('b', b) && v('c', c)))) r.push('T'); else r.push('F');
  if ((v('a', a) || v('b', b)) && !v('c', c)) r.push('T');
  if (!v('a', a)) r.push('n'); else r.push('y');
  if (v('a', a) ? v('b', b) : v('c', c)) r.push('q');
  r.push(v('a', a) && !v('b', b) ? 'x' : 'z');
  r.push((v('a', a) || v('b', b)) ? 1 : 2);
  return r.join('');
}
function inLoops(a, b, c) {
  var n = 0, i, r = [];
  // while and do-while: at most three rounds, the test's truth each time
  while (n < 3 && (v('a', a) || v('b', b)) && !v('c', c)) n++;
  r.push('w' + n);
  n = 0;
  do { n++; } while (n < 3 && !(v('a', a) && v('b', b)));
  r.push('d' + n);
  for (i = 0; i < 3 && (!v('a', a) || v('c', c)); i++);
  r.push('f' + i);
  for (let j = 0; ; j++) { if (j >= 2 || v('b', b) && v('c', c)) { r.push('l' + j); break; } }
  for (let k = 0; k < 3 && !!(v('a', a) && v('b', b) || v('c', c)); k++) r.push('k' + k);
  for (var m = 0; (m < 2) && (v('a', a) || !v('b', b)); m++) r.push('m' + m);
  return r.join(',');
}

var lines = [];
for (var i = 0; i < values.length; i++)
  for (var j = 0; j < values.length; j += 3)
    for (var k = 0; k < values.length; k += 5) {
      var a = values[i], b = values[j], c = values[k], out = [];
      for (var q = 0; q < conds.length; q++) {
        log = [];
        var t = conds[q][1](a, b, c)();
        // the value's way: the same expression as a value
        out.push(conds[q][0] + '=' + shape(t) + ':' + log.join(''));
        // and in a test
        log = [];
        var f = conds[q][1](a, b, c);
        var branch;
        if (f()) branch = 'T'; else branch = 'F';
        out.push(branch + log.join(''));
      }
      log = [];
      out.push('if:' + inIf(a, b, c) + ':' + log.join(''));
      log = [];
      out.push('loops:' + inLoops(a, b, c) + ':' + log.join(''));
      lines.push(shape(a) + ' ' + shape(b) + ' ' + shape(c) + ' | ' + out.join(' '));
    }
console.log(lines.length + ' combinations');
// a digest keeps the output short; the first lines are shown whole
var h = 0, all = lines.join('\n');
for (var p = 0; p < all.length; p++) h = (h * 31 + all.charCodeAt(p)) | 0;
console.log('digest ' + h);
for (var s = 0; s < 6; s++) console.log(lines[s * 37 % lines.length]);

// a value left on the stack by a wrong jump would show here: deep
// nesting in a loop, the result used after
function deep(x) {
  var count = 0;
  for (var r = 0; r < 50; r++) {
    if (!(x[r % 4] && (x[(r + 1) % 4] || !x[(r + 2) % 4])) || x[(r + 3) % 4] && !x[r % 4]) count++;
    else if (!!x[r % 4] ? !x[(r + 1) % 4] : x[(r + 2) % 4]) count += 10;
  }
  return count;
}
console.log(deep([1, 0, '', 'x']), deep([null, {}, 0, NaN]), deep([true, true, true, true]));
// a throw inside a condition keeps its line
try {
  if (values[0] || values[1] && null.x) console.log('no');
} catch (e) {
  console.log(e instanceof TypeError, /:103\b/.test(e.stack.split('\n')[1]) || e.stack.split('\n')[1]);
}
