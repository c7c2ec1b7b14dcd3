// Object literal properties are the object's own data properties
// (CreateDataProperty): setters and read-only properties on the prototype
// chain are not consulted.
var log = [];
Object.defineProperty(Object.prototype, 'trap', {
  set: function (v) { log.push('setter called with ' + v); }, get: function () { return 'inherited'; }, configurable: true
});
Object.defineProperty(Object.prototype, 'fixed', { value: 'proto', writable: false, configurable: true });
var o = { trap: 1, fixed: 2, plain: 3 };
console.log(o.trap, o.fixed, o.plain, o.hasOwnProperty('trap'), o.hasOwnProperty('fixed'), log);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'fixed')), Object.keys(o));
var p = {}; p.trap = 5; p.fixed = 6;
console.log(p.hasOwnProperty('trap'), p.trap, p.fixed, log);
delete Object.prototype.trap;
delete Object.prototype.fixed;
// a later data property replaces an earlier accessor; duplicates keep the last value and first position
var q = { get a() { return 'getter'; }, b: 1, a: 'data', b: 2 };
console.log(q.a, q.b, Object.keys(q), JSON.stringify(Object.getOwnPropertyDescriptor(q, 'a')));
var r = { a: 1, get a() { return 'g'; } };
console.log(r.a, typeof Object.getOwnPropertyDescriptor(r, 'a').get);
var n = { 1: 'one', 0: 'zero', x: 'x' };
console.log(Object.keys(n), JSON.stringify(n));
