/*
 * GDT, TSS and IDT for one core in long mode.
 *
 * Faults that may arrive on a broken stack (#DF, #PF, NMI, #MC) switch to
 * their own IST stacks, so a stack overflow into the guard page can still
 * be reported. Every IST stack has an unmapped guard page of its own.
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

/* IST_IRQ: every other vector, under PVM only (pvm_stacks) */
enum { IST_DF = 1, IST_PF, IST_NMI, IST_IRQ, IST_COUNT = 4 };

/* Each IST stack: one guard page, then the stack. */
struct ist_area {
	char guard[4096];
	char stack[IST_STACK_SIZE];
} __attribute__((aligned(4096)));

static struct ist_area ist_areas[IST_COUNT];
static struct tss tss __attribute__((aligned(16)));
static uint64_t gdt[5] __attribute__((aligned(16)));
static struct idt_entry idt[256] __attribute__((aligned(16)));

static struct guard_page guards[1 + IST_COUNT];

extern const uintptr_t trap_stubs[256]; /* trap.S */

const struct guard_page *cpu_guard_pages(int *n)
{
	*n = 1 + IST_COUNT;
	return guards;
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
 * PVM (pvm.c) pushes event frames only onto upper-half stacks: use every
 * IST stack through the upper-half alias at alias_base, and give every
 * gate without one the IRQ stack. Handlers run with interrupts off and
 * nothing nests on IST_IRQ but a fatal fault, which only reports.
 */
static void pvm_stacks(uint64_t alias_base)
{
	int i;

	for (i = 0; i < IST_COUNT; i++)
		tss.ist[i] = alias_base + (uintptr_t)ist_areas[i].stack + IST_STACK_SIZE;
	for (i = 0; i < 256; i++)
		if (!idt[i].ist)
			idt[i].ist = IST_IRQ;
}

void cpu_init(void)
{
	uintptr_t t = (uintptr_t)&tss;
	struct desc_ptr gdtr, idtr;
	int i;

	guards[0].page = (uintptr_t)boot_stack_guard;
	guards[0].what = "main stack";
	for (i = 0; i < IST_COUNT; i++) {
		tss.ist[i] = (uintptr_t)ist_areas[i].stack + IST_STACK_SIZE;
		guards[1 + i].page = (uintptr_t)ist_areas[i].guard;
		guards[1 + i].what = "exception stack";
	}
	tss.iomap_base = sizeof tss;

	gdt[0] = 0;
	gdt[1] = 0x00209b0000000000ull; /* KERNEL_CS */
	gdt[2] = 0x0000930000000000ull; /* KERNEL_DS */
	gdt[3] = (sizeof tss - 1) | ((t & 0xffffff) << 16) | (0x89ull << 40) | (((t >> 24) & 0xff) << 56);
	gdt[4] = t >> 32;
	gdtr.limit = sizeof gdt - 1;
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

	for (i = 0; i < 256; i++)
		set_gate(i, trap_stubs[i], 0);
	set_gate(2, trap_stubs[2], IST_NMI);
	set_gate(8, trap_stubs[8], IST_DF);
	set_gate(14, trap_stubs[14], IST_PF);
	set_gate(18, trap_stubs[18], IST_NMI);
	if (arch_pvm_vif)
		pvm_stacks(PVM_ALIAS_BASE);
	idtr.limit = sizeof idt - 1;
	idtr.base = (uintptr_t)idt;
	__asm__ volatile("lidt %0" ::"m"(idtr));

	/*
	 * x87 to its defaults; CR0/CR4 were set in boot.S. MXCSR is already
	 * 0x1f80 from reset, and ldmxcsr is one of the instructions our nested
	 * KVM cannot emulate, so it is left alone.
	 */
	__asm__ volatile("fninit");
}
