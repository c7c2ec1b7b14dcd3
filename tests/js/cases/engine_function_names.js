// The names the engine gives every function it makes (length, name,
// prototype, prototype.constructor) and every call that uses arguments
// (arguments, callee, length), and the prototype `new` reads, are
// interned once per state and passed as interned names
// (patches/mujs/0162): their values and attributes, on functions made
// in a loop, on C functions, on functions whose prototype is replaced or
// is not an object, and an arguments object's own properties.
function show(label, v) { console.log(label, JSON.stringify(v)); }
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return null;
  return [typeof d.value === 'function' ? 'fn' : d.value, d.writable, d.enumerable, d.configurable];
}

var made = [];
for (var i = 0; i < 5; ++i) made.push(function named(a, b, c) { return a + b + c + i; });
show('made', made.map(function (f) { return [f.length, f.name, f.prototype.constructor === f, Object.keys(f).length]; }));
var f = made[2];
show('length', desc(f, 'length'));
show('name', desc(f, 'name'));
show('prototype', desc(f, 'prototype'));
show('constructor', desc(f.prototype, 'constructor'));
show('anonymous', [(function () {}).name, (function (x, y) {}).length]);
var assigned = function () {};
show('inferred', assigned.name);

// C functions
show('native', [Math.max.name, Object.keys.name, String.prototype.slice.length, Object.keys.length]);

// new reads prototype: replaced, and not an object
function P(v) { this.v = v; }
P.prototype.get = function () { return this.v; };
var p = new P(3);
show('new', [p.get(), p instanceof P, Object.getPrototypeOf(p) === P.prototype]);
P.prototype = { other: true };
var q = new P(4);
show('replaced', [q.other, q.v, typeof q.get, p instanceof P]);
P.prototype = 7;
var r = new P(5);
show('not an object', [Object.getPrototypeOf(r) === Object.prototype, r.v]);

// arguments: length, callee, and a parameter named arguments
function withArgs(a) { return [arguments.length, arguments.callee === withArgs, desc(arguments, 'length'), desc(arguments, 'callee'), Object.keys(arguments)]; }
show('arguments', withArgs(1, 2, 3));
function strictArgs() { 'use strict'; return [arguments.length, 'callee' in arguments]; }
show('strict', strictArgs(9));
function shadow(arguments) { return arguments; }
show('shadowed', shadow('param'));
function reassign() { arguments = 'replaced'; return arguments; }
show('reassigned', reassign(1));
function nested() { var a = arguments; return (function () { return [a.length, arguments.length]; })(1, 2); }
show('nested', nested('x'));
