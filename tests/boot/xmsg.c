/*
 * A test image without JavaScript for the cross-core messages
 * (lib/xmsg.h) and the APs' per-core state (arch/x86_64/smp.c). Its own
 * kernel_main brings the machine up with board_init and board_cores_ready
 * (every core up) and
 * then, with core 0 as the receiver and every AP as a sender:
 *
 *   1. each AP arms its own LAPIC timer 2 ms ahead by its own clock,
 *      halts until it fires, and reports how long that took (never less
 *      than asked: its timer and clock work, and are its own);
 *   2. back-pressure: core 0 does not drain while each AP sends into its
 *      ring until a send fails; exactly XRING_SLOTS must go in, further
 *      sends must fail with -EAGAIN and return (the sender runs on), and
 *      nothing may be lost;
 *   3. each AP sends COUNT messages in all (the first app argument, default 1,000,000)
 *      with sequence numbers 0..COUNT-1, sleeping (arch_idle) whenever its
 *      ring is full until core 0's IPI says there is room; core 0 drains
 *      from its event loop, woken by IPIs, and checks that every sender's
 *      numbers arrive in order, each once, and that all COUNT arrive.
 *
 * With the first app argument "stack" instead, core 1 recurses until it
 * overflows its stack: the report must name core 1's guard page (each
 * AP's stack has its own, unmapped, and the fault runs on core 1's own
 * IST stack).
 *
 * With "tramp", core 0 writes to the page the APs started from, which
 * must be unmapped once they are up (W^X: it held 16-bit code).
 *
 * Prints what it found and exits 0 when all holds, 1 otherwise. Timings
 * it prints are for information (bench/), never part of the verdict.
 * Built by tests/boot/xmsg.mk as build/test/xmsg.elf; run by
 * tests/boot/smp.sh with -smp 2 and 4.
 */
#include "../../arch/x86_64/arch.h"
#include "../../drivers/board.h"
#include "../../drivers/power.h"
#include "../../lib/cmdline.h"
#include "../../lib/loop.h"
#include "../../lib/xmsg.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MSG_SEQ = XMSG_USER, MSG_DONE, MSG_TIMER };

static struct cmdline cmdline;
static uint64_t count = 1000000;
static uint32_t ncores;

/* written by the senders, read by core 0 (phase 2) */
static volatile uint32_t phase1_done[SMP_MAX_CPUS];
static uint64_t phase1_accepted[SMP_MAX_CPUS], phase1_refused[SMP_MAX_CPUS];

/* core 0's view */
static uint64_t expect[SMP_MAX_CPUS], got_total;
static uint64_t done_full[SMP_MAX_CPUS], done_room[SMP_MAX_CPUS];
static uint32_t ndone, ntimers, errors;
static uint64_t timer_ns[SMP_MAX_CPUS];
static struct loop_timer watch; /* on_watch */
/* An AP's 2 ms LAPIC timer, measured by the clock: a wrong tick rate or
 * divider is off by a factor. Under TCG the LAPIC follows QEMU's virtual
 * clock and the tick rate is calibrated against the TSC over a short
 * window, so on a loaded host it came out 1.2 % early (1976 us) once; the
 * loop re-arms a timer that fires before its deadline, so that costs a
 * wake-up, not a wrong answer. 10 % early is a fault. */
#define TIMER_FLOOR_NS 1800000

static void fail(const char *fmt, uint64_t a, uint64_t b, uint64_t c)
{
	if (errors++ < 5) {
		printf("xmsg: error: ");
		printf(fmt, (unsigned long long)a, (unsigned long long)b, (unsigned long long)c);
		printf("\n");
	}
}

/* Sends, sleeping while the ring is full (xmsg.h's recipe). */
static void send_wait(uint32_t to, struct xmsg *m)
{
	int r;
	for (;;) {
		irq_disable();
		r = xmsg_send(to, m);
		if (r != -EAGAIN)
			break;
		arch_idle();
	}
	irq_enable();
	if (r < 0)
		printf("xmsg: core %u: send to %u failed: %d\n", this_cpu()->index, to, r);
}

/* ---- on the APs */

static void timer_check(uint64_t a, uint64_t b)
{
	struct xmsg m = { .type = MSG_TIMER };
	uint64_t t0 = clock_monotonic_ns(), t1;

	(void)a;
	(void)b;
	arch_timer_set(t0 + 2000000);
	for (;;) { /* other IPIs may end a halt early: wait for the timer's */
		irq_disable();
		if (!this_cpu()->timer_armed)
			break;
		arch_idle();
	}
	irq_enable();
	t1 = clock_monotonic_ns();
	m.a = t1 - t0;
	send_wait(0, &m);
}

static void sender(uint64_t n, uint64_t unused)
{
	uint32_t me = this_cpu()->index;
	struct xmsg m = { .type = MSG_SEQ };
	struct xmsg_stats st;
	uint64_t seq = 0;
	int i, r;

	(void)unused;
	/* phase 1: core 0 is not draining; fill the ring, then see sends fail */
	for (;;) {
		m.a = seq;
		if ((r = xmsg_send(0, &m)) < 0)
			break;
		seq++;
	}
	phase1_accepted[me] = seq;
	phase1_refused[me] = 0;
	for (i = 0; i < 1000; i++) /* the loop runs on; nothing goes in */
		if (xmsg_send(0, &m) == -EAGAIN)
			phase1_refused[me]++;
	__atomic_store_n(&phase1_done[me], r == -EAGAIN ? 1 : 2, __ATOMIC_RELEASE);
	smp_ipi(0);

	/* phase 3: the rest, sleeping while full */
	while (seq < n) {
		m.type = MSG_SEQ;
		m.a = seq;
		send_wait(0, &m);
		seq++;
	}
	xmsg_get_stats(&st);
	m.type = MSG_DONE;
	m.a = seq;
	m.b = st.full;
	m.c = st.room_ipis;
	send_wait(0, &m);
}

static volatile int sink;

static int __attribute__((noinline)) recurse(int n)
{
	volatile char pad[512];
	pad[0] = (char)n;
	if (sink == -1) /* never: but the compiler cannot know */
		return n;
	return recurse(n + 1) + pad[0];
}

static void overflow(uint64_t a, uint64_t b)
{
	(void)a;
	(void)b;
	sink = recurse(0);
}

/* ---- on core 0 */

static void on_seq(const struct xmsg *m)
{
	if (m->a != expect[m->from])
		fail("core %llu: message %llu where %llu was due", m->from, m->a, expect[m->from]);
	expect[m->from] = m->a + 1;
	got_total++;
}

static void on_done(const struct xmsg *m)
{
	if (m->a != expect[m->from])
		fail("core %llu: says it sent %llu, %llu arrived", m->from, m->a, expect[m->from]);
	done_full[m->from] = m->b;
	done_room[m->from] = m->c;
	if (++ndone == ncores - 1) {
		loop_timer_stop(&watch);
		loop_unref();
	}
}

/*
 * A lost wake-up would leave every core halted and the test hanging until
 * its guard: instead, a watch on core 0 looks every 500 ms, and when no
 * message has arrived for 30 s (a stall no loaded host makes: the
 * verdict does not depend on speed) it says which side was not woken,
 * dumps the rings and fails.
 */
static uint64_t watch_seen, watch_still;

static void on_watch(struct loop_timer *t)
{
	uint64_t now = clock_monotonic_ns();

	if (got_total != watch_seen) {
		watch_seen = got_total;
		watch_still = now;
	} else if (now - watch_still > 30000000000ull) {
		printf("xmsg: no message for 30 s after %llu; core 0 %s\n", (unsigned long long)got_total,
		       xmsg_pending() ? "has messages waiting and was not woken (lost wake-up IPI)"
				      : "has none waiting (a sender asleep on a full ring: lost room IPI?)");
		xmsg_dump(0);
		power_exit(1);
	}
	loop_timer_start(t, now + 500000000);
}

static void on_timer(const struct xmsg *m)
{
	timer_ns[m->from] = m->a;
	ntimers++;
}

static void call(uint32_t to, void (*fn)(uint64_t, uint64_t), uint64_t b)
{
	struct xmsg m = { .type = XMSG_CALL, .a = (uintptr_t)fn, .b = b };
	send_wait(to, &m);
}

void kernel_main(struct boot_info *bi)
{
	struct xmsg_stats st;
	uint64_t t0, t1;
	uint32_t i;
	int all;

	board_init(bi, &cmdline);
	board_cores_ready();
	if (cmdline.argc > 0 && !strcmp(cmdline.argv[0], "tramp")) {
		*(volatile char *)0x8000 = 0; /* the AP trampoline's page: unmapped now */
		printf("xmsg: the trampoline page is still mapped\n");
		power_exit(1);
	}
	if (cmdline.argc > 0 && !strcmp(cmdline.argv[0], "stack")) {
		call(1, overflow, 0);
		loop_ref(); /* core 1's fault report ends the machine */
		loop_run();
	}
	if (cmdline.argc > 0)
		count = strtoull(cmdline.argv[0], 0, 10);
	ncores = smp_online();
	if (ncores < 2 || ncores != smp_ncpus()) {
		printf("xmsg: needs every core up and at least 2 (%u of %u up)\n", ncores, smp_ncpus());
		power_exit(1);
	}
	/* the lazily measured rates, here before any AP reads them */
	arch_timer_set(clock_monotonic_ns() + 1000000000);
	arch_timer_cancel();
	xmsg_handle(MSG_SEQ, on_seq);
	xmsg_handle(MSG_DONE, on_done);
	xmsg_handle(MSG_TIMER, on_timer);

	/* 1. every AP's own timer; core 0 polls by hand until all answered */
	for (i = 1; i < ncores; i++)
		call(i, timer_check, 0);
	while (ntimers < ncores - 1) {
		irq_disable();
		if (!xmsg_pending())
			arch_idle();
		irq_enable();
		xmsg_poll(XMSG_BATCH);
	}
	for (i = 1; i < ncores; i++) {
		printf("xmsg: core %u: its LAPIC timer fired %s (%llu us for 2000)\n", i,
		       timer_ns[i] >= TIMER_FLOOR_NS ? "on time, not 10 % early" : "EARLY",
		       (unsigned long long)(timer_ns[i] / 1000));
		if (timer_ns[i] < TIMER_FLOOR_NS)
			errors++;
	}

	/* 2. back-pressure: no draining until every sender found its ring full */
	t0 = clock_monotonic_ns();
	for (i = 1; i < ncores; i++)
		call(i, sender, count);
	for (i = 1; i < ncores; i++) {
		irq_disable();
		while (!__atomic_load_n(&phase1_done[i], __ATOMIC_ACQUIRE)) {
			arch_idle(); /* the sender's IPI ends it */
			irq_disable();
		}
		irq_enable();
		printf("xmsg: core %u: ring full after %llu sends; %llu of 1000 more refused with EAGAIN\n", i,
		       (unsigned long long)phase1_accepted[i], (unsigned long long)phase1_refused[i]);
		if (phase1_done[i] != 1 || phase1_accepted[i] != XRING_SLOTS || phase1_refused[i] != 1000)
			fail("core %llu: back-pressure: %llu accepted, %llu refused", i, phase1_accepted[i],
			     phase1_refused[i]);
	}

	/* 3. drain from the event loop until every sender said it is done */
	xmsg_attach_loop(0);
	watch_still = clock_monotonic_ns();
	loop_timer_init(&watch, on_watch);
	loop_timer_start(&watch, watch_still + 500000000);
	loop_ref();
	loop_run();
	t1 = clock_monotonic_ns();

	all = 1;
	for (i = 1; i < ncores; i++) {
		printf("xmsg: core %u: %llu of %llu arrived, in order; its ring was full %llu times\n", i,
		       (unsigned long long)expect[i], (unsigned long long)count, (unsigned long long)done_full[i]);
		(void)done_room[i]; /* a sender sends no room IPIs: it only sends to core 0 */
		if (expect[i] != count)
			all = 0;
	}
	xmsg_get_stats(&st);
	printf("xmsg: %llu messages in %llu ms (%llu per second); core 0 sent %llu room IPIs\n",
	       (unsigned long long)got_total, (unsigned long long)((t1 - t0) / 1000000),
	       (unsigned long long)(t1 > t0 ? got_total * 1000000000ull / (t1 - t0) : 0),
	       (unsigned long long)st.room_ipis);
	if (!all || errors || got_total != count * (ncores - 1)) {
		printf("xmsg: FAILED (%u errors)\n", errors);
		power_exit(1);
	}
	printf("xmsg: all %llu messages from %u senders arrived once each, in order\n",
	       (unsigned long long)got_total, ncores - 1);
	power_exit(0);
}
