/*
 * Time from the TSC.
 *
 * The TSC frequency comes from the first source that states it: kvmclock
 * (KVM's paravirtual clock, which also gives wall time), the hypervisor
 * timing leaf 0x40000010, CPUID leaf 0x15, and otherwise a measurement
 * against QEMU's LAPIC timer (TCG), the PIT (pc machines) or, when there is
 * no PIT either, the CMOS RTC's periodic flag. Measuring costs boot time, so
 * it happens only when something first asks for a duration; under TCG the
 * LAPIC window opened at apic_init has by then mostly run already, and is
 * refined later without ever moving the clock back (calibrate, clock_window).
 *
 * Wall time comes from kvmclock's wall clock, else from the CMOS RTC (read
 * once, lazily) plus the monotonic clock.
 */
#include "arch_internal.h"

#define MSR_KVM_WALL_CLOCK_NEW  0x4b564d00
#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01
#define KVM_FEATURE_CLOCKSOURCE2 (1 << 3)

struct pvclock_time {
	uint32_t version, pad0;
	uint64_t tsc_timestamp, system_time;
	uint32_t mul;
	int8_t shift;
	uint8_t flags, pad[2];
} __attribute__((packed));

struct pvclock_wall {
	uint32_t version, sec, nsec;
} __attribute__((packed));

/* kvmclock's time info is per vCPU (each registers its own): in the
 * per-CPU area (arch.h struct cpu). */
#define pvti (*(volatile struct pvclock_time *)this_cpu()->pvclock)
static volatile struct pvclock_wall pvwall __attribute__((aligned(16)));
static int have_kvmclock;
int arch_log_debug;
static uint64_t tsc_hz;
/*
 * Monotonic time without kvmclock: clk_ns at TSC clk_tsc, then TSC ticks
 * at ns_mul (tsc -> ns as (delta * ns_mul) >> 32, in 128 bits). clk_tsc is
 * the TSC at clock_init, clk_ns 0, until a refined rate moves the origin to
 * the moment of the switch (clock_window): time stays continuous there.
 * clk_seq is odd while they change (a seqlock: an AP may read meanwhile).
 */
static uint64_t clk_tsc, clk_ns;
static volatile uint32_t clk_seq;
static uint64_t ns_mul;
/*
 * The LAPIC windows (apic.c): under TCG with nothing stating the rate,
 * lapic_rate is set by clock_init; rate_err is the current rate's error
 * bound in parts per billion, windows how many windows were looked at.
 */
static int lapic_rate;
static uint64_t rate_err;
static int windows;
#define FIRST_MIN_NS 500000   /* the first window: at least 0.5 ms */
#define WINDOWS_MIN  3        /* windows looked at, the first included: at least */
#define WINDOWS_MAX  16       /* and at most this many, */
#define ERR_GOAL_PPB 2000     /* stopping early when the bound is 2 ppm */
static uint64_t wall_at_boot_ns; /* wall time when monotonic time was 0 */
static int wall_known;

static uint64_t pvclock_read(void)
{
	uint32_t v;
	uint64_t t;
	do {
		v = pvti.version;
		barrier();
		uint64_t d = rdtsc() - pvti.tsc_timestamp;
		if (pvti.shift >= 0)
			d <<= pvti.shift;
		else
			d >>= -pvti.shift;
		t = pvti.system_time + (uint64_t)(((unsigned __int128)d * pvti.mul) >> 32);
		barrier();
	} while ((v & 1) || v != pvti.version);
	return t;
}

static int hypervisor_leaf(uint32_t *max, const char *sig)
{
	uint32_t r[4], f[4];
	cpuid(1, 0, f);
	if (!(f[2] & (1u << 31)))
		return 0;
	cpuid(0x40000000, 0, r);
	*max = r[0];
	return !__builtin_memcmp(&r[1], sig, 4) && !__builtin_memcmp(&r[2], sig + 4, 4) &&
	       !__builtin_memcmp(&r[3], sig + 8, 4);
}

static void set_hz(uint64_t hz)
{
	tsc_hz = hz;
	ns_mul = (1000000000ull << 32) / hz; /* 1e9 * 2^32 < 2^64: no libgcc */
}

static inline uint64_t rdtsc_ordered(void)
{
	uint64_t t;
	__asm__ volatile("lfence" ::: "memory");
	t = rdtsc();
	__asm__ volatile("lfence" ::: "memory");
	return t;
}

/* a * 1e9 / b without a 128-bit divide (no libgcc), b below 2^34 */
static uint64_t per_1e9(uint64_t a, uint64_t b)
{
	return a / b * 1000000000ull + a % b * 1000000000ull / b;
}

/* A window's rate (Hz, and ns_mul) and its error bound in ppb: the two
 * ends' uncertainties over the window's length, on each side. */
static void window_rate(const struct tsc_window *w, uint64_t *hz, uint64_t *mul, uint64_t *err)
{
	*hz = per_1e9(w->tsc, w->ns);
	*mul = (w->ns << 32) / w->tsc; /* ns < 2^32: the count's range */
	*err = per_1e9(w->err_tsc, w->tsc) + per_1e9(w->err_ns, w->ns);
}

/* PIT channel 2 as a 10 ms one-shot gate; returns 0 if no PIT answers. */
static uint64_t measure_with_pit(void)
{
	const uint32_t ticks = 11932; /* 10 ms of 1.193182 MHz */
	uint64_t t0, t1;
	int spin = 0;

	outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0);                         /* ch2, lo/hi, mode 0 */
	outb(0x42, ticks & 0xff);
	outb(0x42, ticks >> 8);
	t0 = rdtsc();
	while (!(inb(0x61) & 0x20))
		if (++spin > 50000000)
			return 0;
	t1 = rdtsc();
	if (spin < 2)
		return 0; /* output high at once: nothing there */
	return (t1 - t0) * 1193182ull / ticks;
}

static uint8_t cmos(uint8_t reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static int bcd(uint8_t v, int is_bcd) { return is_bcd ? (v & 15) + (v >> 4) * 10 : v; }

/* Seconds since 1970 from the RTC, or -1 when there is none. */
static int64_t rtc_read(void)
{
	int s, m, h, d, mo, y, i, isbcd;
	uint8_t b;
	for (i = 0; i < 100000 && (cmos(0x0a) & 0x80); i++) /* update in progress */
		;
	if (cmos(0x0a) == 0xff)
		return -1;
	b = cmos(0x0b);
	isbcd = !(b & 4);
	s = bcd(cmos(0), isbcd);
	m = bcd(cmos(2), isbcd);
	h = bcd(cmos(4) & 0x7f, isbcd);
	d = bcd(cmos(7), isbcd);
	mo = bcd(cmos(8), isbcd);
	y = bcd(cmos(9), isbcd) + 2000;
	if (!(b & 2) && (cmos(4) & 0x80))
		h = (h % 12) + 12;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return -1;
	/* days from civil (Howard Hinnant's algorithm) */
	y -= mo <= 2;
	int64_t era = y / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	int64_t days = era * 146097 + doe - 719468;
	return days * 86400 + h * 3600 + m * 60 + s;
}

/*
 * The RTC's periodic flag (register C bit 6): at 8192 Hz, 64 periods make a
 * 7.8 ms gate. QEMU runs the periodic timer only while its interrupt is
 * enabled (register B bit 6); the line stays masked at the IOAPIC.
 */
static uint64_t measure_with_rtc(void)
{
	const int periods = 64;
	uint8_t a = cmos(0x0a), b = cmos(0x0b);
	uint64_t t0 = 0, t1;
	long spin = 0;
	int i;

	if (a == 0xff)
		return 0;
	outb(0x70, 0x0a);
	outb(0x71, (a & 0xf0) | 3); /* rate 3: 8192 Hz */
	outb(0x70, 0x0b);
	outb(0x71, b | 0x40);
	cmos(0x0c);
	for (i = -1; i < periods; i++) {
		while (!(cmos(0x0c) & 0x40))
			if (++spin > 2000000)
				goto fail;
		if (i < 0)
			t0 = rdtsc();
	}
	t1 = rdtsc();
	outb(0x70, 0x0b);
	outb(0x71, b);
	outb(0x70, 0x0a);
	outb(0x71, a);
	return (t1 - t0) * 8192 / periods;
fail:
	outb(0x70, 0x0b);
	outb(0x71, b);
	outb(0x70, 0x0a);
	outb(0x71, a);
	return 0;
}

static void put_mhz(const char *what, uint64_t hz)
{
	uint64_t khz = hz / 1000;
	char frac[5] = {'.', (char)('0' + khz / 100 % 10), (char)('0' + khz / 10 % 10), (char)('0' + khz % 10), 0};

	early_puts(what);
	early_putdec(khz / 1000);
	early_puts(frac);
	early_puts(" MHz\n");
}

/* "<what>N us, within N ppb" */
static void put_window(const char *what, const struct tsc_window *w)
{
	uint64_t hz, mul, err;
	window_rate(w, &hz, &mul, &err);
	early_puts(what);
	early_putdec(w->ns / 1000);
	early_puts(" us, within ");
	early_putdec(err);
	early_puts(" ppb\n");
}

/* QEMU's LAPIC timer runs at a known 1 GHz (apic.c): under TCG, or KVM. */
static int on_qemu(int tcg_only)
{
	uint32_t max;
	return hypervisor_leaf(&max, "TCGTCGTCGTCG") ||
	       (!tcg_only && hypervisor_leaf(&max, "KVMKVMKVM\0\0\0"));
}

/*
 * The best of three LAPIC measurements. Under TCG the guest's TSC is the
 * host's, kept monotonic by QEMU: where the host CPUs' TSCs disagree (ours:
 * the host kernel runs with tsc=unstable), a window in which the vCPU
 * thread moved to a CPU whose TSC is behind loses ticks and reads low (we
 * saw 1.1-1.3 GHz against 2.096 GHz); a window without a move reads true.
 * 6 ms of spinning: only when the window below is not there (the clock
 * asked for before apic_init, or first after its count ran out, 4.29 s).
 */
static uint64_t measure_with_lapic(void)
{
	uint64_t best = 0, hz;
	for (int i = 0; i < 3; i++)
		if ((hz = apic_measure_tsc_hz()) > best)
			best = hz;
	return best;
}

/*
 * Nothing stated the frequency: measure it. Under TCG against QEMU's
 * LAPIC timer first: its count is computed from QEMU's clock when read, so
 * a loaded host does not skew it, where the RTC's periodic flag is set by
 * a QEMU timer that fires late under load (we measured 11.9 GHz for a
 * 2.1 GHz TSC that way, and every timer ran 5.6 times slow). Then the PIT,
 * the RTC, QEMU's LAPIC under KVM without kvmclock. CPUID 0x16's base
 * frequency is a nominal figure, taken only when nothing could be
 * measured, and a guess is never silent.
 *
 * Under TCG the LAPIC measurement is a window (apic.c), not a spin: apic_init
 * starts the boot core's timer counting and notes the TSC; the first use
 * reads it again and takes whatever boot did meanwhile, spinning only up
 * to FIRST_MIN_NS (0.5 ms) when boot was quicker (as under log=debug, which
 * asks at once). Its error bound is the two ends' TSC brackets (a count
 * read between two TSC reads, the tightest of 8, the midpoint taken) plus
 * 1 ns of the count each, over the window. Under TCG a bracket is
 * ~180 ns, so ~90 ns on each side: 180 ppm (0.018 %) for 0.5 ms
 * (log=debug prints the bound), 2-3 ppm for the 35-50 ms an http-hello
 * boot gives it under TCG (5 ms, 3.4 ppm, under -icount). The count runs
 * on as a second window, from the first use to the first time the timer
 * is armed, independent of the first (a loss of TSC ticks in one does not
 * show in the other); clock_window takes it if it is more precise or
 * reads higher than the first's bound allows. The loop's later idles
 * with nothing armed open more windows (arch_timer_cancel): at least
 * WINDOWS_MIN in all, then up to WINDOWS_MAX or a bound of ERR_GOAL_PPB.
 * A window in which the TSC lost ticks reads low and is ignored when
 * below the current bound, so a low window is replaced by the next
 * higher one, as the best of three did. A service whose loop always has
 * a timer armed (lwIP's cyclic timers: every network service) gets only
 * the first two: the best of two independent windows, where the spin
 * took the best of three.
 */
static void calibrate(void)
{
	uint64_t hz = 0, f = irq_save();
	uint32_t r[4];
	struct tsc_window w;
	const char *how = "clock: TSC measured against the LAPIC timer (QEMU's 1 GHz): ";

	if (lapic_rate && apic_window_read(FIRST_MIN_NS, &w, 1)) {
		uint64_t mul;
		window_rate(&w, &hz, &mul, &rate_err);
		windows = 1;
		tsc_hz = hz;
		ns_mul = mul;
		if (arch_log_debug) {
			put_mhz(how, hz);
			put_window("clock: the first window: ", &w);
		}
		irq_restore(f);
		return;
	}
	if (on_qemu(1) && (hz = measure_with_lapic()))
		rate_err = 100000; /* a 2 ms count within ~200 ns: windows may refine it */
	/* anything else was not measured against the LAPIC: no windows, and
	 * the one-shot timer measures its own ticks */
	lapic_rate = lapic_rate && hz;
	if (!hz && (hz = measure_with_pit()))
		how = "clock: TSC measured against the PIT: ";
	if (!hz && (hz = measure_with_rtc()))
		how = "clock: TSC measured against the RTC's 8192 Hz flag: ";
	if (!hz && on_qemu(0) && (hz = measure_with_lapic()))
		how = "clock: TSC measured against the LAPIC timer (QEMU's 1 GHz): ";
	if (!hz) {
		cpuid(0, 0, r);
		if (r[0] >= 0x16) {
			cpuid(0x16, 0, r);
			if ((hz = (uint64_t)(r[0] & 0xffff) * 1000000)) {
				early_puts("unijs: nothing to measure the TSC against; taking CPUID 0x16's base frequency\n");
				how = "clock: TSC from CPUID 0x16 (nominal): ";
			}
		}
	}
	if (!hz) {
		early_puts("unijs: cannot find the TSC frequency; assuming 1 GHz\n");
		hz = 1000000000;
		how = "clock: TSC assumed: ";
	}
	set_hz(hz);
	if (arch_log_debug)
		put_mhz(how, hz);
	irq_restore(f);
}

/*
 * Refinement: a window apic.c closed. A window that reads lower than the
 * current rate's bound allows is one in which the TSC lost ticks (the
 * vCPU thread moved, measure_with_lapic's comment): ignored. One that is
 * more precise, or higher than the current bound allows (the current rate
 * came from such a window), becomes the rate, from now on: the origin moves
 * to this moment at the old rate's time, so the clock is continuous and
 * only its slope changes, within the old rate's bound (180 ppm after a
 * 0.5 ms first window, a few ppm after an http-hello boot's);
 * tests/boot/deploy.sh "clock-refine" reads it across.
 */
void clock_window(const struct tsc_window *w)
{
	uint64_t hz, mul, err, now, spread;

	if (!lapic_rate)
		return;
	windows++;
	window_rate(w, &hz, &mul, &err);
	if (!tsc_hz) { /* closed before anyone read the clock: the first rate */
		if (w->ns >= FIRST_MIN_NS) {
			ns_mul = mul;
			tsc_hz = hz;
			rate_err = err;
		}
		return;
	}
	spread = tsc_hz / 1000 * (rate_err + err) / 1000000;
	if (hz + spread < tsc_hz || (err >= rate_err && hz <= tsc_hz + spread)) {
		if (arch_log_debug) {
			put_mhz(hz + spread < tsc_hz ? "clock: TSC window read low, ignored: "
			                             : "clock: TSC window no more precise, kept the rate: ", hz);
			put_window("clock: over the window: ", w);
		}
		return;
	}
	clk_seq++;
	__atomic_thread_fence(__ATOMIC_SEQ_CST); /* odd before the TSC is read */
	now = rdtsc_ordered();
	clk_ns += (uint64_t)(((unsigned __int128)(now - clk_tsc) * ns_mul) >> 32);
	clk_tsc = now;
	ns_mul = mul;
	tsc_hz = hz;
	rate_err = err;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	clk_seq++;
	apic_tsc_rate_changed();
	if (arch_log_debug) {
		put_mhz("clock: TSC refined: ", hz);
		put_window("clock: over the window: ", w);
	}
}

int clock_wants_window(void)
{
	/* at least three, however tight the bound: a window in which the TSC
	 * lost ticks has a tight bound too, and only a later one shows it */
	return lapic_rate && windows < WINDOWS_MAX &&
	       (!tsc_hz || windows < WINDOWS_MIN || rate_err > ERR_GOAL_PPB);
}

int clock_tsc_from_lapic(void)
{
	return lapic_rate;
}

void clock_init(void)
{
	uint32_t max, r[4];

	clk_tsc = rdtsc();
	if (hypervisor_leaf(&max, "KVMKVMKVM\0\0\0")) {
		cpuid(0x40000001, 0, r);
		if (r[0] & KVM_FEATURE_CLOCKSOURCE2) {
			wrmsr(MSR_KVM_SYSTEM_TIME_NEW, (uintptr_t)&pvti | 1);
			wrmsr(MSR_KVM_WALL_CLOCK_NEW, (uintptr_t)&pvwall);
			have_kvmclock = 1;
			uint64_t hz = (1000000000ull << 32) / pvti.mul;
			if (pvti.shift >= 0)
				hz >>= pvti.shift;
			else
				hz <<= -pvti.shift;
			set_hz(hz);
			/* pvwall is the wall time at kvmclock 0, so realtime is the sum */
			wall_at_boot_ns = (uint64_t)pvwall.sec * 1000000000ull + pvwall.nsec;
			wall_known = 1;
			clk_tsc = rdtsc();
			return;
		}
	}
	if (hypervisor_leaf(&max, "KVMKVMKVM\0\0\0") || hypervisor_leaf(&max, "TCGTCGTCGTCG") ||
	    hypervisor_leaf(&max, "VMwareVMware")) {
		if (max >= 0x40000010) {
			cpuid(0x40000010, 0, r);
			if (r[0]) {
				set_hz((uint64_t)r[0] * 1000);
				return;
			}
		}
	}
	cpuid(0, 0, r);
	if (r[0] >= 0x15) {
		cpuid(0x15, 0, r);
		if (r[0] && r[1] && r[2]) {
			set_hz((uint64_t)r[2] * r[1] / r[0]);
			return;
		}
	}
	/* unknown: measured on first use; under TCG against the LAPIC, over
	 * the window apic_init opens (clock_wants_window) */
	lapic_rate = on_qemu(1);
}

/*
 * An AP: its own kvmclock page where the boot core found kvmclock; the
 * TSC otherwise, with the boot core's rate and origin (QEMU's TCG and KVM
 * keep the vCPUs' TSCs in step; each core's clock never goes back on that
 * core, which is all clock.h promises).
 */
void clock_init_core(void)
{
	_Static_assert(sizeof this_cpu()->pvclock >= sizeof(struct pvclock_time), "pvclock room");
	if (have_kvmclock)
		wrmsr(MSR_KVM_SYSTEM_TIME_NEW, (uintptr_t)&pvti | 1);
}

uint64_t arch_tsc_hz(void)
{
	if (!tsc_hz)
		calibrate();
	return tsc_hz;
}

uint64_t arch_tsc_to_ns(uint64_t d)
{
	if (!tsc_hz)
		calibrate();
	return (uint64_t)(((unsigned __int128)d * ns_mul) >> 32);
}

uint64_t clock_monotonic_ns(void)
{
	uint32_t s;
	uint64_t t, ns;

	if (have_kvmclock)
		return pvclock_read();
	if (!tsc_hz)
		calibrate(); /* before reading the TSC: measuring may spin */
	do {
		s = __atomic_load_n(&clk_seq, __ATOMIC_ACQUIRE);
		t = rdtsc_ordered();
		ns = clk_ns + (t > clk_tsc ? (uint64_t)(((unsigned __int128)(t - clk_tsc) * ns_mul) >> 32) : 0);
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	} while ((s & 1) || s != clk_seq);
	return ns;
}

/*
 * Whole seconds of wall time without making anyone measure the TSC: mujs
 * seeds Math.random from time() while it starts, and a calibration on the
 * boot path would cost milliseconds.
 */
uint64_t clock_realtime_s(void)
{
	int64_t s;
	if (wall_known && (have_kvmclock || tsc_hz))
		return clock_realtime_ns() / 1000000000ull;
	s = rtc_read();
	return s < 0 ? 0 : (uint64_t)s;
}

uint64_t clock_realtime_ns(void)
{
	if (!wall_known) {
		int64_t s = rtc_read();
		uint64_t mono = clock_monotonic_ns();
		wall_known = 1;
		if (s >= 0)
			wall_at_boot_ns = (uint64_t)s * 1000000000ull - mono;
		/* no RTC at all: the epoch, which makes the problem visible */
	}
	return wall_at_boot_ns + clock_monotonic_ns();
}
