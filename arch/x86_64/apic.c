/*
 * Local APIC (Intel SDM vol. 3A, chapter 11 "Advanced Programmable
 * Interrupt Controller"): enable, end-of-interrupt, and the one-shot timer
 * behind arch_timer_set().
 *
 * x2APIC (registers as MSRs, §11.12) whenever CPUID.1:ECX[21] offers it:
 * under KVM an x2APIC MSR write is one cheap exit, where an xAPIC MMIO write
 * must be decoded by the hypervisor. Otherwise the xAPIC page (QEMU's TCG up
 * to 7.2 has no x2APIC).
 *
 * Timer: TSC-deadline mode (§11.5.4.1) where CPUID.1:ECX[24] says so: one
 * MSR write per arming, no calibration, and the deadline is absolute, so
 * time spent between reading the clock and arming is not lost. Else
 * one-shot count mode, whose tick rate is measured against the TSC
 * the first time a timer is armed, not at boot: boot must stay free
 * of calibration loops, and an app that never sets a timer never pays.
 * Where the clock itself was measured against QEMU's LAPIC (TCG), there is
 * nothing to measure: one tick per 16 ns of the clock at the divide by 16.
 * Until the timer is first needed, and whenever it is free later, it
 * counts for clock.c's measurement of the TSC (the window, below).
 *
 * Every access here traps on a real hypervisor, so the code remembers what
 * it last wrote (the armed deadline) instead of re-writing or reading back.
 */
#include "arch_internal.h"

#define MSR_APIC_BASE    0x1b
#define APIC_BASE_EN     (1u << 11)
#define APIC_BASE_X2     (1u << 10)
#define MSR_TSC_DEADLINE 0x6e0

/* xAPIC page offsets; the x2APIC MSR is 0x800 + offset / 16 (§11.12.1.2) */
#define REG_ID         0x020
#define REG_TPR        0x080
#define REG_EOI        0x0b0
#define REG_SVR        0x0f0
#define REG_LVT_TIMER  0x320
#define REG_LVT_LINT0  0x350
#define REG_TIMER_INIT 0x380
#define REG_TIMER_CUR  0x390
#define REG_TIMER_DIV  0x3e0

#define SVR_ENABLE       (1u << 8)
#define LVT_MASKED       (1u << 16)
#define LVT_TSC_DEADLINE (2u << 17)
#define TIMER_DIV_16     0x3 /* 68 s of range at a 1 GHz bus (KVM, QEMU) */

#define MAX_WAIT_NS (3600 * 1000000000ull)

#define CPUID1_X2APIC       (1u << 21)
#define CPUID1_TSC_DEADLINE (1u << 24)

enum { TIMER_OFF, TIMER_DEADLINE, TIMER_ONESHOT };

static int x2 = -1;                  /* -1: apic_init has not run */
static uintptr_t xapic = 0xfee00000; /* the architectural default */
/* This core's ID, -1: not read yet (apic_id); per core (arch.h struct cpu). */
#define lapic_id (this_cpu()->apic_id)
static int timer_mode;
/* Deadline currently programmed, 0 when none; the handler clears it. Each
 * core has its own timer, so this lives in its per-CPU area. */
#define armed (this_cpu()->timer_armed)
/* ns -> TSC ticks and ns -> timer ticks, both as (ns * mul) >> 32 */
static uint64_t tsc_per_ns, ticks_per_ns;

/*
 * The TSC measurement window (clock.c): the boot core's timer, masked, at
 * divide-by-1, counting down from 2^32 - 1 QEMU's 1 GHz of nanoseconds
 * (4.29 s), with the TSC noted at its start. It is open while the timer has
 * nothing else to do: from apic_init until the timer is first needed, and
 * again whenever the loop halts with nothing armed (arch_timer_cancel),
 * for as long as clock.c asks for windows (clock_wants_window). Arming the
 * timer (timer_program, apic_timer_wake_in) closes it and hands clock.c
 * what it measured (clock_window).
 */
static struct cpu *win_cpu;   /* the core whose timer counts, 0: none */
static uint64_t win_t0, win_w0; /* TSC at the start, and the start's bracket */
static uint32_t win_c0;

static uint32_t apic_read(uint32_t reg)
{
	return x2 == 1 ? (uint32_t)rdmsr(0x800 + (reg >> 4)) : mmio_read32(xapic + reg);
}

static void apic_write(uint32_t reg, uint32_t v)
{
	if (x2 == 1)
		wrmsr(0x800 + (reg >> 4), v);
	else
		mmio_write32(xapic + reg, v);
}

/*
 * The ID register itself (§11.4.6; x2APIC: the 32-bit ID, §11.12.5.1), read
 * once, when the IOAPIC routes its first line. Not CPUID.1:EBX[31:24]:
 * under PVM (pvm.c) the kernel runs natively and cpuid is answered by the
 * machine underneath, not by our KVM, so it names whichever host CPU the
 * vCPU thread happened to be on (0 or 1 here). Lines aimed at that ID
 * reached no CPU, and devices went silent on about half the boots.
 */
uint32_t apic_id(void)
{
	if (lapic_id < 0) {
		uint32_t id = apic_read(REG_ID);
		lapic_id = x2 == 1 ? id : id >> 24;
	}
	return (uint32_t)lapic_id;
}

void arch_irq_eoi(void)
{
	if (x2 < 0) /* an interrupt before apic_init: find the mode firmware left */
		x2 = (rdmsr(MSR_APIC_BASE) & APIC_BASE_X2) != 0;
	apic_write(REG_EOI, 0);
}

/* §11.9: a spurious interrupt sets no in-service bit, so it takes no EOI. */
static void spurious_irq(int vector, void *ctx)
{
	(void)vector;
	(void)ctx;
}

/*
 * The watchdog (arch_watchdog_start) shares the one timer with the loop:
 * the hardware is armed for the earlier of the loop's deadline and the
 * watchdog's next check, and the handler re-arms it for the watchdog.
 */
/* What this core's arch_timer_set asked, 0: none; per core, as the timer. */
#define loop_deadline (this_cpu()->timer_want)
/* The watchdog watches the core that started it (the boot core's JS) and
 * shares only that core's timer: wd_here() is false on every other core,
 * whose timer stays the loop's alone. */
static struct cpu *wd_cpu;
static uint64_t wd_period, wd_next;
static const volatile uint64_t *wd_progress;
static volatile int *wd_flag;
static uint64_t wd_seen;
static int wd_raised;

static void timer_program(uint64_t deadline_ns);

static int wd_here(void)
{
	return wd_period && this_cpu() == wd_cpu;
}

/* Interrupt context, every period: has the counter moved since the last
 * look? An odd count is an idle loop (arch.h). */
static void watchdog_check(void)
{
	uint64_t p = *wd_progress;

	if ((p & 1) || p != wd_seen) {
		wd_seen = p;
		wd_raised = 0;
		return;
	}
	if (!wd_raised) {
		wd_raised = 1;
		*wd_flag = 1;
		return;
	}
	/* A whole period more and nobody took the flag: stuck outside the
	 * interpreter (a builtin, the kernel). No stack to show but ours. */
	early_puts("unijs: watchdog: no progress, and not in JavaScript; kernel backtrace:\n");
	arch_backtrace((uintptr_t)__builtin_frame_address(0));
	arch_exit(EXIT_WATCHDOG);
}

static void timer_irq(int vector, void *ctx)
{
	uint64_t now;

	(void)vector;
	(void)ctx;
	armed = 0;
	arch_irq_eoi();
	if (this_cpu()->timer_fn)
		this_cpu()->timer_fn(); /* may re-arm (arch_timer_set) */
	if (!wd_here())
		return;
	now = clock_monotonic_ns();
	if (loop_deadline && loop_deadline <= now)
		loop_deadline = 0; /* the loop re-arms when it looks again */
	if (now >= wd_next) {
		wd_next = now + wd_period;
		watchdog_check();
	}
	timer_program(loop_deadline && loop_deadline < wd_next ? loop_deadline : wd_next);
}

static void apic_setup(void);
static void window_open(void);
static void window_close(void);
static void timer_restore(void);

void apic_init(void)
{
	uint32_t r[4];
	uint64_t base;

	cpuid(1, 0, r);
	base = rdmsr(MSR_APIC_BASE);
	/* §11.12.5: disabled -> x2APIC is an illegal transition; go through xAPIC. */
	if (!(base & APIC_BASE_EN)) {
		base |= APIC_BASE_EN;
		wrmsr(MSR_APIC_BASE, base);
	}
	if ((r[2] & CPUID1_X2APIC) && !(base & APIC_BASE_X2))
		wrmsr(MSR_APIC_BASE, base | APIC_BASE_X2);
	x2 = (r[2] & CPUID1_X2APIC) || (base & APIC_BASE_X2);
	if (!x2)
		xapic = base & 0xffffff000ull;

	arch_irq_register(ARCH_VEC_SPURIOUS, spurious_irq, 0);
	arch_irq_register(ARCH_VEC_TIMER, timer_irq, 0);
	timer_mode = (r[2] & CPUID1_TSC_DEADLINE) ? TIMER_DEADLINE : TIMER_ONESHOT;
	apic_setup();
	if (clock_wants_window())
		window_open();
}

/* An AP: the same mode (x2APIC or not) and setup as the boot core. */
void apic_init_core(void)
{
	uint64_t base = rdmsr(MSR_APIC_BASE);

	if (!(base & APIC_BASE_EN)) {
		base |= APIC_BASE_EN;
		wrmsr(MSR_APIC_BASE, base);
	}
	if (x2 == 1 && !(base & APIC_BASE_X2))
		wrmsr(MSR_APIC_BASE, base | APIC_BASE_X2);
	apic_setup();
	apic_id(); /* known from the start: the boot core names missing cores by it */
}

/* Interrupt Command Register (§11.6.1): low holds vector, delivery mode
 * and level; the destination is a physical APIC ID. */
void apic_send_icr(uint32_t dest, uint32_t low)
{
	uint64_t f = irq_save(); /* xAPIC: two writes that must stay a pair */

	if (x2 == 1) {
		wrmsr(0x830, (uint64_t)dest << 32 | low);
	} else {
		mmio_write32(xapic + 0x310, dest << 24);
		mmio_write32(xapic + 0x300, low);
		while (mmio_read32(xapic + 0x300) & (1u << 12)) /* delivery status: pending */
			cpu_relax();
	}
	irq_restore(f);
}

/* This core's task priority, LINT0, spurious vector and timer mode. */
static void apic_setup(void)
{
	apic_write(REG_TPR, 0);
	/*
	 * LINT0 is where a BIOS wires the 8259 (virtual-wire mode). ioapic_init
	 * masks the 8259, but a masked 8259 can still raise its spurious IRQ 7,
	 * which would arrive as exception vector 15: cut the wire itself.
	 */
	apic_write(REG_LVT_LINT0, LVT_MASKED);
	apic_write(REG_SVR, SVR_ENABLE | ARCH_VEC_SPURIOUS);
	if (timer_mode == TIMER_DEADLINE) {
		apic_write(REG_LVT_TIMER, LVT_TSC_DEADLINE | ARCH_VEC_TIMER);
	} else {
		apic_write(REG_TIMER_DIV, TIMER_DIV_16);
		apic_write(REG_LVT_TIMER, ARCH_VEC_TIMER); /* one-shot; a count of 0 is idle */
	}
}

/*
 * One (TSC, count) sample: the TSC read on both sides of the count read,
 * the midpoint taken, so the cost of the read itself (a trap, or emulation
 * under TCG) does not bias the rate; the tightest of 8 reads, so a read
 * that the host split by descheduling the vCPU (the midpoint then off by
 * half the stall) is not the one kept.
 */
static uint64_t sample(uint64_t *tsc, uint32_t *count)
{
	uint64_t a, b, best = ~0ull;
	uint32_t c;
	int i;

	for (i = 0; i < 8; i++) {
		a = rdtsc();
		c = apic_read(REG_TIMER_CUR);
		b = rdtsc();
		if (b - a < best) {
			best = b - a;
			*tsc = a + (b - a) / 2;
			*count = c;
		}
	}
	return best;
}

/*
 * The TSC's rate against the LAPIC timer's count, for clock.c when nothing
 * states the TSC frequency: QEMU's LAPIC timer (emulated, hw/intc/apic.c,
 * and KVM's in-kernel one) counts its virtual clock's nanoseconds, a 1 GHz
 * bus, divided by the divide register. Counts 2 ms at divide-by-1 with the
 * timer masked, reading the TSC on both sides of each count read: the
 * start is the tightest of 8 reads (sample), the end the first read past
 * the span, so a stall inside that one read still skews the rate (clock.c
 * takes the best of three measurements). Returns the TSC's Hz, or 0
 * when the timer does not count or apic_init has not run. Leaves the timer
 * as apic_init set it (unarmed): call it before any timer is armed.
 */
uint64_t apic_measure_tsc_hz(void)
{
	const uint32_t span = 2000000; /* 2 ms of a 1 GHz count */
	uint64_t a, b, t0, t1;
	uint32_t c0, c1;

	if (x2 < 0)
		return 0;
	apic_write(REG_LVT_TIMER, LVT_MASKED | ARCH_VEC_TIMER);
	apic_write(REG_TIMER_DIV, 0xb); /* divide by 1 */
	apic_write(REG_TIMER_INIT, 0xffffffff);
	sample(&t0, &c0);
	do { /* the first read past the span */
		a = rdtsc();
		c1 = apic_read(REG_TIMER_CUR);
		b = rdtsc();
	} while (c0 - c1 < span && c1);
	t1 = a + (b - a) / 2;
	apic_write(REG_TIMER_INIT, 0);
	timer_restore();
	if (c0 == c1 || !c1)
		return 0;
	/* Hz = TSC ticks / (count ticks / 1e9); 64 bits hold 6 s at 3 GHz */
	if (t1 - t0 > ~0ull / 1000000000u)
		return 0;
	return (t1 - t0) * 1000000000u / (c0 - c1);
}

/* The timer's LVT and divider as apic_setup leaves them (unarmed). */
static void timer_restore(void)
{
	if (timer_mode == TIMER_DEADLINE) {
		apic_write(REG_LVT_TIMER, LVT_TSC_DEADLINE | ARCH_VEC_TIMER);
	} else {
		apic_write(REG_TIMER_DIV, TIMER_DIV_16);
		apic_write(REG_LVT_TIMER, ARCH_VEC_TIMER);
	}
}

/* Starts the window on this core, whose timer must be unarmed. */
static void window_open(void)
{
	apic_write(REG_LVT_TIMER, LVT_MASKED | ARCH_VEC_TIMER);
	apic_write(REG_TIMER_DIV, 0xb); /* divide by 1 */
	apic_write(REG_TIMER_INIT, 0xffffffff);
	win_w0 = sample(&win_t0, &win_c0);
	win_cpu = this_cpu();
}

/*
 * The window so far, after waiting until it spans at least min_ns of the
 * count; with restart, the next window starts where this one ends (the
 * count runs on), so the two are independent. Returns 0 when no window is
 * open on this core or its count ran out (4.29 s: nothing is known past
 * that).
 */
int apic_window_read(uint64_t min_ns, struct tsc_window *w, int restart)
{
	uint64_t t1, w1;
	uint32_t c1;

	if (win_cpu != this_cpu() || !win_cpu)
		return 0;
	do
		w1 = sample(&t1, &c1);
	while (c1 && win_c0 - c1 < min_ns);
	if (!c1 || c1 == win_c0)
		return 0;
	w->tsc = t1 - win_t0;
	w->ns = win_c0 - c1;
	/* each end's midpoint is within half its bracket of the count read,
	 * and the count itself within 1 ns */
	w->err_tsc = (win_w0 + w1) / 2 + 1;
	w->err_ns = 2;
	if (restart) {
		win_t0 = t1;
		win_c0 = c1;
		win_w0 = w1;
	}
	return 1;
}

/* The timer is needed: the window ends, clock.c gets what it measured. */
static void window_close(void)
{
	struct tsc_window w;
	int ok;

	if (win_cpu != this_cpu() || !win_cpu)
		return;
	ok = apic_window_read(0, &w, 0);
	apic_write(REG_TIMER_INIT, 0);
	timer_restore();
	win_cpu = 0;
	if (ok)
		clock_window(&w);
}

/* clock.c changed the TSC's rate: the deadline conversion follows. */
void apic_tsc_rate_changed(void)
{
	tsc_per_ns = 0;
}

/* (a << 32) / b for a, b below 2^32 * 1e9-ish, without a 128-bit divide (no libgcc). */
static uint64_t ratio32(uint64_t a, uint64_t b)
{
	return ((a / b) << 32) + (((a % b) << 32) / b);
}

/*
 * The timer's tick rate against the TSC, over 200 us (0.3% at worst under
 * TCG, where a count read costs about a microsecond). The timer is masked
 * meanwhile so the calibration count cannot raise an interrupt. A first
 * sample is thrown away: the first run of any code path is slow under TCG
 * (translation) and slow on real hardware (cache misses). Each end is the
 * tightest of several reads: with one read per end, a stall of the vCPU
 * thread inside an end's read on a loaded host made every AP's 2 ms timer
 * fire after about 200 us (tests/boot/xmsg.c).
 */
static void calibrate_oneshot(void)
{
	uint64_t t0, t1, span = arch_tsc_hz() / 5000;
	uint32_t c0, c1;

	apic_write(REG_LVT_TIMER, LVT_MASKED | ARCH_VEC_TIMER);
	apic_write(REG_TIMER_INIT, 0xffffffff);
	sample(&t0, &c0);
	sample(&t0, &c0);
	do
		sample(&t1, &c1);
	while (t1 - t0 < span);
	apic_write(REG_TIMER_INIT, 0);
	apic_write(REG_LVT_TIMER, ARCH_VEC_TIMER);
	ticks_per_ns = ratio32(c0 - c1, arch_tsc_to_ns(t1 - t0));
	if (!ticks_per_ns) /* a timer that did not count: wake early and often rather than never */
		ticks_per_ns = ratio32(1, 16);
}

void arch_timer_set(uint64_t deadline_ns)
{
	uint64_t flags;

	if (!deadline_ns)
		deadline_ns = 1; /* 0 means "none" in armed */
	flags = irq_save();
	loop_deadline = deadline_ns;
	timer_program(wd_here() && wd_next < deadline_ns ? wd_next : deadline_ns);
	irq_restore(flags);
}

/* Interrupts off. */
static void timer_program(uint64_t deadline_ns)
{
	uint64_t now, delta;

	if (armed == deadline_ns)
		return;
	now = clock_monotonic_ns(); /* the first estimate, from the open window */
	window_close();
	delta = deadline_ns > now ? deadline_ns - now : 0;
	if (delta > MAX_WAIT_NS) /* keeps TSC arithmetic from wrapping; callers re-arm */
		delta = MAX_WAIT_NS;
	if (timer_mode == TIMER_DEADLINE) {
		if (!tsc_per_ns)
			tsc_per_ns = ratio32(arch_tsc_hz(), 1000000000);
		/* +1: rounding must never make the interrupt come before the deadline */
		wrmsr(MSR_TSC_DEADLINE, rdtsc() + (uint64_t)(((unsigned __int128)delta * tsc_per_ns) >> 32) + 1);
	} else if (timer_mode == TIMER_ONESHOT) {
		uint64_t n;
		if (!ticks_per_ns && clock_tsc_from_lapic())
			/* the clock's nanoseconds are the LAPIC's own: at the
			 * divide by 16, one tick per 16 ns, with nothing to measure */
			ticks_per_ns = ratio32(1, 16);
		if (!ticks_per_ns)
			calibrate_oneshot();
		/*
		 * The measured rate is off by up to ~0.3%: 15 ms on a 5 s timer.
		 * So a long wait aims 1/64 short; the caller, woken early, re-arms
		 * for the rest, and the error shrinks with each step (5 s: three
		 * extra interrupts).
		 */
		if (delta > 20000000)
			delta -= delta / 64;
		n = (uint64_t)(((unsigned __int128)delta * ticks_per_ns) >> 32) + 1;
		apic_write(REG_TIMER_INIT, n > 0xffffffff ? 0xffffffff : (uint32_t)n);
	}
	armed = deadline_ns;
}

/*
 * A wake-up about tsc_ticks from now, without the clock (which may not be
 * calibrated yet: smp.c uses this at boot): TSC-deadline mode takes the
 * ticks as they are; one-shot mode counts them as bus ticks at the divide
 * by 16, the right order for QEMU and KVM (a 1 GHz bus). Cancel with
 * arch_timer_cancel. Interrupts off.
 */
void apic_timer_wake_in(uint64_t tsc_ticks)
{
	window_close();
	if (timer_mode == TIMER_DEADLINE)
		wrmsr(MSR_TSC_DEADLINE, rdtsc() + tsc_ticks);
	else
		apic_write(REG_TIMER_INIT, tsc_ticks / 16 > 0xffffffff ? 0xffffffff : (uint32_t)(tsc_ticks / 16) + 1);
	armed = 1; /* "some deadline": arch_timer_set re-arms for its own */
}

void arch_timer_cancel(void)
{
	uint64_t flags = irq_save();
	loop_deadline = 0;
	if (wd_here()) {
		timer_program(wd_next);
	} else if (armed) {
		if (timer_mode == TIMER_DEADLINE)
			wrmsr(MSR_TSC_DEADLINE, 0);
		else if (timer_mode == TIMER_ONESHOT)
			apic_write(REG_TIMER_INIT, 0);
		armed = 0;
	}
	/* the loop halts with nothing armed: the timer is free to measure */
	if (!armed && !win_cpu && this_cpu() == &smp_cpu0 && clock_wants_window())
		window_open();
	irq_restore(flags);
}

void arch_watchdog_start(uint64_t period_ns, const volatile uint64_t *progress, volatile int *flag)
{
	uint64_t flags = irq_save();

	wd_progress = progress;
	wd_flag = flag;
	wd_seen = *progress;
	wd_raised = 0;
	wd_next = clock_monotonic_ns() + period_ns;
	wd_cpu = this_cpu();
	wd_period = period_ns;
	timer_program(loop_deadline && loop_deadline < wd_next ? loop_deadline : wd_next);
	irq_restore(flags);
}
