// typeof compared with a string literal (patches/mujs/0242: one
// instruction comparing the value's type with the one the literal
// names): every type against every name typeof gives and names it never
// gives, on either side, with ===, ==, !== and !=, as values and in
// conditions; undeclared names; functions of every kind. Prints what
// node prints.
var values = [undefined, null, true, 0, -1.5, NaN, '', 'str', {}, [], function () {}, Symbol('s'),
  Object, Math.max, function () {}.bind(null), new String('boxed'), /re/, new Date(0)];
var names = ['undefined', 'object', 'boolean', 'number', 'string', 'function', 'symbol', 'bigint', 'Object', ''];
var rows = [];
values.forEach(function (v, i) {
  var bits = '';
  bits += (typeof v === 'undefined' ? 1 : 0) + (typeof v === 'object' ? 2 : 0) + (typeof v === 'boolean' ? 4 : 0) +
    (typeof v === 'number' ? 8 : 0) + (typeof v === 'string' ? 16 : 0) + (typeof v === 'function' ? 32 : 0) +
    (typeof v === 'symbol' ? 64 : 0) + (typeof v === 'bigint' ? 128 : 0) + (typeof v === 'Object' ? 256 : 0) +
    (typeof v === '' ? 512 : 0);
  bits += '/' + (('function' == typeof v) ? 'f' : '-') + ('object' !== typeof v ? 'n' : 'o') + (typeof v != 'string' ? 'N' : 'S');
  if (typeof v === 'number') bits += '#';
  else if (typeof v !== 'object') bits += '!';
  rows.push(i + ':' + bits + ':' + typeof v);
});
console.log(rows.join(' '));
// each name against each value by the general comparison, too
var agree = 0;
values.forEach(function (v) {
  names.forEach(function (n) { if ((typeof v === n) === (String(typeof v) === n)) agree++; });
});
console.log('agree:', agree, 'of', values.length * names.length);
// names bound nowhere, and the operand's effects
console.log('undeclared:', typeof notDeclaredAnywhere === 'undefined', typeof notDeclaredAnywhere !== 'undefined',
  'undefined' == typeof alsoNotDeclared);
var calls = 0;
function effect() { calls++; return calls; }
console.log('effects:', typeof effect() === 'number', 'string' === typeof effect(), typeof (effect(), 'x') == 'string', calls);
// in loops and conditions
var count = 0;
for (var i = 0; i < 1000; i++) {
  var v = values[i % values.length];
  if (typeof v === 'function') count += 1;
  else if (typeof v !== 'object' && typeof v != 'undefined') count += 100;
  count += typeof v === 'symbol' ? 10000 : 0;
}
console.log('loop:', count);
