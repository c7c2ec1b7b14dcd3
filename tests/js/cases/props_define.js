// Object.defineProperty follows ES [[DefineOwnProperty]] (ES5.1 8.12.9)
function show(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return 'none';
  var s = [];
  if ('value' in d) s.push('value=' + (typeof d.value === 'function' ? 'fn' : String(d.value)), 'w=' + d.writable);
  else s.push('get=' + typeof d.get, 'set=' + typeof d.set);
  s.push('e=' + d.enumerable, 'c=' + d.configurable);
  return s.join(' ');
}
function g1() { return 1; }
function g2() { return 2; }
function s1(v) {}
var starts = {
  'data wec': { value: 1, writable: true, enumerable: true, configurable: true },
  'data c': { value: 1, configurable: true },
  'data w': { value: 1, writable: true },
  'data e': { value: 1, enumerable: true },
  'data none': { value: 1 },
  'data NaN': { value: NaN },
  'data +0': { value: 0 },
  'acc c': { get: g1, configurable: true },
  'acc gs': { get: g1, set: s1 },
  'acc e': { get: g1, enumerable: true }
};
var changes = [
  {}, { value: 1 }, { value: 2 }, { value: NaN }, { value: -0 }, { writable: true }, { writable: false },
  { enumerable: true }, { enumerable: false }, { configurable: true }, { configurable: false },
  { get: g1 }, { get: g2 }, { set: s1 }, { set: undefined }, { get: undefined },
  { value: 3, writable: true, enumerable: true, configurable: true },
  { get: g2, set: s1, enumerable: false, configurable: true }, { value: 1, get: g1 }, { get: 5 }
];
Object.keys(starts).forEach(function (sk) {
  changes.forEach(function (ch) {
    var o = {};
    Object.defineProperty(o, 'p', starts[sk]);
    var r;
    try { Object.defineProperty(o, 'p', ch); r = 'ok'; } catch (e) { r = e.name + ': ' + e.message; }
    console.log(sk, JSON.stringify(ch, function (k, v) { return typeof v === 'function' ? v.name : v === undefined ? 'undef' : v; }), '->', r, '|', show(o, 'p'));
  });
});
// new properties
var o = {};
Object.defineProperty(o, 'a', { get: g1 });
console.log(show(o, 'a'), o.a);
o.a = 5; console.log(o.a);
Object.defineProperty(o, 'b', {});
console.log(show(o, 'b'));
var ne = Object.preventExtensions({});
try { Object.defineProperty(ne, 'x', { value: 1 }); } catch (e) { console.log(e.name, e.message); }
// own only
console.log(Object.getOwnPropertyDescriptor({}, 'toString'));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor([5, 6], '1')), JSON.stringify(Object.getOwnPropertyDescriptor([5, 6], 'length')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor('ab', '1')), JSON.stringify(Object.getOwnPropertyDescriptor(new String('ab'), 'length')));
// arrays
var a = [1, 2, 3];
Object.defineProperty(a, '1', { value: 9, writable: false });
a[1] = 10;
console.log(a, a.length, show(a, '1'));
Object.defineProperty(a, '5', { value: 7, enumerable: true, configurable: true, writable: true });
console.log(a.length, a[5]);
// functions: name and length (ES2015: configurable)
function named(x, y) {}
console.log(show(named, 'name'), '|', show(named, 'length'));
Object.defineProperties(named, { length: { value: 5 }, name: { value: 'other' } });
console.log(named.length, named.name);
Object.defineProperty(named, 'name', { get: function () { return 'got'; } });
console.log(named.name);
console.log(delete named.length, named.hasOwnProperty('length'));
console.log((function () {}).name === '', Object.keys.name, Math.max.name, Array.name, String.prototype.slice.name);
var b = named.bind(null);
console.log(b.name, typeof b.length);
// express's app(): redefine a configurable value
var app = {};
Object.defineProperty(app, 'request', { configurable: true, enumerable: true, writable: true, value: 1 });
Object.defineProperty(app, 'request', { value: 2 });
console.log(app.request, show(app, 'request'));
// chalk: redefine a getter-defined property as a value
var st = {};
Object.defineProperty(st, 'ansi', { get: function () { return 1; }, configurable: true, enumerable: false });
Object.defineProperty(st, 'ansi', { value: 'v', configurable: true, enumerable: false, writable: true });
console.log(st.ansi, show(st, 'ansi'));
// Object.create with descriptors
var c = Object.create({}, { x: { value: 1, enumerable: true }, y: { get: g2 } });
console.log(Object.keys(c), c.x, c.y);
