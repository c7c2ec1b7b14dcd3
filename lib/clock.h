/*
 * clock.h: the two time sources lib/time.c builds on, implemented by the
 * platform (arch/x86_64: TSC or kvmclock).
 *
 * clock_monotonic_ns: nanoseconds since an arbitrary origin (boot), never
 * decreasing on a core. clock_realtime_ns: nanoseconds since the Unix epoch,
 * UTC; it may jump when the wall clock is set. Both may be called from any
 * context, interrupt handlers included.
 */
#ifndef UNIJS_CLOCK_H
#define UNIJS_CLOCK_H

#include <stdint.h>

uint64_t clock_monotonic_ns(void);
uint64_t clock_realtime_ns(void);
/* Whole seconds since the epoch; cheap at boot (never calibrates a clock). */
uint64_t clock_realtime_s(void);

#endif
