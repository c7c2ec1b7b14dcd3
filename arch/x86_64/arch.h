/*
 * The one header through which lib/, drivers/ and js/ reach the CPU.
 * Everything x86-specific stays behind it.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdint.h>
#include <stddef.h>

/* ---- port I/O, MSRs, CPUID: inline because they are single instructions */

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" ::"a"(v), "Nd"(port)); }
static inline void outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" ::"a"(v), "Nd"(port)); }
static inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" ::"a"(v), "Nd"(port)); }
/* n bytes to one port with a single string instruction */
static inline void arch_outsb(uint16_t port, const void *buf, size_t n)
{
	__asm__ volatile("rep outsb" : "+S"(buf), "+c"(n) : "d"(port) : "memory");
}
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint16_t inw(uint16_t port) { uint16_t v; __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint32_t inl(uint16_t port) { uint32_t v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }

static inline uint64_t rdmsr(uint32_t msr)
{
	uint32_t lo, hi;
	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((uint64_t)hi << 32) | lo;
}
static inline void wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ volatile("wrmsr" ::"c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}
static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}
static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}
static inline void cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }
static inline void barrier(void) { __asm__ volatile("" ::: "memory"); }
/*
 * Under PVM (our machines' KVM, arch/x86_64/pvm.c) the CPU runs the kernel
 * natively at CPL 3, where cli/sti/popf cannot mask interrupts: the
 * interrupt flag is then the byte arch_pvm_vif[0] (arch_pvm_vif[1]: an
 * interrupt is being held back; a trapping sti has it delivered). NULL
 * everywhere else, where cli and sti are used as always.
 */
extern volatile uint8_t *arch_pvm_vif;
static inline volatile uint8_t *pvm_vif(void); /* this core's: below */

/*
 * How long the event loop should look for work before halting: a halt and
 * its wake-up are two exits to the hypervisor, which under PVM cost far
 * more than a short spin; elsewhere (TCG, ordinary KVM) halting at once is
 * right.
 */
static inline uint64_t arch_idle_poll_ns(void)
{
	return arch_pvm_vif ? 100000 : 0;
}
static inline void irq_disable(void)
{
	if (arch_pvm_vif)
		pvm_vif()[0] = 0;
	else
		__asm__ volatile("cli" ::: "memory");
	barrier();
}
static inline void irq_enable(void)
{
	if (arch_pvm_vif) {
		volatile uint8_t *v = pvm_vif();
		barrier();
		v[0] = 1;
		if (v[1])
			__asm__ volatile("sti" ::: "memory");
		return;
	}
	__asm__ volatile("sti" ::: "memory");
}
/* For the few instructions an interrupt handler must not split; nests. */
static inline uint64_t irq_save(void)
{
	uint64_t f;
	if (arch_pvm_vif) {
		volatile uint8_t *v = pvm_vif();
		f = v[0] ? 0x200 : 0;
		v[0] = 0;
		barrier();
		return f;
	}
	__asm__ volatile("pushfq; popq %0; cli" : "=r"(f) : : "memory");
	return f;
}
static inline void irq_restore(uint64_t f)
{
	if (f & 0x200) /* IF */
		irq_enable();
}

static inline uint32_t mmio_read32(uintptr_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_write32(uintptr_t a, uint32_t v) { *(volatile uint32_t *)a = v; }

/* ---- what the boot protocol told us */

#define BOOT_MAX_REGIONS 32
#define BOOT_CMDLINE_MAX 4096

struct boot_region {
	uint64_t base, len;
};

struct boot_info {
	/* usable RAM, page aligned, excluding the image and low 1 MiB */
	struct boot_region ram[BOOT_MAX_REGIONS];
	int nram;
	uint64_t ram_top;               /* highest usable address + 1 */
	char cmdline[BOOT_CMDLINE_MAX]; /* NUL-terminated, may be empty */
	uint64_t tsc_entry;             /* TSC at the first instruction we ran */
	const char *protocol;           /* "multiboot" or "PVH": who started us */
};

/*
 * Called by arch_start() once the CPU, memory map and exceptions are set up:
 * the one upward call, like crt0 calling main(). It never returns.
 */
void kernel_main(struct boot_info *bi) __attribute__((noreturn));

/* ---- cores (smp.c, cpu.c): the per-CPU area
 *
 * Each core has one struct cpu, reached through the GS base MSR: %gs:0
 * holds the struct's own address, so this_cpu() is one load and needs no
 * table lookup or APIC read. The boot core's (index 0) is static and set
 * in cpu_init() before anything else runs C that could ask; an AP's lives
 * in memory the board hands to smp_start() and is set before the AP runs
 * any C beyond its entry. Under PVM (pvm.c) too: there the boot core's is
 * set as soon as the core runs natively, before cpu_init().
 *
 * The fields above "arch/ only" are the contract with the layers above;
 * each is written by the core that owns it only (another core reads
 * index and apic_id, which never change once the core is up).
 */
#define SMP_MAX_CPUS 16

struct cpu {
	struct cpu *self;          /* %gs:0; keep first */
	uint32_t index;            /* 0: the boot core; APs 1.. in slot order */
	uint32_t online;           /* the core finished its start-up */
	int64_t apic_id;           /* local APIC ID; -1 until read (boot core: lazily) */
	/* Run by the IPI handler (ARCH_VEC_IPI) on this core, interrupts off,
	 * after the EOI: lib/xmsg.c sets it to wake its receiver. */
	void (*ipi_fn)(void);
	/* Run by the timer interrupt handler on this core, interrupts off,
	 * after the EOI: lib/task.c sets it to end a time slice. */
	void (*timer_fn)(void);
	void *xmsg;                /* lib/xmsg.c: this core's queues */
	/* The core's own runtime, set by the core itself before it runs any
	 * (NULL on the boot core: its are static, see each file): */
	void *loop;                /* lib/loop.c: its event loop */
	void *heap;                /* lib/alloc.c: its heap (struct alloc_heap) */
	void *js;                  /* js/: its JavaScript isolate */
	int errno_value;           /* lib/errno.c: errno */
	void *tasks;               /* lib/task.c: the isolates time-shared on this core, NULL: only its own */
	/* ---- arch/ only */
	volatile uint64_t timer_armed; /* apic.c: the programmed deadline, 0 none */
	uint64_t timer_want;           /* apic.c: arch_timer_set's deadline, 0 none */
	volatile uint8_t *vif;         /* pvm.c: under PVM, this core's VIF page (its interrupt flag) */
	uint64_t gdt[5];               /* null, code, data, TSS (two slots) */
	uint64_t tss[13];              /* cpu.c's struct tss: 104 bytes */
	uint8_t pvclock[32] __attribute__((aligned(64))); /* clock.c: kvmclock for this vCPU */
	uintptr_t stack_top;           /* the stack the core's C code started on */
	char name[24];                 /* "core N" for fault reports */
};

extern struct cpu smp_cpu0; /* the boot core's (cpu.c) */

static inline struct cpu *this_cpu(void)
{
	struct cpu *c;
	/* volatile, though one core's answer never changes: a plain asm is a
	 * pure value to GCC, which then loads it before the test above (it
	 * did, in malloc), and under PVM the GS base is 0, so the early load
	 * faulted at address 0 on every boot. Volatile keeps the load behind
	 * the test (only cpu_init_core sets the GS base, and asks nothing) */
	__asm__ volatile("mov %%gs:0, %0" : "=r"(c));
	return c;
}

/* Under PVM, this core's interrupt flag byte and "held back" byte. */
static inline volatile uint8_t *pvm_vif(void) { return this_cpu()->vif; }

/*
 * Interrupt on another core: the IPI vector, below the timer's. Its
 * handler (smp.c) acknowledges it and calls the target's ipi_fn, if any;
 * its real point is ending the target's arch_idle(). Any context, any
 * core; a no-op for a core that is not up. smp_cpu(i) is core i's area,
 * NULL when i is not a core that came up; smp_ncpus() the number of
 * slots (cores found, whether they came up or not: index < smp_ncpus()).
 */
#define ARCH_VEC_IPI 0xee
void smp_ipi(uint32_t index);
struct cpu *smp_cpu(uint32_t index);
uint32_t smp_ncpus(void);
uint32_t smp_online(void);  /* cores up, the boot core included */

/*
 * Starts the APs (boot core, once, after apic_init, interrupts in any
 * state) and returns without waiting for them, so that they come up
 * while the boot core carries on (drivers/board.c calls it when the boot
 * core first idles or a core is first needed): apic_ids[0..n-1] are the local APIC IDs of every core the
 * firmware lists, the boot core's among them; parked: the firmware has
 * parked them (SeaBIOS on pc/q35: they need an INIT first, under TCG
 * too), else they wait for a SIPI from reset (microvm). mem is
 * smp_mem_size(n) bytes, 4 KiB aligned, for the APs' areas and stacks (it
 * is never given back). Each AP sets up its own GDT, TSS, IST stacks,
 * local APIC, clock and per-CPU area, then calls ap_main(), which must
 * not return (it waits for IPIs: lib/xmsg.c's xmsg_ap_loop). 0, or
 * -ENOMEM when a guard page could not be set up (no AP was started).
 *
 * smp_finish (boot core, once smp_start returned 0, before anything asks
 * for the other cores: smp_cpu and smp_online count only what it let in)
 * waits for every AP up to a bound (SMP_START_TSC_BOUND ticks of the TSC
 * from smp_start, ten times that under TCG, whose vCPU threads a loaded
 * host may leave unscheduled), sending SIPIs again meanwhile to those not
 * heard from; a core not up by then is left out for good and named in
 * *missing (APIC IDs, up to SMP_MAX_CPUS; *nmissing their count, the
 * cores beyond SMP_MAX_CPUS among them). Returns the number of cores up,
 * the boot core included; the same again if called again.
 */
/* 1 MiB, as the boot core's: an AP may run a worker's isolate (mujs and its
 * compiler recurse on the C stack as deep as on the boot core) */
#define SMP_AP_STACK_SIZE (1024 * 1024)
/*
 * Makes the 4 KiB page at page (aligned) a stack's guard page: unmapped,
 * and named in a fault report as what ("stack overflow (what guard page
 * hit)") for a stack of size bytes above it. Boot core, loop context.
 * Only this core's TLB forgets the page, so the page must be one no other
 * core touches afterwards (a stack for this core alone: lib/task.c). The
 * page never comes back: keep its block for good. 0 or -ENOMEM (no page
 * table left to split a large mapping).
 */
int arch_stack_guard(void *page, const char *what, size_t size);
#define SMP_START_TSC_BOUND 4000000000ull /* 1 to 2 s at our TSC rates */
size_t smp_mem_size(uint32_t n);
int smp_start(const uint32_t *apic_ids, uint32_t n, void *mem, void (*ap_main)(void), int parked);
int smp_finish(uint32_t *missing, uint32_t *nmissing);

/* ---- the image's own layout (kernel.ld) */
extern char __image_start[], __text_end[], __rodata_end[], __load_end[], __bss_end[], __image_end[];

/* ---- faults and diagnostics (trap.c) */

/*
 * How the image ends when the kernel itself stops it. These are not app
 * exit codes (those are 0..255, all of them the app's): the power driver
 * reports them apart (drivers/power.h, README "Exit codes"), and
 * scripts/run.sh turns them into the status a shell gives a process that
 * died the same way (134 for an abort, 139 for a fault).
 */
#define EXIT_KERNEL         (1 << 30)
#define EXIT_PANIC          (EXIT_KERNEL | 1)
#define EXIT_CPU_EXCEPTION  (EXIT_KERNEL | 2)
#define EXIT_STACK_OVERFLOW (EXIT_KERNEL | 3)
#define EXIT_OUT_OF_MEMORY  (EXIT_KERNEL | 4)
#define EXIT_WATCHDOG       (EXIT_KERNEL | 5) /* watchdog=SECONDS fired (docs/watchdog.md) */
#define EXIT_BAD_CMDLINE    9   /* an app code: Node's "invalid argument" */

/*
 * Final exit hook, set by the power driver: trap.c cannot call drivers, so
 * the driver registers how to end the machine. Falls back to halting.
 */
extern void (*arch_exit_hook)(int code);
/* log=debug: arch/ prints what it found (clock calibration); set by board. */
extern int arch_log_debug;
void arch_halt_forever(void) __attribute__((noreturn));
void arch_exit(int code) __attribute__((noreturn));

/* Prints a frame-pointer backtrace starting at rbp, with symbol names. */
void arch_backtrace(uintptr_t rbp);
/* Symbol containing addr, and the offset into it; NULL when unknown. */
const char *arch_symbol(uintptr_t addr, uintptr_t *off);
/* Prints the current registers and a backtrace (used by panic). */
void arch_dump_here(void);

/* ---- interrupts (trap.c, apic.c) */

/*
 * Runs fn(vector, ctx) with interrupts off when the vector fires. The
 * handler must acknowledge its device, mark work ready and return; it must
 * not allocate, call into JS or touch FPU/SSE state (files holding
 * handlers are built with -mgeneral-regs-only). 0, -EINVAL or -EBUSY.
 */
int arch_irq_register(int vector, void (*fn)(int vector, void *ctx), void *ctx);
void arch_irq_eoi(void);

/*
 * Vectors. Device lines get ARCH_VEC_GSI(gsi) (0x30 + GSI, below the timer
 * so the timer keeps the highest priority class). Handlers run with
 * interrupts off, so the priority only orders simultaneous arrivals.
 */
#define ARCH_VEC_GSI(gsi)  (0x30 + (gsi))
#define ARCH_VEC_TIMER     0xef
#define ARCH_VEC_SPURIOUS  0xff

/*
 * Boot, in this order, once: apic_init() (local APIC: x2APIC when CPUID has
 * it, task priority 0, spurious vector, LINT0 masked, timer mode chosen; no
 * calibration), ioapic_init(find_madt) (masks the 8259 PIC if one answers;
 * find_madt, called on the first routing, returns the ACPI "APIC" table or
 * NULL, which means QEMU's microvm layout: IOAPIC at 0xfec00000, ISA IRQ n
 * on GSI n), then irq_enable(). No MSR, port or MMIO access is spent on
 * lines nobody routes.
 */
void apic_init(void);
void ioapic_init(const void *(*find_madt)(void));

/*
 * IOAPIC lines (ioapic.c). ioapic_route sends GSI gsi to vector on this
 * core, unmasked; flags are IOAPIC_LEVEL and IOAPIC_ACTIVE_LOW (default:
 * edge, active high). ioapic_route_isa takes an ISA IRQ (0..15), applies
 * the MADT's override (GSI, polarity, trigger) and returns the GSI used.
 * Register the handler (arch_irq_register) before routing. 0/GSI or
 * -EINVAL (no such line). ioapic_mask masks or unmasks a routed line.
 * Boot or loop context; not from an interrupt handler.
 */
#define IOAPIC_LEVEL      1
#define IOAPIC_ACTIVE_LOW 2
int ioapic_route(int gsi, int vector, int flags);
int ioapic_route_isa(int isa_irq, int vector);
int ioapic_mask(int gsi, int masked);

/*
 * The one-shot timer (apic.c), in clock_monotonic_ns() terms: TSC-deadline
 * mode where CPUID.1:ECX[24] offers it, else the LAPIC one-shot count,
 * calibrated against the TSC on first use (~200 us, once). When the
 * deadline passes, ARCH_VEC_TIMER fires once; its handler only acknowledges
 * it: the point is to end arch_idle(). A deadline already past fires at
 * once; one too far for the hardware fires early (callers re-check the
 * clock and re-arm). Setting replaces the previous deadline; re-setting the
 * armed deadline costs nothing. Loop context, not from a handler.
 */
void arch_timer_set(uint64_t deadline_ns);
void arch_timer_cancel(void);

/*
 * The watchdog (watchdog=SECONDS, docs/watchdog.md), on the same timer:
 * every period_ns the timer's handler looks at *progress, a count the
 * event loop raises by 2 after each callback and keeps odd while it idles.
 * Even and unchanged since the last look: the loop has been stuck in one
 * turn for one to two periods; the handler stores 1 at *flag (the
 * interpreter's interrupt flag: it reports the JavaScript stack and ends
 * the machine). If a period later nobody has cleared the watchdog by
 * making progress, the handler prints a kernel backtrace and exits with
 * EXIT_WATCHDOG itself (stuck outside the interpreter). Meanwhile an idle
 * loop is woken once a period (it re-checks and halts again). Loop
 * context, once; there is no stop.
 */
void arch_watchdog_start(uint64_t period_ns, const volatile uint64_t *progress, volatile int *flag);

/*
 * Call with interrupts disabled, after finding no work: enables interrupts
 * and halts with no window in between (sti's one-instruction shadow), so an
 * interrupt that makes work ready after the check still ends the halt.
 * Returns with interrupts enabled, normally after an interrupt ran (an
 * NMI may end the halt too: callers re-check, they never assume why).
 */
void pvm_idle(volatile uint8_t *vif); /* the same, under PVM (pvm_entry.S): this core's VIF */
static inline void arch_idle(void)
{
	if (arch_pvm_vif)
		pvm_idle(pvm_vif());
	else
		__asm__ volatile("sti; hlt" ::: "memory");
}

/* ---- clock (clock.c): TSC based */
uint64_t arch_tsc_hz(void);                  /* measured on first call if no source states it */
uint64_t arch_tsc_to_ns(uint64_t tsc_delta);
uint64_t clock_monotonic_ns(void);           /* never goes back; arbitrary origin */
uint64_t clock_realtime_ns(void);            /* ns since 1970-01-01 UTC */
uint64_t clock_realtime_s(void);             /* seconds, never calibrates the TSC */

/* ---- random numbers from the CPU (random.c): RDSEED and RDRAND, where
 * cpuid says the CPU has them (QEMU's TCG offers RDRAND with -cpu max,
 * not with its default qemu64 model). Any context; no FPU state. */
#define ARCH_RNG_RDRAND 1
#define ARCH_RNG_RDSEED 2
unsigned arch_rng_features(void);      /* ARCH_RNG_* bits; cpuid once */
/* One 64-bit value: 0, or -EIO when the instruction kept failing (it may
 * fail transiently; these retry as Intel's guidance says) or is absent. */
int arch_rdrand64(uint64_t *v);
int arch_rdseed64(uint64_t *v);

#endif
