// Method calls (patches/mujs/0241: the object kept below the method,
// DUPPROP_S, and put in order by CALLM): the function and `this` must be
// the ones node calls with, for every kind of receiver and callee, with
// any number of arguments. Prints what node prints (errors by name:
// their texts differ).
'use strict';
function show(v) { return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v); }
var o = {
  v: 10,
  m: function (a, b) { return [this === o, this.v, a, b, arguments.length].join(','); },
  self: function () { return this; },
  get g() { var me = this; return function (x) { return (me === o) + ':' + x; }; },
};
console.log('plain:', o.m(), o.m(1), o.m(1, 2), o.m(1, 2, 3, 4, 5));
console.log('computed:', o['m'](7), o['se' + 'lf']() === o, o[['m'][0]](8, 9));
console.log('getter returns the method:', o.g(3));
var args = [4, 5, 6];
console.log('spread:', o.m.apply(o, args), o.m(...args));
console.log('chained:', o.self().self().m('c'));
function P(n) { this.n = n; }
P.prototype.get = function () { return this.n; };
P.prototype.twice = function () { return this.get() * 2; };
var p = new P(21);
console.log('through prototypes:', p.get(), p.twice(), Object.create(p).twice());
console.log('arrays:', [3, 1, 2].sort().join('-'), [1, 2, 3].map(function (x) { return x * this.k; }, { k: 3 }).join());
console.log('strings and numbers:', 'abc'.toUpperCase(), 'a,b'.split(',').length, (255).toString(16), (1.5).toFixed(2), true.toString());
var sloppyThis = (function () { return Function('return this')(); })();
var sm = { f: function () { return this; } };
console.log('this in strict methods:', sm.f() === sm, typeof (0, sm.f)());
console.log('call and apply:', Math.max.apply(Math, [1, 9, 3]), Array.prototype.slice.call([1, 2, 3], 1).join(), o.m.call({ v: 'other' }, 'x'));
var n = 0;
var counter = { inc: function (d) { n += d; return this; } };
counter.inc(1).inc(2).inc(3);
console.log('returns this:', n, sloppyThis === globalThis);
function tryIt(f) { try { return show(f()); } catch (e) { return e.name; } }
console.log('not a function:', tryIt(function () { return o.nope(); }), tryIt(function () { return o.v(); }));
console.log('receiver undefined or null:', tryIt(function () { var u; return u.m(); }), tryIt(function () { var z = null; return z['m'](); }));
var nested = { a: { b: { c: function (x) { return this === nested.a.b ? 'b:' + x : 'wrong'; } } } };
console.log('nested:', nested.a.b.c(1), nested['a']['b'].c(2));
var total = 0;
for (var i = 0; i < 2000; i++) total += p.get() + o.m(i).length + 'x'.concat(i).length;
console.log('loop:', total);
