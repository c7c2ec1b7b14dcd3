// Array.prototype.splice with its arguments absent (ES2015: splice(start)
// deletes to the end), and Node's messages for reduce of an empty array
// and toISOString of an invalid date.
var a = [1, 2, 3, 4, 5];
console.log(a.splice(-2), a);
a = [1, 2, 3];
console.log(a.splice(), a);
a = [1, 2, 3];
console.log(a.splice(undefined), a);
a = [1, 2, 3];
console.log(a.splice(1, undefined), a);
a = [1, 2, 3];
console.log(a.splice(1), a);
a = [1, 2, 3];
console.log(a.splice(0, 1, 'x', 'y'), a);
a = [1, 2, 3];
console.log(a.splice(1, 5, 'z'), a);
a = [1, 2, 3];
console.log(a.splice(-1, 0, 'w'), a);
var like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.splice.call(like, 1), like);
try { [].reduce(function (x, y) { return x + y; }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [].reduceRight(function (x, y) { return x + y; }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
