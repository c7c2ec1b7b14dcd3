/*
 * The event loop: see loop.h for the contract.
 *
 * Timers live in a binary min-heap of pointers (an array that doubles and
 * halves), each timer remembering its slot, so stopping or moving any timer
 * is O(log n) with no search. Ties break on a start sequence number, which
 * gives Node's insertion order for equal deadlines and makes the order
 * total, so the heap never has to compare equal keys.
 *
 * Posted events form a FIFO list that interrupt handlers append to. On one
 * core, "lock-free" needs no atomics: each list change is a few stores done
 * with interrupts off (pushf/cli/popf never trap, unlike port or MSR
 * accesses), and handlers already run with interrupts off.
 *
 * The idle step is the classic race: the check for work and the halt must
 * be atomic with respect to interrupts, or a handler posting between them
 * would leave the core halted with work pending. So the check runs with
 * interrupts off and arch_idle() is "sti; hlt", where the sti shadow
 * keeps any interrupt from arriving before hlt.
 */
/*
 * loop_event_post runs in interrupt handlers, which must not touch vector
 * registers (nobody saves them), and GCC's -O2 happily merges neighbouring
 * stores into SSE ones. lib/ is built with SSE allowed, so this file opts
 * out as a whole: attributing one function would not do, as GCC refuses to
 * inline arch.h's helpers into it across the target mismatch.
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#pragma GCC target("general-regs-only")
#endif
#include "loop.h"
#include "panic.h"
#include "task.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define HEAP_MIN 64

/*
 * One loop per core (DESIGN.md "Execution model"): everything the loop
 * keeps lives in a struct loop_core reached through the per-CPU area
 * (arch.h struct cpu, field loop), so two cores running their loops never
 * share a word. The boot core's is static (loop_boot); an AP that runs a
 * loop sets its own with loop_core_attach before the first loop call.
 * Interrupt handlers post to the loop of the core they interrupt.
 */
struct loop_core {
	struct loop_timer **heap;
	uint32_t heap_n, heap_cap;
	uint32_t ref_timers;
	uint64_t timer_seq;
	int32_t refs;

	struct loop_event *ev_head, *ev_tail;
	uint32_t ev_queued;
	uint64_t ev_seq;

	uint64_t now_ns;
	void (*after_cb)(void);
	/* loop_progress: +2 after each callback, odd while halted. */
	volatile uint64_t progress;
	void (*check_run)(void);
	int (*check_pending)(void);
	int (*poll_watch[LOOP_WATCH_MAX])(int open);
	int nwatch;
	void (*first_idle)(void);
	int stop_flag;
	uint64_t passes, idles, idle_ns;
};

static struct loop_core loop_boot;

#ifdef UNIJS_ONE_CORE
/* the host's fake arch/ (tests/unit/test_loop.c, tests/host/loop_host.c) */
#define S (&loop_boot)
#define EV_LOOP(ev) S
#define this_cpu_tasks() 0
#else
static __attribute__((noinline)) struct loop_core *loop_self(void)
{
	struct loop_core *l = this_cpu()->loop;
	return l ? l : &loop_boot;
}
#define S (loop_self())
#define EV_LOOP(ev) ((ev)->loop ? (struct loop_core *)(ev)->loop : S)

static int this_cpu_tasks(void) { return this_cpu()->tasks != 0; }

/* lib/task.c: whether loop l (NULL: the boot core's) has an event queued
 * or a timer due at now, and its earliest deadline (0: none). */
int loop_core_ready(void *l, uint64_t now)
{
	struct loop_core *L = l ? l : &loop_boot;
	return L->ev_queued || (L->heap_n && L->heap[0]->deadline <= now);
}

uint64_t loop_core_deadline(void *l)
{
	struct loop_core *L = l ? l : &loop_boot;
	return L->heap_n ? L->heap[0]->deadline : 0;
}

size_t loop_core_size(void) { return sizeof(struct loop_core); }

void loop_core_attach(void *mem)
{
	struct loop_core *l = mem;
	memset(l, 0, sizeof *l);
	this_cpu()->loop = l;
}

void loop_core_detach(void)
{
	struct loop_core *l = this_cpu()->loop;
	if (l) {
		free(l->heap);
		l->heap = 0;
	}
	this_cpu()->loop = 0;
}
#endif

/* ---- timer heap */

static int before(const struct loop_timer *a, const struct loop_timer *b)
{
	return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static void place(struct loop_timer *t, uint32_t i)
{
	S->heap[i] = t;
	t->pos = i + 1;
}

static void sift_up(uint32_t i)
{
	struct loop_core *L = S;
	struct loop_timer *t = L->heap[i];
	while (i > 0) {
		uint32_t parent = (i - 1) / 2;
		if (!before(t, L->heap[parent]))
			break;
		place(L->heap[parent], i);
		i = parent;
	}
	place(t, i);
}

static void sift_down(uint32_t i)
{
	struct loop_core *L = S;
	struct loop_timer *t = L->heap[i];
	for (;;) {
		uint32_t c = 2 * i + 1;
		if (c >= L->heap_n)
			break;
		if (c + 1 < L->heap_n && before(L->heap[c + 1], L->heap[c]))
			c++;
		if (!before(L->heap[c], t))
			break;
		place(L->heap[c], i);
		i = c;
	}
	place(t, i);
}

static int heap_resize(uint32_t cap)
{
	struct loop_core *L = S;
	struct loop_timer **h = realloc(L->heap, (size_t)cap * sizeof *h);
	if (!h)
		return -ENOMEM;
	L->heap = h;
	L->heap_cap = cap;
	return 0;
}

static void heap_remove(struct loop_timer *t)
{
	struct loop_core *L = S;
	uint32_t i = t->pos - 1;
	struct loop_timer *last = L->heap[--L->heap_n];
	t->pos = 0;
	if (i != L->heap_n) {
		place(last, i);
		if (i > 0 && before(last, L->heap[(i - 1) / 2]))
			sift_up(i);
		else
			sift_down(i);
	}
	/* Give memory back after a burst, with slack so start/stop at the
	 * boundary does not reallocate each time. Failing to shrink is harmless. */
	if (L->heap_cap > HEAP_MIN && L->heap_n < L->heap_cap / 4)
		heap_resize(L->heap_cap / 2);
}

void loop_timer_init(struct loop_timer *t, void (*cb)(struct loop_timer *t))
{
	t->deadline = 0;
	t->seq = 0;
	t->cb = cb;
	t->pos = 0;
	t->unref = 0;
}

int loop_timer_start(struct loop_timer *t, uint64_t deadline_ns)
{
	struct loop_core *L = S;
	uint64_t old = t->deadline;
	t->deadline = deadline_ns;
	t->seq = L->timer_seq++;
	if (t->pos) {
		/* moved in place: no allocation, cannot fail */
		uint32_t i = t->pos - 1;
		if (deadline_ns < old)
			sift_up(i);
		else
			sift_down(i); /* later deadline or same one with a later seq */
		return 0;
	}
	if (L->heap_n == L->heap_cap && heap_resize(L->heap_cap ? L->heap_cap * 2 : HEAP_MIN) < 0)
		return -ENOMEM;
	L->heap[L->heap_n] = t;
	sift_up(L->heap_n++);
	if (!t->unref)
		L->ref_timers++;
	return 0;
}

void loop_timer_stop(struct loop_timer *t)
{
	if (!t->pos)
		return;
	if (!t->unref)
		S->ref_timers--;
	heap_remove(t);
}

void loop_timer_ref(struct loop_timer *t)
{
	if (t->unref && t->pos)
		S->ref_timers++;
	t->unref = 0;
}

void loop_timer_unref(struct loop_timer *t)
{
	if (!t->unref && t->pos)
		S->ref_timers--;
	t->unref = 1;
}

uint64_t loop_now_ns(void) { return S->now_ns; }
void loop_update_time(void) { S->now_ns = clock_monotonic_ns(); }

/* ---- events */

void loop_event_init(struct loop_event *ev, void (*cb)(struct loop_event *ev))
{
	ev->next = 0;
	ev->seq = 0;
	ev->cb = cb;
	ev->queued = 0;
	ev->loop = S;
}

/* From interrupt handlers: see the pragma at the top. */
void loop_event_post(struct loop_event *ev)
{
	struct loop_core *L = EV_LOOP(ev);
	uint64_t f = irq_save();
	if (!ev->queued) {
		ev->queued = 1;
		ev->next = 0;
		ev->seq = L->ev_seq++;
		if (L->ev_tail)
			L->ev_tail->next = ev;
		else
			L->ev_head = ev;
		L->ev_tail = ev;
		L->ev_queued++;
	}
	irq_restore(f);
}

void loop_event_cancel(struct loop_event *ev)
{
	struct loop_core *L = EV_LOOP(ev);
	uint64_t f = irq_save();
	if (ev->queued) {
		struct loop_event **pp = &L->ev_head, *prev = 0;
		while (*pp && *pp != ev) {
			prev = *pp;
			pp = &(*pp)->next;
		}
		if (*pp) {
			*pp = ev->next;
			if (L->ev_tail == ev)
				L->ev_tail = prev;
			L->ev_queued--;
		}
		ev->queued = 0;
		ev->next = 0;
	}
	irq_restore(f);
}

/* The oldest event posted before seq limit, unqueued; NULL if none. */
static struct loop_event *event_take(uint64_t limit)
{
	struct loop_core *L = S;
	uint64_t f = irq_save();
	struct loop_event *ev = L->ev_head;
	if (ev && ev->seq < limit) {
		L->ev_head = ev->next;
		if (!L->ev_head)
			L->ev_tail = 0;
		ev->next = 0;
		ev->queued = 0; /* from here a post queues another run */
		L->ev_queued--;
	} else {
		ev = 0;
	}
	irq_restore(f);
	return ev;
}

/* ---- lifetime and running */

void loop_ref(void) { S->refs++; }

void loop_unref(void)
{
	struct loop_core *L = S;
	if (L->refs <= 0)
		panic("loop_unref: no reference left to drop (a handle closed twice?)");
	L->refs--;
}

void loop_set_after_callback(void (*fn)(void)) { S->after_cb = fn; }
int loop_add_poll_watch(int (*watch)(int open))
{
	struct loop_core *L = S;
	int i;

	for (i = 0; i < L->nwatch; i++)
		if (L->poll_watch[i] == watch)
			return 0;
	if (L->nwatch == LOOP_WATCH_MAX)
		return -ENOSPC;
	L->poll_watch[L->nwatch++] = watch;
	return 0;
}

void loop_remove_poll_watch(int (*watch)(int open))
{
	struct loop_core *L = S;
	int i;

	for (i = 0; i < L->nwatch; i++)
		if (L->poll_watch[i] == watch) {
			L->poll_watch[i] = L->poll_watch[--L->nwatch];
			return;
		}
}

/* Every watched source opened or closed; whether any has work (each
 * posted its own event). All are asked: closing one must not be skipped
 * because another had work. */
static int watch_all(struct loop_core *L, int open)
{
	int i, work = 0;

	for (i = 0; i < L->nwatch; i++)
		work |= L->poll_watch[i](open);
	return work;
}
void loop_set_first_idle(void (*fn)(void)) { S->first_idle = fn; }

void loop_first_idle_now(void)
{
	struct loop_core *L = S;
	void (*fn)(void) = L->first_idle;
	uint64_t t;

	if (!fn)
		return;
	L->first_idle = 0;
	L->progress++;
	t = clock_monotonic_ns();
	fn();
	L->idle_ns += clock_monotonic_ns() - t;
	L->progress++;
}

void loop_set_check(void (*run)(void), int (*pending)(void))
{
	struct loop_core *L = S;
	L->check_run = run;
	L->check_pending = pending;
}

static int check_work(void) { return S->check_pending && S->check_pending() > 0; }

int loop_alive(void) { return S->refs > 0 || S->ref_timers > 0 || S->ev_queued > 0 || check_work(); }

void loop_stop(void) { S->stop_flag = 1; }

static void run_timers(void)
{
	struct loop_core *L = S;
	uint64_t limit = L->timer_seq;
	while (L->heap_n && !L->stop_flag) {
		struct loop_timer *t = L->heap[0];
		if (t->deadline > L->now_ns || t->seq >= limit)
			break;
		loop_timer_stop(t);
		t->cb(t);
		if (L->after_cb)
			L->after_cb();
		L->progress += 2;
	}
}

static void run_events(void)
{
	struct loop_core *L = S;
	uint64_t limit = L->ev_seq; /* read once: a handler may post meanwhile */
	struct loop_event *ev;
	while (!L->stop_flag && (ev = event_take(limit))) {
		ev->cb(ev);
		if (L->after_cb)
			L->after_cb();
		L->progress += 2;
	}
}

/*
 * Halts until an interrupt if nothing is ready, with the hardware timer
 * armed for the earliest deadline. Returns at once if work is ready.
 */
/*
 * Before halting, look for work for a short while with interrupts on, where
 * the platform says a halt is dear (arch_idle_poll_ns: on our machines'
 * PVM a wake-up from hlt costs 50-200 us, several times the work of a
 * small request, and a busy server usually has its next packet within
 * that window). An idle image spins once per wake-up, so its CPU use stays
 * negligible. The watched source is open throughout (idle() opens it).
 */
static int poll_for_work(void)
{
	struct loop_core *L = S;
	uint64_t window = arch_idle_poll_ns(), until;

	if (!window)
		return 0;
	until = clock_monotonic_ns() + window;

	if (L->heap_n && L->heap[0]->deadline < until)
		until = L->heap[0]->deadline;
	while (!L->ev_queued && clock_monotonic_ns() < until) {
		if (L->nwatch && watch_all(L, 1))
			break;
		cpu_relax();
	}
	return L->ev_queued != 0;
}

/*
 * The watched sources (loop_add_poll_watch) are open while the loop runs,
 * not only in the window: a busy core is looked at once a pass here, so a
 * sender need not interrupt it; the source closes just before the halt
 * (its own last look, with interrupts off) and opens again after it.
 */
static void idle(void)
{
	struct loop_core *L = S;
	uint64_t f;

	if (L->nwatch && watch_all(L, 1))
		return;
	/* with other tasks on this core, their work is what the core looks
	 * for before halting (task_idle) */
	if (!this_cpu_tasks() && loop_alive() && poll_for_work())
		return;
	f = irq_save();
	L->now_ns = clock_monotonic_ns();
	if (L->ev_queued || !loop_alive() || check_work() || (L->heap_n && L->heap[0]->deadline <= L->now_ns)) {
		irq_restore(f);
		return;
	}
	/* The first time there is nothing to do: the hook instead of the halt,
	 * once. Counted as halted (odd progress for the watchdog, its time as
	 * idle time): what it does is the machine's, not a callback's.
	 * Interrupts it took may have posted work, so the pass looks again
	 * rather than halting. */
	if (L->first_idle) {
		irq_restore(f);
		loop_first_idle_now();
		L->now_ns = clock_monotonic_ns();
		return;
	}
	/* from here on the source interrupts for anything new */
	if (L->nwatch && watch_all(L, 0)) {
		irq_restore(f);
		return;
	}
	L->idles++;
	L->progress++;
#ifndef UNIJS_ONE_CORE
	if (this_cpu()->tasks) {
		task_idle(); /* other tasks run meanwhile; it arms the timer for all */
	} else
#endif
	{
		/* Armed with interrupts off, so a timer that fired earlier cannot
		 * have left the hardware disarmed behind our back before the halt. */
		if (L->heap_n)
			arch_timer_set(L->heap[0]->deadline);
		else
			arch_timer_cancel();
		arch_idle();
	}
	L->progress++;
	f = L->now_ns;
	L->now_ns = clock_monotonic_ns();
	L->idle_ns += L->now_ns - f;
	if (L->nwatch)
		watch_all(L, 1); /* running again: what they find is posted for this pass */
}

int loop_run(void)
{
	struct loop_core *L = S;
	L->stop_flag = 0;
	L->now_ns = clock_monotonic_ns();
	for (;;) {
		while (!L->stop_flag && loop_alive()) {
			L->passes++;
			run_timers();
			run_events();
			if (L->check_run && !L->stop_flag) {
				L->check_run();
				if (L->after_cb)
					L->after_cb();
				L->progress += 2;
			}
#ifndef UNIJS_ONE_CORE
			if (this_cpu()->tasks && !L->stop_flag)
				task_pass();
#endif
			if (!L->stop_flag)
				idle();
		}
		/* the watched source closes on the way out; work it had after
		 * all (its event posted) keeps this loop going */
		if (!L->nwatch || !watch_all(L, 0) || L->stop_flag)
			break;
	}
	if (!this_cpu_tasks())
		arch_timer_cancel(); /* with other tasks, the next to halt arms it for all */
	return L->stop_flag && loop_alive();
}

const volatile uint64_t *loop_progress(void) { return &S->progress; }

void loop_get_stats(struct loop_stats *st)
{
	struct loop_core *L = S;
	st->timers = L->heap_n;
	st->ref_timers = L->ref_timers;
	st->refs = (uint32_t)L->refs;
	st->queued = L->ev_queued;
	st->passes = L->passes;
	st->idles = L->idles;
	st->idle_ns = L->idle_ns;
}
