/*
 * bench/native/shell.c: a minimal mujs shell for bench/jsspeed.sh's native
 * proxies: run one script, with print() (one line per call) as the only
 * addition. Built twice from the same mujs objects' flags:
 *   -DUJ_OURS  mujs uses our C library (bench/native/rename.h): the heap
 *              is one mmap'd range handed to lib/alloc.c, as at boot, and
 *              lib/'s stdout goes to fd 1 through the console sink;
 *   otherwise  mujs uses glibc (malloc, printf, string, libm).
 * This file itself always uses glibc, for reading the script and printing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mujs.h"

#ifdef UJ_OURS
#define HEAP_SIZE (1024UL << 20) /* reserved, touched on demand */
void alloc_init(void *base, size_t len);
typedef void console_sink_fn(const char *buf, size_t len);
void console_set_sink(console_sink_fn *write);

static void sink(const char *buf, size_t len)
{
	fflush(stdout);
	if (write(1, buf, len) < 0)
		abort();
}

/* lib/alloc.c and lib/stdlib.c (abort) report broken invariants here. */
void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("panic: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}
#endif

static void print(js_State *J)
{
	int i, n = js_gettop(J);

	for (i = 1; i < n; i++) {
		if (i > 1)
			putchar(' ');
		fputs(js_tostring(J, i), stdout);
	}
	putchar('\n');
	fflush(stdout);
	js_pushundefined(J);
}

int main(int argc, char **argv)
{
	js_State *J;
	FILE *f;
	char *src;
	long n;

	if (argc != 2) {
		fprintf(stderr, "usage: %s script.js\n", argv[0]);
		return 2;
	}
#ifdef UJ_OURS
	void *heap = mmap(NULL, HEAP_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (heap == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	alloc_init(heap, HEAP_SIZE);
	console_set_sink(sink);
#endif
	f = fopen(argv[1], "rb");
	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		perror(argv[1]);
		return 1;
	}
	src = malloc(n + 1); /* glibc's: this file is not renamed */
	if (!src || fread(src, 1, n, f) != (size_t)n) {
		perror(argv[1]);
		return 1;
	}
	src[n] = 0;
	fclose(f);

	J = js_newstate(NULL, NULL, 0);
	if (!J) {
		fputs("cannot create the mujs state\n", stderr);
		return 1;
	}
	js_newcfunction(J, print, "print", 0);
	js_setglobal(J, "print");
	n = js_dostring(J, src);
	js_freestate(J);
	free(src);
	return n ? 1 : 0;
}
