/*
 * test_loop.c: host tests of the event loop (lib/loop.c).
 *
 * lib/loop.c is included whole, after a fake arch/ layer: a clock that only
 * moves when told, a "hardware timer" that records what was armed, an
 * arch_idle() that jumps the clock to the next interrupt (the armed deadline
 * or a scripted device interrupt that posts an event, as a handler would)
 * and fails the test if nothing could ever wake it. Including the source
 * also lets the tests check the heap's invariants directly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_test.h"

/* ---- the fake arch/ (stands in for arch/x86_64/arch.h) */
#define ARCH_H 1
#define UNIJS_ONE_CORE 1 /* lib/loop.c: one loop, no per-CPU area */

static uint64_t fake_now;   /* the monotonic clock, ns */
static uint64_t fake_armed; /* hardware deadline, 0: none */
static int fake_if = 1;     /* interrupt flag */
static int fake_hang;       /* arch_idle found nothing to wake it */
static int fake_idle_if_on; /* arch_idle entered with interrupts on */
static long fake_idles;

/* scripted device interrupts: at time `at`, post `ev` */
#define MAX_IRQS 64
static struct fake_irq {
	uint64_t at;
	struct loop_event *ev;
} fake_irqs[MAX_IRQS];
static int fake_nirqs;
/* what another core does while this one halts (test_watch) */
static void (*fake_during_idle)(void);
static int *fake_closed_at_halt; /* this must be 0 at each halt (test_watch) */
static int fake_halted_open;

static uint64_t clock_monotonic_ns(void) { return fake_now; }
static void irq_enable(void) { fake_if = 1; }
static uint64_t irq_save(void)
{
	uint64_t f = fake_if ? 0x200 : 0;
	fake_if = 0;
	return f;
}
static void irq_restore(uint64_t f)
{
	if (f & 0x200)
		irq_enable();
}
static void arch_timer_set(uint64_t d) { fake_armed = d ? d : 1; }
static uint64_t arch_idle_poll_ns(void) { return 0; }
static void cpu_relax(void) { __asm__ volatile("" ::: "memory"); }
static void arch_timer_cancel(void) { fake_armed = 0; }
static void arch_idle(void);

/* ---- the code under test */
#include "../../lib/loop.c"

static void fake_reset(void)
{
	fake_now = 1000000000; /* not 0: deadlines near 0 are a special case */
	fake_armed = 0;
	fake_if = 1;
	fake_hang = 0;
	fake_idle_if_on = 0;
	fake_idles = 0;
	fake_nirqs = 0;
	/* the loop's own state, as at boot */
	free(S->heap);
	S->heap = 0;
	S->heap_n = S->heap_cap = 0;
	S->ref_timers = 0;
	S->refs = 0;
	S->ev_head = S->ev_tail = 0;
	S->ev_queued = 0;
	S->after_cb = 0;
	S->check_run = 0;
	S->check_pending = 0;
	S->nwatch = 0;
	S->first_idle = 0;
	S->idle_ns = 0;
	S->now_ns = fake_now;
	fake_during_idle = 0;
	fake_closed_at_halt = 0;
	fake_halted_open = 0;
}

static void fake_irq_at(uint64_t at, struct loop_event *ev)
{
	fake_irqs[fake_nirqs].at = at;
	fake_irqs[fake_nirqs].ev = ev;
	fake_nirqs++;
}

static void arch_idle(void)
{
	uint64_t next = fake_armed;
	int i, irq = -1;

	if (fake_if)
		fake_idle_if_on = 1;
	fake_if = 1; /* sti */
	fake_idles++;
	if (fake_closed_at_halt && *fake_closed_at_halt)
		fake_halted_open++;
	if (fake_during_idle)
		fake_during_idle();
	for (i = 0; i < fake_nirqs; i++)
		if (fake_irqs[i].ev && (!next || fake_irqs[i].at < next)) {
			next = fake_irqs[i].at;
			irq = i;
		}
	if (!next) {
		fake_hang = 1; /* a real core would halt forever */
		loop_stop();
		return;
	}
	if (next > fake_now)
		fake_now = next;
	if (irq >= 0) {
		loop_event_post(fake_irqs[irq].ev); /* as a device handler would */
		fake_irqs[irq].ev = 0;
	} else {
		fake_armed = 0; /* the timer interrupt fired */
	}
}

/* panic() longjmps back to the case that expected it */
static jmp_buf *panic_jmp;
void panic(const char *fmt, ...)
{
	va_list ap;
	if (panic_jmp)
		longjmp(*panic_jmp, 1);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	abort();
}

/* ---- helpers */

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* every parent before its children, every pos right, ref count right */
static int heap_ok(void)
{
	uint32_t i, nref = 0;
	for (i = 0; i < S->heap_n; i++) {
		if (S->heap[i]->pos != i + 1)
			return 0;
		if (i && before(S->heap[i], S->heap[(i - 1) / 2]))
			return 0;
		nref += !S->heap[i]->unref;
	}
	return nref == S->ref_timers;
}

struct tt {
	struct loop_timer t;
	int id;
	int fired;
	uint64_t fired_at;
	uint64_t want_deadline, want_seq; /* what the order must follow */
	int cancelled;
};

#define NT 50000
static struct tt *tts;
static int *order;
static int norder;
static long after_calls;

static void record_cb(struct loop_timer *t)
{
	struct tt *x = (struct tt *)t;
	x->fired++;
	x->fired_at = fake_now;
	order[norder++] = x->id;
}

static void count_after(void) { after_calls++; }

static int cmp_expected(const void *a, const void *b)
{
	const struct tt *x = &tts[*(const int *)a], *y = &tts[*(const int *)b];
	if (x->want_deadline != y->want_deadline)
		return x->want_deadline < y->want_deadline ? -1 : 1;
	return x->want_seq < y->want_seq ? -1 : x->want_seq > y->want_seq;
}

/* ---- cases */

static void test_random_50k(void)
{
	struct test_group g;
	int i, nlive = 0, *expect;
	uint64_t base;

	group_begin(&g, "timer heap: 50000 random starts, restarts and stops fire in deadline order");
	fake_reset();
	base = fake_now;
	expect = calloc(NT, sizeof *expect);
	norder = 0;
	for (i = 0; i < NT; i++) {
		loop_timer_init(&tts[i].t, record_cb);
		tts[i].id = i;
	}
	/* a random mix: start (ms granularity: many ties), restart, stop */
	for (i = 0; i < 4 * NT; i++) {
		struct tt *x = &tts[rnd() % NT];
		unsigned op = rnd() % 10;
		if (op < 6) {
			uint64_t d = base + (1 + rnd() % 2000) * 1000000;
			check(&g, loop_timer_start(&x->t, d) == 0, "start failed");
			x->want_deadline = d;
			x->want_seq = x->t.seq;
		} else {
			loop_timer_stop(&x->t);
			check(&g, !loop_timer_active(&x->t), "stopped timer still active");
		}
		if (i % 4999 == 0)
			check(&g, heap_ok(), "heap invariant broken after %d operations", i);
	}
	for (i = 0; i < NT; i++)
		if (loop_timer_active(&tts[i].t))
			expect[nlive++] = i;
	check(&g, heap_ok(), "heap invariant broken before running");
	check(&g, (uint32_t)nlive == S->heap_n, "heap holds %u, %d active", S->heap_n, nlive);
	qsort(expect, nlive, sizeof *expect, cmp_expected);

	loop_set_after_callback(count_after);
	after_calls = 0;
	check(&g, loop_run() == 0, "loop_run did not end normally");
	check(&g, !fake_hang, "the loop idled with nothing to wake it");
	check(&g, !fake_idle_if_on, "arch_idle entered with interrupts on");
	check(&g, norder == nlive, "%d fired, %d were active", norder, nlive);
	for (i = 0; i < nlive && i < norder; i++)
		if (order[i] != expect[i]) {
			check(&g, 0, "fire #%d: timer %d (deadline %llu seq %llu), expected %d (deadline %llu seq %llu)",
			      i, order[i], (unsigned long long)tts[order[i]].want_deadline,
			      (unsigned long long)tts[order[i]].want_seq, expect[i],
			      (unsigned long long)tts[expect[i]].want_deadline,
			      (unsigned long long)tts[expect[i]].want_seq);
			break;
		}
	for (i = 0; i < NT; i++) {
		int was_live = tts[i].want_deadline && tts[i].fired;
		check(&g, tts[i].fired <= 1, "timer %d fired %d times", i, tts[i].fired);
		if (was_live)
			check(&g, tts[i].fired_at >= tts[i].want_deadline, "timer %d fired early", i);
	}
	check(&g, after_calls == norder, "after-callback hook ran %ld times for %d callbacks",
	      after_calls, norder);
	/* deadlines were ms apart: the loop should idle about once per distinct deadline */
	check(&g, fake_idles <= 2001, "%ld idles for at most 2000 distinct deadlines", fake_idles);
	check(&g, S->heap_n == 0 && S->heap_cap <= HEAP_MIN * 2, "heap not shrunk: %u of %u", S->heap_n, S->heap_cap);
	group_end(&g);
	free(expect);
}

/* Timers stopped from other timers' callbacks never fire; restarted ones fire later. */
static struct tt *victims;
static void killer_cb(struct loop_timer *t)
{
	struct tt *x = (struct tt *)t;
	record_cb(t);
	loop_timer_stop(&victims[x->id].t);
	if (x->id % 3 == 0) /* and now and then move one into the future instead */
		loop_timer_start(&victims[(x->id + 1) % 1000].t, fake_now + 5000000000ull);
}

static void test_stop_from_callbacks(void)
{
	struct test_group g;
	int i;
	group_begin(&g, "timers stopped or moved from callbacks");
	fake_reset();
	norder = 0;
	memset(tts, 0, NT * sizeof *tts);
	victims = tts + 1000;
	for (i = 0; i < 1000; i++) {
		tts[i].id = i;
		loop_timer_init(&tts[i].t, killer_cb);
		victims[i].id = 1000 + i;
		loop_timer_init(&victims[i].t, record_cb);
		/* each killer at t, its victim at t+1ms: the victim must never fire
		 * unless it was moved after its killer ran */
		loop_timer_start(&tts[i].t, fake_now + (uint64_t)(i + 1) * 1000000);
		loop_timer_start(&victims[i].t, fake_now + (uint64_t)(i + 2) * 1000000);
	}
	check(&g, loop_run() == 0, "loop_run");
	check(&g, !fake_hang, "hang");
	for (i = 0; i < 1000; i++) {
		check(&g, tts[i].fired == 1, "killer %d fired %d times", i, tts[i].fired);
		/* killer i-1 may move victim i, but killer i then stops it; only
		 * victim 0, moved by the last killer (999 % 3 == 0), fires */
		check(&g, victims[i].fired == (i == 0), "victim %d fired %d times", i, victims[i].fired);
	}
	check(&g, heap_ok() && S->heap_n == 0, "heap not empty");
	group_end(&g);
}

static void test_ties(void)
{
	struct test_group g;
	int i;
	uint64_t d;
	group_begin(&g, "equal deadlines fire in start order; a restart goes last");
	fake_reset();
	norder = 0;
	memset(tts, 0, NT * sizeof *tts);
	d = loop_now_ns() + 7000000;
	for (i = 0; i < 1000; i++) {
		tts[i].id = i;
		loop_timer_init(&tts[i].t, record_cb);
		loop_timer_start(&tts[i].t, d);
	}
	loop_timer_start(&tts[10].t, d); /* refresh(): after all the others */
	loop_timer_start(&tts[20].t, d - 1); /* earlier: first */
	loop_run();
	check(&g, norder == 1000, "%d fired", norder);
	check(&g, order[0] == 20, "first fired %d, expected 20", order[0]);
	check(&g, order[999] == 10, "last fired %d, expected 10", order[999]);
	{
		int k = 1, id;
		for (id = 0; id < 1000; id++) {
			if (id == 10 || id == 20)
				continue;
			check(&g, order[k] == id, "position %d: %d, expected %d", k, order[k], id);
			k++;
		}
	}
	group_end(&g);
}

/* ---- ref/unref */

static struct loop_event ev_a, ev_b, ev_c;
static char evlog[256];
static int evlen;
static void ev_log_cb(struct loop_event *ev)
{
	evlog[evlen++] = ev == &ev_a ? 'a' : ev == &ev_b ? 'b' : 'c';
	evlog[evlen] = 0;
}
static void ev_unref_cb(struct loop_event *ev)
{
	ev_log_cb(ev);
	loop_unref();
}

static void test_refs(void)
{
	struct test_group g;
	struct tt a, b, c;
	jmp_buf jb;
	group_begin(&g, "ref/unref: what keeps the loop alive");

	/* nothing at all: returns at once */
	fake_reset();
	check(&g, !loop_alive() && loop_run() == 0 && fake_idles == 0, "empty loop did not return at once");

	/* only unref'd timers: they never fire */
	fake_reset();
	norder = 0;
	memset(&a, 0, sizeof a);
	loop_timer_init(&a.t, record_cb);
	loop_timer_unref(&a.t);
	loop_timer_start(&a.t, fake_now + 1000);
	check(&g, !loop_alive(), "an unref'd timer keeps the loop alive");
	loop_run();
	check(&g, a.fired == 0 && fake_idles == 0, "an unref'd timer fired alone");
	check(&g, loop_timer_active(&a.t), "the unref'd timer was stopped");
	check(&g, !loop_timer_has_ref(&a.t), "has_ref");
	loop_timer_ref(&a.t); /* ref'ing an active timer makes the loop alive */
	check(&g, loop_alive() && S->ref_timers == 1, "ref on an active timer not counted");
	loop_run();
	check(&g, a.fired == 1, "the re-ref'd timer did not fire");

	/* unref'd timers fire while a ref'd one keeps the loop alive, not after */
	fake_reset();
	memset(&a, 0, sizeof a); memset(&b, 0, sizeof b); memset(&c, 0, sizeof c);
	loop_timer_init(&a.t, record_cb);
	loop_timer_init(&b.t, record_cb);
	loop_timer_init(&c.t, record_cb);
	loop_timer_unref(&a.t);
	loop_timer_unref(&c.t);
	loop_timer_start(&a.t, fake_now + 50);
	loop_timer_start(&b.t, fake_now + 100);
	loop_timer_start(&c.t, fake_now + 200);
	loop_run();
	check(&g, a.fired == 1 && b.fired == 1 && c.fired == 0, "unref'd timers: fired %d %d %d, want 1 1 0",
	      a.fired, b.fired, c.fired);
	check(&g, !fake_hang, "hang");

	/* a handle ref keeps the loop alive with no timers until its event drops it */
	fake_reset();
	evlen = 0;
	loop_event_init(&ev_a, ev_unref_cb);
	loop_ref();
	memset(&a, 0, sizeof a);
	loop_timer_init(&a.t, record_cb);
	loop_timer_unref(&a.t);
	loop_timer_start(&a.t, fake_now + 1000);
	fake_irq_at(fake_now + 5000, &ev_a);
	loop_run();
	check(&g, !fake_hang && !strcmp(evlog, "a"), "ref'd handle: hang=%d log=%s", fake_hang, evlog);
	check(&g, a.fired == 1, "unref'd timer did not fire while a handle was open");
	check(&g, fake_now == fake_irqs[0].at, "ended at %llu, the interrupt came at %llu",
	      (unsigned long long)fake_now, (unsigned long long)fake_irqs[0].at);
	check(&g, fake_armed == 0, "hardware timer left armed after loop_run");

	/* an unref'd timer, restarted, stops and starts correctly in the count */
	fake_reset();
	memset(&a, 0, sizeof a);
	loop_timer_init(&a.t, record_cb);
	loop_timer_start(&a.t, fake_now + 10);
	loop_timer_unref(&a.t);
	loop_timer_unref(&a.t);
	check(&g, S->ref_timers == 0, "double unref miscounted");
	loop_timer_stop(&a.t);
	loop_timer_ref(&a.t);
	check(&g, S->ref_timers == 0, "ref of a stopped timer counted");
	loop_timer_start(&a.t, fake_now + 10);
	check(&g, S->ref_timers == 1, "start of a ref'd timer not counted");
	loop_timer_stop(&a.t);

	/* unref below zero is a broken invariant */
	panic_jmp = &jb;
	if (!setjmp(jb)) {
		loop_unref();
		check(&g, 0, "loop_unref below zero did not panic");
	}
	panic_jmp = 0;
	group_end(&g);
}

/* ---- events */

static int repost;
static void ev_repost_cb(struct loop_event *ev)
{
	ev_log_cb(ev);
	if (repost-- > 0) {
		loop_event_post(ev);
		loop_event_post(&ev_b);
	}
}

static struct loop_timer zt;
static int zt_runs;
static void zero_timer_cb(struct loop_timer *t)
{
	zt_runs++;
	evlog[evlen++] = 't';
	evlog[evlen] = 0;
	if (zt_runs < 5)
		loop_timer_start(t, loop_now_ns()); /* already due: must wait a pass */
}

static void stop_cb(struct loop_event *ev)
{
	ev_log_cb(ev);
	loop_stop();
}

static void test_events(void)
{
	struct test_group g;
	group_begin(&g, "events: FIFO, coalesced, posted from interrupts, cancel, no starvation");

	fake_reset();
	evlen = 0;
	loop_event_init(&ev_a, ev_log_cb);
	loop_event_init(&ev_b, ev_log_cb);
	loop_event_init(&ev_c, ev_log_cb);
	loop_event_post(&ev_b);
	loop_event_post(&ev_a);
	loop_event_post(&ev_b); /* coalesced */
	loop_event_post(&ev_c);
	loop_event_cancel(&ev_c);
	check(&g, loop_alive() && S->ev_queued == 2, "queued %u", S->ev_queued);
	check(&g, loop_event_queued(&ev_a) && !loop_event_queued(&ev_c), "queued flags");
	loop_run();
	check(&g, !strcmp(evlog, "ba"), "order %s, want ba", evlog);
	check(&g, !fake_hang && fake_idles == 0, "idled with events ready");

	/* a re-post during the callback runs in the next pass, after the others */
	fake_reset();
	evlen = 0;
	loop_event_init(&ev_a, ev_repost_cb);
	loop_event_init(&ev_b, ev_log_cb);
	repost = 2;
	loop_event_post(&ev_a);
	loop_run();
	check(&g, !strcmp(evlog, "aaba"), "order %s, want aaba", evlog);

	/* device interrupts while idle wake the loop, events run in arrival order */
	fake_reset();
	evlen = 0;
	loop_event_init(&ev_a, ev_log_cb);
	loop_event_init(&ev_b, ev_log_cb);
	loop_event_init(&ev_c, ev_unref_cb);
	loop_ref();
	fake_irq_at(fake_now + 300, &ev_c);
	fake_irq_at(fake_now + 100, &ev_b);
	fake_irq_at(fake_now + 200, &ev_a);
	loop_run();
	check(&g, !strcmp(evlog, "bac") && !fake_hang, "order %s hang %d, want bac", evlog, fake_hang);
	check(&g, !fake_idle_if_on, "arch_idle entered with interrupts on");

	/* a due timer re-arming itself at 0 delay does not starve events */
	fake_reset();
	evlen = 0;
	zt_runs = 0;
	loop_timer_init(&zt, zero_timer_cb);
	loop_event_init(&ev_a, ev_repost_cb);
	loop_event_init(&ev_b, ev_log_cb);
	repost = 1;
	loop_timer_start(&zt, loop_now_ns());
	loop_event_post(&ev_a);
	loop_run();
	check(&g, !strcmp(evlog, "tatabttt"), "order %s, want tatabttt", evlog);

	/* loop_stop ends the run early and says work is left */
	fake_reset();
	evlen = 0;
	loop_event_init(&ev_a, stop_cb);
	loop_event_init(&ev_b, ev_log_cb);
	loop_event_post(&ev_a);
	loop_event_post(&ev_b);
	check(&g, loop_run() == 1, "loop_stop: loop_run did not return 1");
	check(&g, !strcmp(evlog, "a"), "ran %s after loop_stop", evlog);
	check(&g, loop_run() == 0 && !strcmp(evlog, "ab"), "the next run did not resume: %s", evlog);
	group_end(&g);
}

/* the loop arms the hardware for the earliest deadline, ref'd or not */
static uint64_t armed_seen[8];
static int narmed;
static void arm_probe_cb(struct loop_timer *t)
{
	(void)t;
	if (narmed < 8)
		armed_seen[narmed++] = fake_now;
}

static void test_arming(void)
{
	struct test_group g;
	struct loop_timer a, b;
	uint64_t t0;
	group_begin(&g, "idle arms the hardware timer for the earliest deadline");
	fake_reset();
	narmed = 0;
	t0 = fake_now;
	loop_timer_init(&a, arm_probe_cb);
	loop_timer_init(&b, arm_probe_cb);
	loop_timer_unref(&a);
	loop_timer_start(&a, t0 + 3000000);
	loop_timer_start(&b, t0 + 9000000);
	loop_run();
	check(&g, narmed == 2 && armed_seen[0] == t0 + 3000000 && armed_seen[1] == t0 + 9000000,
	      "fired at %llu %llu", (unsigned long long)(armed_seen[0] - t0),
	      (unsigned long long)(armed_seen[1] - t0));
	check(&g, fake_idles == 2, "%ld idles, want 2", fake_idles);
	group_end(&g);
}

/* ---- the check phase: a fake immediate queue */

static int imm_ref, imm_unref;   /* queued immediates, ref'd and not */
static int imm_requeue;          /* how many more to queue from run() */
static void imm_run(void)
{
	int n = imm_ref + imm_unref, again = imm_requeue > 0;
	evlog[evlen++] = n ? 'c' : '-';
	evlog[evlen] = 0;
	imm_ref = imm_unref = 0;
	if (again) { /* queued during the phase: next pass */
		imm_requeue--;
		imm_ref = 1;
	}
}
static int imm_pending(void) { return imm_ref; }
static void imm_timer_cb(struct loop_timer *t)
{
	(void)t;
	evlog[evlen++] = 't';
	evlog[evlen] = 0;
	imm_ref++;
}
static void log_after(void)
{
	evlog[evlen++] = '.';
	evlog[evlen] = 0;
}

static void test_check(void)
{
	struct test_group g;
	struct loop_timer a, b;
	group_begin(&g, "check phase: after timers and events, keeps the loop awake and alive");

	/* pending check work alone keeps the loop alive; run once per pass */
	fake_reset();
	evlen = 0;
	loop_set_check(imm_run, imm_pending);
	imm_ref = 1;
	imm_unref = 0;
	imm_requeue = 2;
	check(&g, loop_alive(), "pending immediates do not keep the loop alive");
	loop_run();
	check(&g, !strcmp(evlog, "ccc") && !fake_hang && fake_idles == 0, "log %s idles %ld, want ccc and no idle",
	      evlog, fake_idles);

	/* order in a pass: timers, events, then check; the after hook follows each */
	fake_reset();
	evlen = 0;
	loop_set_check(imm_run, imm_pending);
	loop_set_after_callback(log_after);
	imm_ref = imm_unref = imm_requeue = 0;
	loop_timer_init(&a, imm_timer_cb);
	loop_timer_start(&a, fake_now);
	loop_event_init(&ev_a, ev_log_cb);
	loop_event_post(&ev_a);
	loop_run();
	check(&g, !strcmp(evlog, "t.a.c."), "log %s, want t.a.c.", evlog);

	/* a ref'd timer due later: the check runs while the timer is waited for,
	 * and an immediate queued by the timer runs before the next timer */
	fake_reset();
	evlen = 0;
	loop_set_check(imm_run, imm_pending);
	imm_ref = imm_unref = imm_requeue = 0;
	loop_timer_init(&a, imm_timer_cb);
	loop_timer_init(&b, imm_timer_cb);
	loop_timer_start(&a, fake_now + 1000);
	loop_timer_start(&b, fake_now + 2000);
	loop_run();
	check(&g, !strcmp(evlog, "-tctc"), "log %s, want -tctc (a pass runs the check once, then halts until the next deadline)", evlog);
	check(&g, fake_idles == 2 && !fake_hang, "%ld idles, want 2", fake_idles);

	/* only unref'd immediates: not alive, and they do not keep the core awake */
	fake_reset();
	evlen = 0;
	loop_set_check(imm_run, imm_pending);
	imm_ref = 0;
	imm_unref = 1;
	imm_requeue = 0;
	check(&g, !loop_alive(), "unref'd immediates keep the loop alive");
	loop_run();
	check(&g, evlen == 0, "the check ran with the loop dead: %s", evlog);
	loop_timer_init(&a, imm_timer_cb);
	loop_timer_start(&a, fake_now + 5000);
	imm_unref = 1;
	loop_run();
	check(&g, evlog[0] == 'c' && fake_idles == 1, "log %s idles %ld: the unref'd immediate did not run in the first pass",
	      evlog, fake_idles);

	/* loop_stop from the check phase */
	fake_reset();
	loop_set_check(imm_run, imm_pending);
	imm_ref = 1;
	imm_requeue = 5;
	loop_event_init(&ev_b, stop_cb);
	loop_event_post(&ev_b);
	evlen = 0;
	check(&g, loop_run() == 1 && !strchr(evlog, 'c'), "the check ran after loop_stop: %s", evlog);
	group_end(&g);
}

/*
 * loop_add_poll_watch with a fake source that behaves as lib/xmsg.c's rings:
 * a push (another core's message) interrupts the loop only when the source
 * is closed; open, the loop must find it by looking.
 */
static int src_open, src_pending, src_ipis, src_taken, src_push_at_close;
static struct loop_event src_ev;

static void log_char(char c)
{
	evlog[evlen++] = c;
	evlog[evlen] = 0;
}

static void src_push(void)
{
	src_pending++;
	if (!src_open) {
		src_ipis++;
		fake_irq_at(fake_now, &src_ev); /* the IPI's handler posts the poll */
	}
}

static int src_watch(int open)
{
	if (!open && src_push_at_close) { /* a push just before the close */
		src_push_at_close = 0;
		src_push();
	}
	src_open = open;
	if (src_pending) {
		loop_event_post(&src_ev);
		return 1;
	}
	return 0;
}

/* a second source, never with work: counts how it is opened and closed */
static int src2_open, src2_closes, src2_opens;

static int src2_watch(int open)
{
	src2_open = open;
	if (open)
		src2_opens++;
	else
		src2_closes++;
	return 0;
}

static void src_cb(struct loop_event *ev)
{
	(void)ev;
	src_taken += src_pending;
	src_pending = 0;
	log_char('m');
}

static void push_once(void)
{
	fake_during_idle = 0;
	src_push();
}

static void push_timer_cb(struct loop_timer *t)
{
	(void)t;
	log_char('t');
	src_push(); /* while this core runs */
}

static void src_reset(void)
{
	fake_reset();
	evlen = 0;
	src_open = src_pending = src_ipis = src_taken = src_push_at_close = 0;
	fake_closed_at_halt = &src_open;
	loop_event_init(&src_ev, src_cb);
	loop_add_poll_watch(src_watch);
}

static void test_watch(void)
{
	struct test_group g;
	struct loop_timer a, b;
	group_begin(&g, "poll watch: open while the loop runs, closed before each halt and on the way out");

	/* a push while the loop runs a callback: no interrupt, taken next pass */
	src_reset();
	loop_timer_init(&a, push_timer_cb);
	loop_timer_start(&a, fake_now + 1000);
	loop_run();
	check(&g, src_taken == 1 && src_ipis == 0 && !strcmp(evlog, "tm"),
	      "taken %d, IPIs %d, log %s: want 1, 0, tm", src_taken, src_ipis, evlog);
	check(&g, fake_idles == 1 && !fake_hang, "%ld idles (hang %d), want 1: the halt until the timer", fake_idles, fake_hang);
	check(&g, !src_open && !fake_halted_open, "left open %d, halted open %d", src_open, fake_halted_open);

	/* a push while the loop halts: closed, so it interrupts, and is taken */
	src_reset();
	loop_timer_init(&a, push_timer_cb);
	loop_timer_start(&a, fake_now + 5000); /* keeps the loop alive meanwhile */
	fake_during_idle = push_once;
	loop_run();
	check(&g, src_ipis == 1 && src_taken == 2 && !fake_hang && !strcmp(evlog, "mtm") && !fake_halted_open,
	      "IPIs %d taken %d hang %d log %s halted open %d: want 1, 2, 0, mtm, 0", src_ipis, src_taken, fake_hang,
	      evlog, fake_halted_open);

	/* a push just before the close: the loop does not halt */
	src_reset();
	loop_timer_init(&a, push_timer_cb);
	loop_timer_init(&b, push_timer_cb);
	loop_timer_start(&a, fake_now + 1000);
	loop_timer_start(&b, fake_now + 2000);
	src_push_at_close = 1;
	loop_run();
	check(&g, src_taken == 3 && src_ipis == 0 && fake_idles == 2 && !strcmp(evlog, "mtmtm"),
	      "taken %d IPIs %d idles %ld log %s: want 3, 0, 2, mtmtm", src_taken, src_ipis, fake_idles, evlog);

	/* nothing else alive, a message found as the loop ends: it still runs */
	src_reset();
	src_push_at_close = 1;
	loop_run();
	check(&g, src_taken == 1 && !strcmp(evlog, "m") && !src_open, "taken %d log %s open %d: want 1, m, 0",
	      src_taken, evlog, src_open);
	loop_remove_poll_watch(src_watch);

	/* two sources (the NIC and the rings): each asked every time, and a
	 * second closed before a halt even when the first had work */
	src_reset();
	src2_open = src2_closes = src2_opens = 0;
	check(&g, loop_add_poll_watch(src2_watch) == 0 && loop_add_poll_watch(src2_watch) == 0,
	      "adding a source (twice)");
	loop_timer_init(&a, push_timer_cb);
	loop_timer_init(&b, push_timer_cb);
	loop_timer_start(&a, fake_now + 1000);
	loop_timer_start(&b, fake_now + 2000);
	src_push_at_close = 1;
	loop_run();
	check(&g, src_taken == 3 && !strcmp(evlog, "mtmtm") && !src_open && !src2_open,
	      "taken %d log %s open %d/%d: want 3, mtmtm, both closed", src_taken, evlog, src_open, src2_open);
	check(&g, src2_closes >= fake_idles + 1 && src2_opens > 0,
	      "the second source closed %d times, opened %d, for %ld halts", src2_closes, src2_opens, fake_idles);
	loop_remove_poll_watch(src_watch);
	loop_remove_poll_watch(src2_watch);
	for (int i = 0; i < LOOP_WATCH_MAX; i++)
		loop_add_poll_watch(i & 1 ? src_watch : src2_watch) ; /* two distinct: no room used twice */
	check(&g, S->nwatch == 2, "%d sources after adding two, twice each", S->nwatch);
	loop_remove_poll_watch(src_watch);
	loop_remove_poll_watch(src2_watch);
	check(&g, S->nwatch == 0, "%d sources left after removing both", S->nwatch);
	group_end(&g);
}

/* test_first_idle's hook: what the loop had done by then, and an event
 * posted as an interrupt taken during it would */
static int fi_runs, fi_fired_before, fi_if;
static long fi_idles_before;
static struct loop_timer *fi_timer;
static struct loop_event fi_ev;
static int fi_post;

static void fi_ev_cb(struct loop_event *ev)
{
	(void)ev;
	evlog[evlen++] = 'e';
	evlog[evlen] = 0;
}

static void fi_hook(void)
{
	fi_runs++;
	fi_fired_before = fi_timer ? !loop_timer_active(fi_timer) : -1;
	fi_idles_before = fake_idles;
	fi_if = fake_if;
	fake_now += 300; /* what it took */
	if (fi_post) {
		loop_event_init(&fi_ev, fi_ev_cb);
		loop_event_post(&fi_ev);
	}
}

static void fi_timer_cb(struct loop_timer *t)
{
	(void)t;
	log_char('t');
}

/* A fresh fake machine, the log empty, timer t due in `delay` ns (the one the
 * hook looks at if watched), the hook set; post: the hook's interrupts
 * post an event. */
static void fi_start(int post, struct loop_timer *t, uint64_t delay, int watched)
{
	fake_reset();
	evlen = 0;
	evlog[0] = 0;
	fi_runs = 0;
	fi_post = post;
	loop_timer_init(t, fi_timer_cb);
	loop_timer_start(t, fake_now + delay);
	fi_timer = watched ? t : 0;
	loop_set_first_idle(fi_hook);
}

static void test_first_idle(void)
{
	struct test_group g;
	struct loop_timer a, b;
	group_begin(&g, "first idle: the hook runs once, in place of the first halt");

	/* a timer ahead: the hook, then the halt until the timer */
	fi_start(0, &a, 1000, 1);
	loop_run();
	check(&g, fi_runs == 1 && fi_fired_before == 0 && fi_idles_before == 0,
	      "hook runs %d, timer fired before it %d, halts before it %ld: want 1, 0, 0", fi_runs, fi_fired_before,
	      fi_idles_before);
	check(&g, fi_if == 1, "the hook ran with interrupts off (the loop had them on)");
	check(&g, fake_idles == 1 && !strcmp(evlog, "t") && !fake_hang, "halts %ld log %s hang %d: want 1, t, 0",
	      fake_idles, evlog, fake_hang);
	check(&g, (S->progress & 1) == 0, "progress left odd");
	check(&g, S->idle_ns == 1000, "idle %llu ns, want 1000: the hook's 300 and the halt's 700", (unsigned long long)S->idle_ns);

	/* once only: a second wait halts without it */
	loop_timer_start(&a, fake_now + 1000);
	loop_run();
	check(&g, fi_runs == 1 && fake_idles == 2, "hook runs %d halts %ld: want 1, 2", fi_runs, fake_idles);

	/* work the hook's interrupts posted runs before any halt */
	fi_start(1, &a, 1000, 1);
	loop_run();
	check(&g, fi_runs == 1 && !strcmp(evlog, "et") && fake_idles == 1, "runs %d log %s halts %ld: want 1, et, 1",
	      fi_runs, evlog, fake_idles);

	/* a loop that never halts never runs it (and keeps it for later) */
	fi_start(0, &b, 0, 0); /* due at once */
	loop_run();
	check(&g, fi_runs == 0 && fake_idles == 0 && !strcmp(evlog, "t"), "runs %d halts %ld log %s: want 0, 0, t",
	      fi_runs, fake_idles, evlog);
	check(&g, S->first_idle == fi_hook, "the hook was dropped without running");

	/* needed before any idle: run now, counted as idle, and not again */
	fi_runs = 0;
	S->idle_ns = 0;
	loop_first_idle_now();
	check(&g, fi_runs == 1 && S->first_idle == 0 && (S->progress & 1) == 0 && S->idle_ns == 300,
	      "now: runs %d, hook left %d, progress odd %d, idle %llu ns: want 1, 0, 0, 300", fi_runs,
	      S->first_idle != 0, (int)(S->progress & 1), (unsigned long long)S->idle_ns);
	loop_first_idle_now();
	loop_timer_start(&b, fake_now + 1000);
	loop_run();
	check(&g, fi_runs == 1 && fake_idles == 1, "runs %d halts %ld after it ran early: want 1, 1", fi_runs, fake_idles);
	loop_set_first_idle(0);
	group_end(&g);
}

int main(void)
{
	test_plan(9);
	tts = calloc(NT, sizeof *tts);
	order = calloc(NT, sizeof *order);
	test_random_50k();
	test_stop_from_callbacks();
	test_ties();
	test_refs();
	test_events();
	test_arming();
	test_check();
	test_watch();
	test_first_idle();
	fake_reset();
	return test_summary();
}
