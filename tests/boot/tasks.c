/*
 * A test image without JavaScript for several loops time-shared on one
 * core (lib/task.h). Its own kernel_main brings the machine up (board_init)
 * and, on core 0, with the boot code as task 0:
 *
 *   1. two loops take turns: task 1 gets a heap of its own (cut from core
 *      0's) and a loop of its own, and runs timers at 1..20 ms; once its
 *      first has fired it tells task 0 (an event), whose loop then runs
 *      timers at 1..20 ms too, so a task 0 timer fires after a task 1
 *      timer however slowly the machine runs (task 0's used to start at
 *      once: on a loaded TCG host all ten could fire before task 1 ran
 *      at all, and "did not take turns" failed for want of speed); each
 *      side records the order of its own firings and the other's turns.
 *      Each must fire all of
 *      its own, in deadline order, and both loops must end. Each task's
 *      malloc must come from its own heap, its errno must be its own
 *      across a switch, and an event posted from task 1 to an event made
 *      on task 0's loop must run in task 0's loop (posting follows the
 *      event, not the running task);
 *   2. a task that never returns to its loop (task 2 first spins three
 *      slices before it gives its interrupt flag, as a worker building
 *      its isolate does, so the timer asks it to yield before it can be
 *      told; then it spins looking at the flag as the interpreter does,
 *      and calls task_preempt_point when it is set) must not stop task 0's
 *      timers: task 0 runs 10 timers 5 ms apart, then tells task 2 to
 *      stop; it must have been preempted at least once, and task 0's
 *      loop ends;
 *   3. with "stack", task 1 recurses until it overflows its stack: the
 *      report must name its own guard page ("main task 1").
 *
 * Prints what it found and exits 0 when all holds, 1 otherwise; nothing
 * depends on how fast it ran (a task that never yields hangs the image,
 * which the test's boot guard turns into a failure). Built by
 * tests/boot/tasks.mk as build/test/tasks.elf; run by tests/boot/smp.sh.
 */
#include "../../arch/x86_64/arch.h"
#include "../../drivers/board.h"
#include "../../drivers/power.h"
#include "../../lib/alloc.h"
#include "../../lib/cmdline.h"
#include "../../lib/loop.h"
#include "../../lib/task.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NT 20

static struct cmdline cmdline;
static int errors;

static void fail(const char *what)
{
	printf("tasks: FAIL %s\n", what);
	errors++;
}

/* ---- part 1 */
struct side {
	struct loop_timer t[NT];
	int order[NT], n;
	unsigned other_turns; /* firings of the other side seen between ours */
};
static struct side side0, side1;
static volatile unsigned fired0, fired1;
static void *heap1_mem;
static size_t heap1_size = 4u << 20;
static struct loop_event ev0;  /* made on task 0's loop */
static struct loop_event ev_start; /* task 0's too: task 1's first timer fired */
static int ev0_ran_in;         /* task id it ran in, +1 */
static int mixed;
/* made on task 0's loop, posted by a task as its last act: task 0's loop
 * stays alive (loop_ref) until the task ends */
static struct loop_event done_ev;

static void on_done(struct loop_event *ev)
{
	(void)ev;
	loop_unref();
}

static void on_t0(struct loop_timer *t)
{
	struct side *s = &side0;
	s->order[s->n++] = (int)(t - s->t);
	fired0++;
	if (fired1)
		mixed = 1;
	if (task_id() != 0)
		fail("a task 0 timer ran in another task");
}

static void on_t1(struct loop_timer *t)
{
	struct side *s = &side1;
	s->order[s->n++] = (int)(t - s->t);
	fired1++;
	if (task_id() != 1)
		fail("a task 1 timer ran in another task");
	if (s->n == 1)
		loop_event_post(&ev_start); /* task 0's timers start now */
	if (s->n == NT / 2)
		loop_event_post(&ev0); /* task 0's event, from task 1 */
}

static void on_start(struct loop_event *ev);

static void on_ev0(struct loop_event *ev)
{
	(void)ev;
	ev0_ran_in = (int)task_id() + 1;
}

static void start_timers(struct side *s, void (*cb)(struct loop_timer *))
{
	uint64_t now = clock_monotonic_ns();
	/* started in reverse, so that deadline order is not start order */
	for (int i = NT - 1; i >= 0; i--) {
		loop_timer_init(&s->t[i], cb);
		loop_timer_start(&s->t[i], now + (uint64_t)(i + 1) * 1000000u);
	}
}

static void on_start(struct loop_event *ev)
{
	(void)ev;
	start_timers(&side0, on_t0);
}

static void check_order(struct side *s, const char *who)
{
	char what[64];
	if (s->n != NT) {
		snprintf(what, sizeof what, "%s: %d of %d timers fired", who, s->n, NT);
		fail(what);
		return;
	}
	for (int i = 0; i < NT; i++)
		if (s->order[i] != i) {
			snprintf(what, sizeof what, "%s: timer %d fired %dth", who, s->order[i], i);
			fail(what);
			return;
		}
}

static void task1(void *arg)
{
	struct alloc_heap *h = arg;
	void *p;

	alloc_core_use(h);
	loop_core_attach(malloc(loop_core_size()));
	p = malloc(100);
	if (!p || (char *)p < (char *)heap1_mem || (char *)p >= (char *)heap1_mem + heap1_size)
		fail("task 1's malloc is not from its heap");
	free(p);
	errno = 5;
	start_timers(&side1, on_t1);
	loop_run();
	if (errno != 5)
		fail("task 1's errno changed across switches");
	loop_core_detach();
	alloc_core_use(0);
	printf("tasks: task 1 ended, %u timers fired\n", fired1);
	loop_event_post(&done_ev);
}

/* ---- part 2 */
static volatile int spin_stop, spin_flag;
static unsigned ticks0;
static struct loop_timer tick;

static void task2(void *arg)
{
	unsigned long polls = 0;
	uint64_t busy = clock_monotonic_ns() + 3 * TASK_SLICE_NS;
	(void)arg;
	/* three slices with no flag yet, as a worker building its isolate:
	 * task 0's timer is due meanwhile, so the timer asks this task to
	 * yield before it can be told (the flag it gives next must be set at
	 * once) */
	while (clock_monotonic_ns() < busy)
		cpu_relax();
	task_set_preempt_flag(&spin_flag);
	while (!spin_stop) {
		if (spin_flag) { /* what the interpreter does between instructions */
			spin_flag = 0;
			task_preempt_point();
		}
		polls++;
		cpu_relax();
	}
	printf("tasks: task 2 stopped spinning\n");
	loop_event_post(&done_ev);
}

static void on_tick(struct loop_timer *t)
{
	if (++ticks0 < 10)
		loop_timer_start(t, clock_monotonic_ns() + 5000000u);
	else
		spin_stop = 1;
}

/* ---- part 3 */
static volatile int sink;

static int __attribute__((noinline)) deep(int n)
{
	volatile char pad[512];
	pad[0] = (char)n;
	if (sink == -1) /* never: but the compiler cannot know */
		return n;
	return deep(n + 1) + pad[0];
}

static void task_deep(void *arg)
{
	(void)arg;
	printf("tasks: %d\n", deep(0));
}

void kernel_main(struct boot_info *bi)
{
	struct alloc_heap *h;
	struct task_stats st;
	int r;

	board_init(bi, &cmdline);
	board_cores_ready();
	if (cmdline.argc > 0 && !strcmp(cmdline.argv[0], "stack")) {
		if (task_spawn(task_deep, 0) != 1)
			fail("spawn");
		loop_ref(); /* the fault report ends the machine */
		loop_run();
	}

	/* part 1 */
	heap1_mem = malloc(heap1_size);
	h = heap1_mem ? alloc_heap_create(heap1_mem, heap1_size) : 0;
	if (!h || alloc_core_register(h) < 0) {
		printf("tasks: no heap for task 1\n");
		power_exit(1);
	}
	loop_event_init(&ev0, on_ev0);
	r = task_spawn(task1, h);
	if (r != 1) {
		printf("tasks: task_spawn gave %d\n", r);
		power_exit(1);
	}
	loop_event_init(&done_ev, on_done);
	loop_event_init(&ev_start, on_start);
	errno = 7;
	loop_ref();
	loop_run();
	if (errno != 7)
		fail("task 0's errno changed across switches");
	check_order(&side0, "task 0");
	check_order(&side1, "task 1");
	if (ev0_ran_in != 1)
		fail(ev0_ran_in ? "task 0's event ran in task 1's loop" : "task 0's event never ran");
	if (!mixed)
		fail("the two loops did not take turns");
	if (!errors)
		printf("tasks: two loops took turns on one core: %d timers each, in order, each in its own task\n", NT);

	/* part 2 */
	r = task_spawn(task2, 0);
	if (r < 1) {
		printf("tasks: task_spawn gave %d\n", r);
		power_exit(1);
	}
	loop_timer_init(&tick, on_tick);
	loop_timer_start(&tick, clock_monotonic_ns() + 5000000u);
	loop_ref();
	loop_run();
	task_get_stats(&st);
	if (ticks0 != 10)
		fail("task 0's timers stopped while task 2 spun");
	if (!st.preempts)
		fail("task 2 was never preempted");
	else
		printf("tasks: a spinning task was preempted %llu times; task 0's 10 timers fired meanwhile\n",
		       (unsigned long long)st.preempts);
	printf("tasks: %s (%llu switches)\n", errors ? "FAILED" : "all held", (unsigned long long)st.switches);
	power_exit(errors ? 1 : 0);
}
