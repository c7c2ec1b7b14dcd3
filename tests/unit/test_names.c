/*
 * How the engine finds a property's name given as a C text, as the
 * bindings give them (js_getproperty(J, idx, "name")), on the host, with
 * the image's patched mujs under AddressSanitizer:
 *   - a text outside the constant range is remembered by its address and
 *     confirmed by its content (patches/mujs/0194): a buffer given again
 *     with other content finds the other name;
 *   - a text inside the range js_setconsttext gives (the image's
 *     read-only data, js/runtime.c) is found by its address alone, once
 *     found (patches/mujs/0253): the test changes such a text on purpose,
 *     which the image never can (W^X), and the first name is still the
 *     one found; texts outside the range are still compared;
 *   - a userdata's tag is the same pointer or an equal text (0253 looks at
 *     the pointer first): both are accepted, another tag is refused.
 * Run from the repository root (tests/run.sh does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "libc_test.h"

/* obj.alpha = 1, obj.beta = 2 on the stack */
static void pushobj(js_State *J)
{
	js_dostring(J, "var obj = { alpha: 1, beta: 2 };");
	js_getglobal(J, "obj");
}

/* the number obj[text] holds, 0 when undefined */
static int get(js_State *J, const char *text)
{
	int v;
	js_getproperty(J, -1, text);
	v = js_isnumber(J, -1) ? js_toint32(J, -1) : 0;
	js_pop(J, 1);
	return v;
}

static char writable[16];
static char pretended[16]; /* given as constant below, then changed */
static const char tag_a[] = "tagged";

static void nofree(js_State *J, void *p)
{
	(void)J;
	(void)p;
}

int main(void)
{
	struct test_group g;
	js_State *J;

	test_plan(3);

	group_begin(&g, "a text outside the range: its content is compared");
	J = js_newstate(NULL, NULL, 0);
	pushobj(J);
	strcpy(writable, "alpha");
	check(&g, get(J, writable) == 1, "alpha first");
	check(&g, get(J, writable) == 1, "alpha again");
	strcpy(writable, "beta");
	check(&g, get(J, writable) == 2, "the same buffer, now beta");
	strcpy(writable, "gamma");
	check(&g, get(J, writable) == 0, "the same buffer, a name never interned");
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a text inside the range: found by its address once found");
	J = js_newstate(NULL, NULL, 0);
	js_setconsttext(J, pretended, pretended + sizeof pretended);
	pushobj(J);
	strcpy(pretended, "alpha");
	check(&g, get(J, pretended) == 1, "alpha first");
	strcpy(pretended, "beta"); /* what the range promises never happens */
	check(&g, get(J, pretended) == 1, "not compared again: the address's first name");
	strcpy(writable, "alpha");
	check(&g, get(J, writable) == 1, "outside: alpha");
	strcpy(writable, "beta");
	check(&g, get(J, writable) == 2, "outside: still compared");
	check(&g, get(J, "beta") == 2 && get(J, "alpha") == 1, "literals outside the range");
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a userdata's tag: the same pointer or an equal text");
	J = js_newstate(NULL, NULL, 0);
	{
		static int data;
		char copy[sizeof tag_a];
		strcpy(copy, tag_a);
		js_newobject(J);
		js_newuserdata(J, tag_a, &data, nofree);
		check(&g, js_isuserdata(J, -1, tag_a) && js_touserdata(J, -1, tag_a) == &data, "the same pointer");
		check(&g, js_isuserdata(J, -1, copy) && js_touserdata(J, -1, copy) == &data, "an equal text");
		check(&g, !js_isuserdata(J, -1, "other"), "another tag");
	}
	js_freestate(J);
	group_end(&g);

	return test_summary();
}
