/*
 * AP start-up (Intel SDM vol. 3A §8.4 "Multiple-Processor (MP)
 * Initialization", §8.4.4.1 the INIT-SIPI-SIPI sequence) and IPIs.
 *
 * The board finds the cores (ACPI MADT, else QEMU's fw_cfg CPU count:
 * drivers/board.c) and hands smp_start() their APIC IDs and memory for
 * their areas. Each AP gets, in one struct ap_area: its per-CPU area
 * (struct cpu: GDT, TSS, kvmclock page), a stack of SMP_AP_STACK_SIZE
 * and the four IST stacks, each stack above a guard page that paging.c
 * unmaps (a 2 MiB mapping of the heap is split for it).
 *
 * The sequence goes to all APs at once, not one after another: INIT to
 * each, then a SIPI to each, then more SIPIs every ~0.5 ms to those not
 * yet heard from (a core already running ignores a SIPI, §8.4.4.1).
 * Under QEMU's TCG on microvm, where no firmware parked the APs, it is
 * SIPI alone (on_tcg says why). The 10 ms wait after INIT that the MP
 * spec asks of old hardware is left out: unijs runs on virtual CPUs
 * (QEMU, KVM), which take INIT at once, and the wait would be ten times
 * the boot budget; Linux skips it on every CPU since the Pentium 4 too.
 * APs run in parallel, so start-up costs about one AP's start-up, not n
 * of them: smp_start sends the first round and returns, its caller may
 * do other work meanwhile, and smp_finish then waits (halted: an AP that
 * is up sends it an IPI) for those not up yet, sending the later SIPIs.
 * (The board calls both at the boot core's first idle or first need,
 * off the boot path: drivers/board.h board_cores_ready.)
 *
 * Each AP finds its slot by its APIC ID in the trampoline (smp_tramp.S):
 * index = slot + 1. There it waits for smp_ap_go, which the boot core sets once it will send no more INITs.
 * Every INIT goes in smp_start's first round, before go is set: an AP
 * that an INIT resets has done nothing yet, and no AP past go is ever
 * reset (an earlier version took a ticket instead, and an INIT landing
 * after the ticket lost that core: 2 boots in 12 at -smp 4 on a loaded
 * host; a later one sent the INIT under TCG only to the APs that had not
 * started after a first SIPI round, which kept the boot core waiting for
 * them). In QEMU an INIT is pending on its target when the ICR write
 * returns, and a vCPU takes pending interrupts before its next
 * translation block, so no AP sees smp_ap_go set and still takes an INIT
 * sent before it. Past go, the AP claims the slot (WAITING -> UP). When
 * the bound passes, smp_finish marks every slot still WAITING as LATE; an
 * AP that arrives after that finds its slot LATE and halts for good, so a
 * core is either counted up or never runs anything.
 */
#include "arch_internal.h"
#include "asm.h"
#include "pvm.h"
#include <errno.h>

#define SMP_TRAMP   0x8000 /* smp_tramp.S; SIPI vector = page number */
#define ICR_INIT    0x00004500u /* delivery mode INIT, level assert */
#define ICR_SIPI    0x00004600u /* delivery mode start-up */
#define ICR_FIXED   0x00004000u /* fixed delivery, assert */

enum { SLOT_WAITING, SLOT_UP, SLOT_LATE };

struct ap_area {
	union {
		struct cpu cpu;
		char pad[4096];
	} u;
	char stack_guard[4096];
	char stack[SMP_AP_STACK_SIZE];
	struct ist_area ist[IST_COUNT];
	char pvm_vif[4096]; /* under PVM, the core's VIF page (pvm.c) */
} __attribute__((aligned(4096)));

/* Read by smp_tramp.S in 32-bit code: below 4 GiB, as the image is.
 * Slot i is for the AP with APIC ID smp_ap_ids[i]. */
uint32_t smp_ap_ids[SMP_MAX_CPUS];
volatile uint32_t smp_ap_go;                    /* set by the boot core: no INIT any more */
uint32_t smp_ap_slots;
uint32_t smp_ap_cr3;
uintptr_t smp_ap_stack_top[SMP_MAX_CPUS];

extern const char smp_tramp_start[], smp_tramp_end[];

static struct ap_area *areas;
static volatile uint32_t slot_state[SMP_MAX_CPUS];
static volatile uint32_t nonline = 1;
static uint32_t nslots = 1;
static void (*ap_entry)(void);

size_t smp_mem_size(uint32_t n)
{
	if (n > SMP_MAX_CPUS)
		n = SMP_MAX_CPUS;
	return n > 1 ? (n - 1) * sizeof(struct ap_area) : 0;
}

struct cpu *smp_cpu(uint32_t index)
{
	if (index == 0)
		return &smp_cpu0;
	if (index >= nslots || slot_state[index - 1] != SLOT_UP)
		return 0;
	return &areas[index - 1].u.cpu;
}

uint32_t smp_ncpus(void) { return nslots; }
uint32_t smp_online(void) { return nonline; }

static void ipi_irq(int vector, void *ctx)
{
	struct cpu *c = this_cpu();

	(void)vector;
	(void)ctx;
	arch_irq_eoi();
	if (c->ipi_fn)
		c->ipi_fn();
}

void smp_ipi(uint32_t index)
{
	struct cpu *c = smp_cpu(index);
	if (c)
		apic_send_icr((uint32_t)c->apic_id, ICR_FIXED | ARCH_VEC_IPI);
}

/* "core N" without lib/'s formatted output (arch/ stands below it) */
static void name_core(char *b, uint32_t n)
{
	char d[12];
	int i = 0, j = 0;
	const char *p = "core ";

	while (*p)
		b[j++] = *p++;
	do
		d[i++] = (char)('0' + n % 10);
	while (n /= 10);
	while (i)
		b[j++] = d[--i];
	b[j] = 0;
}

void smp_ap_main(uint32_t slot);
void smp_ap_main(uint32_t slot)
{
	struct ap_area *a = &areas[slot];
	struct cpu *c = &a->u.cpu;
	uintptr_t top[IST_COUNT];
	uint32_t want = SLOT_WAITING;
	int i;

	if (arch_pvm_vif) /* out of PVM's instruction emulator before anything else */
		pvm_start_ap(c, a->pvm_vif);
	for (i = 0; i < IST_COUNT; i++)
		top[i] = (uintptr_t)a->ist[i].stack + IST_STACK_SIZE;
	cpu_init_core(c, top);
	apic_init_core();
	clock_init_core();
	if (!__atomic_compare_exchange_n(&slot_state[slot], &want, SLOT_UP, 0, __ATOMIC_SEQ_CST,
					 __ATOMIC_SEQ_CST))
		arch_halt_forever(); /* too late: the boot core has carried on without us */
	c->online = 1;
	__atomic_add_fetch(&nonline, 1, __ATOMIC_SEQ_CST);
	apic_send_icr((uint32_t)smp_cpu0.apic_id, ICR_FIXED | ARCH_VEC_IPI); /* the boot core waits halted */
	ap_entry();
	arch_halt_forever();
}

/* n bytes with one string instruction: no call to lib/'s memcpy */
static void copy(void *dst, const void *src, size_t n)
{
	__asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static void zero(void *dst, size_t n)
{
	__asm__ volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(0) : "memory");
}

static int all_up(uint32_t naps)
{
	return nonline == naps + 1;
}

/* Whether a core with this APIC ID has come up (boot core included). */
static int id_up(uint32_t id)
{
	uint32_t i;
	if ((int64_t)id == smp_cpu0.apic_id)
		return 1;
	for (i = 0; i + 1 < nslots; i++)
		if (slot_state[i] == SLOT_UP && areas[i].u.cpu.apic_id == (int64_t)id)
			return 1;
	return 0;
}

/*
 * QEMU's TCG (signature "TCGTCGTCGTCG"): its APs wait for a SIPI from
 * reset on microvm (no firmware starts them), and an INIT first costs
 * dearly there: under the single-threaded TCG (-icount) a SIPI sent before
 * the AP took its INIT is dropped, and later ones were taken only at
 * QEMU's 100 ms round-robin kicks. So under TCG the first round is SIPI
 * alone. KVM takes a SIPI only after an INIT: there the full sequence.
 */
static int on_tcg(void)
{
	uint32_t r[4];
	cpuid(1, 0, r);
	if (!(r[2] & (1u << 31)))
		return 0;
	cpuid(0x40000000, 0, r);
	return r[1] == 0x54474354 && r[2] == 0x43544743 && r[3] == 0x47435447;
}

/*
 * INIT to every AP, right before the SIPIs: no wait between. A vCPU
 * takes a pending INIT before a pending SIPI and keeps the SIPI across
 * it (KVM: kvm_apic_accept_events; QEMU's TCG: do_cpu_init), and a SIPI
 * lost all the same is sent again by smp_finish. The 20 us halt that
 * used to be here cost a timer, a halt and a wake-up, each an exit to
 * the hypervisor (~60 us apiece under PVM on a loaded host).
 */
static void init_all(uint32_t naps)
{
	uint32_t i;

	for (i = 0; i < naps; i++)
		apic_send_icr(smp_ap_ids[i], ICR_INIT);
}

static void sipi_all(const uint32_t *ids, uint32_t n, uint32_t self)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if (ids[i] != self && !id_up(ids[i]))
			apic_send_icr(ids[i], ICR_SIPI | (SMP_TRAMP >> 12));
}

/* smp_start's, for smp_finish */
static uint32_t start_n, start_naps, start_self, finished;
static uint32_t start_ids[SMP_MAX_CPUS];
static uint64_t start_t0;
static uint32_t start_missing[SMP_MAX_CPUS], start_nmissing;

int smp_start(const uint32_t *ids, uint32_t n, void *mem, void (*ap_main)(void), int parked)
{
	uint32_t self, i, naps, k;
	uint64_t f;
	int r;

	start_nmissing = 0;
	if (n > SMP_MAX_CPUS) {
		for (i = SMP_MAX_CPUS; i < n && start_nmissing < SMP_MAX_CPUS; i++)
			start_missing[start_nmissing++] = ids[i];
		n = SMP_MAX_CPUS;
	}
	if (n <= 1) {
		finished = 1;
		return 0;
	}
	self = apic_id();
	naps = n - 1;
	areas = mem;
	arch_irq_register(ARCH_VEC_IPI, ipi_irq, 0);

	for (i = 0, k = 0; i < n && k < naps; i++)
		if (ids[i] != self)
			smp_ap_ids[k++] = ids[i];
	naps = k;
	for (i = 0; i < naps; i++) {
		struct ap_area *a = &areas[i];
		struct cpu *c = &a->u.cpu;
		int j;

		zero(a->pvm_vif, sizeof a->pvm_vif); /* natively, here: the AP is emulated till it has it */
		c->self = c;
		c->index = i + 1;
		c->apic_id = -1;
		name_core(c->name, i + 1);
		c->stack_top = (uintptr_t)a->stack + SMP_AP_STACK_SIZE;
		smp_ap_stack_top[i] = c->stack_top;
		if ((r = paging_unmap((uintptr_t)a->stack_guard)) < 0)
			return r;
		cpu_add_guard((uintptr_t)a->stack_guard, c->name, SMP_AP_STACK_SIZE);
		for (j = 0; j < IST_COUNT; j++) {
			if ((r = paging_unmap((uintptr_t)a->ist[j].guard)) < 0)
				return r;
			cpu_add_guard((uintptr_t)a->ist[j].guard, "exception stack", IST_STACK_SIZE);
		}
		slot_state[i] = SLOT_WAITING;
	}
	nslots = naps + 1;
	ap_entry = ap_main;
	smp_ap_cr3 = (uint32_t)paging_root();
	smp_ap_slots = naps;
	copy((void *)SMP_TRAMP, smp_tramp_start, (size_t)(smp_tramp_end - smp_tramp_start));
	__atomic_thread_fence(__ATOMIC_SEQ_CST);

	/*
	 * KVM takes a SIPI only after an INIT, and cores a firmware parked
	 * (SeaBIOS on pc and q35) ignore a SIPI until an INIT: there the full
	 * sequence. On microvm under TCG the APs wait for a SIPI from reset,
	 * and an INIT first costs dearly (on_tcg says why): SIPI alone. Either
	 * way no INIT is sent after this, so smp_ap_go is set before the first
	 * SIPI and no AP ever waits for it in the trampoline: the boot core
	 * goes on at once while they come up (smp_finish gathers them).
	 */
	f = irq_save();
	if (!on_tcg() || parked)
		init_all(naps);
	smp_ap_go = 1;
	sipi_all(ids, n, self);
	irq_restore(f);
	start_t0 = rdtsc();
	for (i = 0; i < n; i++)
		start_ids[i] = ids[i];
	start_n = n;
	start_naps = naps;
	start_self = self;
	return 0;
}

int smp_finish(uint32_t *missing, uint32_t *nmissing)
{
	uint32_t naps = start_naps, i, k;
	uint64_t t, f, bound;
	int resent = 0;

	if (finished) {
		for (*nmissing = 0; *nmissing < start_nmissing; (*nmissing)++)
			missing[*nmissing] = start_missing[*nmissing];
		return (int)nonline;
	}
	finished = 1;
	/*
	 * Wait halted, not spinning: each AP's IPI on arrival (or a timer
	 * tick) ends the halt. A spinning boot core would hold on to its
	 * host CPU under TCG, and under QEMU's single-threaded TCG (-icount)
	 * no AP would run at all until its time slice ended.
	 */
	f = irq_save();
	/* Under TCG a vCPU is a host thread that a loaded host may not run
	 * for seconds: ten times the bound, or a test on a busy machine
	 * would find a core missing that was only late. */
	bound = on_tcg() ? 10 * SMP_START_TSC_BOUND : SMP_START_TSC_BOUND;
	while (!all_up(naps) && (t = rdtsc() - start_t0) < bound) {
		/* every ~0.5 ms at our TSC rates, another SIPI to the cores
		 * not heard from: the second SIPI of §8.4.4.1, and more */
		if (t > (resent + 1) * 1000000ull) {
			resent = (int)(t / 1000000ull);
			sipi_all(start_ids, start_n, start_self);
		}
		apic_timer_wake_in(1000000);
		arch_idle();
		irq_disable();
	}
	arch_timer_cancel();
	irq_restore(f);
	for (i = 0; i < naps; i++) {
		uint32_t want = SLOT_WAITING;
		__atomic_compare_exchange_n(&slot_state[i], &want, SLOT_LATE, 0, __ATOMIC_SEQ_CST,
					    __ATOMIC_SEQ_CST);
	}
	/* an AP that comes later finds its slot LATE and halts */
	for (i = 0; i < start_n; i++)
		if (!id_up(start_ids[i])) {
			for (k = 0; k < start_nmissing && start_missing[k] != start_ids[i]; k++)
				;
			if (k == start_nmissing && start_nmissing < SMP_MAX_CPUS)
				start_missing[start_nmissing++] = start_ids[i];
		}
	/* Every AP that will run is past the trampoline, which ran with paging
	 * off: its page is no longer needed in the tables at all. */
	paging_unmap(SMP_TRAMP);
	return smp_finish(missing, nmissing);
}
