/*
 * Several isolates time-shared on one core: see task.h for the contract.
 *
 * A switch (task_switch) happens at a call, with interrupts off: it
 * pushes the six callee-saved registers on the old stack, stores the
 * stack pointer in the old task's slot, loads the new task's and pops
 * its registers. Nothing else needs saving there: the registers the ABI
 * lets a call clobber (the vector ones among them) hold nothing the
 * caller keeps, and MXCSR and the x87 control word, which the ABI keeps
 * across calls, are never changed by our code. What a task owns beyond
 * its stack is reached through the per-CPU area (loop, heap, js,
 * errno_value), which switch_to saves and sets.
 *
 * Readiness: a task switched out at a pass boundary or by its time slice
 * is T_READY; one switched out because its loop had nothing to do is
 * T_WAIT and becomes ready when its loop has an event (posted by an
 * interrupt handler or by another task of this core) or a due timer
 * (loop_core_ready, read with interrupts off). The choice is round-robin
 * from the running task, so each ready task gets a turn before any gets
 * two.
 *
 * Built -mgeneral-regs-only (the pragma, as lib/loop.c): task_tick runs
 * in the timer interrupt handler.
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#pragma GCC target("general-regs-only")
#endif
#include "task.h"
#include "loop.h"
#include "panic.h"
#include "alloc.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { T_FREE, T_READY, T_WAIT, T_RUN };

struct task {
	uintptr_t sp;          /* while switched out */
	void *loop, *heap, *js; /* the per-CPU area's, while switched out */
	int err;
	int state;
	void (*fn)(void *arg);
	void *arg;
	char *stack;           /* a guard page, then TASK_STACK_SIZE bytes; kept for the slot */
	volatile int *flag;    /* its interpreter's interrupt flag, or NULL */
	volatile int want;     /* the timer asked it to yield */
	char name[24];         /* its guard page's, in fault reports */
};

struct tasks {
	struct task t[TASK_MAX];
	unsigned cur, n;
	uint64_t slice_end;    /* of the running task, when spawned */
	struct task_stats st;
};

/* task_switch(&old->sp, new->sp); task_start: a new task's first return */
void task_switch(uintptr_t *save, uintptr_t to);
void task_start(void);
__asm__(".text\n"
	".globl task_switch\n"
	".type task_switch,@function\n"
	"task_switch:\n"
	"	pushq %rbp\n"
	"	pushq %rbx\n"
	"	pushq %r12\n"
	"	pushq %r13\n"
	"	pushq %r14\n"
	"	pushq %r15\n"
	"	movq %rsp, (%rdi)\n"
	"	movq %rsi, %rsp\n"
	"	popq %r15\n"
	"	popq %r14\n"
	"	popq %r13\n"
	"	popq %r12\n"
	"	popq %rbx\n"
	"	popq %rbp\n"
	"	ret\n"
	".size task_switch, .-task_switch\n"
	".globl task_start\n"
	".type task_start,@function\n"
	"task_start:\n"
	"	andq $-16, %rsp\n"
	"	call task_main\n"
	"	ud2\n"
	".size task_start, .-task_start\n");

static struct tasks *tasks_here(void) { return this_cpu()->tasks; }

static int ready(const struct task *t, uint64_t now)
{
	return t->state == T_READY || (t->state == T_WAIT && loop_core_ready(t->loop, now));
}

/* The first ready task after the running one, round-robin; -1: none. */
static int pick(struct tasks *ts, uint64_t now)
{
	for (unsigned i = 1; i < TASK_MAX; i++) {
		unsigned k = (ts->cur + i) % TASK_MAX;
		if (ready(&ts->t[k], now))
			return (int)k;
	}
	return -1;
}

/* Interrupts off. The running task's state is set by the caller. */
static void switch_to(struct tasks *ts, unsigned k)
{
	struct cpu *c = this_cpu();
	struct task *me = &ts->t[ts->cur], *t = &ts->t[k];

	me->loop = c->loop;
	me->heap = c->heap;
	me->js = c->js;
	me->err = c->errno_value;
	c->loop = t->loop;
	c->heap = t->heap;
	c->js = t->js;
	c->errno_value = t->err;
	t->state = T_RUN;
	t->want = 0;
	ts->cur = k;
	ts->st.switches++;
	if (k) { /* its slice starts: task_tick looks at its end */
		ts->slice_end = clock_monotonic_ns() + TASK_SLICE_NS;
		arch_timer_set(ts->slice_end);
	}
	task_switch(&me->sp, t->sp);
}

/* Interrupts off: the hardware timer for the earliest deadline of the
 * tasks that wait (the running one's loop included), then a halt.
 * Returns with interrupts off again. */
static void halt_all(struct tasks *ts)
{
	uint64_t d = loop_core_deadline(this_cpu()->loop), e;

	for (unsigned i = 0; i < TASK_MAX; i++) {
		if (i == ts->cur || ts->t[i].state != T_WAIT)
			continue;
		e = loop_core_deadline(ts->t[i].loop);
		if (e && (!d || e < d))
			d = e;
	}
	if (d)
		arch_timer_set(d);
	else
		arch_timer_cancel();
	ts->st.idles++;
	e = clock_monotonic_ns();
	arch_idle();
	irq_disable();
	ts->st.halted_ns += clock_monotonic_ns() - e;
}

/* The timer interrupt (struct cpu timer_fn): the running spawned task's
 * slice is over; if another task is ready it is asked to yield. */
static void task_tick(void)
{
	struct tasks *ts = tasks_here();
	struct task *t;
	uint64_t now;

	if (!ts || !ts->cur)
		return;
	t = &ts->t[ts->cur];
	now = clock_monotonic_ns();
	if (now < ts->slice_end) {
		arch_timer_set(ts->slice_end);
		return;
	}
	if (pick(ts, now) >= 0) {
		t->want = 1;
		if (t->flag)
			*t->flag = 1;
	}
	/* Asked or not, the timer comes back: a task asked before it had an
	 * interpreter (a worker still building its isolate: no flag yet) or
	 * busy in a long builtin is asked again a slice later, and one not
	 * asked because none was ready looks again then. A tick that asked
	 * once and never again left a worker that went on to spin holding
	 * the core for good (tests/boot/apps/workers-spin under load). */
	ts->slice_end = now + TASK_SLICE_NS;
	arch_timer_set(ts->slice_end);
}

/* A spawned task's first frame (task_start); its function's return ends it. */
void __attribute__((noreturn, used)) task_main(void);
void task_main(void)
{
	struct tasks *ts = tasks_here();
	struct task *t = &ts->t[ts->cur];

	irq_enable(); /* switch_to ran with interrupts off */
	t->fn(t->arg);
	irq_disable();
	t->state = T_FREE;
	t->flag = 0;
	ts->n--;
	/* off this stack for good: the next ready task, whenever there is one */
	for (;;) {
		int k = pick(ts, clock_monotonic_ns());
		if (k >= 0) {
			switch_to(ts, (unsigned)k);
			panic("task: an ended task ran again");
		}
		halt_all(ts);
	}
}

int task_spawn(void (*fn)(void *arg), void *arg)
{
	struct cpu *c = this_cpu();
	struct tasks *ts = c->tasks;
	struct task *t = 0;
	uintptr_t *sp;
	unsigned k;

	if (!ts) {
		ts = calloc(1, sizeof *ts);
		if (!ts)
			return -ENOMEM;
		struct loop_stats ls;
		loop_get_stats(&ls); /* task 0's loop: the core's halts so far */
		ts->st.halted_ns = ls.idle_ns;
		ts->t[0].state = T_RUN;
		ts->n = 1;
		c->tasks = ts; /* kept for good, as the slots' stacks */
		c->timer_fn = task_tick;
	}
	for (k = 1; k < TASK_MAX; k++)
		if (ts->t[k].state == T_FREE) {
			t = &ts->t[k];
			break;
		}
	if (!t)
		return -EAGAIN;
	if (!t->stack) {
		char *mem = aligned_alloc(4096, 4096 + TASK_STACK_SIZE);
		const char *cn = c->name;
		size_t i = 0;
		if (!mem)
			return -ENOMEM;
		/* "<core> task <k>", for a fault on its guard page */
		while (*cn && i < sizeof t->name - 8)
			t->name[i++] = *cn++;
		memcpy(t->name + i, " task ", 6);
		t->name[i + 6] = (char)('0' + k);
		t->name[i + 7] = 0;
		if (arch_stack_guard(mem, t->name, TASK_STACK_SIZE) < 0) {
			free(mem);
			return -ENOMEM;
		}
		t->stack = mem;
	}
	/* its first switch pops six zero registers and returns to task_start */
	sp = (uintptr_t *)(t->stack + 4096 + TASK_STACK_SIZE);
	*--sp = 0;
	*--sp = (uintptr_t)task_start;
	for (int i = 0; i < 6; i++)
		*--sp = 0;
	t->sp = (uintptr_t)sp;
	t->loop = t->heap = t->js = 0;
	t->err = 0;
	t->fn = fn;
	t->arg = arg;
	t->flag = 0;
	t->want = 0;
	t->state = T_READY;
	ts->n++;
	return (int)k;
}

unsigned task_id(void)
{
	struct tasks *ts = tasks_here();
	return ts ? ts->cur : 0;
}

unsigned task_count(void)
{
	struct tasks *ts = tasks_here();
	return ts ? ts->n : 1;
}

int task_live(unsigned id)
{
	struct tasks *ts = tasks_here();
	return ts && id < TASK_MAX && ts->t[id].state != T_FREE;
}

void task_yield(void) { task_pass(); }

void task_pass(void)
{
	struct tasks *ts = tasks_here();
	uint64_t f;
	int k;

	if (!ts || ts->n < 2)
		return;
	f = irq_save();
	k = pick(ts, clock_monotonic_ns());
	if (k >= 0) {
		ts->t[ts->cur].state = T_READY;
		switch_to(ts, (unsigned)k);
	}
	irq_restore(f);
}

void task_idle(void)
{
	struct tasks *ts = tasks_here();
	struct task *me = &ts->t[ts->cur];

	for (;;) {
		uint64_t now = clock_monotonic_ns();
		int k;
		if (loop_core_ready(this_cpu()->loop, now))
			break;
		me->state = T_WAIT;
		k = pick(ts, now);
		if (k >= 0) {
			switch_to(ts, (unsigned)k); /* back once our loop had work */
			continue;
		}
		me->state = T_RUN;
		halt_all(ts);
	}
	me->state = T_RUN;
	irq_enable();
}

void task_set_preempt_flag(volatile int *flag)
{
	struct tasks *ts = tasks_here();
	struct task *t;

	if (!ts || !ts->cur)
		return;
	t = &ts->t[ts->cur];
	t->flag = flag;
	if (flag && t->want) /* the timer asked before there was a flag */
		*flag = 1;
}

void task_preempt_point(void)
{
	struct tasks *ts = tasks_here();
	uint64_t f;
	int k;

	if (!ts || !ts->cur || !ts->t[ts->cur].want)
		return;
	f = irq_save();
	ts->t[ts->cur].want = 0;
	k = pick(ts, clock_monotonic_ns());
	if (k >= 0) {
		ts->t[ts->cur].state = T_READY;
		ts->st.preempts++;
		switch_to(ts, (unsigned)k);
	}
	irq_restore(f);
}

void task_get_stats(struct task_stats *st)
{
	struct tasks *ts = tasks_here();
	if (ts)
		*st = ts->st;
	else
		memset(st, 0, sizeof *st);
}
