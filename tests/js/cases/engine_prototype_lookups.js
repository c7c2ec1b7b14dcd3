// A name's look-up past an object's own properties is remembered by the
// object's prototype and the name (patches/mujs/0244). Every way the
// answer can change must be seen: a name added on the chain before the
// holder (hiding it) or after it was found on none, the holder's name
// deleted (a deletion moves other names' nodes too), a prototype of the
// chain replaced (Object.setPrototypeOf, Reflect.setPrototypeOf), an
// accessor put in a data property's place, built-in
// prototypes changed at run time, and prototypes collected while new
// ones take their addresses. Prints what node prints.
'use strict';

function A() {}
A.prototype.who = function () { return 'A'; };
A.prototype.shared = 'A.shared';
function B() {}
B.prototype = Object.create(A.prototype);
B.prototype.constructor = B;
function C() {}
C.prototype = Object.create(B.prototype);
C.prototype.constructor = C;

var c = new C(), c2 = new C();
function probe(o) {
  return [typeof o.who === 'function' ? o.who() : String(o.who), o.shared, o.missing, o.late].join(',');
}
var out = [];
out.push(probe(c), probe(c2));
// hidden by a name added to a prototype between the object and the holder
B.prototype.who = function () { return 'B'; };
out.push(probe(c));
// a name found on none, then added to the last prototype
A.prototype.late = 'A.late';
out.push(probe(c2));
// deleted from the holder: the next one down answers, then none
delete B.prototype.who;
out.push(probe(c));
delete A.prototype.late;
out.push(probe(c));
// a deletion from a prototype moves its other names' nodes: each name
// still answers with its own value
var P = {};
for (var i = 0; i < 12; i++) P['k' + i] = 'v' + i;
var o = Object.create(P), seen = [];
for (i = 0; i < 12; i++) seen.push(o['k' + i]);
delete P.k5; delete P.k0; delete P.k9;
for (i = 0; i < 12; i++) seen.push(o['k' + i]);
out.push(seen.join(' '));
console.log('chain:', out.join(' | '));

// a prototype of the chain replaced, two ways
var X = { tag: 'X', onlyX: 1 }, Y = { tag: 'Y', onlyY: 2 }, Z = { tag: 'Z' };
var mid = Object.create(X), leaf = Object.create(mid);
var r = [leaf.tag, leaf.onlyX, leaf.onlyY];
Object.setPrototypeOf(mid, Y);
r.push(leaf.tag, leaf.onlyX, leaf.onlyY);
Reflect.setPrototypeOf(mid, X);
r.push(leaf.tag, leaf.onlyX, leaf.onlyY);
Object.setPrototypeOf(mid, Z);
r.push(leaf.tag, leaf.onlyX, leaf.onlyY);
Object.setPrototypeOf(mid, null);
r.push(String(leaf.tag), String(leaf.toString));
console.log('replaced:', r.join(' '));

// an accessor in a data property's place on a prototype, and back
var base = { v: 'data' }, inst = Object.create(base), acc = [inst.v];
Object.defineProperty(base, 'v', { get: function () { return 'getter'; }, configurable: true });
acc.push(inst.v);
Object.defineProperty(base, 'v', { value: 'data again', configurable: true, writable: true });
acc.push(inst.v);
console.log('accessor:', acc.join(' '));

// built-in prototypes changed at run time
var arr = [1, 2], obj = {}, str = 'abc', fn = function () {};
var before = [typeof arr.extra, typeof obj.extra, typeof str.extra, typeof fn.extra];
Object.prototype.extra = 'O';
var mid1 = [arr.extra, obj.extra, str.extra, fn.extra];
Array.prototype.extra = 'Arr';
Function.prototype.extra = 'F';
var mid2 = [arr.extra, obj.extra, str.extra, fn.extra];
delete Object.prototype.extra;
delete Array.prototype.extra;
delete Function.prototype.extra;
var after = [typeof arr.extra, typeof obj.extra, typeof str.extra, typeof fn.extra];
console.log('built-ins:', before.join(','), mid1.join(','), mid2.join(','), after.join(','));

// names read through a with statement's object and the global object's
// prototype (a scope's look-ups take the same path)
var scopeProto = { sv: 'proto sv' }, scopeObj = Object.create(scopeProto);
var viaWith = new Function('o', 'with (o) { return typeof sv === "undefined" ? "none" : sv; }');
var w = [viaWith(scopeObj)];
scopeProto.sv = 'changed';
w.push(viaWith(scopeObj));
delete scopeProto.sv;
w.push(viaWith(scopeObj));
console.log('with:', w.join(' '));

// prototypes made and dropped in a loop: the collector frees them and
// new ones take their addresses; each instance sees its own class's
// method and value
var total = 0, wrong = 0;
for (i = 0; i < 20000; i++) {
  var K = function () {};
  K.prototype.val = i;
  K.prototype.get = function () { return this.val; };
  var k = new K();
  try {
    if (k.get() !== i || k.val !== i) wrong++;
    total += k.get();
  } catch (e) {
    wrong++;
  }
  var junk = [{ a: 'x' + i, get: i }, { val: 'y', b: i }, 'j' + i];
  total += junk.length;
}
console.log('collected prototypes:', total, 'wrong', wrong);
