// ES2015 let and const in code built at run time (new Function, indirect
// eval reach mujs unlowered), as ajv's generated validators use them:
// block scoping, per-iteration bindings, const, the temporal dead zone.
function run(src) {
  try {
    console.log(new Function(src)());
  } catch (e) {
    console.log(e.name === 'SyntaxError' ? e.name : e.name + ': ' + e.message);
  }
}
run('let a = 1; { let a = 2; var b = a; } return [a, b].join();');
run('const c = 1; c = 2;');
run('const c = 1; c++;');
run('const c = 1; { let c = 2; c = 3; } return c;');
run('var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { return i; }); return fs.map(function (f) { return f(); }).join();');
run('var fs = []; for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); i++; } return fs.map(function (f) { return f(); }).join();');
run('var fs = []; for (var i = 0; i < 3; i++) { let j = i; fs.push(function () { return j; }); } return fs.map(function (f) { return f(); }).join();');
run('var fs = []; var o = {a:1,b:2,c:3}; for (const k in o) fs.push(function () { return k; }); return fs.map(function (f) { return f(); }).join();');
run('var s = ""; for (const k in {p: 1, q: 2}) { s += k; } return s + typeof k;');
run('for (const i = 0; i < 2; i++) {}');
run('{ x; let x = 1; }');
run('let x = 1; { typeof x; let x = 2; }');
run('let s = 0; outer: for (let i = 0; i < 5; i++) { for (let j = 0; j < 5; j++) { const p = i * j; if (p > 6) break outer; if (j > i) continue outer; s += p; } } return s;');
run('function f() { return y; } let y = 5; return f();');
run('let r = []; for (let i = 0; i < 3; i++) { let i = "x"; r.push(i); } return r.join();');
run('let r = []; switch (2) { case 1: let z = 1; case 2: z = 2; r.push(z); break; default: r.push(0); } return r.join();');
run('let r = []; switch (1) { case 1: let z = 1; r.push(z); case 2: z = 2; r.push(z); } return r.join();');
run('let t; try { let q = 1; throw new Error("e" + q); } catch (e) { let q = 2; t = e.message + q; } return t;');
run('let n = 0; for (let i = 0; i < 3; i++) { if (i == 1) continue; n += i; } return n;');
run('var a = []; for (const k in {x:1, y:2}) { if (k == "y") break; a.push(k); } return a.join() + typeof k;');
run('var r = []; lbl: { let q = 1; r.push(q); if (q) break lbl; r.push(2); } return r.join() + typeof q;');
run('function g() { for (let i = 0; ; i++) { let sq = i * i; if (sq > 10) return sq; } } return g();');
run('let u; return u;');
run('var let = 5; return let;');
run('let v = 1, w = v + 1; return v + w;');
run('if (1) let x = 1;');
run('const k;');
run('let let = 1;');
run('const k = 1; return (function () { try { k = 2; } catch (e) { return e.name + " " + k; } })();');
console.log((0, eval)('let ev = 3; ev * 2'), typeof ev);
console.log((0, eval)('const cv = {a: 1}; cv.a = 2; cv.a'), typeof cv);
// ajv's shape: a function returning a validator closed over consts
var mk = new Function('scope', 'const schema0 = scope.s[0]; return function validate0(data) { let vErrors = null; let errors = 0; ' +
  'if (typeof data !== schema0) { const err0 = {keyword: "type", params: {type: schema0}}; if (vErrors === null) { vErrors = [err0]; } else { vErrors.push(err0); } errors++; } ' +
  'if (Array.isArray(data)) { const len0 = data.length; for (let i0 = 0; i0 < len0; i0++) { if (typeof data[i0] !== "number") { const err1 = {at: i0}; vErrors = vErrors || []; vErrors.push(err1); errors++; } } } ' +
  'validate0.errors = vErrors; return errors === 0; }');
var v = mk({ s: ['object'] });
console.log(v({}), v.errors, v('x'), JSON.stringify(v.errors), v([1, 'a', 2, 'b']), JSON.stringify(v.errors));
