// A function's own properties as a function expression or declaration
// makes them (patches/mujs/0173 defines them in place): length, name and
// prototype with their attributes, the prototype's constructor, and
// what writing, deleting and redefining them does.
function show(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return k + ': none';
  return k + ': ' + (typeof d.value === 'function' ? 'function ' + d.value.name : JSON.stringify(d.value)) +
    ' w' + +d.writable + ' e' + +d.enumerable + ' c' + +d.configurable;
}
function decl(a, b, c) { return a; }
var expr = function (x) { return x; };
var named = function inner(p, q) {};
var fns = [decl, expr, named, function () {}];
fns.forEach(function (f) {
  console.log(['length', 'name', 'prototype'].map(function (k) { return show(f, k); }).join(' | '));
  console.log('  ' + show(f.prototype, 'constructor'), f.prototype.constructor === f,
    Object.getPrototypeOf(f.prototype) === Object.prototype, Object.keys(f.prototype).length,
    Object.keys(f).length, f.hasOwnProperty('prototype'), 'prototype' in f);
});
// writes: length and name are read-only, prototype writable and not configurable
decl.length = 9; decl.name = 'other'; decl.prototype = { replaced: true };
console.log(decl.length, decl.name, JSON.stringify(decl.prototype), delete decl.prototype, delete decl.name, decl.hasOwnProperty('name'));
Object.defineProperty(expr, 'name', { value: 'renamed' });
console.log(expr.name, show(expr, 'name'));
// instances get the prototype, and each function its own
function P() { this.v = 1; }
P.prototype.get = function () { return this.v; };
var a = new P(), b = new P();
console.log(a.get(), a instanceof P, a.constructor === P, P.prototype !== (function () {}).prototype,
  Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
// in a loop: a new function object and prototype each time
var made = [];
for (var i = 0; i < 3; i++) made.push(function () { return i; });
console.log(made[0] !== made[1], made[0].prototype !== made[1].prototype, made[2].prototype.constructor === made[2]);
