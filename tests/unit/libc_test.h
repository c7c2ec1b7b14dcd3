/*
 * The little harness the lib/ host tests share: cases are counted in
 * groups, each group prints one "ok - name (N cases)" or
 * "not ok - name: first mismatch" line, and the binary ends with
 * "N passed, N failed" over groups, exiting non-zero on any failure.
 * Each binary first states how many groups it runs (test_plan), so that
 * tests/run.sh can tell a binary that stopped early from one that ran all.
 */
#ifndef UNIJS_LIBC_TEST_H
#define UNIJS_LIBC_TEST_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct test_group {
	const char *name;
	long cases;
	long fails;
	char first[1024];
};

static int test_passed, test_failed;

/* The TAP plan: the number of groups main() will report. */
static void test_plan(int groups)
{
	printf("1..%d\n", groups);
	fflush(stdout);
}

static void group_begin(struct test_group *g, const char *name)
{
	g->name = name;
	g->cases = 0;
	g->fails = 0;
	g->first[0] = '\0';
}

__attribute__((format(printf, 3, 4))) static void check(struct test_group *g, int ok,
							const char *fmt, ...)
{
	g->cases++;
	if (ok)
		return;
	if (g->fails++ == 0) {
		va_list ap;

		va_start(ap, fmt);
		vsnprintf(g->first, sizeof g->first, fmt, ap);
		va_end(ap);
	}
}

static void group_end(struct test_group *g)
{
	if (g->fails) {
		printf("not ok - %s: %ld of %ld cases failed, first: %s\n", g->name, g->fails,
		       g->cases, g->first);
		test_failed++;
	} else {
		printf("ok - %s (%ld cases)\n", g->name, g->cases);
		test_passed++;
	}
	fflush(stdout);
}

static int test_summary(void)
{
	printf("%d passed, %d failed\n", test_passed, test_failed);
	return test_failed ? 1 : 0;
}

#endif
