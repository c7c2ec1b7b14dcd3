// obj.name in the interpreter loop for arrays and primitive strings
// (patches/mujs/0198): an array's length, an array's other names (its own
// named properties, then Array.prototype's chain) and a primitive
// string's names (String.prototype's chain, no String object made) are
// read there; indices (a name that begins with a digit), getters and every
// other class take the full path. Each case below reads through the
// compiled obj.name form (not obj[expr]) so that it runs that code.
function show(label, v) { console.log(label, JSON.stringify(v)); }

// arrays: length of simple, sparse, grown, shrunk and emptied arrays
var a = [1, 2, 3], sp = [];
sp[10] = 'x';
var grow = [];
for (var i = 0; i < 20; i++) grow.push(i);
var shrink = [1, 2, 3, 4, 5];
shrink.length = 2;
var empty = [7];
empty.pop();
show('array length', [a.length, sp.length, grow.length, shrink.length, empty.length, [].length, new Array(7).length]);

// an array's own names, inherited data, methods, missing names
a.label = 'own';
Array.prototype.extra = 'inherited';
Object.prototype.fromObject = 'object';
show('array names', [a.label, a.extra, a.fromObject, typeof a.push, typeof a.missing, a.constructor === Array,
  a.join === Array.prototype.join, a.hasOwnProperty('label'), a.hasOwnProperty('extra')]);
a.extra = 'shadow';
show('array shadow', [a.extra, [].extra]);
delete a.extra;
show('array unshadow', [a.extra]);

// getters and setters: on Array.prototype, on the array itself; this is
// the array
Object.defineProperty(Array.prototype, 'firstItem', { get: function () { return this[0]; }, configurable: true });
var own = [5, 6];
Object.defineProperty(own, 'lastItem', { get: function () { return this[this.length - 1]; } });
show('array getters', [own.firstItem, own.lastItem, [9].firstItem, [].firstItem]);

// names that begin with a digit: indices and names that only look like one
var d = ['zero', 'one'];
d['1x'] = 'not an index';
d['01'] = 'leading zero';
show('array digits', [d['0'], d['1'], d['1x'], d['01'], d['2']]);
// (a quoted key of a destructuring pattern reads by name, digits or not)
var { '0': z0, '1': z1, '1x': z1x, 'length': zlen } = d;
var { '0': c0, '2': c2, 'length': clen, 'charAt': cat } = 'abc';
show('destructured digits', [z0, z1, z1x, zlen, c0, c2, clen, typeof cat]);
var sparse = [];
sparse[3] = 'three';
sparse.name2 = 'n';
show('sparse', [sparse['3'], sparse.name2, sparse.length]);

// arrays made by methods, holes and subclass-like prototypes
var objWithArrayProto = Object.create(Array.prototype);
show('array-like', [[1, 2].concat([3]).length, 'a,b'.split(',').length, Array.prototype.slice.call({ length: 2, 0: 'x', 1: 'y' }).length,
  typeof objWithArrayProto.push]);
var sub = [1, 2, 3];
Object.setPrototypeOf(sub, { custom: 'mine', length: 99 });
show('array other prototype', [sub.length, sub.custom, typeof sub.push]);

// strings: methods, data and getters on String.prototype, missing names
var s = 'hello', e = '', u = 'h\u00e9llo\u4e16\ud83d\ude00';
String.prototype.tag = 'str-proto';
Object.defineProperty(String.prototype, 'shout', { get: function () { return String(this).toUpperCase() + '!'; }, configurable: true });
show('string names', [s.slice(1, 3), s.toUpperCase(), s.tag, s.shout, e.shout, s.fromObject, typeof s.missing,
  s.constructor === String, s.charAt === String.prototype.charAt]);
show('string length', [s.length, e.length, u.length, u.slice(1).length, (s + u).length]);
show('string digits', [s['0'], s['4'], s['5'], s['1x'], u['1'], u['5']]);
// a getter's this is the string (sloppy: a String object)
var sloppyThis = (function () {
  Object.defineProperty(String.prototype, 'kind2', { get: function () { return typeof this + ':' + this; }, configurable: true });
  return 'x'.kind2;
})();
show('string getter this', [sloppyThis]);
// a method that String.prototype gets later, and one it loses
String.prototype.later = function () { return 'later:' + this; };
var m1 = s.later();
delete String.prototype.later;
show('string later', [m1, typeof s.later]);
// strings made at run time (concatenation, slices, numbers)
var made = ['ab', 'cd'].join('') + String(42);
show('string made', [made.length, made.toUpperCase(), made.tag, (12.5).toFixed(1).length]);

// other values keep their path: numbers, booleans, String objects,
// regular expressions, typed arrays
var so = new String('obj');
so.own = 1;
show('others', [(5).toFixed(2), true.toString(), so.length, so.own, so.tag, /re/g.source, /re/g.global,
  new Uint8Array(3).length, typeof new Uint8Array(3).subarray]);

// errors for undefined and null stay TypeErrors
['undefined', 'null'].forEach(function (k) {
  var v = k === 'undefined' ? undefined : null;
  try { v.length; show('no error', k); } catch (err) { show('error', [k, err instanceof TypeError]); }
});

delete Array.prototype.extra;
delete Array.prototype.firstItem;
delete Object.prototype.fromObject;
delete String.prototype.tag;
delete String.prototype.shout;
show('cleaned', [typeof [].extra, typeof 'x'.tag, typeof 'x'.shout, [].firstItem]);
