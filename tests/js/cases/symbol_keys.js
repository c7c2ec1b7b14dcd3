// Symbol-keyed properties (patches/mujs/0213): every computed key keeps a
// symbol a symbol (get, set, in, delete, hasOwnProperty,
// propertyIsEnumerable, defineProperty and friends, accessors, a wrapper
// object as a key), and enumeration leaves them out (for-in, keys,
// values, entries, getOwnPropertyNames, JSON) but getOwnPropertySymbols
// lists them in creation order; Object.assign copies the enumerable ones.
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, r);
}
var a = Symbol('a'), b = Symbol('b'), c = Symbol.for('c'), it = Symbol.iterator;
var o = { x: 1 };
o[b] = 'B';
o[a] = 'A';
o.y = 2;
o[c] = 'C';
o[2] = 'two';
show('get', function () { return [o[a], o[b], o[c], o[Symbol('a')], o[Object(a)]].join(' '); });
show('in', function () { return [a in o, Symbol('a') in o, Object(b) in o, it in o].join(' '); });
show('keys', function () { return JSON.stringify([Object.keys(o), Object.getOwnPropertyNames(o), Object.values(o), Object.entries(o)]); });
show('for-in', function () { var r = []; for (var k in o) r.push(k); return r.join(','); });
show('JSON', function () { return JSON.stringify(o) + ' ' + JSON.stringify({ s: a, t: [a], u: 1 }) + ' ' + JSON.stringify(a) + ' ' + JSON.stringify(Object(a)); });
show('symbols', function () { return Object.getOwnPropertySymbols(o).map(String).join(','); });
show('hasOwnProperty', function () { return [o.hasOwnProperty(a), o.hasOwnProperty(Symbol('a')), Object.hasOwn(o, c), ({}).hasOwnProperty.call(o, Object(c))].join(' '); });
show('delete', function () { var r = delete o[b]; return r + ' ' + (b in o) + ' ' + Object.getOwnPropertySymbols(o).map(String).join(','); });
o[b] = 'B2';
show('re-add order', function () { return Object.getOwnPropertySymbols(o).map(String).join(','); });
var d = {};
Object.defineProperty(d, a, { value: 1, enumerable: false, writable: false, configurable: false });
Object.defineProperty(d, b, { get: function () { return 'got ' + String(b); }, enumerable: true, configurable: true });
Object.defineProperties(d, { plain: { value: 'p', enumerable: true } });
var props = {};
props[c] = { value: 'viaDefineProperties', enumerable: true };
Object.defineProperties(d, props);
show('defined', function () { return [d[a], d[b], d[c], d.plain].join(' | '); });
show('descriptor', function () { return JSON.stringify(Object.getOwnPropertyDescriptor(d, a)) + ' ' + typeof Object.getOwnPropertyDescriptor(d, b).get; });
show('propertyIsEnumerable', function () { return [d.propertyIsEnumerable(a), d.propertyIsEnumerable(b), d.propertyIsEnumerable(c)].join(' '); });
show('read-only strict', function () { try { d[a] = 2; } catch (e) { return e.name; } return d[a]; });
show('redefine', function () { Object.defineProperty(d, a, { value: 3 }); return d[a]; });
show('create', function () { var p = {}; p[a] = { value: 'created', enumerable: true }; var q = Object.create(null, p); return q[a] + ' ' + Object.getOwnPropertySymbols(q).length; });
show('assign', function () {
  var src = { s: 1 };
  src[a] = 'enumerable';
  Object.defineProperty(src, b, { value: 'hidden', enumerable: false });
  var dst = Object.assign({}, src);
  return [dst.s, dst[a], dst[b], Object.getOwnPropertySymbols(dst).map(String).join(',')].join(' ');
});
show('literal', function () {
  var l = { [a]: 1, [c]: 2, get [b]() { return 'getter'; }, z: 3 };
  return [l[a], l[b], l[c], Object.keys(l).join(','), Object.getOwnPropertySymbols(l).map(String).join(',')].join(' ');
});
show('key objects', function () {
  var k = { toString: function () { return 'str'; } }, v = { valueOf: function () { return a; }, toString: null };
  var m = {};
  m[k] = 1; m[v] = 2;
  return Object.keys(m).join(',') + ' ' + m[a];
});
show('array', function () { var arr = [1, 2]; arr[a] = 'x'; return [arr.length, arr[a], JSON.stringify(arr), Object.keys(arr).join(',')].join(' '); });
show('function', function () { var fn = function () {}; fn[a] = 1; return fn[a] + ' ' + Object.getOwnPropertySymbols(fn).length; });
show('string base', function () { String.prototype[a] = 'sp'; var r = 'abc'[a]; delete String.prototype[a]; return r + ' ' + 'abc'[a]; });
show('number base', function () { Number.prototype[a] = 'np'; var r = (5)[a]; delete Number.prototype[a]; return r; });
show('symbol base', function () { return a.description + ' ' + a[a] + ' ' + typeof a.toString; });
show('freeze', function () { var fz = {}; fz[a] = 1; Object.freeze(fz); try { fz[a] = 2; } catch (e) { return e.name + ' ' + fz[a] + ' ' + Object.isFrozen(fz); } return fz[a]; });
show('getOwnPropertySymbols prim', function () { return Object.getOwnPropertySymbols('ab').length + ' ' + Object.getOwnPropertySymbols(1).length; });
show('getOwnPropertySymbols null', function () { return Object.getOwnPropertySymbols(null); });
show('inherited', function () { var p = {}; p[a] = 'inh'; var q = Object.create(p); return q[a] + ' ' + (a in q) + ' ' + q.hasOwnProperty(a) + ' ' + Object.getOwnPropertySymbols(q).length; });
show('lookupGetter', function () { return typeof d.__lookupGetter__(b); });
console.log(o, d);
