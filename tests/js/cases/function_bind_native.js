// Bound functions as ES2015 9.4.1 has them (patch 0210): own properties
// length and name only, no prototype; instanceof and new go to the target;
// calls get the bound this and the bound arguments first. core-js decides
// from `(function(){}).bind().hasOwnProperty('prototype')` whether bind is
// native, and uncurries its built-ins through bind when it is.
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  return d ? JSON.stringify([d.value, d.writable, d.enumerable, d.configurable]) : 'none';
}

function f(a, b, c) { return [this && this.tag, a, b, c].join(); }
var b0 = f.bind(null);
var b1 = f.bind({ tag: 'T' }, 1);
var b3 = f.bind({}, 1, 2, 3, 4);
console.log(JSON.stringify(Object.getOwnPropertyNames(b0)));
console.log(JSON.stringify(Object.getOwnPropertyNames(b1)));
console.log(desc(b0, 'length'), desc(b0, 'name'));
console.log(desc(b1, 'length'), desc(b1, 'name'));
console.log(desc(b3, 'length'), b3.name);
console.log(desc(b1, 'prototype'), b1.hasOwnProperty('prototype'), 'prototype' in b1, b1.prototype);
console.log((function () {}).bind().hasOwnProperty('prototype'));
console.log(b1(2, 3), b1(2), b1(2, 3, 4));
console.log(typeof b1, Object.prototype.toString.call(b1));
console.log(Function.prototype.toString.call(b1));
console.log(Object.getPrototypeOf(b1) === Function.prototype);
console.log(b1.call({ tag: 'other' }, 7, 8), b1.apply({ tag: 'other' }, [7, 8]));

// name of a bound bound function, and of targets without a usable name
var bb = b1.bind(null, 2);
console.log(bb.name, bb.length, bb(3), JSON.stringify(Object.getOwnPropertyNames(bb)));
var anon = [function () {}][0];
console.log(JSON.stringify(anon.bind().name), JSON.stringify((() => 1).bind().name));
var named = function () {};
Object.defineProperty(named, 'name', { value: 42 });
console.log(JSON.stringify(named.bind().name));
var longer = function () {};
Object.defineProperty(longer, 'length', { value: 5 });
console.log(longer.bind(null, 1, 2).length, longer.bind(null, 1, 2, 3, 4, 5, 6, 7).length);

// instanceof answers as for the target, also through two binds
function P(x, y) { this.x = x; this.y = y; }
P.prototype.sum = function () { return this.x + this.y; };
var BP = P.bind({ ignored: true }, 10);
var BBP = BP.bind(null, 20);
var p = new P(1, 2);
console.log(p instanceof BP, p instanceof BBP, {} instanceof BP, 5 instanceof BP);
var q = new BP(5);
console.log(q.x, q.y, q.sum(), q instanceof P, q instanceof BP, q.constructor === P, Object.getPrototypeOf(q) === P.prototype);
var r = new BBP();
console.log(r.x, r.y, r.ignored, r instanceof P, r instanceof BBP);
var RetObj = function (a) { return { got: a }; }.bind(null, 'obj');
console.log(JSON.stringify(new RetObj()));
console.log(P.prototype.constructor === P);

// built-in targets: C functions and constructors
var max3 = Math.max.bind(null, 3);
var pow2 = Math.pow.bind(null, 2);
console.log(max3(1), max3(7, 2), max3(), max3.name, pow2(10), pow2.name, pow2.length, desc(pow2, 'length'));
var D = Date.bind(null, 2020, 1);
var d = new D(3);
console.log(d instanceof Date, d.getFullYear(), d.getMonth(), d.getDate());
var A = Array.bind(null, 1, 2);
console.log(JSON.stringify(new A(3)), JSON.stringify(A(4)));
var E = Error.bind(null, 'bound message');
var e = new E();
console.log(e instanceof Error, e instanceof E, e.message);
var U8 = Uint8Array.bind(null, 3);
var u8 = new U8();
console.log(u8.length, u8 instanceof Uint8Array, u8.constructor === Uint8Array);

// this when bound to nothing, sloppy and strict (not a primitive bound to a
// sloppy function: mujs passes it unboxed, with or without bind)
function sloppy() { return this === globalThis ? 'global' : this === undefined ? 'undefined' : typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undefined' : this === null ? 'null' : typeof this; }
console.log(sloppy.bind()(), sloppy.bind(null)(), sloppy.bind({})(), strict.bind()(), strict.bind(null)(), strict.bind(5)());

// uncurrying the core-js way
var call = Function.prototype.call;
var uncurry = Function.prototype.bind.bind(call, call);
var hasOwn = uncurry({}.hasOwnProperty);
var slice = uncurry([].slice);
console.log(hasOwn({ x: 1 }, 'x'), hasOwn({}, 'x'), JSON.stringify(slice([1, 2, 3, 4], 1, 3)));
console.log(uncurry(''.charAt)('abc', 1), uncurry(function (a) { return this.v + a; })({ v: 1 }, 2));

// Function.prototype.call reached through bind and through itself
function who() { return [this === globalThis ? 'global' : typeof this, arguments.length].join(); }
function whoStrict() { 'use strict'; return [typeof this, arguments.length].join(); }
console.log(who.call(), call.call(who), call.call(who, {}, 1, 2), call.call(call, who, {}, 1), call.bind(who)({}, 1));
console.log(whoStrict.call(), call.call(whoStrict), call.call(whoStrict, null, 1), call.bind(call, whoStrict)(), call.bind(call, whoStrict)({}, 2, 3));
try { call.call({}); } catch (err) { console.log(err.name); }
try { call.bind(5)(); } catch (err) { console.log(err.name); }

// many bound arguments, and errors thrown through a bound function
var many = function () { return arguments.length + ':' + [].join.call(arguments, ''); };
var args = []; for (var i = 0; i < 40; i++) args.push(i % 10);
var bm = many.bind.apply(many, [null].concat(args));
console.log(bm(), bm.apply(null, args));
try { f.bind(null).call(null, ...[]); (function () { throw new TypeError('inner'); }).bind(null)(); } catch (err) { console.log(err.name, err.message); }
try { Function.prototype.bind.call({}); } catch (err) { console.log(err.name); }

// many bound functions made and dropped (collector)
var keep = [];
for (var k = 0; k < 2000; k++) {
  var g = f.bind({ tag: 'k' + k }, 'a' + k, { n: k });
  if (k % 500 === 0) keep.push(g);
}
console.log(keep.map(function (g) { return g('z'); }).join(' | '));

// as console.log and util.inspect show them; a class bound and constructed
console.log(b1, [b0], { b: bb }, String(b1));
console.log(require('util').inspect(b1, { showHidden: true }));
class K { constructor(x) { this.x = x; } }
var BK = K.bind(null, 4);
console.log(new BK(), BK, new BK() instanceof BK, new BK() instanceof K);
// (a bound function has no prototype to extend)
try { class Sub extends BK {} console.log(typeof Sub); } catch (err) { console.log(err.name); }
