// Symbol conversions (patches/mujs/0213): ToString and ToNumber throw
// Node's TypeErrors (concatenation, template literals, arithmetic,
// comparison, String.prototype methods, join), String(sym) and
// sym.toString() do not; == and === compare identity; util.inspect and
// console.log print symbols, wrappers and symbol-keyed properties as Node.
'use strict';
var util = require('util');
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, typeof r === 'symbol' ? 'symbol ' + String(r) : r);
}
var s = Symbol('conv'), w = Object(s);
show('concat', function () { return '' + s; });
show('concat wrapper', function () { return 'x' + w; });
show('template', function () { return `${s}`; });
show('plus number', function () { return s + 1; });
show('unary plus', function () { return +s; });
show('Number', function () { return Number(s); });
show('multiply', function () { return s * 2; });
show('compare', function () { return s < 1; });
show('bitwise', function () { return s | 0; });
show('new String', function () { return new String(s); });
show('String', function () { return String(s) + ' ' + String(w); });
show('join', function () { return [1, s].join(); });
show('concat method', function () { return 'a'.concat(s); });
show('parseInt', function () { return parseInt(s); });
show('isNaN', function () { return isNaN(s); });
show('loose equal', function () { return [s == w, w == s, s == 'Symbol(conv)', s == 0, s == null, s != undefined].join(' '); });
show('strict equal', function () { return [s === w.valueOf(), s !== Symbol('conv')].join(' '); });
show('typeof wrapper', function () { return typeof w + ' ' + typeof w.valueOf(); });
show('not', function () { return !s; });
show('Boolean', function () { return Boolean(s) + ' ' + Boolean(w); });
show('key of wrapper', function () { var o = {}; o[w] = 1; return o[s] + ' ' + Object.keys(o).length; });
show('util.format %s', function () { return util.format('%s|%s', s, Symbol()); });
show('util.inspect', function () { return util.inspect(s) + ' ' + util.inspect(w) + ' ' + util.inspect([Symbol.iterator]); });
show('util.inspect keys', function () { var o = { a: 1 }; o[s] = 2; o[Symbol.for('f')] = { n: [1] }; return util.inspect(o); });
show('util.inspect hidden', function () { var o = {}; Object.defineProperty(o, s, { value: 1, enumerable: false }); return util.inspect(o) + ' ' + util.inspect(o, { showHidden: true }); });
show('error message', function () { var o = Object.freeze({}); Object.defineProperty(o, s, { value: 1 }); });
show('redefine message', function () { var o = {}; Object.defineProperty(o, s, { value: 1 }); Object.defineProperty(o, s, { value: 2 }); });
console.log(s, w, [s], { k: s });
console.log('%s and %s', s, 'str');
console.log(s);
console.log('%d', 1, Symbol.iterator);
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), typeof util.promisify.custom);
var custom = {};
custom[util.inspect.custom] = function () { return 'CUSTOM'; };
console.log(custom);
console.log(Buffer.from('hi'));
