// Index names: "0", "1", ... below 256 are interned once and kept, so an
// object's numeric keys (arguments, array-likes, sparse arrays) are looked
// up without printing and hashing the digits each time; an arguments
// object's elements are its own data properties, made without a walk up
// the prototype chain (patches/mujs/0161). Node: a setter on
// Object.prototype for "1" is not called when a function gets two
// arguments (mujs called it, and arguments[1] read the getter).
function show(label, v) { console.log(label, JSON.stringify(v)); }

var log = [];
Object.defineProperty(Object.prototype, '1', {
  get: function () { return 'proto getter'; },
  set: function (v) { log.push('proto setter ' + v); },
  configurable: true
});
function args() { return [arguments.length, arguments[0], arguments[1], arguments[2], Object.keys(arguments)]; }
show('two args', args('x', 'y'));
show('one arg', args('x'));
show('setter calls', log);
var plain = {};
plain[1] = 'assigned';
show('plain store goes to the setter', [plain[1], Object.keys(plain), log]);
delete Object.prototype[1];

// arguments: many, changed, deleted, spread into an array
function many() {
  arguments[3] = 'three';
  delete arguments[0];
  arguments[300] = 'far';
  return [arguments.length, arguments[0], arguments[1], arguments[3], arguments[299], arguments[300], Object.keys(arguments).length];
}
var list = [];
for (var i = 0; i < 280; ++i) list.push(i * 2);
show('many', many.apply(null, list));
function sum() { var s = 0; for (var i = 0; i < arguments.length; ++i) s += arguments[i]; return s; }
show('sum', [sum(1, 2, 3), sum.apply(null, [10, 20, 30, 40]), sum()]);

// array-likes and sparse arrays across the 256 boundary
var like = { length: 0 };
for (i = 0; i < 600; i += 3) { like[i] = i; like.length = i + 1; }
var got = [];
for (i = 250; i < 262; ++i) got.push(like[i]);
show('array-like', [got, like[0], like[255], like[258], like[597], 255 in like, 256 in like, Array.prototype.slice.call(like, 252, 259)]);
delete like[3]; delete like[300];
show('deleted', [like[3], like[300], 3 in like, 300 in like, Object.keys(like).length]);
var sparse = [];
sparse[500] = 'end';
sparse[2] = 'two';
sparse[255] = 'x';
show('sparse', [sparse.length, sparse[2], sparse[255], sparse[256], sparse[500], Object.keys(sparse)]);
var frozen = Object.freeze({ 0: 'a', 1: 'b' });
frozen[1] = 'changed';
show('frozen', [frozen[0], frozen[1]]);
var s = new String('hey');
show('string object', [s[0], s[2], s[3], Object.keys(s)]);
var ta = new Uint8Array(4);
ta[1] = 300; ta[9] = 1;
show('typed', [Array.prototype.slice.call(ta), ta[9]]);
