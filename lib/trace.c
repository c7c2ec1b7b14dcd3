#include "trace.h"
#include "../arch/x86_64/arch.h"
#include <stdio.h>

#define MAX_PHASES 8

static int enabled, nphases;
static uint64_t t0;
static struct {
	const char *name;
	uint64_t tsc;
} phases[MAX_PHASES];

void trace_boot_start(uint64_t tsc_entry)
{
	enabled = 1;
	t0 = tsc_entry;
	trace_boot("entry");
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

void trace_boot_report(void)
{
	int i;
	if (!enabled)
		return;
	enabled = 0;
	printf("boot-trace:");
	for (i = 0; i < nphases; i++) {
		uint64_t ns = arch_tsc_to_ns(phases[i].tsc - t0);
		printf(" %s=%lu.%03luus", phases[i].name, (unsigned long)(ns / 1000), (unsigned long)(ns % 1000));
	}
	printf(" tsc_hz=%lu\n", (unsigned long)arch_tsc_hz());
}
