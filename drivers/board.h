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
 * The other cores, which board_init started and left coming up
 * (arch/x86_64/smp.c): waits for them (up to smp_finish's bound), says
 * which did not come up, and at log=info how many did ("smp: N cores up").
 * Returns that number, the boot core included. Call it once the boot
 * core's own start-up work is done and before anything uses another
 * core; later calls return the same number.
 */
int board_cores_ready(void);

#endif
