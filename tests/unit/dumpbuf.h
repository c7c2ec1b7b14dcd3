/*
 * A growing buffer for js_dumpscript's writer (precompiled scripts,
 * patches/mujs/0150), for the unit tests that dump and load them
 * (test_bytecode.c, test_varsites.c). On the host: realloc, no failure
 * handling (a test that runs out of memory fails anyway).
 */
#ifndef UNIJS_TESTS_DUMPBUF_H
#define UNIJS_TESTS_DUMPBUF_H

#include <stdlib.h>
#include <string.h>

struct buf {
	char *p;
	size_t n;
};

/* js_dumpscript's write(ctx, data, n): appends to the struct buf ctx */
static void put(void *ctx, const void *data, size_t n)
{
	struct buf *b = ctx;
	b->p = realloc(b->p, b->n + n);
	memcpy(b->p + b->n, data, n);
	b->n += n;
}

#endif
