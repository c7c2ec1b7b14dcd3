// The interpreter's threaded dispatch (patches/mujs/0204): every opcode
// is reached through the table of the cases' addresses, and each case
// goes on with its own fetch-and-jump (NEXT) or through the safe point at
// the loop's head (a case's break). A wrong entry in the table, a case
// whose NEXT skips or repeats an operand, or a break that no longer
// reaches the safe point shows here as a wrong value or a lost exception.
'use strict';
var out = [];
function p() { out.push(Array.prototype.slice.call(arguments).join(' ')); }

// ---- pushes, locals, arithmetic, increments
(function () {
	var a = 1, b = -2, c = 3.5, big = 1e300, i = 65535, j = -32768, k = 32767;
	var u, n = null, t = true, f = false;
	p('push', a, b, c, big, i, j, k, u, n, t, f, typeof u, typeof n);
	p('arith', a + b, a - b, a * c, c / b, c % 2, -c, +'7', ~5, !a, !0, !'', !'x');
	p('bits', 5 & 3, 5 | 3, 5 ^ 3, 1 << 31, -8 >> 1, -8 >>> 28, 3 << 33);
	var x = 1;
	var y = x++, z = x--, w = ++x, v = --x;
	p('inc', x, y, z, w, v);
	var s = '5';
	s++;
	p('incstr', s, typeof s);
	var o = { n: 1 };
	o.n++; ++o.n; o.n--; o['n'] += 10;
	p('incprop', o.n);
	p('concat', 'a' + 1, 1 + 'a', 1 + 2 + '3', '1' + 2 + 3, [1, 2] + 3, {} + 'x');
})();

// ---- comparison of all type pairs
(function () {
	var vals = [undefined, null, true, false, 0, -0, 1, NaN, '', '0', '1', 'a',
		[], [0], {}, function () {}, Infinity];
	var names = ['undefined', 'null', 'true', 'false', '0', '-0', '1', 'NaN', "''", "'0'",
		"'1'", "'a'", '[]', '[0]', '{}', 'fn', 'Inf'];
	for (var i = 0; i < vals.length; i++) {
		var row = '';
		for (var j = 0; j < vals.length; j++) {
			var x = vals[i], y = vals[j];
			row += (x == y ? 1 : 0) + '' + (x === y ? 1 : 0) + (x != y ? 1 : 0) + (x !== y ? 1 : 0) +
				(x < y ? 1 : 0) + (x > y ? 1 : 0) + (x <= y ? 1 : 0) + (x >= y ? 1 : 0) + ' ';
		}
		p('cmp', names[i], row);
	}
	var same = {};
	p('obj', same === same, same == same, {} === {}, same !== same);
})();

// ---- typeof of every kind of value
(function () {
	p('typeof', typeof 1, typeof 'x', typeof true, typeof undefined, typeof null,
		typeof {}, typeof [], typeof function () {}, typeof Symbol === 'function' ? 'sym' : 'nosym',
		typeof notDeclaredAnywhere);
})();

// ---- conditional jumps on every kind of value, && || ?:
(function () {
	var vals = [0, 1, -1, NaN, '', 'x', null, undefined, true, false, {}, [], 0.5];
	var s = '';
	for (var i = 0; i < vals.length; i++) {
		if (vals[i]) s += 'T'; else s += 'F';
		s += vals[i] ? 't' : 'f';
		s += (vals[i] && 'a') || 'b';
		while (vals[i]) { s += 'w'; break; }
		do { s += 'd'; } while (!vals[i] && false);
	}
	p('jumps', s);
})();

// ---- loops with break and continue, labelled loops
(function () {
	var s = 0, log = [];
	for (var i = 0; i < 10; i++) {
		if (i === 2) continue;
		if (i === 7) break;
		s += i;
	}
	p('for', s, i);
	outer: for (var a = 0; a < 4; a++) {
		inner: for (var b = 0; b < 4; b++) {
			if (b === a) continue outer;
			if (a === 3 && b === 1) break outer;
			if (b > 2) break inner;
			log.push(a + ':' + b);
		}
	}
	p('labels', log.join(','), a, b);
	var n = 0, k = 0;
	while (true) {
		n++;
		if (n % 2) continue;
		k += n;
		if (n > 20) break;
	}
	p('while', n, k);
	var d = 0;
	do { d++; if (d === 3) continue; } while (d < 5);
	p('do', d);
	blk: { p('block-in'); if (d) break blk; p('not reached'); }
	p('block-out');
})();

// ---- switch: strict matches, fall-through, default in the middle
(function () {
	function sw(v) {
		var r = '';
		switch (v) {
		case 1: r += 'one';
		case '1': r += 'str1'; break;
		default: r += 'def';
		case null: r += 'null'; break;
		case undefined: r += 'undef'; break;
		case true: r += 'true'; break;
		case NaN: r += 'nan'; break;
		}
		return r;
	}
	p('switch', [1, '1', null, undefined, true, NaN, 2, 'x', false].map(sw).join(','));
	var r = '';
	loop: for (var i = 0; i < 5; i++) {
		switch (i) {
		case 1: continue loop;
		case 3: break loop;
		default: r += i;
		}
	}
	p('switch-loop', r, i);
})();

// ---- for-in and for-of, with break and exceptions inside
(function () {
	var o = { a: 1, b: 2, c: 3 }, keys = [];
	for (var k in o) { if (k === 'b') continue; keys.push(k + o[k]); }
	p('forin', keys.join(','));
	var proto = { inherited: 1 }, child = Object.create(proto);
	child.own = 2;
	keys = [];
	for (var k2 in child) keys.push(k2);
	p('forin-proto', keys.sort().join(','));
	keys = [];
	for (var k3 in 'abc') keys.push(k3);
	for (var k4 in null) keys.push('never');
	for (var k5 in undefined) keys.push('never');
	p('forin-prim', keys.join(','));
	var sum = 0;
	for (var v of [1, 2, 3, 4]) { if (v === 4) break; sum += v; }
	p('forof', sum);
	var chars = '';
	for (var ch of 'héllo') chars += ch + '.';
	p('forof-str', chars);
	var g = [];
	try {
		for (var x of [1, 2, 3]) { g.push(x); if (x === 2) throw new Error('in for-of'); }
	} catch (e) { g.push(e.message); }
	p('forof-throw', g.join(','));
	var m = new Map([[1, 'a'], [2, 'b']]), ms = [];
	for (var [key, val] of m) ms.push(key + val);
	p('forof-map', ms.join(','));
})();

// ---- exceptions thrown by ops and caught, across frames and in loops
(function () {
	var caught = [];
	var ops = [
		function () { return null.x; },
		function () { return undefined[0]; },
		function () { var o = null; o.y = 1; },
		function () { return notDefinedVariable; },
		function () { return (void 0)(); },
		function () { return new 5(); },
		function () { return 1 in 'str'; },
		function () { return ({}) instanceof 3; },
		function () { throw 'plain'; },
		function () { throw { code: 7 }; },
		function () { Object.defineProperty(Object.freeze({}), 'x', { value: 1 }); },
		function () { 'use strict'; undeclared = 1; },
		function () { return [].reduce(function () {}); },
		function () { var o = {}; o.f(); },
		function () { return 'abc'.toFixed(); },
	];
	for (var i = 0; i < ops.length; i++) {
		try {
			ops[i]();
			caught.push(i + ':none');
		} catch (e) {
			caught.push(i + ':' + (e && e.constructor && e.constructor.name || typeof e));
			continue;
		} finally {
			if (i === 3) caught.push('finally3');
		}
	}
	p('throws', caught.join(' '));
	function deep(n) { if (n === 0) throw new RangeError('bottom'); return deep(n - 1) + 1; }
	try { deep(50); } catch (e) { p('deep', e.name, e.message); }
	function rethrow() {
		try { deep(3); } catch (e) { throw new TypeError('re:' + e.message); } finally { p('rethrow-finally'); }
	}
	try { rethrow(); } catch (e) { p('rethrow', e.name, e.message); }
	function fin() {
		for (var i = 0; i < 3; i++) {
			try { if (i === 1) return 'ret' + i; } finally { p('fin', i); }
		}
	}
	p('fin-ret', fin());
	var n = 0;
	for (var j = 0; j < 5; j++) {
		try { if (j % 2) throw j; n += 10; } catch (e) { n += e; if (e === 3) break; }
	}
	p('loop-catch', n, j);
})();

// ---- getters and setters from property ops, and throwing ones
(function () {
	var log = [];
	var o = {
		_v: 1,
		get v() { log.push('get'); return this._v; },
		set v(x) { log.push('set' + x); this._v = x; },
		get bad() { throw new Error('getter throws'); },
	};
	o.v = o.v + 1;
	o.v++;
	o['v'] += 5;
	p('accessors', o.v, log.join(','));
	try { o.bad; } catch (e) { p('getter-throw', e.message); }
	var proto = { get inh() { return 'from proto ' + this.tag; } };
	var c = Object.create(proto);
	c.tag = 'c';
	p('inherited-getter', c.inh);
	var arr = [1, 2, 3];
	Object.defineProperty(arr, 'sum', { get: function () { return this[0] + this[1] + this[2]; } });
	p('array-getter', arr.sum, arr.length);
	function K() {}
	Object.defineProperty(K.prototype, 'x', { get: function () { return 42; } });
	Object.defineProperty(K, 'y', { get: function () { return 'on function'; } });
	p('defined-getter', new K().x, K.y);
})();

// ---- calls, new, this, arguments, closures, recursion
(function () {
	function add() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
	p('args', add(), add(1), add(1, 2, 3), add.apply(null, [4, 5]));
	function Pt(x) { this.x = x; }
	Pt.prototype.get = function () { return this.x; };
	var pt = new Pt(9);
	p('new', pt.get(), pt instanceof Pt, 'x' in pt, 'y' in pt, delete pt.x, 'x' in pt);
	var fns = [];
	for (let i = 0; i < 3; i++) fns.push(function () { return i; });
	p('let-closures', fns.map(function (f) { return f(); }).join(','));
	function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
	p('fib', fib(15));
	var depth = 0;
	function down() { depth++; down(); }
	try { down(); } catch (e) { p('overflow', e instanceof Error, depth > 100); }
	var o = { m: function () { return typeof this; } };
	p('this', o.m(), (function () { return this; })());
})();

// ---- a loop long enough to pass safe points (collections) many times
(function () {
	var keep = [], s = 0;
	for (var i = 0; i < 20000; i++) {
		var o = { i: i, s: 'v' + i };
		if (i % 1000 === 0) keep.push(o);
		s += o.s.length;
	}
	p('alloc-loop', s, keep.length, keep[keep.length - 1].s);
})();

// ---- async functions across the loop (mujs has no generators)
var done = (async function () {
	var a = await 1;
	var b = await Promise.resolve(2);
	try { await Promise.reject(new Error('rej')); } catch (e) { p('await-catch', e.message); }
	return a + b;
})();
done.then(function (v) {
	p('async', v);
	console.log(out.join('\n'));
});
