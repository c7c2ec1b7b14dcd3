/*
 * The engine's copy of an object's own properties (patches/mujs/0222:
 * js_cloneproperties, what native.ownFields gives js/lib/http.js), on the
 * host, with the image's patched mujs under AddressSanitizer:
 *   - the copy has the template's names, values and enumeration order, and
 *     stays a sound tree: every name found, names added, deleted and added
 *     again after it, for small and large templates and symbol keys;
 *   - it is refused, with nothing done, wherever assigning the template's
 *     properties one by one would do something else: an object that is
 *     not empty, not extensible or not ordinary, a template with an
 *     accessor or a non-enumerable property, a setter or a read-only
 *     property of such a name on the object's prototypes; a name that is
 *     an accessor's only elsewhere does not stop it;
 *   - copies made while the collector runs keep their values;
 *   - a call's environment copied from its function's first one
 *     (patches/mujs/0231): each closure sees its own call's locals;
 *   - a template that is itself a copy, untouched since (patches/mujs/0252:
 *     its block copied whole), gives the same copies, refuses the same
 *     way, and stops being copied whole once a name is added to it or
 *     deleted from it.
 * Each group runs JavaScript that calls clone(dst, src) and checks what it
 * sees; a failed check throws. Run from the repository root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "libc_test.h"

static void clone(js_State *J)
{
	js_pushboolean(J, js_cloneproperties(J, 1, 2));
}

static const char prelude[] =
	"function check(c, what) { if (!c) throw new Error(what); }\n"
	"function keys(o) { return Object.keys(o).join(','); }\n";

/* runs src in a new state with clone() and check(); 0 when it ran through */
static int run(const char *src)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	int r;
	if (!J)
		return -1;
	js_newcfunction(J, clone, "clone", 2);
	js_setglobal(J, "clone");
	r = js_dostring(J, prelude) || js_dostring(J, src);
	js_freestate(J);
	return r;
}

int main(void)
{
	struct test_group g;

	test_plan(6);

	group_begin(&g, "the copy: names, values, order, a sound tree");
	check(&g, run(
		"var t = { z: 1, a: 'two', m: null, q: undefined, o: { deep: true } };\n"
		"var d = {};\n"
		"check(clone(d, t) === true, 'not done');\n"
		"check(keys(d) === 'z,a,m,q,o', 'order ' + keys(d));\n"
		"check(d.z === 1 && d.a === 'two' && d.m === null && d.hasOwnProperty('q') && d.o === t.o, 'values');\n"
		"d.b = 3; delete d.a; d.a = 4;\n"
		"check(keys(d) === 'z,m,q,o,b,a', 'after ' + keys(d));\n"
		"check(JSON.stringify(d) === '{\"z\":1,\"m\":null,\"o\":{\"deep\":true},\"b\":3,\"a\":4}', JSON.stringify(d));\n"
		"check(keys(t) === 'z,a,m,q,o' && t.a === 'two', 'template changed');\n"
		"var big = {}, names = [];\n"
		"for (var i = 0; i < 300; i++) { names.push('k' + ((i * 7919) % 1000)); big[names[i]] = i; }\n"
		"var e = Object.create({ inherited: 1 });\n"
		"check(clone(e, big), 'big: not done');\n"
		"check(keys(e) === names.join(','), 'big order');\n"
		"for (var i = 0; i < 300; i++) check(e[names[i]] === i, 'big ' + names[i]);\n"
		"for (var i = 0; i < 300; i += 2) delete e[names[i]];\n"
		"for (var i = 0; i < 200; i++) e['n' + i] = i;\n"
		"for (var i = 1; i < 300; i += 2) check(e[names[i]] === i, 'kept ' + names[i]);\n"
		"for (var i = 0; i < 300; i += 2) check(!(names[i] in e), 'deleted ' + names[i]);\n"
		"for (var i = 0; i < 200; i++) check(e['n' + i] === i, 'added n' + i);\n"
		"check(e.inherited === 1, 'prototype');\n"
		"var s = Symbol('s'), ts = { a: 1 }; ts[s] = 2;\n"
		"var ds = {}; check(clone(ds, ts) && ds[s] === 2 && Object.getOwnPropertySymbols(ds)[0] === s, 'symbol key');\n"
		) == 0, "script failed");
	group_end(&g);

	group_begin(&g, "refused, nothing done, where assignments would differ");
	check(&g, run(
		"var t = { a: 1, b: 2 };\n"
		"var d = { x: 0 }; check(clone(d, t) === false && keys(d) === 'x', 'not empty');\n"
		"d = Object.preventExtensions({}); check(clone(d, t) === false && !('a' in d), 'not extensible');\n"
		"d = []; check(clone(d, t) === false && !('a' in d), 'an array');\n"
		"check(clone(function () {}, t) === false, 'a function');\n"
		"check(clone({}, 5) === false && clone(5, t) === false, 'not objects');\n"
		"var acc = { a: 1 }; Object.defineProperty(acc, 'g', { get: function () { return 1; }, enumerable: true, configurable: true });\n"
		"d = {}; check(clone(d, acc) === false && keys(d) === '', 'template with an accessor');\n"
		"var hid = { a: 1 }; Object.defineProperty(hid, 'h', { value: 1, writable: true, configurable: true });\n"
		"d = {}; check(clone(d, hid) === false && keys(d) === '', 'template with a non-enumerable');\n"
		"var seen = [], P = { set b(v) { seen.push(v); }, get b() { return 'got'; } };\n"
		"d = Object.create(Object.create(P)); check(clone(d, t) === false && keys(d) === '', 'setter on a prototype');\n"
		"d.a = 1; d.b = 2; check(seen.join() === '2' && keys(d) === 'a' && d.b === 'got', 'assignments');\n"
		"var R = {}; Object.defineProperty(R, 'a', { value: 'ro', writable: false });\n"
		"d = Object.create(R); check(clone(d, t) === false && keys(d) === '' && d.a === 'ro', 'read-only on a prototype');\n"
		"var elsewhere = {}; Object.defineProperty(elsewhere, 'b', { get: function () {} });\n"
		"d = {}; check(clone(d, t) === true && keys(d) === 'a,b' && d.b === 2, 'an accessor elsewhere');\n"
		"var empty = {}; d = {}; check(clone(d, empty) === false && keys(d) === '', 'an empty template');\n"
		) == 0, "script failed");
	group_end(&g);

	group_begin(&g, "copies made while the collector runs keep their values");
	check(&g, run(
		"var t = { a: 1, b: 'x', c: null, d: 4, e: 5, f: 6, g: 7, h: 8 };\n"
		"var kept = [];\n"
		"for (var i = 0; i < 200000; i++) {\n"
		"  var o = {}; clone(o, t); o.a = { n: i }; o.b = 'v' + i;\n"
		"  if (i % 1000 === 0) kept.push(o);\n"
		"}\n"
		"for (var j = 0; j < kept.length; j++) {\n"
		"  var o = kept[j];\n"
		"  check(o.a.n === j * 1000 && o.b === 'v' + j * 1000 && o.h === 8 && keys(o) === keys(t), 'kept ' + j);\n"
		"}\n"
		) == 0, "script failed");
	group_end(&g);

	group_begin(&g, "the copy is the template's own: changing one leaves the other");
	check(&g, run(
		"var t = { a: 1, b: 2 }, d = {};\n"
		"clone(d, t); d.a = 10; delete d.b; t.c = 3;\n"
		"check(t.a === 1 && t.b === 2 && keys(t) === 'a,b,c', 'template');\n"
		"check(d.a === 10 && keys(d) === 'a', 'copy');\n"
		) == 0, "script failed");
	group_end(&g);

	/* patches/mujs/0231: a call's environment copied from the first
	 * call's; under ASan a copy that reads or writes out of a node, or a
	 * template freed while its function lives, is a report */
	group_begin(&g, "environments copied from a function's template");
	check(&g, run(
		"function make(a, b) { var c = a + b, d = [a]; return function (x) { d.push(x); return [a, b, c, d.length].join(); }; }\n"
		"var fs = [];\n"
		"for (var i = 0; i < 50000; i++) {\n"
		"  var f = make(i, 'b' + i);\n"
		"  check(f(1) === i + ',b' + i + ',' + i + 'b' + i + ',2', 'call ' + i);\n"
		"  if (i % 500 === 0) fs.push([i, f]);\n"
		"}\n"
		"for (var j = 0; j < fs.length; j++) {\n"
		"  var k = fs[j][0];\n"
		"  check(fs[j][1](2) === k + ',b' + k + ',' + k + 'b' + k + ',3', 'kept ' + k);\n"
		"}\n"
		"function twice(a, a) { return function () { return a; }; }\n"
		"for (i = 0; i < 100; i++) check(twice(1, i)() === i, 'twice ' + i);\n"
		"function rec(n) { var m = n; var g = function () { return m; }; return n ? [g()].concat(rec(n - 1)) : [g()]; }\n"
		"check(rec(20).join() === '20,19,18,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1,0', 'recursion');\n"
		) == 0, "script failed");
	group_end(&g);

	/* patches/mujs/0252: p = a copy (its nodes one block, the whole tree);
	 * copies of p are the block copied and its links moved. Under ASan a
	 * link left pointing into p's block, or a node read past the block,
	 * is a report. */
	group_begin(&g, "a copy's copy: the block copied whole, while it is whole");
	check(&g, run(
		"var t = { z: 1, a: 'two', m: null, q: undefined, o: { deep: true } };\n"
		"var p = {}; check(clone(p, t), 'first copy');\n"
		"var d = {}; check(clone(d, p) === true, 'not done');\n"
		"check(keys(d) === 'z,a,m,q,o' && d.z === 1 && d.a === 'two' && d.m === null && d.o === t.o, 'copy ' + keys(d));\n"
		"d.b = 3; delete d.a; d.a = 4; delete d.z;\n"
		"check(JSON.stringify(d) === '{\"m\":null,\"o\":{\"deep\":true},\"b\":3,\"a\":4}', JSON.stringify(d));\n"
		"check(keys(p) === 'z,a,m,q,o' && p.a === 'two', 'template changed');\n"
		"var e = {}; check(clone(e, d) === true && JSON.stringify(e) === JSON.stringify(d), 'a changed copy, copied');\n"
		"var big = {}, names = [];\n"
		"for (var i = 0; i < 300; i++) { names.push('k' + ((i * 7919) % 1000)); big[names[i]] = i; }\n"
		"var b1 = {}, b2 = {}, b3 = Object.create({ inherited: 1 });\n"
		"check(clone(b1, big) && clone(b2, b1) && clone(b3, b2), 'big chain');\n"
		"check(keys(b3) === names.join(','), 'big order');\n"
		"for (var i = 0; i < 300; i += 2) delete b3[names[i]];\n"
		"for (var i = 0; i < 200; i++) b3['n' + i] = i;\n"
		"for (var i = 1; i < 300; i += 2) check(b3[names[i]] === i, 'kept ' + names[i]);\n"
		"for (var i = 0; i < 300; i += 2) check(!(names[i] in b3), 'deleted ' + names[i]);\n"
		"for (var i = 0; i < 200; i++) check(b3['n' + i] === i, 'added n' + i);\n"
		"check(b3.inherited === 1 && keys(b2) === names.join(','), 'prototype, b2');\n"
		"p.x = 5; var f = {}; check(clone(f, p) && keys(f) === 'z,a,m,q,o,x' && f.x === 5, 'name added to the template');\n"
		"var p2 = {}; clone(p2, t); delete p2.m; f = {};\n"
		"check(clone(f, p2) && keys(f) === 'z,a,q,o' && !('m' in f), 'name deleted from the template');\n"
		"p2.m = 7; f = {}; check(clone(f, p2) && keys(f) === 'z,a,q,o,m' && f.m === 7, 'deleted, added again');\n"
		"var p3 = {}; clone(p3, t); p3.a = 'changed'; f = {}; check(clone(f, p3) && f.a === 'changed', 'a value changed');\n"
		"var p4 = {}; clone(p4, t); Object.defineProperty(p4, 'm', { enumerable: false });\n"
		"f = {}; check(clone(f, p4) === false && keys(f) === '', 'made non-enumerable');\n"
		"var p5 = {}; clone(p5, t); Object.defineProperty(p5, 'q', { get: function () { return 1; } });\n"
		"f = {}; check(clone(f, p5) === false && keys(f) === '', 'made an accessor');\n"
		"var p6 = {}; clone(p6, t); Object.freeze(p6); f = {}; check(clone(f, p6) === false, 'frozen');\n"
		"var seen = [], P = { set a(v) { seen.push(v); } }, p7 = {}; clone(p7, t);\n"
		"f = Object.create(P); check(clone(f, p7) === false && keys(f) === '', 'setter on a prototype');\n"
		"var R = {}; Object.defineProperty(R, 'o', { value: 'ro' });\n"
		"f = Object.create(R); check(clone(f, p7) === false && keys(f) === '', 'read-only on a prototype');\n"
		"var kept = [], g = { a: 1, b: 'x', c: null, d: 4, e: 5, f: 6, g: 7, h: 8 }, gp = {}; clone(gp, g);\n"
		"for (var i = 0; i < 200000; i++) {\n"
		"  var o = {}; clone(o, gp); o.a = { n: i }; o.b = 'v' + i; o['x' + (i % 7)] = i;\n"
		"  if (i % 1000 === 0) kept.push(o);\n"
		"}\n"
		"for (var j = 0; j < kept.length; j++) {\n"
		"  var o = kept[j];\n"
		"  check(o.a.n === j * 1000 && o.b === 'v' + j * 1000 && o.h === 8 && keys(o) === keys(g) + ',x' + (j * 1000 % 7), 'kept ' + j);\n"
		"}\n"
		) == 0, "script failed");
	group_end(&g);

	return test_summary();
}
