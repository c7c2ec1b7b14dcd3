/*
 * task.h: several isolates time-shared on one core (docs/internals.md,
 * "SMP", "Several isolates on one core").
 *
 * A core runs its own code (core 0's main isolate, an AP's worker) as
 * task 0, on the stack it started on; task_spawn gives it more tasks,
 * each with a stack of its own (TASK_STACK_SIZE above an unmapped guard
 * page). Each task has its own event loop, heap, JavaScript isolate and
 * errno: the per-CPU area's loop, heap, js and errno_value (arch.h struct
 * cpu) are the running task's, saved and set again at every switch, so
 * everything reached through them (loop.h, alloc.h, runtime_iso()) is the
 * running task's without knowing about tasks. Interrupt handlers post to
 * the loop an event was made on (loop.h loop_event_init), whichever task
 * runs.
 *
 * Switches are cooperative, from loop context only, never from an
 * interrupt handler:
 *   - a loop with nothing ready does not halt while another task of its
 *     core has work: it switches to it (loop.c idle -> task_idle); the
 *     core halts only when no task has anything ready, its timer armed
 *     for the earliest deadline of them all;
 *   - after each pass of its loop a task lets one that is ready run
 *     first (task_pass): a loop that is always busy does not starve the
 *     others, and a turn is one pass (its due timers, its posted events,
 *     its immediates);
 *   - a spawned task whose JavaScript runs longer than TASK_SLICE_NS
 *     while another is ready is asked to stop through its interpreter's
 *     interrupt flag (task_set_preempt_flag: the timer interrupt sets it)
 *     and switches from the interrupt hook (task_preempt_point), between
 *     two instructions of its program. Task 0 is never asked: the core's
 *     own isolate (core 0's runs the network) yields at pass boundaries
 *     only.
 * A task ends when its function returns; its slot (and stack, kept for
 * the slot's next task: a guard page never goes back to the heap) is
 * free again. Task 0 never ends this way.
 *
 * Without task_spawn a core has no task list (struct cpu tasks NULL) and
 * none of this costs more than one load per loop pass.
 */
#ifndef UNIJS_TASK_H
#define UNIJS_TASK_H

#include <stdint.h>

#define TASK_MAX 5                    /* per core, its own included */
#define TASK_STACK_SIZE (1024 * 1024) /* as an AP's (SMP_AP_STACK_SIZE): mujs recurses on it */
#define TASK_SLICE_NS 10000000ull     /* 10 ms of JavaScript before a spawned task yields */

/*
 * Loop context, on this core: a new task that will run fn(arg) on its own
 * stack once this core switches to it (at the running task's next pass
 * boundary or idle step). Its loop, heap and js start NULL (this core's
 * static ones: fn sets its own, as an AP's worker does). Returns its id
 * (1..TASK_MAX-1), -EAGAIN when every slot is taken, -ENOMEM when there
 * is no memory for its stack or guard page.
 */
int task_spawn(void (*fn)(void *arg), void *arg);

/* The running task's id on this core: 0 for the core's own. */
unsigned task_id(void);

/* Loop context: the number of tasks on this core (1 when none was spawned). */
unsigned task_count(void);

/* Whether task id of this core is live (spawned and not ended). */
int task_live(unsigned id);

/*
 * lib/loop.c. task_pass: after a pass of the running task's loop, lets a
 * ready task run first. task_idle: the running task's loop has nothing
 * ready (checked with interrupts off, its watched sources closed):
 * switches to a task that has, or halts until one has; returns, with
 * interrupts on, when the running task's loop has an event or a due timer
 * (callers re-check, as after arch_idle).
 */
void task_pass(void);
void task_idle(void);
/* Loop context, outside a pass (a sender waiting for room in a ring
 * whose receiver is a task of this core): lets the next ready task run;
 * returns once this one runs again, at once when none is ready. */
void task_yield(void);

/*
 * The running task's interpreter interrupt flag (mujs js_interruptflag),
 * which the timer interrupt sets to end its time slice; the interpreter's
 * interrupt hook must then call task_preempt_point, which switches to a
 * ready task if the timer asked for it and returns once this task runs
 * again (otherwise it returns at once). A flag given after the timer
 * asked is set at once, and the timer asks again every slice while
 * another task is ready. NULL: the task is never interrupted. Ignored
 * for task 0.
 */
void task_set_preempt_flag(volatile int *flag);
void task_preempt_point(void);

/* Counters for tests and figures, this core: switches, slices ended
 * by the timer, halts, and the time the core spent halted since boot
 * (its loops' idle time before the first task_spawn, then the halts of
 * every task: loop_get_stats' idle_ns of one task's loop also counts the
 * time the others ran). */
struct task_stats {
	uint64_t switches, preempts, idles, halted_ns;
};
void task_get_stats(struct task_stats *st);

#endif
