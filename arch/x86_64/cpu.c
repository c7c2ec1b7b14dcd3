/*
 * GDT, TSS and IDT for each core in long mode, and the GS base that makes
 * this_cpu() work.
 *
 * Faults that may arrive on a broken stack (#DF, #PF, NMI, #MC) switch to
 * their own IST stacks, so a stack overflow into the guard page can still
 * be reported. Every IST stack has an unmapped guard page of its own.
 * Each core has its own GDT and TSS (the TSS holds its IST pointers and
 * is marked busy by ltr); all share one IDT.
 */
#include "arch_internal.h"
#include "asm.h"
#include "pvm.h"

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3, iomap_base;
} __attribute__((packed));

struct idt_entry {
	uint16_t off0, sel;
	uint8_t ist, type;
	uint16_t off1;
	uint32_t off2, reserved;
} __attribute__((packed));

struct desc_ptr {
	uint16_t limit;
	uint64_t base;
} __attribute__((packed));

static struct ist_area ist_areas[IST_COUNT];
static struct idt_entry idt[256] __attribute__((aligned(16)));
/* the boot core's per-CPU area (arch.h this_cpu) */
struct cpu smp_cpu0 = { .self = &smp_cpu0, .apic_id = -1, .name = "main" };

static struct guard_page guards[(1 + IST_COUNT) * SMP_MAX_CPUS];
static int nguards;

extern const uintptr_t trap_stubs[256]; /* trap.S */

const struct guard_page *cpu_guard_pages(int *n)
{
	*n = nguards;
	return guards;
}

void cpu_add_guard(uintptr_t page, const char *what, size_t size)
{
	if (nguards == (int)(sizeof guards / sizeof guards[0]))
		return;
	guards[nguards].page = page;
	guards[nguards].what = what;
	guards[nguards].size = size;
	nguards++;
}

int arch_stack_guard(void *page, const char *what, size_t size)
{
	int r = paging_unmap((uintptr_t)page);
	if (r < 0)
		return r;
	cpu_add_guard((uintptr_t)page, what, size);
	return 0;
}

static void set_gate(int vec, uintptr_t handler, int ist)
{
	idt[vec].off0 = handler & 0xffff;
	idt[vec].sel = KERNEL_CS;
	idt[vec].ist = ist;
	idt[vec].type = 0x8e; /* present, ring 0, 64-bit interrupt gate */
	idt[vec].off1 = (handler >> 16) & 0xffff;
	idt[vec].off2 = handler >> 32;
	idt[vec].reserved = 0;
}

/*
 * PVM (pvm.c) pushes event frames only onto upper-half stacks: use the
 * core's IST stacks through the upper-half alias at alias_base, and give
 * every gate without one the IRQ stack (the IDT is shared: the same
 * change on each core). Handlers run with interrupts off and nothing
 * nests on IST_IRQ but a fatal fault, which only reports.
 */
static void pvm_stacks(struct tss *tss, uint64_t alias_base)
{
	int i;

	for (i = 0; i < IST_COUNT; i++)
		tss->ist[i] += alias_base;
	for (i = 0; i < 256; i++)
		if (!idt[i].ist)
			idt[i].ist = IST_IRQ;
}

/*
 * This core's GDT (with its TSS) and TR, the shared IDT, and the GS base
 * (this_cpu). ist_top[i]: the top of IST stack i + 1.
 */
void cpu_init_core(struct cpu *c, const uintptr_t ist_top[IST_COUNT])
{
	struct tss *tss = (struct tss *)c->tss;
	uintptr_t t = (uintptr_t)tss;
	uint64_t *gdt = c->gdt;
	struct desc_ptr gdtr, idtr;
	int i;

	_Static_assert(sizeof c->tss >= sizeof(struct tss), "struct cpu's TSS room");
	for (i = 0; i < IST_COUNT; i++)
		tss->ist[i] = ist_top[i];
	tss->iomap_base = sizeof *tss;

	gdt[0] = 0;
	gdt[1] = 0x00209b0000000000ull; /* KERNEL_CS */
	gdt[2] = 0x0000930000000000ull; /* KERNEL_DS */
	gdt[3] = (sizeof *tss - 1) | ((t & 0xffffff) << 16) | (0x89ull << 40) | (((t >> 24) & 0xff) << 56);
	gdt[4] = t >> 32;
	gdtr.limit = sizeof c->gdt - 1;
	gdtr.base = (uintptr_t)gdt;
	__asm__ volatile("lgdt %0\n\t"
			 "pushq %1\n\t"
			 "leaq 1f(%%rip), %%rax\n\t"
			 "pushq %%rax\n\t"
			 "lretq\n"
			 "1:\n\t"
			 "movl %2, %%eax\n\t"
			 "movl %%eax, %%ds\n\t"
			 "movl %%eax, %%es\n\t"
			 "movl %%eax, %%ss\n\t"
			 "ltr %w3\n\t"
			 "lldt %w4"
			 :
			 : "m"(gdtr), "i"(KERNEL_CS), "i"(KERNEL_DS), "r"(TSS_SEL), "r"(0)
			 : "rax", "memory");
	if (arch_pvm_vif)
		pvm_stacks(tss, PVM_ALIAS_BASE);
	idtr.limit = sizeof idt - 1;
	idtr.base = (uintptr_t)idt;
	__asm__ volatile("lidt %0" ::"m"(idtr));
	/* this_cpu() */
	c->self = c;
	wrmsr(MSR_GS_BASE, (uintptr_t)c);

	/*
	 * x87 to its defaults; CR0/CR4 were set in boot.S. MXCSR is already
	 * 0x1f80 from reset, and ldmxcsr is one of the instructions our nested
	 * KVM cannot emulate, so it is left alone.
	 */
	__asm__ volatile("fninit");
}

void cpu_init(void)
{
	uintptr_t top[IST_COUNT];
	int i;

	cpu_add_guard((uintptr_t)boot_stack_guard, "main stack", BOOT_STACK_SIZE);
	for (i = 0; i < IST_COUNT; i++) {
		top[i] = (uintptr_t)ist_areas[i].stack + IST_STACK_SIZE;
		cpu_add_guard((uintptr_t)ist_areas[i].guard, "exception stack", IST_STACK_SIZE);
	}
	smp_cpu0.stack_top = (uintptr_t)boot_stack_top;
	/* the gates first: cpu_init_core loads the IDT, PVM's stacks amend it */
	for (i = 0; i < 256; i++)
		set_gate(i, trap_stubs[i], 0);
	set_gate(2, trap_stubs[2], IST_NMI);
	set_gate(8, trap_stubs[8], IST_DF);
	set_gate(14, trap_stubs[14], IST_PF);
	set_gate(18, trap_stubs[18], IST_NMI);
	cpu_init_core(&smp_cpu0, top);
}
