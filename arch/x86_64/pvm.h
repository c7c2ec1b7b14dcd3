/*
 * PVM: running natively on our machines' KVM (module kvm_pvm). See pvm.c
 * and docs/platform.md. Shared by the files of arch/x86_64 only.
 */
#ifndef ARCH_X86_64_PVM_H
#define ARCH_X86_64_PVM_H

#include <stdint.h>

/*
 * Where the upper-half alias of the first 512 GiB lives (PML4 slot 273,
 * 0xffff888000000000). PVM refuses to push an event frame onto a stack in
 * the lower half, so every IST stack is used through this alias.
 */
#define PVM_ALIAS_SLOT 273
#define PVM_ALIAS_BASE 0xffff888000000000ull

/* boot: first thing in arch_start(), before any IDT; nothing off PVM */
void pvm_init(void);
/*
 * An AP under PVM, first thing in its C entry (smp.c), interrupts off and
 * before anything that could fault (no IDT yet): runs natively from here,
 * its interrupt flag in page (4 KiB, its own, zeroed here), which becomes
 * c->vif. Its GS base comes after (cpu_init_core).
 */
struct cpu;
void pvm_start_ap(struct cpu *c, void *page);
/* paging_init(), before loading the tables: U bit everywhere, the alias */
void pvm_fix_tables(uint64_t *pml4);
/* trap_dispatch(), interrupts under PVM: an idle interrupted before hlt */
void pvm_irq_fixup(uint64_t *rip);

#endif
