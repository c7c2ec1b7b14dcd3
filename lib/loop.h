/*
 * loop.h: the event loop of this core (DESIGN.md, "Execution model").
 *
 * JavaScript runs only from callbacks of this loop and is never preempted
 * by it (a core that time-shares isolates, lib/task.h, may run another
 * isolate between two instructions of a spawned one: nothing of this
 * loop's runs meanwhile).
 * Work reaches the loop in two ways:
 *   - timers (struct loop_timer): a deadline in clock_monotonic_ns() terms,
 *     kept in a binary min-heap ordered by (deadline, start order);
 *   - events (struct loop_event): posted, typically by an interrupt handler
 *     that has acknowledged its device, and run by the loop in post order.
 * Both structures are embedded in their owner's object: the loop allocates
 * nothing per timer or event (only the heap's array of pointers grows).
 *
 * One pass of loop_run():
 *   1. timers whose deadline has passed (at the pass's cached time, see
 *      loop_now_ns), in deadline order, equal deadlines in start order
 *      (Node's order); a timer started during the pass waits for the next
 *      one even if already due, so a 0 ms timer re-arming itself cannot
 *      starve events;
 *   2. events posted before the pass began, in post order; events posted
 *      meanwhile run in the next pass;
 *   3. the check phase (Node's setImmediate), if one is set: its run
 *      function once; what it queues meanwhile is its own business (the JS
 *      runtime leaves immediates queued during the phase to the next pass);
 *   4. if nothing is ready (no event queued, no due timer, no pending
 *      check work): arm the hardware timer for the earliest deadline
 *      (ref'd or not) and halt until an interrupt.
 * After every timer or event callback, and after the check phase, the
 * after-callback hook runs (the JS runtime drains process.nextTick and the
 * microtask queue there).
 *
 * Lifetime (Node's and libuv's rule): the loop is alive while any of these
 * holds: loop_ref() count above 0 (open handles: listening sockets, stdin
 * while read), an active timer that is ref'd (the default), a posted event
 * not yet run, check work pending (the check's pending() above 0: ref'd
 * immediates). loop_run() returns when none holds. Unref'd timers still fire
 * while something else keeps the loop alive.
 *
 * Contexts: everything here is for loop context (boot code, callbacks)
 * on the loop's core, except loop_event_post(), which interrupt handlers of
 * this core call. An event belongs to the loop that was this core's when
 * loop_event_init ran: it is posted there whichever loop runs (a core
 * that time-shares isolates, lib/task.h, has one loop per isolate). Callbacks may start and stop any timer (their own
 * included), post and cancel events, and call loop_ref/loop_unref. Other
 * cores do not post here: they send an IPI whose handler does.
 */
#ifndef UNIJS_LOOP_H
#define UNIJS_LOOP_H

#include <stdint.h>

struct loop_timer {
	uint64_t deadline; /* clock_monotonic_ns() time; read-only to owners */
	uint64_t seq;      /* start order, for ties */
	void (*cb)(struct loop_timer *t);
	uint32_t pos;      /* heap slot + 1; 0 when stopped */
	uint8_t unref;     /* does not keep the loop alive */
};

struct loop_event {
	struct loop_event *next;
	uint64_t seq;          /* post order, to bound a pass */
	void (*cb)(struct loop_event *ev);
	volatile int queued;   /* posted, its callback not yet started */
	void *loop;            /* the loop it was made on (loop_event_init), which it posts to */
};

/* ---- timers */

/* Set up t (stopped, ref'd) with its callback; call once before other use. */
void loop_timer_init(struct loop_timer *t, void (*cb)(struct loop_timer *t));

/*
 * (Re)starts t to fire at deadline_ns. A running timer is moved: it fires
 * once, at the new deadline, after the timers already due then (Node's
 * timeout.refresh()). The callback runs on the loop with t already stopped,
 * so it may restart t (intervals). 0, or -ENOMEM when the heap cannot grow
 * (t is then left stopped). O(log n).
 */
int loop_timer_start(struct loop_timer *t, uint64_t deadline_ns);

/* Stops t if running; its callback will not run. O(log n). */
void loop_timer_stop(struct loop_timer *t);

static inline int loop_timer_active(const struct loop_timer *t) { return t->pos != 0; }

/* Whether t keeps the loop alive while it runs (default: it does). */
void loop_timer_ref(struct loop_timer *t);
void loop_timer_unref(struct loop_timer *t);
static inline int loop_timer_has_ref(const struct loop_timer *t) { return !t->unref; }

/*
 * The time of the current pass (clock_monotonic_ns when it began).
 * Deadlines computed as loop_now_ns() + delay make timers started with the
 * same delay in one callback tie, so they fire in start order, as Node's
 * do. loop_update_time() re-reads the clock (e.g. after a long callback).
 */
uint64_t loop_now_ns(void);
void loop_update_time(void);

/* ---- events */

void loop_event_init(struct loop_event *ev, void (*cb)(struct loop_event *ev));

/*
 * Marks ev ready: its callback runs once on the loop, however many times
 * it is posted before the callback starts; posting during the callback
 * queues one more run. Interrupt-safe and lock-free (a few pointer writes
 * with interrupts off), allocates nothing, no FPU: the one call for
 * interrupt handlers. ev must stay alive while queued.
 */
void loop_event_post(struct loop_event *ev);

/* Unqueues ev if posted (its callback will not run). Loop context. O(queued). */
void loop_event_cancel(struct loop_event *ev);

static inline int loop_event_queued(const struct loop_event *ev) { return ev->queued; }

/* ---- lifetime and running */

/* An open handle keeps the loop alive until its owner calls loop_unref. */
void loop_ref(void);
void loop_unref(void); /* panics below zero: a handle closed twice */

/* Runs after each timer and event callback (NULL: none). */
void loop_set_after_callback(void (*fn)(void));

/*
 * A source of work that can be looked at by the loop instead of
 * interrupting it (lib/xmsg.c's cross-core rings, the NIC's receive
 * ring): watch(1) says the loop is running and will look again (the
 * source may then stop sending interrupts), and is asked once every pass,
 * again and again while the loop looks for work before halting
 * (arch_idle_poll_ns: under PVM), and once after each halt; watch(0)
 * comes just before a halt, with interrupts off, after which the source
 * must interrupt again for anything new. Each returns whether the source
 * has work; if so, it has posted its event (and the loop does not halt).
 * Every source is asked each time, in no set order. Under PVM an IPI or
 * a device interrupt costs exits: a busy core, or one in its window,
 * takes another core's message or a received frame without one.
 * loop_add_poll_watch: 0, or -ENOSPC past LOOP_WATCH_MAX sources on this
 * loop (adding one already there does nothing).
 */
#define LOOP_WATCH_MAX 4
int loop_add_poll_watch(int (*watch)(int open));
void loop_remove_poll_watch(int (*watch)(int open));

/*
 * fn runs once, on this core, the first time the loop would halt (nothing
 * ready, the loop alive, step 4 above), in place of that halt, with
 * interrupts as the loop had them; the loop then looks for work again
 * before halting. For work that is the machine's rather than the app's and
 * can wait until the app has nothing to do: the boot core's loop starts
 * the other cores there (js/runtime.c, drivers/board.h). The watchdog
 * counts the loop as halted meanwhile (loop_progress odd), and its time as
 * idle time (loop_stats idle_ns). NULL: none (the
 * default); a loop that never halts never runs it.
 */
void loop_set_first_idle(void (*fn)(void));
/* The same work needed before the loop idled: runs the hook now, once,
 * with the same accounting, if it has not run (loop context, this core,
 * a callback included); nothing otherwise. */
void loop_first_idle_now(void);

/*
 * The check phase: run() once per pass after the events; pending() says how
 * much check work keeps the loop alive and awake (ref'd immediates; unref'd
 * ones wait for whatever wakes the loop next, as in libuv, where only ref'd
 * immediates start the idle handle that keeps poll from blocking). Either
 * may be NULL (no check phase). run() may start timers, post events and call
 * loop_stop(); it is not called once loop_stop() was. pending() is also
 * called with interrupts off just before halting: it must only read state.
 */
void loop_set_check(void (*run)(void), int (*pending)(void));

/* Whether loop_run would go on: refs, ref'd active timers, queued events,
 * pending check work. */
int loop_alive(void);

/*
 * Runs until the loop is no longer alive (returns 0) or loop_stop() is
 * called from a callback (returns 1 if the loop was still alive). Expects
 * interrupts enabled, or enables them when it first idles.
 */
int loop_run(void);
void loop_stop(void);

/*
 * A count for the watchdog (arch_watchdog_start, docs/watchdog.md), read
 * from an interrupt handler: raised by 2 after each callback (and check
 * phase) ends, odd while the loop halts. Unchanged and even for a while:
 * one callback has been running all that time.
 */
const volatile uint64_t *loop_progress(void);

/* Diagnostics and tests: active timers, ref'd among them, refs, queued
 * events; passes, halts, and the clock_monotonic_ns() time spent halted
 * (the rest is the core's busy time: process.cpuUsage(); under QEMU's
 * -icount shift=0 one busy ns is one guest instruction). */
struct loop_stats {
	uint32_t timers, ref_timers, refs, queued;
	uint64_t passes, idles, idle_ns;
};
void loop_get_stats(struct loop_stats *st);

/*
 * One loop per core, or per task of a core (lib/task.h). The boot core's exists from the start; an AP that
 * is to run one (a worker's isolate) gives loop_core_size() bytes to
 * loop_core_attach, on itself, before any other loop call, and
 * loop_core_detach once its loop_run has returned (frees the timer heap's
 * array; the memory given stays the caller's). Kernel only (the host's
 * fake arch/ has one core).
 */
#include <stddef.h>
size_t loop_core_size(void);
void loop_core_attach(void *mem);
void loop_core_detach(void);
/* For lib/task.c, any task of this core: whether loop l (a struct cpu
 * loop value: NULL is the boot core's) has an event queued or a timer due
 * at now, and its earliest deadline (0: none). */
int loop_core_ready(void *l, uint64_t now);
uint64_t loop_core_deadline(void *l);

#endif
