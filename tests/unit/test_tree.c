/*
 * An object's property tree (mujs's AA tree, ordered by the interned
 * names' addresses since patches/mujs/0120), built by the engine's own
 * insertion (0269: a loop down the tree and back up the path, in place
 * of a recursion), on the host, with the image's patched mujs under
 * AddressSanitizer. For names given in increasing, decreasing and random
 * address order, objects of 1 to 100,000 properties, and deletions
 * between insertions:
 *   - the tree keeps the AA invariants after every batch: a leaf's level
 *     is 1; a left child's level is one less than its parent's; a right
 *     child's is equal or one less, and a right grandchild's is less;
 *     in-order addresses increase; the nodes counted are obj->count;
 *   - every name put in is found, once, holding its value; a name put in
 *     again gives the node it has and changes nothing (no level, link or
 *     value written);
 *   - a tree deeper than JS_TREEDEPTH cannot occur: the deepest path seen
 *     is at most 2 log2(n + 1).
 * Run from the repository root (tests/run.sh does).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsi.h"
#include "jsvalue.h"

#include "libc_test.h"

static unsigned seed = 7;
static unsigned rnd(unsigned n)
{
	seed = seed * 1103515245 + 12345;
	return (seed >> 8) % n;
}

struct walk {
	int count, bad, depth;
	const char *last;
	char why[200];
};

static void note(struct walk *w, const char *why, const js_Property *n)
{
	if (!w->bad++)
		snprintf(w->why, sizeof w->why, "%s at %s (level %d)", why, n->name, n->level);
}

/* in order; the sentinel is the one node of level 0 */
static void walk(struct walk *w, const js_Property *n, int depth)
{
	if (!n->level)
		return;
	if (depth > w->depth)
		w->depth = depth;
	if (!n->left->level && !n->right->level && n->level != 1)
		note(w, "a leaf not at level 1", n);
	if (n->left->level && n->left->level != n->level - 1)
		note(w, "a left child not one level down", n);
	if (!n->left->level && n->level > 1)
		note(w, "no left child above level 1", n);
	if (n->right->level > n->level || n->right->level < n->level - 1)
		note(w, "a right child's level", n);
	if (n->right->level && n->right->right->level >= n->level)
		note(w, "a right grandchild as high", n);
	walk(w, n->left, depth + 1);
	if (w->last && (uintptr_t)w->last >= (uintptr_t)n->name)
		note(w, "out of address order", n);
	w->last = n->name;
	++w->count;
	walk(w, n->right, depth + 1);
}

static void checktree(struct test_group *g, js_Object *obj, int n, const char *when)
{
	struct walk w;
	memset(&w, 0, sizeof w);
	walk(&w, obj->properties, 1);
	check(g, !w.bad, "%s: %s", when, w.why);
	check(g, w.count == obj->count && w.count == n, "%s: %d nodes, count %d, expected %d", when, w.count,
	      obj->count, n);
	check(g, w.depth <= 2 * log2(n + 1.0) + 1e-9, "%s: depth %d for %d nodes", when, w.depth, n);
}

/* n names "k0".."k<n-1>" interned, their order by address shuffled as asked:
 * 0 increasing, 1 decreasing, 2 random */
static const char **names(js_State *J, int n, int order)
{
	const char **v = malloc(n * sizeof *v);
	char buf[32];
	int i;
	for (i = 0; i < n; ++i) {
		snprintf(buf, sizeof buf, "k%d", i);
		v[i] = js_intern(J, buf);
	}
	/* by address, then arranged */
	for (i = 1; i < n; ++i) {
		const char *x = v[i];
		int j = i - 1;
		if ((uintptr_t)v[j] < (uintptr_t)x)
			continue;
		/* (a binary search would do; the sort is a test's, once) */
		while (j >= 0 && (uintptr_t)v[j] > (uintptr_t)x) {
			v[j + 1] = v[j];
			--j;
		}
		v[j + 1] = x;
	}
	if (order == 1)
		for (i = 0; i < n / 2; ++i) {
			const char *t = v[i];
			v[i] = v[n - 1 - i];
			v[n - 1 - i] = t;
		}
	if (order == 2)
		for (i = n - 1; i > 0; --i) {
			int j = rnd(i + 1);
			const char *t = v[i];
			v[i] = v[j];
			v[j] = t;
		}
	return v;
}

static void build(struct test_group *g, js_State *J, int n, int order)
{
	const char **v = names(J, n, order);
	js_Object *obj;
	char when[64];
	int i, step = n <= 1000 ? 1 : n / 16, lost = 0, moved = 0;

	js_newobject(J);
	obj = js_toobject(J, -1);
	for (i = 0; i < n; ++i) {
		js_Property *p = jsV_setproperty(J, obj, v[i]);
		p->value.type = JS_TNUMBER;
		p->value.u.number = i;
		if ((i + 1) % step == 0 || i + 1 == n) {
			snprintf(when, sizeof when, "n=%d order=%d after %d", n, order, i + 1);
			checktree(g, obj, i + 1, when);
		}
	}
	for (i = 0; i < n; ++i) {
		js_Property *p = jsV_getproperty(J, obj, v[i]);
		if (!p || p->value.type != JS_TNUMBER || p->value.u.number != i)
			++lost;
	}
	check(g, !lost, "n=%d order=%d: %d names lost or wrong", n, order, lost);
	/* again: the same nodes, nothing written */
	for (i = 0; i < n; i += 1 + n / 500) {
		js_Property *p = jsV_getproperty(J, obj, v[i]), *left = p->left, *right = p->right;
		int level = p->level;
		js_Property *q = jsV_setproperty(J, obj, v[i]);
		if (q != p || q->left != left || q->right != right || q->level != level || q->value.u.number != i)
			++moved;
	}
	check(g, !moved, "n=%d order=%d: %d names put in again changed their node", n, order, moved);
	snprintf(when, sizeof when, "n=%d order=%d again", n, order);
	checktree(g, obj, n, when);
	js_pop(J, 1);
	free((void *)v);
}

int main(void)
{
	static const int sizes[] = { 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 100, 1000, 100000 };
	struct test_group g;
	js_State *J = js_newstate(NULL, NULL, 0);
	unsigned k;
	int order;

	test_plan(3);

	group_begin(&g, "insertions in increasing, decreasing and random order keep the AA invariants");
	for (order = 0; order < 3; ++order)
		for (k = 0; k < sizeof sizes / sizeof *sizes; ++k)
			build(&g, J, sizes[k], order);
	group_end(&g);

	group_begin(&g, "deletions between insertions keep them");
	{
		int n = 5000, i, live = 0, lost = 0;
		const char **v = names(J, n, 2);
		char *in = calloc(n, 1);
		js_Object *obj;
		js_newobject(J);
		obj = js_toobject(J, -1);
		for (i = 0; i < 40000; ++i) {
			int j = rnd(n);
			if (in[j] && rnd(3) == 0) {
				jsV_delproperty(J, obj, v[j]);
				in[j] = 0;
				--live;
			} else if (!in[j]) {
				js_Property *p = jsV_setproperty(J, obj, v[j]);
				p->value.type = JS_TNUMBER;
				p->value.u.number = j;
				in[j] = 1;
				++live;
			}
			if (i % 200 == 199)
				checktree(&g, obj, live, "mixed");
		}
		for (i = 0; i < n; ++i) {
			js_Property *p = jsV_getproperty(J, obj, v[i]);
			if (in[i] ? !p || p->value.u.number != i : p != NULL)
				++lost;
		}
		check(&g, !lost, "%d names wrong after the deletions", lost);
		js_pop(J, 1);
		free(in);
		free((void *)v);
	}
	group_end(&g);

	group_begin(&g, "objects built by JavaScript: literals, assignments, deletes");
	{
		int n;
		js_dostring(J,
			"var o = {}, r = [];\n"
			"for (var i = 0; i < 3000; i++) o['p' + ((i * 7919) % 3000)] = i;\n"
			"for (i = 0; i < 3000; i += 3) delete o['p' + i];\n"
			"for (i = 0; i < 3000; i++) if (o['p' + ((i * 7919) % 3000)] !== ((i * 7919) % 3000 % 3 ? i : undefined)) r.push(i);\n"
			"var bad = r.length, keys = Object.keys(o).length;");
		js_getglobal(J, "bad");
		check(&g, js_tonumber(J, -1) == 0, "%g values wrong", js_tonumber(J, -1));
		js_getglobal(J, "keys");
		check(&g, js_tonumber(J, -1) == 2000, "%g keys, expected 2000", js_tonumber(J, -1));
		js_getglobal(J, "o");
		n = (int)js_tonumber(J, -2);
		checktree(&g, js_toobject(J, -1), n, "o");
		js_pop(J, 3);
	}
	group_end(&g);

	js_freestate(J);
	return test_summary();
}
