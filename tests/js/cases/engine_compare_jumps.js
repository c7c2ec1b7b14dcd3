// A condition's comparison and its jump (patches/mujs/0248: ===, !==,
// against undefined or null, typeof against a name, <, >, <=, >= as one
// instruction each when an if, a loop, a ternary, && or || tests them).
// Every pair of a set of values of each type, in each form, tested for
// truth and for falsity, forwards and in loops; the operands' effects in
// order; valueOf called once per relational test, and its exception
// caught; undefined rebound by a parameter; Symbols (their tag is the
// highest). Prints what node prints.
var sym = Symbol('s');
var calls = [];
var vo = { valueOf: function () { calls.push('vo'); return 3; } };
var vals = [undefined, null, 0, -0, NaN, 1, 3, '1', '3', '10', '9', 'a', '', true, false, {}, [], [5], vo, sym,
  Infinity, -Infinity, function () {}];

function eqs(x, y) {
  var r = '';
  if (x === y) r += 'E'; else r += 'e';
  if (x !== y) r += 'N';
  if (!(x === y)) r += 'n';
  if (x === undefined) r += 'u';
  if (undefined !== x) r += 'U';
  if (x == null) r += 'z';
  if (null != x) r += 'Z';
  if (x === null) r += 'l';
  if (null !== x) r += 'L';
  if (x == undefined) r += 'w';
  if (x != void 0) r += 'W';
  r += x === y ? '1' : '0';
  r += x !== y && y !== undefined ? '1' : '0';
  r += x === null || y == null ? '1' : '0';
  return r;
}

function types(x) {
  var r = '';
  if (typeof x === 'undefined') r += 'u';
  if (typeof x == 'object') r += 'o';
  if ('boolean' === typeof x) r += 'b';
  if (typeof x !== 'number') r += 'N';
  if (typeof x != 'string') r += 'S';
  if (typeof x === 'function') r += 'f';
  if (typeof x === 'symbol') r += 'y';
  if (typeof x === 'bigint') r += 'i';
  if (typeof x === 'nonesuch') r += '?';
  if (!(typeof x === 'object') && typeof x !== 'undefined') r += 'p';
  return r;
}

function rels(x, y) {
  var r = '';
  if (x < y) r += 'l'; else r += '.';
  if (x > y) r += 'g'; else r += '.';
  if (x <= y) r += 'L'; else r += '.';
  if (x >= y) r += 'G'; else r += '.';
  if (!(x < y)) r += '!';
  if (!(x >= y)) r += '?';
  r += x < y || x > y ? 'o' : '-';
  r += x <= y && x >= y ? 'a' : '-';
  return r;
}

for (var i = 0; i < vals.length; i++) {
  var row = [];
  for (var j = 0; j < vals.length; j++) row.push(eqs(vals[i], vals[j]));
  console.log('eq', i, row.join(' '));
  console.log('typeof', i, types(vals[i]));
}
for (i = 0; i < vals.length; i++) {
  if (typeof vals[i] === 'symbol') continue; // (< throws on a Symbol)
  row = [];
  for (j = 0; j < vals.length; j++) if (typeof vals[j] !== 'symbol') row.push(rels(vals[i], vals[j]));
  console.log('rel', i, row.join(' '));
}
console.log('valueOf calls', calls.length);

// loops: the jump backwards goes through the loop's check (the count)
var n = 0, k;
for (k = 0; k < 1000; k++) if (k >= 500 && k !== 700) n++;
console.log('for', n);
var c = 0;
while (c <= 5) c++;
do { c--; } while (c > 0 && c !== 2);
console.log('while', c);
var list = [1, 'a', null, undefined, 2, sym], seen = 0;
k = 0;
while (list[k] !== undefined || k < 3) { seen++; k++; }
console.log('until undefined', seen);
for (k = 10; k > 0; k -= 3) console.log('down', k);

// the operands' effects, in order, once each
var order = [];
function v(tag, val) { order.push(tag); return val; }
if (v('a', 1) === v('b', 1)) order.push('then');
if (v('c', 2) < v('d', 1)) order.push('no'); else order.push('else');
if (typeof v('e', 'x') === 'string' && v('f', null) == null) order.push('both');
if (v('g', undefined) === undefined || v('h', 0)) order.push('or');
console.log(order.join(','));

// a relational test that throws, and one whose valueOf changes state
var bad = { valueOf: function () { throw new Error('no value'); } };
try { if (bad < 1) console.log('not here'); } catch (e) { console.log('caught', e.message); }
var count = 0, ticker = { valueOf: function () { return ++count; } };
while (ticker < 5) ;
console.log('ticker', count);

// undefined rebound (a parameter, a local): the name's value, not the
// constant. (Compiled apart: a binding of the name anywhere in a file
// makes every undefined of that file a variable's read.)
var rebound = new Function('undefined',
  "return [1 === undefined ? 'is one' : 'not one', null == undefined ? 'nullish' : 'not'].join(' ');");
console.log(rebound(1), '|', rebound());
var local = new Function("var undefined = 'x'; if ('x' === undefined) return 'local x'; return 'constant';");
console.log(local());
