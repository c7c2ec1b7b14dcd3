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
 *     little more garbage does not collect at once, much more does.
 * Collections are counted with js_gccycles. Run from the repository root
 * (tests/run.sh does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "libc_test.h"

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

	test_plan(4);

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

	return test_summary();
}
