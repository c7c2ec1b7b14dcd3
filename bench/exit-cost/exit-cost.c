/*
 * bench/exit-cost: what one exit to the hypervisor costs this guest, by
 * kind (bench/exit-cost.sh builds and boots it). Without JavaScript or a
 * network: our library and this kernel_main. Each kind runs N times
 * (the first app argument, default 20000) between two clock reads, alone
 * and then each time after a stretch of computation (as in a server,
 * where exits come between requests' work: what the exit adds to it is
 * printed), and prints the nanoseconds one costs:
 *   cpuid         an instruction every hypervisor intercepts;
 *   tsc-deadline  arming the timer (an MSR write: every arch_timer_set
 *                 with a new deadline);
 *   eoi           the end of an interrupt (x2APIC: an MSR write; every
 *                 interrupt's handler);
 *   halt          arming the timer 1 us ahead and halting until it fires:
 *                 the round trip of an idle core (hlt, the timer's
 *                 interrupt and its EOI);
 * Under TCG an "exit" is not one: the figures are the emulator's. Prints
 * only figures; the exit status is 0 when every kind ran.
 */
#include "../../arch/x86_64/arch.h"
#include "../../drivers/board.h"
#include "../../drivers/power.h"
#include "../../lib/cmdline.h"
#include "../../lib/clock.h"
#include <stdio.h>
#include <stdlib.h>

#define MSR_TSC_DEADLINE 0x6e0
#define MSR_X2APIC_EOI 0x80b

static struct cmdline cmdline;
static volatile uint64_t sink;

static void work(void) /* a stretch of computation: its time is printed */
{
	for (int j = 0; j < 20000; j++)
		sink += (uint64_t)j ^ sink;
}

static void do_cpuid(void)
{
	uint32_t r[4];
	cpuid(0, 0, r);
}
static void do_deadline(void) { wrmsr(MSR_TSC_DEADLINE, rdtsc() + 1000000000000ull); }
static void do_eoi(void) { wrmsr(MSR_X2APIC_EOI, 0); }
static void do_halt(void)
{
	irq_disable();
	arch_timer_set(clock_monotonic_ns() + 1000);
	arch_idle();
}
static void do_nothing(void) {}

static uint64_t run(void (*op)(void), int n, int with_work)
{
	uint64_t t0 = clock_monotonic_ns(), t1;
	for (int i = 0; i < n; i++) {
		if (with_work)
			work();
		op();
	}
	t1 = clock_monotonic_ns();
	return (t1 - t0) / (uint64_t)n;
}

void kernel_main(struct boot_info *bi)
{
	static const struct {
		const char *name;
		void (*op)(void);
		int x2apic_only;
	} kinds[] = {
		{ "cpuid", do_cpuid, 0 },
		{ "tsc-deadline", do_deadline, 0 },
		{ "eoi", do_eoi, 1 },
		{ "halt", do_halt, 0 },
	};
	int n = 20000, x2;
	uint64_t base;

	board_init(bi, &cmdline);
	if (cmdline.argc > 0 && atoi(cmdline.argv[0]) > 0)
		n = atoi(cmdline.argv[0]);
	x2 = (rdmsr(0x1b) & (1u << 10)) != 0; /* IA32_APIC_BASE: x2APIC enabled */
	base = run(do_nothing, n / 4, 1);
	printf("exit-cost: %d of each; the stretch of work alone: %llu ns\n", n, (unsigned long long)base);
	for (unsigned k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		uint64_t alone, mixed;
		if (kinds[k].x2apic_only && !x2) {
			printf("exit-cost: %-13s (no x2APIC)\n", kinds[k].name);
			continue;
		}
		alone = run(kinds[k].op, n, 0);
		mixed = run(kinds[k].op, n / 4, 1);
		printf("exit-cost: %-13s %7llu ns each; after work %7llu ns more than the work\n", kinds[k].name,
		       (unsigned long long)alone, (unsigned long long)(mixed > base ? mixed - base : 0));
	}
	arch_timer_cancel();
	power_exit(0);
}
