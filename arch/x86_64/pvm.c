/*
 * PVM: native execution on our machines' KVM.
 *
 * /dev/kvm on our machines is kvm_pvm, a "Pagetable-based Virtual
 * Machine" that runs guests at hardware CPL 3 without VMX/SVM. The build
 * deployed here is not the one in the public PVM tree: it has no PVCS and
 * no event-entry MSR. What it offers was found by probing (docs/platform.md
 * has the evidence):
 *
 *   - A guest starts in "non-PVM mode": every instruction goes through
 *     KVM's instruction emulator (~1 us each, no SSE).
 *   - MSR 0x4b564d11 reads 0x4d5650 ("PVM"); 0x4b564d12 lists features;
 *     0x4b564d13 is the TSC in kHz. On other hypervisors they #GP.
 *   - Writing MSR 0x4b564d10 = (guest-physical address of a "VIF" page) | 1
 *     switches the vCPU to native execution. From then on:
 *       * the guest's own IDT, TSS/IST and iretq keep working (PVM delivers
 *         events by pushing a normal frame and emulates iretq), but it
 *         refuses to push a frame onto a lower-half stack (#SS, then a
 *         triple fault): every gate must switch to an IST stack that is
 *         mapped in the upper half;
 *       * every page the kernel touches must have the U bit (the shadow
 *         MMU does not turn supervisor pages into CPL-3 ones: a fetch from
 *         a U=0 page refaults forever);
 *       * the interrupt flag is byte 0 of the VIF page (cli/sti and popf
 *         do not change it); PVM sets byte 1 when it holds back an
 *         interrupt, and a trapping instruction (sti) after re-enabling
 *         makes it deliver at once. hlt sleeps until an interrupt can be
 *         delivered, so idle must enable and halt with no window: an
 *         interrupt that lands between the two moves its return address
 *         past the hlt (pvm_irq_fixup).
 *   - Privileged instructions (port I/O, MSRs, CR accesses, cpuid, hlt)
 *     trap and are emulated one at a time; rdtsc and SSE run natively.
 *
 * Off PVM nothing here runs but the detection, which costs two cpuid.
 */
#include "arch_internal.h"
#include "asm.h"
#include "pvm.h"

#define MSR_PVM_CONTROL   0x4b564d10 /* VIF page | PVM_CONTROL_NATIVE */
#define MSR_PVM_SIGNATURE 0x4b564d11
#define PVM_SIGNATURE     0x4d5650   /* "PVM" */
#define PVM_CONTROL_NATIVE 1

/* The VIF page: byte 0 the interrupt flag, byte 1 "interrupt held back". */
static struct {
	volatile uint8_t if_, pending;
	uint8_t pad[4094];
} vif __attribute__((aligned(4096)));

volatile uint8_t *arch_pvm_vif; /* arch.h: NULL off PVM */

/* pvm_entry.S */
extern int pvm_rdmsr_safe(uint32_t msr, uint64_t *value);
extern char pvm_probe_gp[];
extern char pvm_idle_window[], pvm_idle_hlt[], pvm_idle_end[];

/*
 * An ordinary KVM answers the signature MSR with #GP, and this runs before
 * cpu_init() has an IDT: a one-gate IDT catches it (pvm_probe_gp resumes
 * at pvm_rdmsr_fault). cpu_init() loads the real IDT later.
 */
static struct {
	uint16_t off0, sel;
	uint8_t ist, type;
	uint16_t off1;
	uint32_t off2, reserved;
} __attribute__((packed)) probe_idt[14];

static int is_pvm(void)
{
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) idtr = {sizeof probe_idt - 1, (uintptr_t)probe_idt};
	uintptr_t h = (uintptr_t)pvm_probe_gp;
	uint32_t r[4];
	uint64_t sig;

	cpuid(1, 0, r);
	if (!(r[2] & (1u << 31)))
		return 0;
	cpuid(0x40000000, 0, r);
	/* "KVMKVMKVM\0\0\0": only a KVM is asked about the MSR */
	if (r[1] != 0x4b4d564b || r[2] != 0x564b4d56 || r[3] != 0x4d)
		return 0;
	probe_idt[13].off0 = h & 0xffff;
	probe_idt[13].sel = KERNEL_CS;
	probe_idt[13].type = 0x8e;
	probe_idt[13].off1 = (h >> 16) & 0xffff;
	probe_idt[13].off2 = h >> 32;
	__asm__ volatile("lidt %0" ::"m"(idtr));
	return pvm_rdmsr_safe(MSR_PVM_SIGNATURE, &sig) == 0 && (uint32_t)sig == PVM_SIGNATURE;
}

/* The boot tables (boot.S) already carry the U bit; add the alias. */
static void alias_boot_tables(void)
{
	uint64_t cr3, *pml4;

	__asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
	pml4 = (uint64_t *)(uintptr_t)(cr3 & ~0xfffull);
	pml4[PVM_ALIAS_SLOT] = pml4[0];
}

void pvm_init(void)
{
	if (!is_pvm())
		return;
	alias_boot_tables(); /* cpu_init() puts the IST stacks there */
	/* Interrupts are off (boot.S: cli), and so is vif.if_ (zeroed .bss). */
	wrmsr(MSR_PVM_CONTROL, (uintptr_t)&vif | PVM_CONTROL_NATIVE);
	arch_pvm_vif = &vif.if_;
	/* irq_disable() & co. find the flag through this_cpu(), which they
	 * may ask before cpu_init() sets the GS base again */
	smp_cpu0.vif = &vif.if_;
	wrmsr(MSR_GS_BASE, (uintptr_t)&smp_cpu0);
}

void pvm_start_ap(struct cpu *c, void *page)
{
	volatile uint8_t *v = page;

	v[0] = v[1] = 0; /* interrupts off: the trampoline's cli means nothing natively */
	wrmsr(MSR_PVM_CONTROL, (uintptr_t)page | PVM_CONTROL_NATIVE);
	c->vif = v;
}

static void set_user(uint64_t *table, int level)
{
	int i;
	for (i = 0; i < 512; i++) {
		if (!(table[i] & PTE_P))
			continue;
		table[i] |= PTE_U;
		if (level > 1 && !(table[i] & PTE_PS))
			set_user((uint64_t *)(uintptr_t)(table[i] & 0x000ffffffffff000ull), level - 1);
	}
}

void pvm_fix_tables(uint64_t *pml4)
{
	if (!arch_pvm_vif)
		return;
	set_user(pml4, 4);
	pml4[PVM_ALIAS_SLOT] = pml4[0];
}

void pvm_irq_fixup(uint64_t *rip)
{
	if (*rip >= (uintptr_t)pvm_idle_window && *rip <= (uintptr_t)pvm_idle_hlt)
		*rip = (uintptr_t)pvm_idle_end; /* interrupted before halting: don't */
}
