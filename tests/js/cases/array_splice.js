// Array.prototype.splice with one argument deletes to the end; with none,
// nothing (mujs threw "invalid array length" for [].splice(0): patches/mujs/0070).
var a = [1, 2, 3, 4, 5];
console.log(a.splice(2), a);
var b = [1, 2, 3];
console.log(b.splice(), b);
console.log([].splice(0), [1].splice(-1), [1, 2, 3].splice(-2));
var c = [1, 2, 3, 4];
console.log(c.splice(1, 2, 'x', 'y', 'z'), c);
var d = [1, 2, 3];
console.log(d.splice(1, undefined), d, d.splice(0, 1, 9), d);
var e = [1, 2, 3];
console.log(e.splice(undefined), e);
var o = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.splice.call(o, 1), o);
