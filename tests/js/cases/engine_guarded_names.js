// Assignments that make a new own property skip the walk of the
// prototype chain for a setter or a read-only property while no property
// of that name anywhere is read-only or an accessor (patches/mujs/0195:
// a mark on the interned name, set for good by every way a property
// becomes one: defineProperty, getters and setters in literals and
// classes, __defineSetter__, Object.freeze, the built-ins' read-only
// properties). Each name below is fresh to this file where it matters,
// and is set on objects before and after it gets such a property
// somewhere, in sloppy and strict code.
function sloppySet(o, k, v) { o[k] = v; return o[k]; }
function strictSet(o, k, v) {
  'use strict';
  try { o[k] = v; return o[k]; } catch (e) { return e.constructor.name; }
}
function strictSetNamed(o, v) {
  'use strict';
  try { o.zzLaterSetter = v; return o.zzLaterSetter; } catch (e) { return e.constructor.name; }
}
var log = [];

// a name that gets a setter after objects with it (and without) were made
function Base() {}
var objs = [];
for (var i = 0; i < 50; ++i) {
  var b = new Base();
  if (i % 2) b.zzLaterSetter = i; // own data properties, made by the fast path
  objs.push(b);
}
Object.defineProperty(Base.prototype, 'zzLaterSetter', {
  set: function (v) { log.push('setter ' + v); }, get: function () { return 'got'; }, configurable: true
});
for (var i = 0; i < 4; ++i) {
  objs[i].zzLaterSetter = 'v' + i; // odd ones: own property; even ones: the setter
  console.log(i, Object.keys(objs[i]).join(','), objs[i].zzLaterSetter);
}
console.log(strictSetNamed(new Base(), 'strict'), log.join('; '));
log = [];

// the same through a computed name made at run time
var dyn = 'zzDyn' + 'Name';
var p = {};
var early = Object.create(p);
early[dyn] = 1;
p.__defineSetter__(dyn, function (v) { log.push('dyn setter ' + v); });
var late = Object.create(p);
late[dyn] = 2;
early[dyn] = 3;
console.log(early[dyn], late[dyn], Object.keys(late).length, log.join('; '));
log = [];

// setters from an object literal and from a class, found on the prototype
var litProto = { set zzLit(v) { log.push('lit ' + v); } };
var lo = Object.create(litProto);
lo.zzLit = 5;
class K { set zzClass(v) { log.push('class ' + v); } get zzClass() { return 'k'; } }
class K2 extends K {}
var ko = new K2();
ko.zzClass = 6;
console.log(Object.keys(lo).length, Object.keys(ko).length, ko.zzClass, log.join('; '));

// getter only on the prototype: ignored in sloppy code, TypeError in strict
var gp = {}; Object.defineProperty(gp, 'zzGetOnly', { get: function () { return 'g'; } });
console.log(sloppySet(Object.create(gp), 'zzGetOnly', 1), strictSet(Object.create(gp), 'zzGetOnly', 1));

// read-only data property on the prototype, sloppy and strict
var rp = {}; Object.defineProperty(rp, 'zzReadOnly', { value: 'ro', writable: false });
console.log(sloppySet(Object.create(rp), 'zzReadOnly', 1), strictSet(Object.create(rp), 'zzReadOnly', 1));
// a writable one made read-only later by defineProperty
var wp = { zzLaterRO: 'w' };
var wchild = Object.create(wp);
console.log(sloppySet(Object.create(wp), 'zzLaterRO', 'own'));
Object.defineProperty(wp, 'zzLaterRO', { writable: false });
console.log(sloppySet(wchild, 'zzLaterRO', 1), strictSet(wchild, 'zzLaterRO', 1), Object.keys(wchild).length);

// a frozen prototype: its names are read-only for its heirs
var fp = { zzFrozen: 'f', zzFrozen2: 'f2' };
var fchild = Object.create(fp);
fchild.zzFrozen2 = 'own before';
Object.freeze(fp);
console.log(sloppySet(fchild, 'zzFrozen', 1), strictSet(Object.create(fp), 'zzFrozen', 1), fchild.zzFrozen2);
console.log(strictSet(fchild, 'zzFrozen2', 'own after'), strictSet(Object.create(fp), 'zzNotInFrozen', 'new'));
// sealed or non-extensible prototypes do not stop heirs' own properties
var sp = { zzSealed: 's' }; Object.seal(sp);
var np = { zzNonExt: 'n' }; Object.preventExtensions(np);
console.log(strictSet(Object.create(sp), 'zzSealed', 1), strictSet(Object.create(np), 'zzNonExt', 2),
  strictSet(Object.create(np), 'zzNonExt2', 3));
// a non-extensible object itself: no new property, its own ones still writable
var ne = { zzHave: 1 }; Object.preventExtensions(ne);
console.log(sloppySet(ne, 'zzNew', 1), strictSet(ne, 'zzNew', 1), strictSet(ne, 'zzHave', 2));
var fr = Object.freeze({ zzFr: 1 });
console.log(sloppySet(fr, 'zzFr', 2), strictSet(fr, 'zzFr', 2), strictSet(fr, 'zzFrNew', 2));

// the built-ins' read-only properties on a prototype
function fn(a, b) {}
var fo = Object.create(fn);
console.log(sloppySet(fo, 'name', 'x'), sloppySet(fo, 'length', 7), strictSet(fo, 'name', 'x'), Object.keys(fo).length);
console.log(sloppySet(Object.create(Math), 'PI', 3), strictSet(Object.create(Math), 'E', 3));
// an array prototype's length is writable: an own property is made
var ao = Object.create([1, 2, 3]);
console.log(sloppySet(ao, 'length', 1), Object.getPrototypeOf(ao).length);

// primitives: no property is made, a setter on the prototype is called
String.prototype.__defineSetter__('zzPrimSetter', function (v) { log.push('prim ' + typeof this + ' ' + v); });
log = [];
console.log(sloppySet('str', 'zzPrimSetter', 1), strictSet('str', 'zzPrimSetter', 2), sloppySet('str', 'zzPrimNone', 3),
  log.join('; '));
