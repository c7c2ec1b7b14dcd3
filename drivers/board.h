/*
 * board_init: what every image brings up before its main program, in boot
 * order: the serial console, the exit path, the heap (all RAM the boot
 * protocol reported), the command line, then interrupts (LAPIC, IOAPIC
 * from the MADT on pc/q35, the fixed layout on microvm) with the CPU's
 * interrupt flag set. trace=boot stamps "memory ready" and "interrupts
 * ready". A bad command line ends the machine here with EXIT_BAD_CMDLINE
 * after saying what is wrong. Boot code only; called once.
 */
#ifndef BOARD_H
#define BOARD_H

#include "../arch/x86_64/arch.h"
#include "../lib/cmdline.h"

void board_init(struct boot_info *bi, struct cmdline *c);

/*
 * The other cores (arch/x86_64/smp.c), which board_init leaves alone:
 * the first call finds them, starts them, waits for them (up to
 * smp_finish's bound), says which did not come up, and at log=info how
 * many did ("smp: N cores up (M found by fw_cfg|ACPI MADT)"); trace=boot
 * stamps "cores started" and "cores up" (lib/trace.h trace_boot_late).
 * Returns that number, the boot core included; later calls return the
 * same number at once. Boot core, loop context, before anything uses
 * another core (smp_cpu, smp_online, lib/xmsg.h count none before). The
 * JS runtime calls it when its loop first idles or when a core is first
 * needed (js/runtime.h runtime_cores_needed), whichever comes first.
 */
int board_cores_ready(void);

#endif
