/*
 * Boot-phase stamps (command-line option trace=boot or trace=http).
 *
 * Each trace_boot(phase) records the TSC, from the first instruction on;
 * trace_boot_start(tsc_at_entry, mode), called once the command line has
 * been read, keeps them (mode TRACE_BOOT or TRACE_HTTP) or turns tracing
 * off (mode 0); nothing is printed until the report,
 * so tracing does not distort what it measures (a byte on the 16550 costs
 * ~30 us under PVM). Stamps cost one rdtsc each, and one load and branch
 * when tracing is off. Loop context only (boot code, loop callbacks).
 *
 *   trace=boot  report at the first app statement (trace_boot_report):
 *               "boot-trace: entry=0.000us memory ready=...us ... tsc_hz=N"
 *   trace=http  the same stamps and the network's after them (nic up, net
 *               up, listen, first syn, first data sent: net/netif.c,
 *               net/tcp.c), reported once the first TCP data segment has
 *               gone to the NIC, TRACE_HTTP_DELAY_MS later, so that the
 *               report's console bytes do not compete with that segment's
 *               way out through QEMU: "http-trace: entry=0.000us ...
 *               tsc_entry=N tsc_hz=N". tsc_entry is the TSC at the first
 *               instruction: under PVM the guest reads the host's TSC
 *               unoffset, so a host-side client can place the phases on
 *               its own clock (bench/http/first200.c).
 *
 * trace_boot_late(phase) is for a phase that may come after the report (the
 * other cores' start-up, drivers/board.c): recorded as trace_boot does
 * while the report is still to come, else, at trace=boot, printed at once
 * on a line of its own, "boot-trace+: PHASE=...us" (from the same entry).
 *
 * trace_first(phase) records phase only the first time it is called with
 * that name (a name is one string constant: compared by address).
 * trace_report_later() arms the http report (net/netif.c, at the first data
 * segment sent); trace_flush() prints an http report now if one is still
 * to come (the machine is ending: power_exit).
 */
#ifndef UNIJS_TRACE_H
#define UNIJS_TRACE_H

#include <stdint.h>

#define TRACE_BOOT 1
#define TRACE_HTTP 2
#define TRACE_HTTP_DELAY_MS 50

extern int trace_mode; /* 0 (off), TRACE_BOOT or TRACE_HTTP */

void trace_boot_start(uint64_t tsc_entry, int mode);
void trace_boot(const char *phase);
void trace_first(const char *phase);
void trace_boot_late(const char *phase);
void trace_boot_report(void);
void trace_report_later(void);
void trace_flush(void);

#endif
