/* Shared between the files of arch/x86_64 only; nothing above arch/ includes it. */
#ifndef ARCH_INTERNAL_H
#define ARCH_INTERNAL_H

#include "arch.h"
#include "asm.h"

extern struct boot_region firmware_ram[BOOT_MAX_REGIONS];
extern int firmware_nram;

extern char boot_stack_guard[], boot_stack_bottom[], boot_stack_top[];

void cpu_init(void);
void paging_init(void);
void clock_init(void);
uint32_t apic_id(void); /* this core's local APIC ID, known after apic_init */
uint64_t apic_measure_tsc_hz(void); /* TSC Hz against QEMU's 1 GHz LAPIC timer; 0: cannot */

/*
 * The TSC measured against the LAPIC over windows in which the boot core's
 * timer has nothing else to do (apic.c opens and closes them, clock.c
 * keeps the rate). A window: tsc TSC ticks over ns nanoseconds of the
 * LAPIC's 1 GHz count, each known within err_tsc and err_ns.
 */
struct tsc_window {
	uint64_t tsc, ns, err_tsc, err_ns;
};
/* The open window so far, waiting until it spans min_ns; 0: none open on
 * this core, or its count ran out. The window stays open; with restart
 * the next one starts at this one's end. */
int apic_window_read(uint64_t min_ns, struct tsc_window *w, int restart);
void apic_tsc_rate_changed(void); /* drops what apic.c derived from the rate */
int clock_wants_window(void);  /* clock.c: the rate is still to be measured or refined */
void clock_window(const struct tsc_window *w); /* a closed window; interrupts off */
int clock_tsc_from_lapic(void); /* the TSC's rate is (being) measured against the LAPIC */

/* Guard pages that paging.c leaves unmapped, and the stack each protects
 * (the size bytes right above the page). */
struct guard_page {
	uintptr_t page;
	const char *what;
	size_t size;
};
extern const struct guard_page *cpu_guard_pages(int *n);
void cpu_add_guard(uintptr_t page, const char *what, size_t size);

/* IST_IRQ: every other vector, under PVM only (cpu.c pvm_stacks) */
enum { IST_DF = 1, IST_PF, IST_NMI, IST_IRQ, IST_COUNT = 4 };

/* Each IST stack: one guard page, then the stack. */
struct ist_area {
	char guard[4096];
	char stack[IST_STACK_SIZE];
} __attribute__((aligned(4096)));

/* cpu.c: this core's GDT, TSS (IST tops), the shared IDT, the GS base. */
void cpu_init_core(struct cpu *c, const uintptr_t ist_top[IST_COUNT]);
/* apic.c: this core's local APIC as apic_init() set up the boot core's;
 * ICR writes for the IPIs (smp.c). */
void apic_init_core(void);
void apic_send_icr(uint32_t apic_id, uint32_t low);
void apic_timer_wake_in(uint64_t tsc_ticks);
/* clock.c: this vCPU's kvmclock, where the boot core found one. */
void clock_init_core(void);
/*
 * paging.c: unmaps one 4 KiB page after paging_init (a new guard page, or
 * the AP trampoline once used), splitting a 2 MiB or 1 GiB mapping into
 * 4 KiB pages from the table pool. Boot core; only this core's TLB
 * forgets the page, so a page no other core has used (before the APs
 * start, or the trampoline, which they ran with paging off). 0 or -ENOMEM
 * (pool).
 */
int paging_unmap(uintptr_t page);
/* paging.c: the final tables, for an AP's CR3 */
uintptr_t paging_root(void);

/* Before the console exists: write to COM1 directly and halt. */
void early_puts(const char *s);
void early_putdec(uint64_t v); /* v in decimal, on the early console */
void early_fail(const char *why) __attribute__((noreturn));

#endif
