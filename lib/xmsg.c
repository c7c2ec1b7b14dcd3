/*
 * Cross-core messages (xmsg.h) over the rings of xring.h.
 *
 * Compiled -mgeneral-regs-only (Makefile): the IPI hook runs in an
 * interrupt handler, and nothing here needs the FPU.
 */
#include "xmsg.h"
#include "loop.h"
#include "panic.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"

/* Per receiving core: its flag, its inbound rings (in[from], NULL for
 * itself), its counters. One cache line apart from the next core's. */
struct inbox {
	struct xring_rx rx;
	struct xring *in[SMP_MAX_CPUS];
	struct xmsg_stats st __attribute__((aligned(64)));
	uint32_t next; /* the sender to start the next round with */
	/* the receiving core's own, written by it only: */
	struct loop_event poll_ev;  /* xmsg_attach_loop */
	void (*on_wake)(void);      /* xmsg_attach_loop's hook */
	void (*job)(void *arg);     /* xmsg_ap_run: what xmsg_ap_loop runs next */
	void *job_arg;
	int watched;                /* a loop watches the rings (xmsg_attach_loop) */
};

static struct inbox *boxes;
static uint32_t ncores;
static void (*handlers[XMSG_TYPES])(const struct xmsg *m);

/* An isolate time-shared on core 0 (xmsg.h "Addresses"): its rings with
 * core 0's own isolate, and its side of the loop hook. All of it is core
 * 0's, used by one isolate at a time: the rings' protocol holds (one
 * producer, one consumer) and their wake-up flags go unused. */
struct local {
	struct xring down, up;     /* core 0's isolate -> it, it -> core 0's isolate */
	struct xring_rx rx;        /* xring_push wants one; nobody halts on it */
	struct loop_event poll_ev; /* made on its loop (xmsg_attach_loop) */
	void (*on_wake)(void);
	int attached;
	struct xmsg_stats st;
};
static struct local *locals;
static int nlocal; /* locals made: 0 until xmsg_local_open */

static void dispatch(const struct xmsg *m);

uint32_t xmsg_self(void)
{
	uint32_t me = this_cpu()->index;
	unsigned t;
	if (me == 0 && nlocal && (t = task_id()))
		return XMSG_LOCAL_ADDR(t);
	return me;
}

int xmsg_local_open(void)
{
	if (this_cpu()->index != 0)
		return -EINVAL;
	if (!boxes) { /* -smp 1: core 0's receiving side, with no ring from anyone */
		boxes = aligned_alloc(64, sizeof *boxes);
		if (!boxes)
			return -ENOMEM;
		memset(boxes, 0, sizeof *boxes);
		ncores = 1;
	}
	if (!locals) {
		locals = aligned_alloc(64, XMSG_LOCAL * sizeof *locals);
		if (!locals)
			return -ENOMEM;
		memset(locals, 0, XMSG_LOCAL * sizeof *locals);
		nlocal = XMSG_LOCAL;
	}
	return 0;
}

static struct local *local_of(uint32_t addr) { return &locals[addr - SMP_MAX_CPUS]; }

/* core 0: between its own isolate (0) and a local one, either way */
static int local_send(uint32_t me, uint32_t to, struct xmsg *m)
{
	struct local *l;
	struct xring *r;
	struct loop_event *ev;
	int wake;

	if (!nlocal || this_cpu()->index != 0)
		return -EINVAL;
	if (me == 0 && XMSG_IS_LOCAL(to)) {
		l = local_of(to);
		r = &l->down;
		ev = l->attached ? &l->poll_ev : 0; /* not yet (or no longer) running: its attach looks */
	} else if (XMSG_IS_LOCAL(me) && to == 0) {
		l = local_of(me);
		r = &l->up;
		ev = boxes[0].watched ? &boxes[0].poll_ev : 0;
	} else {
		return -EINVAL;
	}
	m->from = me;
	if (xring_push(r, &l->rx, m, &wake) < 0) {
		l->st.full++;
		return -EAGAIN;
	}
	l->st.sent++;
	if (ev)
		loop_event_post(ev);
	return 0;
}

/* Pops and runs up to max messages of ring r; a producer that waited for
 * room gets its poll event (its hook flushes). */
static unsigned local_drain(struct xring *r, unsigned max, struct loop_event *room)
{
	unsigned done = 0;
	int wake;
	struct xmsg m;

	while (done < max && xring_pop(r, &m)) {
		dispatch(&m);
		done++;
	}
	xring_settle(r, &wake);
	if (wake && room)
		loop_event_post(room);
	return done;
}

static int local_pending(uint32_t me)
{
	if (XMSG_IS_LOCAL(me))
		return local_of(me)->down.head != XR_LOAD(&local_of(me)->down.tail);
	if (me == 0)
		for (int k = 0; k < nlocal; k++)
			if (locals[k].up.head != XR_LOAD(&locals[k].up.tail))
				return 1;
	return 0;
}

void xmsg_kick(uint32_t addr)
{
	if (XMSG_IS_LOCAL(addr)) {
		if (nlocal && local_of(addr)->attached)
			loop_event_post(&local_of(addr)->poll_ev);
	} else if (addr == 0 && xmsg_self() != 0 && boxes && boxes[0].watched) {
		loop_event_post(&boxes[0].poll_ev);
	} else {
		smp_ipi(addr);
	}
}

int xmsg_init(uint32_t n)
{
	uint32_t i, j;

	if (!n || n > SMP_MAX_CPUS || boxes)
		return -EINVAL;
	boxes = aligned_alloc(64, n * sizeof *boxes);
	if (!boxes)
		return -ENOMEM;
	memset(boxes, 0, n * sizeof *boxes);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			if (i == j)
				continue;
			boxes[i].in[j] = aligned_alloc(64, sizeof(struct xring));
			if (!boxes[i].in[j])
				return -ENOMEM; /* what was taken stays: boot fails anyway */
			memset(boxes[i].in[j], 0, sizeof(struct xring));
		}
	ncores = n;
	return 0;
}

int xmsg_handle(uint32_t type, void (*fn)(const struct xmsg *m))
{
	if (type < XMSG_USER || type >= XMSG_TYPES || !fn)
		return -EINVAL;
	if (handlers[type])
		return -EBUSY;
	handlers[type] = fn;
	return 0;
}

int xmsg_send(uint32_t to, struct xmsg *m)
{
	uint32_t me = xmsg_self();
	struct inbox *b;
	int wake, r;

	if (XMSG_IS_LOCAL(to) || XMSG_IS_LOCAL(me))
		return local_send(me, to, m);
	if (!ncores || to >= ncores || to == me)
		return -EINVAL;
	if (!smp_cpu(to))
		return -ENODEV;
	b = &boxes[to];
	m->from = me;
	r = xring_push(b->in[me], &b->rx, m, &wake);
	if (r < 0) {
		boxes[me].st.full++;
		return -EAGAIN;
	}
	boxes[me].st.sent++;
	if (wake) {
		boxes[me].st.wake_ipis++;
		smp_ipi(to);
	}
	return 0;
}

static void dispatch(const struct xmsg *m)
{
	if (m->type == XMSG_CALL) {
		((void (*)(uint64_t, uint64_t))(uintptr_t)m->a)(m->b, m->c);
		return;
	}
	if (m->type >= XMSG_TYPES || !handlers[m->type])
		panic("xmsg: message of type %u from core %u has no handler", m->type, m->from);
	handlers[m->type](m);
}

unsigned xmsg_poll(unsigned max)
{
	uint32_t me = xmsg_self(), i, from;
	struct inbox *b;
	unsigned done = 0;
	int more, wake;
	struct xmsg m;

	if (XMSG_IS_LOCAL(me)) { /* from core 0's isolate only */
		struct local *l = local_of(me);
		done = local_drain(&l->down, max, boxes[0].watched ? &boxes[0].poll_ev : 0);
		l->st.received += done;
		return done;
	}
	if (!ncores)
		return 0;
	if (me == 0 && nlocal) { /* the local isolates first, a share each */
		for (int k = 0; k < nlocal && done < max; k++) {
			unsigned quota = (max - done + nlocal) / (nlocal + 1);
			done += local_drain(&locals[k].up, quota ? quota : 1,
					    locals[k].attached ? &locals[k].poll_ev : 0);
		}
	}
	b = &boxes[me];
	do {
		xring_rx_begin(&b->rx);
		for (i = 0; i < ncores && done < max; i++) {
			from = (b->next + i) % ncores;
			if (from == me)
				continue;
			/* a share each, so one busy sender cannot starve the rest */
			unsigned quota = done + (max - done + ncores - 1) / ncores;
			/* a job given (xmsg_ap_run) ends the poll: what follows in
			 * the rings is the job's to take (a worker's first messages) */
			while (done < quota && !b->job && xring_pop(b->in[from], &m)) {
				dispatch(&m);
				done++;
			}
		}
		b->next = (b->next + 1) % ncores;
		/* A loop that watches the rings stays awake after a drain: it
		 * looks again before it halts (poll_watch); only the fence. */
		if (b->watched)
			XR_FENCE();
		else
			xring_rx_end(&b->rx);
		more = 0;
		for (from = 0; from < ncores; from++) {
			if (from == me)
				continue;
			if (xring_settle(b->in[from], &wake))
				more = 1;
			if (wake) {
				b->st.room_ipis++;
				smp_ipi(from);
			}
		}
	} while (more && done < max && !b->job);
	b->st.received += done;
	return done;
}

int xmsg_pending(void)
{
	uint32_t me = xmsg_self(), from;

	if (nlocal && local_pending(me))
		return 1;
	if (!ncores || XMSG_IS_LOCAL(me))
		return 0;
	for (from = 0; from < ncores; from++)
		if (from != me && boxes[me].in[from]->head != XR_LOAD(&boxes[me].in[from]->tail))
			return 1;
	return 0;
}

static void poll_cb(struct loop_event *ev)
{
	struct inbox *b = &boxes[this_cpu()->index];

	xmsg_poll(XMSG_BATCH);
	if (b->on_wake)
		b->on_wake();
	if (xmsg_pending())
		loop_event_post(ev); /* the rest in the next pass: timers and I/O go between */
}

static void post_poll(void)
{
	loop_event_post(&boxes[this_cpu()->index].poll_ev);
}

/*
 * loop_add_poll_watch: while the loop runs (and while it looks for work
 * before halting) this core counts as draining (xring.h's awake), so a
 * sender pushes without the IPI and the loop finds the message by
 * looking, once a pass. Closing, before a halt, is xring_rx_end and a
 * last look, the same Dekker pair as at the end of a drain: a message
 * pushed after it comes with an IPI.
 */
static int poll_watch(int open)
{
	struct inbox *b = &boxes[this_cpu()->index];
	uint32_t from;

	if (open)
		xring_rx_begin(&b->rx);
	else
		xring_rx_end(&b->rx);
	for (from = 0; from < ncores; from++)
		if (from != this_cpu()->index && b->in[from]->head != XR_LOAD(&b->in[from]->tail)) {
			loop_event_post(&b->poll_ev);
			return 1;
		}
	return 0;
}

static void local_poll_cb(struct loop_event *ev)
{
	struct local *l = (struct local *)((char *)ev - __builtin_offsetof(struct local, poll_ev));

	xmsg_poll(XMSG_BATCH);
	if (l->on_wake)
		l->on_wake();
	if (xmsg_pending())
		loop_event_post(ev);
}

void xmsg_attach_loop(void (*on_wake)(void))
{
	struct inbox *b;
	uint32_t me = xmsg_self();

	if (XMSG_IS_LOCAL(me)) {
		struct local *l = local_of(me);
		l->on_wake = on_wake;
		loop_event_init(&l->poll_ev, local_poll_cb); /* on its own loop */
		l->attached = 1;
		if (xmsg_pending()) /* sent before it ran */
			loop_event_post(&l->poll_ev);
		return;
	}
	if (!ncores)
		return;
	b = &boxes[this_cpu()->index];
	b->on_wake = on_wake;
	loop_event_init(&b->poll_ev, poll_cb);
	b->watched = 1;
	loop_add_poll_watch(poll_watch); /* fails only past LOOP_WATCH_MAX: NIC + this */
	this_cpu()->ipi_fn = post_poll;
	/* an IPI may have come before the hook was set: look once */
	if (xmsg_pending())
		loop_event_post(&b->poll_ev);
}

void xmsg_detach_loop(void)
{
	struct inbox *b;
	uint32_t me = xmsg_self();

	if (XMSG_IS_LOCAL(me)) {
		struct local *l = local_of(me);
		l->attached = 0;
		loop_event_cancel(&l->poll_ev);
		l->on_wake = 0;
		return;
	}
	if (!ncores)
		return;
	b = &boxes[this_cpu()->index];
	this_cpu()->ipi_fn = 0;
	loop_remove_poll_watch(poll_watch);
	b->watched = 0;
	xring_rx_end(&b->rx); /* xmsg_ap_loop halts on the IPI again */
	loop_event_cancel(&b->poll_ev);
	b->on_wake = 0;
}

void xmsg_idle(void)
{
	struct inbox *b = &boxes[this_cpu()->index];

	if (task_count() > 1) { /* the receiver may be a task of ours: let it run */
		irq_enable();
		task_yield();
		return;
	}
	if (ncores && b->watched) {
		if (poll_watch(0)) { /* a message came: not the time to halt */
			irq_enable();
			return;
		}
		arch_idle();
		poll_watch(1);
		return;
	}
	arch_idle();
}

void xmsg_ap_run(void (*job)(void *arg), void *arg)
{
	struct inbox *b = &boxes[this_cpu()->index];

	b->job = job;
	b->job_arg = arg;
}

void xmsg_ap_loop(void)
{
	struct inbox *b = &boxes[this_cpu()->index];

	for (;;) {
		xmsg_poll(XMSG_BATCH);
		if (b->job) { /* outside the poll: the job may poll itself */
			void (*job)(void *) = b->job;
			b->job = 0;
			job(b->job_arg);
			continue;
		}
		irq_disable();
		/* After the poll's final check, a new message comes with an IPI:
		 * with interrupts off it waits, and ends the halt at once. */
		if (!xmsg_pending())
			arch_idle();
		irq_enable();
	}
}

void xmsg_get_stats(struct xmsg_stats *st)
{
	uint32_t me = xmsg_self();

	if (XMSG_IS_LOCAL(me)) {
		*st = local_of(me)->st;
		return;
	}
	if (!ncores) {
		memset(st, 0, sizeof *st);
		return;
	}
	*st = boxes[this_cpu()->index].st;
}

void xmsg_dump(uint32_t core)
{
	uint32_t from;
	struct inbox *b;

	if (!ncores || core >= ncores)
		return;
	b = &boxes[core];
	printf("xmsg: core %u: awake %u\n", core, XR_LOAD(&b->rx.awake));
	for (from = 0; from < ncores; from++)
		if (from != core)
			printf("xmsg:   ring %u -> %u: head %llu, tail %llu, waiting %u\n", from, core,
			       (unsigned long long)XR_LOAD(&b->in[from]->head),
			       (unsigned long long)XR_LOAD(&b->in[from]->tail), XR_LOAD(&b->in[from]->waiting));
}
