// util: inspect options (depth, colors, compact, breakLength, sorted,
// showHidden, maxArrayLength, maxStringLength, getters), inspect.custom,
// inspect.defaultOptions, promisify.custom, callbackify, inherits,
// isDeepStrictEqual, format.
var util = require('util');
var log = function () { console.log.apply(console, arguments); };
var deep = { a: { b: { c: { d: { e: 1 } } } }, arr: [1, 2, 3] };
log(util.inspect(deep));
log(util.inspect(deep, { depth: 0 }));
log(util.inspect(deep, { depth: Infinity }));
log(util.inspect(deep, { depth: null }));
log(util.inspect({ s: 'str', n: 1, b: true, u: undefined, nl: null, f: function foo() {} }, { colors: true }));
log(util.inspect([1, 'x', null], { colors: true }));
log(util.inspect({ a: 1, b: { c: 2 } }, { compact: false }));
log(util.inspect({ a: [1, 2, { x: 'y' }] }, { compact: 1, breakLength: 20 }));
log(util.inspect({ c: 1, a: 2, b: 3 }, { sorted: true }));
log(util.inspect([3, 1, 2], { showHidden: true }));
log(util.inspect(new Array(200).fill(0).map(function (_, i) { return i; }), { maxArrayLength: 3 }));
log(util.inspect('a'.repeat(30), { maxStringLength: 5 }));
var g = { get x() { return 42; }, set y(v) {}, get z() { return { k: 1 }; }, set z(v) {} };
log(util.inspect(g), util.inspect(g, { getters: true }), util.inspect(g, { getters: 'get' }));
var c = { name: 'thing' };
c[util.inspect.custom] = function (depth, opts) { return 'Custom<' + this.name + ',' + depth + ',' + typeof opts.stylize + '>'; };
log(util.inspect(c), util.inspect({ nested: c }));
var saved = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions.depth = 0;
log(util.inspect(deep));
util.inspect.defaultOptions.depth = saved;
log(util.format('%s %d %i %f %j %o %O %%', 'a', 1.5, 2.7, '3.5', { j: 1 }, [1], { O: 2 }), util.format('no args', 1, 'x'));
function Base() {}
Base.prototype.hello = function () { return 'hi'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
log(new Derived().hello(), Derived.super_ === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype);
log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual({ a: 1 }, { a: '1' }), util.isDeepStrictEqual([1], { 0: 1 }));
function legacy(a, cb) { cb(null, a * 2); }
legacy[util.promisify.custom] = function (a) { return { custom: a }; };
log(JSON.stringify(util.promisify(legacy)(4)), util.promisify(legacy) === legacy[util.promisify.custom]);
function plain(a, cb) { process.nextTick(cb, null, a + 1); }
util.promisify(plain)(1).then(function (v) { log('promisified', v); });
util.callbackify(function (x) { return Promise.resolve(x * 3); })(5, function (err, v) { log('callbackified', err, v); });
util.callbackify(function () { return Promise.reject(null); })(function (err) { log('falsy rejection', err.code, err.reason); });
log(util.types.isPromise(Promise.resolve()), util.types.isDate(new Date()), util.types.isRegExp(/x/),
  util.types.isMap(new Map()), util.types.isSet(new Set()), util.types.isNativeError(new TypeError()));
