#include "trace.h"
#include "clock.h"
#include "loop.h"
#include "../arch/x86_64/arch.h"
#include <stdio.h>

#define MAX_PHASES 24

int trace_mode;
/* Stamps are taken from the first instruction on and kept if the command
 * line, read later, asks for them; slot 0 is the entry. */
static int enabled = 1, nphases = 1, pending;
static uint64_t t0;
static struct {
	const char *name;
	uint64_t tsc;
} phases[MAX_PHASES];
static struct loop_timer report_timer;

void trace_boot_start(uint64_t tsc_entry, int mode)
{
	trace_mode = mode;
	if (!mode) {
		enabled = 0;
		return;
	}
	t0 = tsc_entry;
	phases[0].name = "entry";
	phases[0].tsc = tsc_entry;
}

void trace_boot(const char *phase)
{
	if (!enabled || nphases == MAX_PHASES)
		return;
	phases[nphases].tsc = rdtsc();
	phases[nphases].name = phase;
	nphases++;
}

void trace_first(const char *phase)
{
	int i;

	if (!enabled)
		return;
	for (i = 0; i < nphases; i++)
		if (phases[i].name == phase)
			return;
	trace_boot(phase);
}

void trace_boot_late(const char *phase)
{
	uint64_t ns;

	if (enabled) {
		trace_boot(phase);
	} else if (trace_mode == TRACE_BOOT) {
		ns = arch_tsc_to_ns(rdtsc() - t0);
		printf("boot-trace+: %s=%lu.%03luus\n", phase, (unsigned long)(ns / 1000), (unsigned long)(ns % 1000));
	}
}

static void report(const char *prefix)
{
	int i;

	enabled = 0;
	pending = 0;
	printf("%s:", prefix);
	for (i = 0; i < nphases; i++) {
		uint64_t ns = arch_tsc_to_ns(phases[i].tsc - t0);
		printf(" %s=%lu.%03luus", phases[i].name, (unsigned long)(ns / 1000), (unsigned long)(ns % 1000));
	}
	if (trace_mode == TRACE_HTTP)
		printf(" tsc_entry=%llu", (unsigned long long)t0);
	printf(" tsc_hz=%lu\n", (unsigned long)arch_tsc_hz());
}

void trace_boot_report(void)
{
	if (enabled && trace_mode == TRACE_BOOT)
		report("boot-trace");
}

static void report_cb(struct loop_timer *t)
{
	(void)t;
	if (pending)
		report("http-trace");
}

void trace_report_later(void)
{
	if (!enabled || trace_mode != TRACE_HTTP || pending)
		return;
	pending = 1;
	loop_timer_init(&report_timer, report_cb);
	loop_timer_unref(&report_timer);
	loop_timer_start(&report_timer, clock_monotonic_ns() + TRACE_HTTP_DELAY_MS * 1000000ull);
}

void trace_flush(void)
{
	if (enabled && trace_mode == TRACE_HTTP)
		report("http-trace");
}

