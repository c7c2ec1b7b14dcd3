/* Shared between the files of arch/x86_64 only; nothing above arch/ includes it. */
#ifndef ARCH_INTERNAL_H
#define ARCH_INTERNAL_H

#include "arch.h"

extern struct boot_region firmware_ram[BOOT_MAX_REGIONS];
extern int firmware_nram;

extern char boot_stack_guard[], boot_stack_bottom[], boot_stack_top[];

void cpu_init(void);
void paging_init(void);
void clock_init(void);
uint32_t apic_id(void); /* this core's local APIC ID, known after apic_init */
uint64_t apic_measure_tsc_hz(void); /* TSC Hz against QEMU's 1 GHz LAPIC timer; 0: cannot */

/* Guard pages that paging.c leaves unmapped, and the stack each protects. */
struct guard_page {
	uintptr_t page;
	const char *what;
};
extern const struct guard_page *cpu_guard_pages(int *n);

/* Before the console exists: write to COM1 directly and halt. */
void early_puts(const char *s);
void early_fail(const char *why) __attribute__((noreturn));

#endif
