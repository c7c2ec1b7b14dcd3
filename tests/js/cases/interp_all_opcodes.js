// The interpreter's switch has no range check (patches/mujs/0134): every
// opcode must have its case. This runs code that compiles to each kind
// of instruction (constants, closures, literals, variables in light and
// heavy functions and in with/catch scopes, property get/set/delete of
// every form, in/instanceof/typeof/void, unary, binary, shift, bitwise
// and logical operators, switch, labels, for-in, try, new, eval,
// arguments, getters and setters, let/const blocks) and prints what it got.
function show(label, v) { console.log(label, JSON.stringify(v)); }
var out = [];
var g = 1;
function heavy(a, b) {
	var c = a + b, f = function () { return c + g; };
	c *= 2; c /= 4; c %= 7; c -= 1; c <<= 3; c >>= 1; c >>>= 0; c &= 255; c |= 16; c ^= 5;
	return [f(), arguments.length, typeof arguments, c, -c, +'3', ~c, !c, void 0];
}
out.push(heavy(3, 4), heavy(1));
var o = { a: 1, get b() { return this.a + 1; }, set c(v) { this.a = v; }, 'd e': [1, , 3], 5: 'five' };
o.c = 10; o['x' + 1] = 2; o[7] = 'seven';
delete o.a; delete o['d e'];
out.push([o.b, 'a' in o, 'x1' in o, o[5], o[7], Object.keys(o)]);
out.push([o instanceof Object, typeof o, typeof undefinedName, typeof null, [] instanceof Array]);
var x = 5, y = 3;
out.push([x << y, x >> 1, -x >>> 28, x & y, x | y, x ^ y, x && y, 0 || y, x > y ? 'gt' : 'le', x !== y, x == '5', x === '5', (x, y)]);
out.push([x++, x--, ++x, --x, x]);
var s = [];
outer: for (var i = 0; i < 4; i++) {
	for (var j = 0; j < 4; j++) {
		if (j === 2) continue outer;
		if (i === 3) break outer;
		s.push(i + '' + j);
	}
}
out.push(s);
function sw(v) { switch (v) { case 1: return 'one'; case 'a': case 'b': return 'ab'; default: return 'other'; case 2: return 'two'; } }
out.push([sw(1), sw('b'), sw(2), sw(3)]);
var keys = [];
for (var k in { p: 1, q: 2 }) keys.push(k);
do { keys.push('do'); } while (false);
out.push(keys);
with ({ w: 'with' }) { out.push(w); }
try { throw new TypeError('t'); } catch (e) { out.push(e.name); } finally { out.push('finally'); }
function Ctor(v) { this.v = v; }
Ctor.prototype.get = function () { return this.v; };
out.push([new Ctor(4).get(), new Date(0).getTime(), /a+/g.source, eval('1 + 2'), (function () { return this; }).call(7) + 0]);
(function () { 'use strict'; let a = 1; { let a = 2; const b = 3; out.push(a + b); } out.push(a); })();
var fs = [];
for (let n = 0; n < 3; n++) fs.push(function () { return n; });
out.push(fs.map(function (f) { return f(); }));
out.push([null, true, false, undefined, 1.5e300, -0 === 0, 'str', [1, [2]], { n: null }].map(function (v) { return JSON.stringify(v); }));
show('all', out);
