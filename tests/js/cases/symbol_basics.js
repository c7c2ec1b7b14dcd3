// Symbol natively in the engine (patches/mujs/0213): the type, the
// constructor and its statics, the prototype's methods, wrapper objects,
// identity. ES5 syntax: no core-js is packed for any of it.
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, typeof r === 'symbol' ? 'symbol ' + String(r) : r);
}
var s = Symbol('x'), t = Symbol(), e = Symbol(''), n = Symbol(12), f = Symbol.for('app');
show('typeof', function () { return [typeof s, typeof t, typeof Symbol, typeof Symbol.iterator].join(' '); });
show('String', function () { return [String(s), String(t), String(e), String(n), String(f)].join(' '); });
show('toString', function () { return s.toString() + ' ' + Symbol.prototype.toString.call(t); });
show('description', function () { return [s.description, t.description, e.description, n.description, f.description].map(function (d) { return typeof d + ':' + d; }).join(' '); });
show('identity', function () { return [s === s, s === Symbol('x'), s == Symbol('x'), Symbol.for('app') === f, f === Symbol.for('app2')].join(' '); });
show('truthy', function () { return [!!s, !t, s ? 'yes' : 'no', Boolean(t)].join(' '); });
show('keyFor', function () { return [Symbol.keyFor(f), Symbol.keyFor(s), Symbol.keyFor(Symbol.iterator)].join(' '); });
show('keyFor non-symbol', function () { return Symbol.keyFor('app'); });
show('keyFor number', function () { return Symbol.keyFor(1); });
show('keyFor object', function () { return Symbol.keyFor({}); });
show('new Symbol', function () { return new Symbol('x'); });
show('statics', function () { return [Symbol.length, Symbol.name, Symbol.for.length, Symbol.keyFor.length, Symbol.for.name].join(' '); });
['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace',
  'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(Symbol, k);
  console.log(k, typeof d.value, String(d.value), d.value.description, d.writable, d.enumerable, d.configurable, Symbol.keyFor(d.value));
});
show('wrapper', function () {
  var w = Object(s);
  return [typeof w, w instanceof Symbol, w instanceof Object, w == s, w === s, w.valueOf() === s,
    w.description, String(w.toString()), Object(w) === w].join(' ');
});
show('proto', function () {
  var p = Symbol.prototype;
  return [p[Symbol.toStringTag], typeof p[Symbol.toPrimitive], p[Symbol.toPrimitive].name, p.toString.name,
    p.valueOf.name, Object.getOwnPropertyDescriptor(p, 'description').get.name, p.constructor === Symbol].join(' ');
});
show('toPrimitive', function () { return Symbol.prototype[Symbol.toPrimitive].call(Object(s)) === s; });
show('valueOf other', function () { return Symbol.prototype.valueOf.call({}); });
show('toString other', function () { return Symbol.prototype.toString.call('x'); });
show('description other', function () { return Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.call(1); });
show('Object.prototype.toString', function () {
  var ts = Object.prototype.toString;
  return [ts.call(s), ts.call(Object(s)), ts.call(Symbol)].join(' ');
});
show('sym.constructor', function () { return s.constructor === Symbol && Object.getPrototypeOf(Object(s)) === Symbol.prototype; });
show('in array', function () { return [s, t].indexOf(t) + ' ' + [s, t].lastIndexOf(s); });
show('switch', function () { switch (f) { case s: return 's'; case Symbol.for('app'): return 'f'; } return 'none'; });
show('Object.is', function () { return Object.is(s, s) + ' ' + Object.is(s, Symbol('x')); });
show('Symbol() unique', function () { var a = [], i; for (i = 0; i < 100; i++) a.push(Symbol('k')); return a.filter(function (x, j) { return a.indexOf(x) === j; }).length; });
