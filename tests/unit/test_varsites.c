/*
 * Each GETVAR and SETVAR site's own entry in its function (patches/mujs/
 * 0257), on the host, with the image's patched mujs under
 * AddressSanitizer:
 *   - a function with more sites than entries (65,534): the sites past
 *     the last go uncached, and none reads past the entries;
 *   - the epochs wrapping: every function's entries emptied, the epoch
 *     back to 1, the answers unchanged;
 *   - a precompiled function's sites numbered at load: the data carries
 *     no index (a site's word changed before the dump changes nothing),
 *     and the entries are made;
 *   - a closure made at each call of its parent (Express's next()) keeps
 *     its entry for the parent call's names (JS_VSOUTERTPL) across calls,
 *     and sees each call's values; and 0256's template block, copied at
 *     each call, under AddressSanitizer.
 * Run from the repository root (tests/run.sh does).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsi.h"
#include "jscompile.h"
#include "jsvalue.h"

#include "libc_test.h"
#include "dumpbuf.h"

/* mujs's escaperegexp (jsregexp.c) compares 3 bytes with memcmp where the
 * string may end sooner (test_bytecode.c says why this is safe) */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "strict_memcmp=0";
}

/* the number global name holds after src runs; -1 on an error */
static double run(js_State *J, const char *src, const char *name)
{
	double v;
	if (js_ploadstring(J, "test", src) || (js_pushundefined(J), js_pcall(J, 0))) {
		printf("# error: %s\n", js_trystring(J, -1, "?"));
		js_pop(J, 1);
		return -1;
	}
	js_pop(J, 1);
	js_getglobal(J, name);
	v = js_isnumber(J, -1) ? js_tonumber(J, -1) : -1;
	js_pop(J, 1);
	return v;
}

static js_Function *named(js_State *J, const char *name)
{
	js_Function *F;
	for (F = J->gcfun; F; F = F->gcnext)
		if (F->name && !strcmp(F->name, name) && F->code)
			return F;
	return NULL;
}

/* the site operands of F's code, in order: 0, 1, ... (1), else 0 */
static int sequential(js_Function *F)
{
	js_Instruction *p = F->code, *end = F->code + F->codelen;
	int next = 0;
	while (p < end) {
		int op = p[1];
		if (op == OP_GETVAR || op == OP_SETVAR) {
			int site = p[2 + jsC_operandwords(op) - 1];
			if (site != (next < JS_VARSITEMAX ? next : JS_VARSITEMAX))
				return 0;
			next++;
		}
		p += 2 + jsC_operandwords(op);
	}
	return next > 0;
}


static const char routerlike[] =
	"function handle(req, n) {\n"
	"  var idx = 0, seen = 0;\n"
	"  function next() {\n"
	"    var step = 1;\n"
	"    function bump() { idx += step; }\n"
	"    if (idx >= n) return;\n"
	"    bump(); seen += req; next();\n"
	"  }\n"
	"  next();\n"
	"  return seen * 1000 + idx;\n"
	"}\n"
	"var sum = 0;\n"
	"for (var r = 1; r <= 50; r++) sum += handle(r, r % 4 + 1);\n";

static double routerlike_sum(void)
{
	double sum = 0;
	int r;
	for (r = 1; r <= 50; r++)
		sum += (double)r * (r % 4 + 1) * 1000 + (r % 4 + 1);
	return sum;
}

int main(void)
{
	struct test_group g;
	js_State *J;
	js_Function *F;
	size_t n, i;
	char *src;

	test_plan(4);

	group_begin(&g, "sites past the last entry go uncached");
	J = js_newstate(NULL, NULL, 0);
	n = 70000; /* each line one GETVAR of x, a name of the outer call */
	src = malloc(n * 8 + 256);
	{
		char *e = src + sprintf(src, "function outer(x) { return function inner() { var s = 0;\n");
		for (i = 0; i < n; ++i) /* (100 a line: a line's number is 16 bits) */
			e += sprintf(e, i % 100 == 99 ? "s += x;\n" : "s += x; ");
		strcpy(e, "return s; }; }\nvar a = outer(1)(), b = outer(3)(), c = a + b;\n");
	}
	check(&g, run(J, src, "c") == 4.0 * n, "70,000 reads of x in one function: right");
	F = named(J, "inner");
	check(&g, F && F->nvsites == JS_VARSITEMAX, "the entries stop at 65,535");
	check(&g, F && sequential(F), "the sites past them carry the no-entry index");
	free(src);
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "the epochs wrap: every entry emptied");
	J = js_newstate(NULL, NULL, 0);
	check(&g, run(J, routerlike, "sum") == routerlike_sum(), "a first run");
	J->varepoch = UINT_MAX; /* (a call that allocates too little to collect) */
	js_getglobal(J, "handle");
	js_pushundefined(J);
	js_pushnumber(J, 7);
	js_pushnumber(J, 3);
	check(&g, js_pcall(J, 2) == 0 && js_tonumber(J, -1) == 21003, "filled at the last epoch");
	js_pop(J, 1);
	F = named(J, "next");
	check(&g, F && F->nvsites > 0 && F->vsites[0].epoch == UINT_MAX, "an entry of the last epoch");
	js_gc(J, 0); /* a collection: a new epoch, past the last */
	check(&g, J->varepoch == 1, "the epoch after the last is 1");
	{
		int all = 1;
		js_Function *G;
		for (G = J->gcfun; G; G = G->gcnext)
			for (i = 0; i < (size_t)G->nvsites; ++i)
				all &= G->vsites[i].epoch == 0;
		check(&g, all, "every function's entries are empty");
	}
	check(&g, run(J, routerlike, "sum") == routerlike_sum(), "the same answers after");
	F = named(J, "next");
	check(&g, F && F->vsites[0].epoch == 1, "entries filled again at epoch 1");
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a precompiled function's sites are numbered at load");
	{
		struct buf b = { NULL, 0 };
		J = js_newstate(NULL, NULL, 0);
		if (js_ploadstring(J, "test", routerlike))
			printf("# %s\n", js_trystring(J, -1, "?"));
		/* the first site of next's code says 60000 in the dump */
		F = J->gcfun;
		for (; F; F = F->gcnext) {
			js_Instruction *p = F->code, *end = p + F->codelen;
			if (!F->name || strcmp(F->name, "next"))
				continue;
			while (p < end && p[1] != OP_GETVAR && p[1] != OP_SETVAR)
				p += 2 + jsC_operandwords(p[1]);
			if (p < end)
				p[2 + jsC_operandwords(p[1]) - 1] = 60000;
		}
		check(&g, js_dumpscript(J, -1, put, &b) == 0, "dumped");
		js_freestate(J);
		J = js_newstate(NULL, NULL, 0);
		js_loadbytecode(J, "test", b.p, b.n);
		js_pushundefined(J);
		check(&g, js_pcall(J, 0) == 0, "loaded and run");
		js_pop(J, 1);
		js_getglobal(J, "sum");
		check(&g, js_tonumber(J, -1) == routerlike_sum(), "its answers");
		js_pop(J, 1);
		F = named(J, "next");
		check(&g, F && sequential(F), "next's sites are 0, 1, ... whatever the data said");
		check(&g, F && F->nvsites > 0 && F->vsites != NULL, "and have their entries");
		js_freestate(J);
		free(b.p);
	}
	group_end(&g);

	group_begin(&g, "a closure made at each call keeps its entries");
	J = js_newstate(NULL, NULL, 0);
	check(&g, run(J, routerlike, "sum") == routerlike_sum(), "each call's values");
	F = named(J, "next");
	{
		int outertpl = 0;
		for (i = 0; F && i < (size_t)F->nvsites; ++i)
			outertpl += F->vsites[i].kind == JS_VSOUTERTPL && F->vsites[i].epoch == J->varepoch;
		check(&g, outertpl > 0, "next finds its parent call's names by their places");
	}
	js_freestate(J);
	group_end(&g);

	return test_summary();
}
