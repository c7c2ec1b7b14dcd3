// Functions, dates, regexps, boxed primitives, circular refs, classes.
function Foo() { this.a = 1; }
function Bar() {}
console.log(new Foo());
console.log(new Bar());
console.log([new Foo(), new Bar()]);
console.log(function () {});
console.log(function named(a, b) {});
var f = function withProps() {}; f.x = 1;
console.log(f);
console.log(new Date(0));
console.log(new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123)));
console.log({ when: new Date(86400000) });
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/]);
console.log(new Number(3), new String('abc'), new Boolean(false));
var o = { name: 'root' }; o.self = o;
console.log(o);
var p = { a: { b: {} } }; p.a.b.back = p.a;
console.log(p);
console.log(Object.create(null));
var n = Object.create(null); n.x = 1;
console.log(n);
console.log({ deep: { a: new Foo() } });
console.log({ a: { b: { c: new Foo() } } });
console.log({ a: { b: { c: [1] } }, z: { y: { x: new Foo() } } });
console.log(Math.max, console.log);
var g = {}; Object.defineProperty(g, 'x', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(g, 'y', { get: function () { return 1; }, set: function () {}, enumerable: true });
Object.defineProperty(g, 'z', { set: function () {}, enumerable: true });
Object.defineProperty(g, 'hidden', { value: 1, enumerable: false });
console.log(g);
