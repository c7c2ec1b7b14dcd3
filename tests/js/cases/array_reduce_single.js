// reduce and reduceRight without an initial value over one element (or
// one present element among holes) return that element; ajv's code
// generator joins conditions with args.reduce(orCode)
// (ajv/dist/compile/codegen/index.js:688), one condition per property.
var add = function (a, b) { return a + b; };
console.log([5].reduce(add), [5].reduceRight(add), ['x'].reduce(add));
var holes = []; holes[2] = 7; holes.length = 4;
console.log(holes.reduce(add), holes.reduceRight(add));
var tail = []; tail[3] = 'last';
console.log(tail.reduce(add), tail.reduceRight(add));
console.log([1, 2, 3].reduce(add), [1, 2, 3].reduceRight(function (a, b) { return a + '' + b; }));
console.log(Array.prototype.reduce.call({ length: 2, 1: 'one' }, add));
try { [].reduce(add); } catch (e) { console.log(e.name, e.message); }
try { var sparse = []; sparse.length = 2; sparse.reduceRight(add); } catch (e) { console.log(e.name, e.message); }
