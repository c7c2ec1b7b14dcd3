/*
 * Boot-phase stamps (command-line option trace=boot).
 *
 * trace_boot_start(tsc_at_entry) turns tracing on; each trace_boot(phase)
 * records the TSC; trace_boot_report() prints the phases in microseconds
 * since entry. Stamps cost one rdtsc each and nothing is printed until the
 * report, so tracing does not distort what it measures. Boot code only.
 */
#ifndef UNIJS_TRACE_H
#define UNIJS_TRACE_H

#include <stdint.h>

void trace_boot_start(uint64_t tsc_entry);
void trace_boot(const char *phase);
void trace_boot_report(void);

#endif
