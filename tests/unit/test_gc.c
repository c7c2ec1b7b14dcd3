/*
 * The engine's collection triggers (patches/mujs/0216: js_gcdefer), on the
 * host, with the image's patched mujs:
 *   - by itself mujs collects when the count of things made passes 5x
 *     what survived the last collection: a loop making garbage collects;
 *   - deferred (js_gcdefer(J, 1), as js/runtime.c does for the main
 *     module's first run) the same loop never collects by count;
 *   - js_gcsoon still collects while deferred, once, at the next safe
 *     point, and a js_gcsoon already asked stands when the deferral
 *     starts;
 *   - turned back on, the trigger counts what was made as survivors: a
 *     little more garbage does not collect at once, much more does;
 *   - a string counts by its size (0263): a loop making 512 strings of
 *     1 MB, each dropped at the next, keeps a few of them allocated at
 *     once, not the half gigabyte of its garbage.
 * Collections are counted with js_gccycles. Run from the repository root
 * (tests/run.sh does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "libc_test.h"

/* an allocator that counts the bytes allocated at once, and their peak */
static size_t live, peak;
static void *counting(void *ctx, void *ptr, int size)
{
	size_t *p = ptr ? (size_t *)ptr - 2 : NULL;
	(void)ctx;
	if (p)
		live -= p[0];
	if (size == 0) {
		free(p);
		return NULL;
	}
	p = realloc(p, size + 2 * sizeof *p);
	if (!p)
		return NULL;
	p[0] = size;
	live += size;
	if (live > peak)
		peak = live;
	return p + 2;
}

/* makes n objects (and their property nodes), keeps none */
static int garbage(js_State *J, int n)
{
	char src[128];
	snprintf(src, sizeof src, "for (var i = 0; i < %d; i++) { var o = { a: i, b: [i] }; }", n);
	return js_dostring(J, src);
}

int main(void)
{
	struct test_group g;
	js_State *J;
	unsigned c;

	test_plan(5);

	group_begin(&g, "mujs's own trigger collects garbage made in a loop");
	J = js_newstate(NULL, NULL, 0);
	check(&g, J != NULL, "no state");
	check(&g, garbage(J, 10) == 0, "script failed");
	c = js_gccycles(J);
	check(&g, garbage(J, 200000) == 0, "script failed");
	check(&g, js_gccycles(J) > c + 1, "200,000 objects made: %u collections, expected more than 1",
	      js_gccycles(J) - c);
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "deferred, the count does not collect; js_gcsoon does, once");
	J = js_newstate(NULL, NULL, 0);
	check(&g, garbage(J, 10) == 0, "script failed");
	js_gcdefer(J, 1);
	c = js_gccycles(J);
	check(&g, garbage(J, 200000) == 0, "script failed");
	check(&g, js_gccycles(J) == c, "deferred: %u collections", js_gccycles(J) - c);
	js_gcsoon(J);
	check(&g, garbage(J, 10) == 0, "script failed");
	check(&g, js_gccycles(J) == c + 1, "js_gcsoon while deferred: %u collections, expected 1",
	      js_gccycles(J) - c);
	check(&g, garbage(J, 200000) == 0, "script failed");
	check(&g, js_gccycles(J) == c + 1, "deferred after js_gcsoon's: %u collections, expected 1",
	      js_gccycles(J) - c);
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a js_gcsoon asked before the deferral stands");
	J = js_newstate(NULL, NULL, 0);
	check(&g, garbage(J, 10) == 0, "script failed");
	c = js_gccycles(J);
	js_gcsoon(J);
	js_gcdefer(J, 1);
	check(&g, garbage(J, 10) == 0, "script failed");
	check(&g, js_gccycles(J) == c + 1, "%u collections, expected 1", js_gccycles(J) - c);
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "turned back on, what was made counts as survivors");
	J = js_newstate(NULL, NULL, 0);
	check(&g, garbage(J, 10) == 0, "script failed");
	js_gcdefer(J, 1);
	check(&g, garbage(J, 100000) == 0, "script failed");
	c = js_gccycles(J);
	js_gcdefer(J, 0);
	check(&g, garbage(J, 1000) == 0, "script failed");
	check(&g, js_gccycles(J) == c, "a little garbage after: %u collections, expected none",
	      js_gccycles(J) - c);
	check(&g, garbage(J, 1000000) == 0, "script failed");
	check(&g, js_gccycles(J) > c, "much garbage after: no collection");
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a string counts by its size: 512 strings of 1 MB made and dropped collect");
	J = js_newstate(counting, NULL, 0);
	check(&g, garbage(J, 10) == 0, "script failed");
	c = js_gccycles(J);
	peak = live;
	check(&g, js_dostring(J, "var k = new Array(1025).join('x'), t;"
			      "for (var i = 0; i < 512; i++) t = k.repeat(1024);") == 0, "script failed");
	check(&g, js_gccycles(J) > c, "no collection while 512 MB of strings were made");
	check(&g, peak < 64 << 20, "%zu MB allocated at once for 1 MB strings", peak >> 20);
	js_freestate(J);
	group_end(&g);

	return test_summary();
}
