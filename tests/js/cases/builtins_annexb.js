// Annex B and ES2020/2022 built-ins packages use: substr, __defineGetter__ & co,
// globalThis, escape/unescape, Error cause
var s = 'abcdef';
console.log([s.substr(1), s.substr(-3, 2), s.substr(2, 0), s.substr(2, -1), s.substr(NaN, 2), s.substr(4, 100),
  s.substr(-100, 2), s.substr(1.7, 2.9), s.substr(), s.substr(6), 'héllo wörld'.substr(1, 4)].join('|'));
console.log(String.prototype.substr.length, String.prototype.substr.name);
var o = {};
o.__defineGetter__('x', function () { return 'got x'; });
o.__defineSetter__('y', function (v) { this.saw = v; });
o.y = 5;
console.log(o.x, o.saw, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x'), function (k, v) { return typeof v === 'function' ? 'fn' : v; }));
console.log(typeof o.__lookupGetter__('x'), typeof o.__lookupSetter__('y'), o.__lookupGetter__('y'), o.__lookupGetter__('nope'));
var child = Object.create(o);
console.log(child.__lookupGetter__('x') === o.__lookupGetter__('x'), child.__lookupGetter__('toString'));
try { o.__defineGetter__('z', 5); } catch (e) { console.log(e.name); }
console.log(typeof globalThis, globalThis === (function () { return this; })(), globalThis.globalThis === globalThis,
  Object.keys(globalThis).indexOf('globalThis'));
globalThis.viaGlobalThis = 3;
console.log(viaGlobalThis);
var strs = ['abc', 'a b+c/d@e*f_g-h.i', 'ü€\u0001~!', '\ud83d\ude00', '%', '100%', ''];
strs.forEach(function (x) { console.log(JSON.stringify(escape(x)), unescape(escape(x)) === x); });
console.log(unescape('%41%u0042%zz%u12%4'), unescape('%uD83D%uDE00').length, unescape('%E4%F6%FC'));
var cause = new Error('inner');
var e = new Error('outer', { cause: cause });
console.log(e.cause === cause, Object.keys(e), e.hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'),
  new Error('x', { cause: undefined }).hasOwnProperty('cause'), new Error('x', 5).hasOwnProperty('cause'));
console.log(new TypeError('t', { cause: 1 }).cause, new RangeError('r', { cause: 'two' }).cause, new SyntaxError('s', { cause: null }).cause);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(e, 'cause'), function (k, v) { return v instanceof Error ? 'err' : v; }));
