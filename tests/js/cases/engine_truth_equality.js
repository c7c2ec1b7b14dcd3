// Truth (if, while, !, ?:, && and ||, for's test) and strict equality
// (=== and !==, switch's cases) over every kind of value, each pair: the
// interpreter answers most of them in place (patches/mujs/0223: tags whose
// payload decides, a literal's two references) and calls for the rest.
// Compared with node. It fails when one of those in-place answers is
// wrong: NaN true, -0 true, an empty string true, two different objects
// or symbols equal, a string equal to a different one, ...
var o1 = {}, o2 = {}, f = function () {}, s1 = Symbol('s'), s2 = Symbol('s');
var long1 = 'a long string that is not short: ' + 'x'.repeat(40);
var long2 = 'a long string that is not short: ' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
var built = ['a', 'b'].join('');
var values = [undefined, null, true, false, 0, -0, NaN, 1, -1, 0.5, Infinity, -Infinity,
  '', 'a', 'ab', built, '0', 'false', ' ', long1, long2, new String(''), new Number(0), new Boolean(false),
  o1, o2, [], f, s1, s2, Symbol.for('x'), Symbol.for('x')];
function name(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'string') return JSON.stringify(v.length > 12 ? v.slice(0, 12) + '...' : v);
  if (typeof v === 'object' && v !== null) return Object.prototype.toString.call(v) + (v === o1 ? '1' : v === o2 ? '2' : '');
  if (typeof v === 'function') return 'function';
  return Object.is(v, -0) ? '-0' : String(v);
}
var truth = values.map(function (v) {
  var a = v ? 1 : 0;
  var b = !v ? 0 : 1;
  var c = 0; if (v) c = 1;
  var d = 0; while (v) { d = 1; break; }
  var e = (v && 1) ? 1 : 0;
  var g = (v || 0) ? 1 : 0;
  var h = 0; for (; v;) { h = 1; break; }
  var k = !!v ? 1 : 0;
  return name(v) + ' ' + a + b + c + d + e + g + h + k;
});
console.log(truth.join('\n'));
var rows = values.map(function (x) {
  var r = '';
  for (var i = 0; i < values.length; i++) {
    var y = values[i];
    var eq = x === y, ne = x !== y;
    if (eq === ne) throw new Error('=== and !== agree');
    var sw = 0;
    switch (x) { case y: sw = 1; break; default: sw = 0; }
    if (sw !== (eq ? 1 : 0)) throw new Error('switch and === disagree for ' + name(x) + ', ' + name(y));
    r += eq ? '1' : '0';
  }
  return name(x) + ' ' + r;
});
console.log(rows.join('\n'));
// in a loop, where the values stay in registers of the same tag
var n = 0;
for (var i = 0; i < 1000; i++) {
  var v = i % 3 === 0 ? null : i % 3 === 1 ? undefined : o1;
  if (v === null) n += 1;
  if (v !== undefined) n += 10;
  if (v) n += 100;
  if (!v) n += 1000;
}
console.log('loop', n);
