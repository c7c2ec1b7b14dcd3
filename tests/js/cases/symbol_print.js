// Symbols as Node prints them, in ES5 code (the engine's Symbol,
// patches/mujs/0213; core-js's before it): String(), description, inspect
// of symbols and symbol-keyed properties; symbol keys never show in
// Object.keys, for-in, JSON.stringify or getOwnPropertyNames.
var util = require('util');
var s = Symbol('s');
console.log(String(s), String(Symbol()), String(Symbol('')), s.description);
console.log(util.format('%s|%s', s, Symbol.iterator));
var o = { a: 1 };
o[s] = 2;
o[Symbol.for('k')] = 3;
console.log(Object.keys(o), JSON.stringify(o), Object.getOwnPropertyNames(o));
var ks = [];
for (var k in o) ks.push(k);
console.log(ks, Object.getOwnPropertySymbols(o).length);
console.log(o);
console.log([s], { x: s }, util.inspect(s));
var empty = [];
for (var e in {}) empty.push(e);
console.log(empty, Object.keys(Object.prototype), JSON.stringify({ x: s, y: [s] }));
console.log(Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol('k') === Symbol('k'));
console.log(''.constructor === String, new String('ab').length, String(12), String(null), typeof String('x'));
console.log(String.fromCharCode(104, 105), 'abc' instanceof String, new String('x') instanceof String);
console.log(require('./modules/symbol_for_only').level, require('./modules/symbol_for_only').info);
