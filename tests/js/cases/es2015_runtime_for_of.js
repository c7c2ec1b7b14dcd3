// ES2015 for-of in code built at run time (new Function reaches mujs
// unlowered): ajv's validators loop `for (const v of schema.enum)` over an
// enum of 200 values or more (its loopEnum default), and
// `for (const key of Object.keys(data))` with the ownProperties option.
// (Symbol.iterator and Map named here so that the build packs core-js's)
console.log(Symbol.iterator !== undefined, typeof Map);
function run(src) {
  var args = Array.prototype.slice.call(arguments, 1);
  try {
    console.log(JSON.stringify(Function.apply(null, ['a', 'b', src]).apply(null, args)));
  } catch (e) {
    console.log(e.name);
  }
}
run('var r = []; for (const v of a) r.push(v * 2); return r;', [1, 2, 3]);
run('var r = []; for (let v of a) { if (v == 2) continue; if (v == 4) break; r.push(v); } return r;', [1, 2, 3, 4, 5]);
run('var r = []; for (var v of a) r.push(v); return [r, v];', ['x', 'y']);
run('var r = [], v; for (v of a) r.push(v); return [r, v];', ['p']);
run('var o = {}; for (o.k of a); return o;', [7, 8]);
run('var r = ""; for (const c of a) r += c + "."; return r;', 'abc');
run('var fs = []; for (const v of a) fs.push(function () { return v; }); return fs.map(function (f) { return f(); });', [4, 5, 6]);
run('var r = []; for (const [k, v] of a) r.push(k + "=" + v); return r;', [['a', 1], ['b', 2]]);
run('var r = []; for (var {x, y = 0} of a) r.push(x + y); return r;', [{ x: 1 }, { x: 2, y: 3 }]);
run('var r = []; for (const v of arguments) r.push(typeof v); return r;', 1, 'two');
run('var r = []; for (const v of new Uint8Array([3, 4])) r.push(v); return r;');
run('var r = []; for (const v of a) { a.length < 4 && a.push(v); r.push(v); } return r;', [1, 2]);
run('var r = 0; outer: for (const x of a) for (const y of a) { if (y > x) continue outer; r += x * y; } return r;', [1, 2, 3]);
run('function f() { for (const v of a) if (v > 1) return v; } return f();', [1, 2, 3]);
run('var it = {n: 0}; it.next = function () { return this.n < 3 ? {value: this.n++, done: false} : {done: true}; };' +
  'var o = {}; o[Symbol.iterator] = function () { return it; }; var r = []; for (const v of o) r.push(v); return r;');
run('var m = new Map([["k1", 1], ["k2", 2]]); var r = []; for (const [k, v] of m) r.push(k + v); return r;');
run('for (const v of a) ;', 5);
run('for (const v of a) ;', { length: 2 });
run('for (const v of a) ;', null);
run('for (const v of a, b) ;');
// ajv with loopEnum: the enum check is a for-of loop
var keys = []; for (var i = 0; i < 200; i++) keys.push('k' + i);
run('var valid = false; for (const v of a) { if (b === v) { valid = true; break; } } return valid;', keys, 'k150');
run('var valid = false; for (const v of a) { if (b === v) { valid = true; break; } } return valid;', keys, 'nope');
