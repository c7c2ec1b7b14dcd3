/*
 * platform_linux.c: the kernel interfaces js/ needs, on Linux, for the host
 * build (build/host/unijs-host). Everything goes to fd 1, like the kernel's
 * single serial console.
 */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "drivers/power.h"
#include "lib/alloc.h"
#include "lib/clock.h"
#include "lib/console.h"
#include "lib/trace.h"
#include "host.h"
#include <stdio.h>

void console_write(const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(1, buf, len);
		if (n <= 0)
			return;
		buf += n;
		len -= (size_t)n;
	}
}

void console_set_sink(console_sink_fn *write_fn)
{
	(void)write_fn;
}

void alloc_get_stats(struct alloc_stats *st)
{
	struct mallinfo2 mi = mallinfo2();

	st->heap_total = mi.arena + mi.hblkhd;
	st->heap_used = mi.uordblks + mi.hblkhd;
	st->heap_peak = st->heap_total;
	st->nallocs = 0;
	st->nfrees = 0;
	st->nfail = 0;
}

static uint64_t platform_clock(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t clock_monotonic_ns(void)
{
	return platform_clock(CLOCK_MONOTONIC);
}

uint64_t clock_realtime_ns(void)
{
	return platform_clock(CLOCK_REALTIME);
}

uint64_t clock_realtime_s(void)
{
	return platform_clock(CLOCK_REALTIME) / 1000000000u;
}

void power_exit(int code)
{
	exit(code & 0xff);
}

/* lib/trace.h on the host: --boot-time prints each phase's time since
 * runtime_run was called. */
int host_trace;
static uint64_t host_t0;
/* trace=boot and trace=http are the kernel's: never on here */
int trace_mode;

void host_trace_start(void)
{
	host_t0 = clock_monotonic_ns();
}

void trace_boot(const char *phase)
{
	if (host_trace)
		fprintf(stderr, "unijs-host: %s at %.1f us\n", phase,
			(double)(clock_monotonic_ns() - host_t0) / 1000.0);
}

void trace_first(const char *phase)
{
	static const char *seen[32];
	int i;

	for (i = 0; i < 32 && seen[i]; i++)
		if (seen[i] == phase)
			return;
	if (i < 32)
		seen[i] = phase;
	trace_boot(phase);
}

void trace_boot_report(void)
{
}

/* glibc's free chunks: what its arenas hold free (the runtime asks only
 * on a heap of fixed size, for admission and its out-of-memory report) */
void alloc_get_free(struct alloc_free *f)
{
	struct mallinfo2 mi = mallinfo2();

	f->chunks = mi.fordblks;
	f->largest = mi.fordblks;
	f->nchunks = mi.ordblks;
}

/* js/runtime.c sets an OOM hook only on a heap of fixed size (the kernel's,
 * runtime_config.heap_fixed); glibc's malloc grows and has no such hook. */
void alloc_set_oom_hook(void (*fn)(size_t want))
{
	(void)fn;
	fprintf(stderr, "unijs-host: alloc_set_oom_hook: the host's heap is not of fixed size\n");
	abort();
}
