/*
 * binding_worker.c: worker_threads in C (js/lib/worker_threads.js is the
 * API): one JavaScript isolate per core, messages between them through
 * lib/xmsg.h (DESIGN.md "Execution model", docs/workers.md).
 *
 * A Worker is a struct worker, made by the main isolate (core 0) and
 * shared with the core that runs it. Its life:
 *   1. spawn (core 0): a free AP is taken, a heap for the worker is cut
 *      out of core 0's heap (alloc_heap_create in one block, registered
 *      so blocks may travel: lib/alloc.h), and a W_START tells the AP
 *      to run worker_main once its poll is over (xmsg_ap_run). With no
 *      AP free, worker_main runs on core 0 instead, time-shared with the
 *      main isolate: a task of its own (lib/task.h task_spawn), whose
 *      xmsg address (XMSG_LOCAL_ADDR) stands for the core everywhere
 *      below; its interrupt hook also ends its time slice.
 *   2. worker_main (the AP): the heap, a loop and an isolate of its own
 *      set in the per-CPU area, then runtime_run_module on the worker's
 *      file, as the main isolate runs the app's main module. 'online' is
 *      sent to the parent just before the module runs.
 *   3. the end: the loop ran dry, process.exit(), an uncaught exception
 *      (sent first as W_ERROR), or terminate() (the parent sets the
 *      worker's stop flag and mujs's interrupt flag, patch 0101: either
 *      way the worker longjmps
 *      to worker_main, since everything the isolate had is in its heap,
 *      which goes as a whole; an IPI wakes a worker that sleeps, and its
 *      loop's xmsg hook sees the flag). Then the worker frees what is still in its
 *      rings for it, sends W_EXIT and goes back to xmsg_ap_loop;
 *   4. W_EXIT (core 0): the heap is unregistered and freed (every block
 *      it gave away came back before W_EXIT, which is the last message
 *      from that core: see free_payload), unless blocks it lent (its own
 *      transferred buffers) live on elsewhere: then it is held, still
 *      registered, its region cut down to what those need
 *      (alloc_core_shrink), until the last of them is freed (reap_held); the core
 *      is free again, and the Worker object gets 'exit'.
 *
 * Messages: postMessage's value is serialized by worker_threads.js into
 * a string (tagged JSON) and a list of buffers: typed arrays whose bytes
 * are copied, and ArrayBuffers from the transferList, already detached
 * from the sender's objects (ArrayBuffer.prototype.transfer, patch 0135).
 * C copies the string and the copied bytes into one block of the
 * sender's heap (struct payload) and sends its address; the receiver
 * builds the string and the buffers in its own isolate, then frees the
 * block, which goes back to the sender's heap without a lock
 * (lib/alloc.h). A transferred buffer whose store is a block of core 0's
 * heap moves without a copy: the payload carries the store
 * (js_takestore), the receiver's ArrayBuffer adopts it (js_pushstore),
 * and whichever core frees it last hands it back to core 0's heap. Every
 * main-isolate buffer is such a block. A worker's own buffer moves too:
 * its block is lent (alloc_lend: counted by the worker's heap, which then
 * outlives the worker until every loan is freed: W_EXIT above), except
 * small ones (ALLOC_SMALL_MAX bytes or less), which are copied. A
 * worker's isolate releases the other heaps' stores it still holds when
 * it ends (js_releasestores), and frees what terminate() left in its
 * outbox, with their stores. workerData travels the same way, in the
 * worker's init payload (made on core 0 by w_spawn, adopted by w_init):
 * so Worker's options.transferList moves core 0's buffers without a copy.
 * A ring that is full leaves the message in
 * the sender's outbox (FIFO, so order per sender holds), retried when the
 * receiver's IPI says it made room: postMessage never blocks.
 *
 * Only the main isolate creates workers, and networking (lwIP, net, http,
 * dns) stays with it: a worker that requires those gets an error saying
 * so (binding_module.c asks runtime_in_worker()). A cluster worker
 * (cluster.fork: the app's main module again, w->cluster) may: its
 * connections are core 0's, handed over by binding_cluster.c, whose ring
 * messages share this file's loop hook (runtime_cluster_flush) and which
 * resets a cluster worker's connections at its W_EXIT
 * (runtime_cluster_gone).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/entropy.h"
#include "lib/alloc.h"
#include "lib/clock.h"
#include "lib/loop.h"
#include "lib/panic.h"
#include "lib/task.h"
#include "lib/xmsg.h"

#include "runtime_internal.h"

enum {
	W_POST = XMSG_USER + 8, /* a: struct payload *, b: struct worker * */
	W_ERROR,                /* the same, an uncaught exception's clone */
	W_ONLINE,               /* b: the worker */
	W_EXIT,                 /* b: the worker, c: its exit code */
	W_START,                /* b: the worker (XMSG_CALL would do, but a type keeps stale ones harmless) */
};

/* a message's bytes, in one block of the sender's heap */
struct payload {
	struct payload *next; /* the sender's outbox */
	uint32_t to, type;    /* while in the outbox */
	struct worker *w;
	size_t slen;
	uint32_t nbufs;
	struct pbuf {
		size_t len;
		void *store; /* a moved ArrayBuffer's store (core 0's heap), else NULL: len bytes inline */
	} b[]; /* nbufs of them, then the string, then each inline buffer */
};

struct worker {
	uint32_t id, core;       /* core: its xmsg address (an AP's index, or a local one on core 0) */
	char main[256];          /* the module's /app name */
	struct payload *init;    /* workerData, argv, env (core 0's heap) */
	void *heap_mem;          /* core 0's block holding the worker's heap */
	size_t heap_size;
	struct alloc_heap *heap;
	uint64_t seed[2];        /* Math.random's, from core 0's entropy */
	js_State *volatile J;    /* the worker's state, once made */
	volatile int stop;       /* terminate() asked */
	int exit_code;
	int exited;              /* core 0: W_EXIT seen */
	int slot;                /* core 0: the Worker object (runtime_hold) */
	int cluster;             /* cluster.fork's: may use the network (binding_cluster.c) */
	jmp_buf out;             /* worker_main's way out */
	struct worker *next;     /* core 0: live workers */
};

#define WORKER_HEAP_MIN (4u << 20)

/* ---- core 0: which cores are taken; every worker's record */
static struct worker *core_worker[XMSG_ADDRS];
static struct worker *workers;
static int inited;
static int cfg_envc;
static char **cfg_env;
static int cfg_trace_gc; /* trace=gc: workers trace their collections too */

/* per isolate, in struct isolate's worker pointer: */
struct wstate {
	struct worker *self;      /* NULL in the main isolate */
	struct payload *out_head, *out_tail;
	int closing;              /* a worker on its way out: deliver nothing more */
};

static struct wstate main_ws;

static struct wstate *ws(void)
{
	struct isolate *I = runtime_iso();
	return I->worker ? I->worker : &main_ws;
}


/* ---- payloads */

static unsigned char *pl_string(struct payload *p) { return (unsigned char *)&p->b[p->nbufs]; }

static unsigned char *pl_buf(struct payload *p, uint32_t i)
{
	unsigned char *b = pl_string(p) + p->slen;
	for (uint32_t k = 0; k < i; k++)
		if (!p->b[k].store)
			b += p->b[k].len;
	return b;
}

/* Frees a payload and the stores it still carries (on any core: each goes
 * back to its own heap, lib/alloc.h). */
static void pl_free(struct payload *p)
{
	if (!p)
		return;
	for (uint32_t i = 0; i < p->nbufs; i++)
		free(p->b[i].store);
	free(p);
}

/* Whether bytes lie in this worker's own heap (never in the main isolate) */
static int own_block(const void *bytes)
{
	struct worker *w = ws()->self;
	uintptr_t a = (uintptr_t)bytes, lo;

	if (!w)
		return 0;
	lo = (uintptr_t)w->heap_mem;
	return a >= lo && a < lo + w->heap_size;
}

/* Whether a transferred store of len bytes at bytes may leave this isolate
 * as it is: a block of core 0's heap (the main isolate's, or adopted from
 * it) or of another worker's, or one of this worker's own that it can lend
 * (alloc_lend: a large block, larger than ALLOC_SMALL_MAX with its store's
 * header; a small one is copied, which costs less than a loan). A lent
 * block keeps the worker's heap reserved after the worker ends, until it
 * is freed (worker_done). */
static int movable(const unsigned char *bytes, size_t len)
{
	return !own_block(bytes) || len > ALLOC_SMALL_MAX;
}

/* Copies string s (stack index 1 of the caller's args: sidx) and the
 * buffers of the array at aidx into one block: a typed array's bytes are
 * copied; an ArrayBuffer (from the transferList, detached from the
 * sender's objects already) is moved when movable, else copied. Nothing
 * is detached unless the block is made. Throws. */
static struct payload *pl_make(js_State *J, int sidx, int aidx)
{
	const char *s = js_tostring(J, sidx);
	size_t slen = strlen(s), total, blen;
	uint32_t n = js_isarray(J, aidx) ? (uint32_t)js_getlength(J, aidx) : 0, i;
	struct payload *p;
	unsigned char *d;
	int kind;

	total = sizeof *p + n * sizeof(struct pbuf) + slen;
	for (i = 0; i < n; i++) {
		js_getindex(J, aidx, (int)i);
		if (!(d = js_totypedarray(J, -1, &kind, &blen)))
			js_typeerror(J, "worker_threads: not a buffer");
		js_pop(J, 1);
		if (!(kind == JS_TA_ARRAYBUFFER && blen && movable(d, blen)))
			total += blen;
	}
	p = malloc(total);
	if (!p)
		js_error(J, "out of memory");
	p->next = 0;
	p->w = 0;
	p->slen = slen;
	p->nbufs = n;
	for (i = 0; i < n; i++) {
		p->b[i].len = 0;
		p->b[i].store = 0;
	}
	memcpy(pl_string(p), s, slen);
	for (i = 0; i < n; i++) {
		js_getindex(J, aidx, (int)i);
		d = js_totypedarray(J, -1, &kind, &blen);
		p->b[i].len = blen;
		if (kind == JS_TA_ARRAYBUFFER && blen && movable(d, blen)) {
			p->b[i].store = js_takestore(J, -1, NULL, NULL); /* no copy */
			/* our own block: lent, so that our heap outlives us until
			 * it is freed; movable() chose only what can be lent */
			if (own_block(d) && alloc_lend(p->b[i].store) < 0)
				panic("worker_threads: store %p of %zu bytes cannot be lent", p->b[i].store, blen);
		} else
			memcpy(pl_buf(p, i), d, blen);
		js_pop(J, 1);
	}
	return p;
}

/* Pushes the string and an array of buffers: an ArrayBuffer that adopts
 * each moved store, a Uint8Array of each copied one's bytes. */
static void pl_push(js_State *J, struct payload *p)
{
	uint32_t i;

	js_pushlstring(J, (const char *)pl_string(p), (int)p->slen);
	js_newarray(J);
	for (i = 0; i < p->nbufs; i++) {
		unsigned char *d;
		if (p->b[i].store) {
			js_pushstore(J, p->b[i].store);
			alloc_unlend(p->b[i].store); /* our own block back with us: no longer a loan */
			/* this isolate's now; len 0 keeps pl_buf's offsets of the
			 * inline buffers after it (a moved one has none inline) */
			p->b[i].store = 0;
			p->b[i].len = 0;
		} else {
			js_pushundefined(J);
			d = js_newtypedarray(J, JS_TA_UINT8, p->b[i].len);
			memcpy(d, pl_buf(p, i), p->b[i].len);
		}
		js_setindex(J, -2, (int)i);
	}
}

/* ---- sending, with the outbox for full rings */

static void flush_outbox(void)
{
	struct wstate *s = ws();
	struct payload *p;
	struct xmsg m;

	while ((p = s->out_head)) {
		/* p is the receiver's once sent (it frees it at once, and the
		 * free writes its first word): nothing of it is read after */
		struct payload *next = p->next;
		memset(&m, 0, sizeof m);
		m.type = p->type;
		m.a = (uint64_t)(uintptr_t)p;
		m.b = (uint64_t)(uintptr_t)p->w;
		if (xmsg_send(p->to, &m) == -EAGAIN)
			break; /* the receiver's IPI brings us back (xmsg_attach_loop) */
		s->out_head = next;
		if (!next)
			s->out_tail = 0;
	}
	if (runtime_cluster_flush)
		runtime_cluster_flush();
}

static void send_payload(uint32_t to, uint32_t type, struct worker *w, struct payload *p)
{
	struct wstate *s = ws();

	p->to = to;
	p->type = type;
	p->w = w;
	p->next = 0;
	if (s->out_tail)
		s->out_tail->next = p;
	else
		s->out_head = p;
	s->out_tail = p;
	flush_outbox();
}

/* A control message with no payload; waits (halted) while the ring is full. */
static void send_ctl(uint32_t to, uint32_t type, struct worker *w, uint64_t c)
{
	struct xmsg m;

	memset(&m, 0, sizeof m);
	m.type = type;
	m.b = (uint64_t)(uintptr_t)w;
	m.c = c;
	for (;;) {
		irq_disable();
		if (xmsg_send(to, &m) != -EAGAIN)
			break;
		xmsg_idle(); /* the receiver's room IPI ends it */
		irq_enable();
		xmsg_poll(XMSG_BATCH); /* keep freeing what comes meanwhile */
	}
	irq_enable();
}

/* A worker on its way out: everything it posted goes, in order, before
 * W_EXIT (Node delivers what a worker posted before it ended). */
static void flush_blocking(void)
{
	struct wstate *s = ws();

	for (;;) {
		flush_outbox();
		if (!s->out_head)
			return;
		irq_disable();
		flush_outbox();
		if (s->out_head)
			xmsg_idle();
		irq_enable();
		xmsg_poll(XMSG_BATCH);
	}
}

/* ---- receiving (loop context, on the receiving core) */

/* Calls registry "unijs.workerEvent"(kind, id, str, bufs | code). Frees p
 * (the sender's block) once its contents are copied, before any JS runs:
 * the JS may end this isolate (process.exit, terminate) and never return. */
static void deliver(js_State *J, const char *kind, uint32_t id, struct payload *p, int code)
{
	struct payload *volatile held = p;

	if (js_try(J)) {
		pl_free(held);
		runtime_threw(J);
		return;
	}
	js_getregistry(J, "unijs.workerEvent");
	if (!js_iscallable(J, -1)) { /* worker_threads never loaded here: nobody listens */
		js_pop(J, 1);
		js_endtry(J);
		pl_free(held);
		return;
	}
	js_pushundefined(J);
	js_pushstring(J, kind);
	js_pushnumber(J, id);
	if (p) {
		pl_push(J, p);
		held = 0;
		free(p); /* back to the sender's heap */
	} else {
		js_pushnumber(J, code);
		js_pushundefined(J);
	}
	js_call(J, 4);
	js_pop(J, 1);
	js_endtry(J);
	runtime_drain(J); /* Node runs the microtasks after each message */
}

static int for_me(struct worker *w)
{
	struct wstate *s = ws();
	struct isolate *I = runtime_iso();

	if (!I->J || runtime_dead() || s->closing)
		return 0;
	if (s->self) /* a worker: from its parent, for itself */
		return w == s->self && !w->stop;
	/* the main isolate: from a live worker (not an idle AP's nor a local
	 * task's, whose runtime_iso() would be the main one's) */
	return xmsg_self() == 0 && w && !w->exited;
}

static void on_post(const struct xmsg *m)
{
	struct payload *p = (struct payload *)(uintptr_t)m->a;
	struct worker *w = (struct worker *)(uintptr_t)m->b;

	if (for_me(w))
		deliver(runtime_iso()->J, m->type == W_ERROR ? "error" : "message", w->id, p, 0); /* frees p */
	else
		pl_free(p); /* back to the sender's heap, its stores to core 0's */
}

static void worker_done(struct worker *w);

static void on_ctl(const struct xmsg *m)
{
	struct worker *w = (struct worker *)(uintptr_t)m->b;

	switch (m->type) {
	case W_ONLINE:
		if (for_me(w))
			deliver(runtime_iso()->J, "online", w->id, 0, 0);
		break;
	case W_EXIT:
		worker_done(w);
		w->exit_code = (int)m->c;
		if (runtime_iso()->J && !runtime_dead())
			deliver(runtime_iso()->J, "exit", w->id, 0, (int)m->c);
		/* the record stays until the Worker object lets go (w_forget) */
		break;
	}
}

static void worker_main(void *arg);
static void lent_back(struct alloc_heap *h);
static void main_wake(void);

static void on_start(const struct xmsg *m)
{
	xmsg_ap_run(worker_main, (void *)(uintptr_t)m->b);
}

static int init_once(void)
{
	if (inited)
		return 0;
	/* the rings of the isolates time-shared on core 0 (xmsg.h), and at
	 * -smp 1 core 0's receiving side: before the loop hook below */
	if (xmsg_local_open() < 0)
		return -1;
	inited = 1;
	xmsg_handle(W_POST, on_post);
	xmsg_handle(W_ERROR, on_post);
	xmsg_handle(W_ONLINE, on_ctl);
	xmsg_handle(W_EXIT, on_ctl);
	xmsg_handle(W_START, on_start);
	alloc_set_lent_hook(lent_back);
	xmsg_attach_loop(main_wake);
	return 0;
}

/* ---- the worker's core */

/* after each poll of the worker's rings (xmsg_attach_loop): a terminate()
 * wakes a sleeping worker with an IPI, and here it stops */
static void worker_wake(void)
{
	struct worker *w = ws()->self;
	if (w && w->stop)
		longjmp(w->out, 1);
	flush_outbox();
}

static void worker_interrupt(js_State *J)
{
	struct worker *w = ws()->self;
	(void)J;
	if (w && w->stop)
		longjmp(w->out, 1);
	/* time-shared on core 0: its slice may be over (lib/task.h) */
	task_preempt_point();
	if (w && w->stop) /* terminate() came meanwhile */
		longjmp(w->out, 1);
}

void runtime_worker_exit(int code)
{
	struct worker *w = ws()->self;
	w->exit_code = code;
	longjmp(w->out, 1);
}

int runtime_worker_begin(js_State *J)
{
	struct worker *w = ws()->self;

	if (!w)
		return 0;
	w->J = J;
	js_setinterrupthook(J, worker_interrupt);
	task_set_preempt_flag(js_interruptflag(J)); /* a no-op on a core of its own */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (w->stop) /* terminate() came before the state existed */
		longjmp(w->out, 1);
	runtime_iso()->rnd[0] = w->seed[0];
	runtime_iso()->rnd[1] = w->seed[1] | 1;
	runtime_iso()->rnd_seeded = 1;
	return 1;
}

void runtime_worker_online(void)
{
	struct worker *w = ws()->self;
	if (w)
		send_ctl(0, W_ONLINE, w, 0);
}

/* The isolate's run, and the longjmp's landing (process.exit,
 * terminate()): its own frame, so that nothing of worker_main's is live
 * across the setjmp. */
static int __attribute__((noinline)) worker_run(struct worker *w)
{
	struct runtime_config cfg;

	w->exit_code = -1;
	if (setjmp(w->out))
		return w->stop ? 1 : w->exit_code; /* terminate(): Node's 1 */
	memset(&cfg, 0, sizeof cfg);
	cfg.envc = cfg_envc;
	cfg.env = cfg_env;
	cfg.trace_gc = cfg_trace_gc;
	cfg.heap_fixed = 1;
	return runtime_run_module(&cfg, w->main);
}

static int not_own(void *store, void *arg)
{
	struct worker *w = arg;
	uintptr_t a = (uintptr_t)store, lo = (uintptr_t)w->heap_mem;
	return a < lo || a >= lo + w->heap_size;
}

static void worker_main(void *arg)
{
	struct worker *w = arg;
	struct cpu *c = this_cpu();
	struct wstate *s;
	struct isolate *I;
	int code;

	alloc_core_use(w->heap);
	loop_core_attach(malloc(loop_core_size()));
	I = calloc(1, sizeof *I);
	s = calloc(1, sizeof *s);
	if (!I || !s || !c->loop) {
		code = RUNTIME_EXIT_OOM;
		goto out;
	}
	*I = (struct isolate)RUNTIME_ISO_INIT;
	s->self = w;
	I->worker = s;
	c->js = I;
	xmsg_attach_loop(worker_wake);
	code = worker_run(w);
	irq_enable(); /* a longjmp may have left a critical section */
	/* the stores adopted from core 0 (transferred buffers) go back: the
	 * rest of the isolate goes with its heap, unwalked */
	if (w->J)
		js_releasestores(w->J, not_own, w);
	arch_timer_cancel();
	s->closing = 1;
	if (!w->stop)
		flush_blocking();
	xmsg_detach_loop();
	/* what terminate() left unsent: its stores are freed (core 0's go
	 * back, our own end their loan), not dropped with the heap */
	while (s->out_head) {
		struct payload *p = s->out_head;
		s->out_head = p->next;
		pl_free(p);
	}
	s->out_tail = 0;
out:
	/* Nothing of this isolate runs again: what is still in the rings for
	 * it goes back to its senders' heaps (on_post: not for_me). */
	w->stop = 1;
	if (!task_id()) {
		c->js = 0;
		while (xmsg_pending())
			xmsg_poll(XMSG_BATCH);
	} else if (c->js) {
		/* time-shared on core 0 (lib/task.h), where no isolate means
		 * the main one's: the isolate stays set, closing (nothing is
		 * delivered to it: for_me, worker_live), until W_EXIT is sent,
		 * after which this task ends without looking at it again (its
		 * heap goes back when core 0's isolate takes W_EXIT) */
		s->closing = 1;
		while (xmsg_pending())
			xmsg_poll(XMSG_BATCH);
	}
	c->loop = 0;
	alloc_core_use(0);
	send_ctl(0, W_EXIT, w, (uint64_t)(code & 0xff));
}

/* ---- core 0: the parent's side */

/* Heaps of workers that ended while blocks they lent (transferred
 * ArrayBuffers) were still alive elsewhere: registered and allocated
 * until the last of those is freed (lib/alloc.h, alloc_lend), then
 * released by reap_held. Core 0's. */
static struct held {
	struct alloc_heap *heap;
	void *mem;
} held[ALLOC_CORE_HEAPS];

static void reap_held(void)
{
	for (unsigned i = 0; i < ALLOC_CORE_HEAPS; i++) {
		struct held *h = &held[i];
		void *mem = h->mem;
		if (!mem || alloc_core_lent(h->heap))
			continue;
		h->mem = 0; /* first: a free below cannot find it again */
		alloc_core_unregister(h->heap);
		free(mem);
	}
}

/* alloc_set_lent_hook: the last block a retired heap lent was freed on
 * this core. Core 0 releases the heap at once (a free inside a collection
 * that an allocation's OOM hook started then makes room for the retry);
 * another core wakes core 0, whose poll hook (main_wake) reaps. */
static void lent_back(struct alloc_heap *h)
{
	(void)h;
	if (this_cpu()->index == 0)
		reap_held();
	else
		smp_ipi(0);
}

static void main_wake(void)
{
	flush_outbox();
	reap_held();
}

/* core 0, W_EXIT: the core is free; the heap goes back. Every block of it
 * that left came back first: W_EXIT is the last message from that core,
 * and the main isolate frees each payload when it handles it. */
static void worker_done(struct worker *w)
{
	struct wstate *s = &main_ws;
	struct payload **pp;

	if (w->exited)
		return;
	w->exited = 1;
	if (w->cluster && runtime_cluster_gone)
		runtime_cluster_gone(w->core); /* before its heap goes: it frees that heap's blocks */
	core_worker[w->core] = 0;
	/* messages to it still in our outbox: never sent */
	for (pp = &s->out_head; *pp;) {
		struct payload *p = *pp;
		if (p->w == w) {
			*pp = p->next;
			pl_free(p);
		} else {
			pp = &p->next;
		}
	}
	s->out_tail = 0;
	for (struct payload *p = s->out_head; p; p = p->next)
		s->out_tail = p;
	pl_free(w->init); /* with the stores of workerData's transferList the worker never took */
	w->init = 0;
	/* the heap goes back now, or, while blocks it lent live on, when the
	 * last of them is freed (reap_held) */
	if (alloc_core_retire(w->heap) == 0) {
		alloc_core_unregister(w->heap);
		free(w->heap_mem);
	} else {
		unsigned i = 0;
		/* all but its bookkeeping and what lies up to its last loan
		 * goes back to our heap at once */
		alloc_core_shrink(w->heap);
		while (i < ALLOC_CORE_HEAPS && held[i].mem)
			i++;
		if (i == ALLOC_CORE_HEAPS) /* one per registered heap, and those are fewer */
			panic("worker_threads: no room to hold a worker's heap");
		held[i].heap = w->heap;
		held[i].mem = w->heap_mem;
		reap_held(); /* its last loan may have ended meanwhile */
	}
	w->heap_mem = 0;
	w->heap = 0;
}

static struct worker *worker_of(js_State *J, int idx)
{
	uint32_t id = (uint32_t)js_tointeger(J, idx);
	for (struct worker *w = workers; w; w = w->next)
		if (w->id == id)
			return w;
	js_error(J, "worker_threads: no worker %u", id);
	return 0;
}

/* core 0: whether a worker runs (one that ends gives its heap back) */
static int live_workers(void)
{
	for (struct worker *w = workers; w; w = w->next)
		if (!w->exited)
			return 1;
	return 0;
}

/* native.worker.has(name): whether the image packs that module */
static void w_has(js_State *J)
{
	js_pushboolean(J, runtime_find(bundle_app, js_tostring(J, 1)) != NULL);
}

/*
 * native.worker.spawn(id, name, initString, initBufs, heapBytes, cluster):
 * starts the worker on a free core; true, or false when no core is free
 * (the JS side queues it). Throws when there is no memory for its heap.
 */
static void w_spawn(js_State *J)
{
	uint32_t id = (uint32_t)js_tointeger(J, 1), core = 0;
	const char *name = js_tostring(J, 2);
	double want = js_tonumber(J, 5);
	struct alloc_stats st;
	struct worker *w;
	size_t hsize;
	struct xmsg m;

	if (runtime_in_worker())
		js_error(J, "worker_threads: only the main thread starts workers in unijs");
	reap_held();
	runtime_cores_needed();
	for (uint32_t i = 1; i < smp_ncpus() && i < SMP_MAX_CPUS; i++)
		if (smp_cpu(i) && smp_cpu(i)->online && !core_worker[i]) {
			core = i;
			break;
		}
	/* no core free: time-shared with the main isolate on core 0, while
	 * it has room (lib/task.h TASK_MAX); else the JS side queues it */
	if (!core && task_count() >= TASK_MAX) {
		js_pushboolean(J, 0);
		return;
	}
	if (init_once() < 0)
		js_error(J, "worker_threads: out of memory");
	/* the clock and the LAPIC timer's rate are measured lazily on the boot
	 * core; a worker's core only reads them (docs/internals.md, SMP) */
	clock_monotonic_ns();
	arch_timer_set(clock_monotonic_ns() + 1000000000ull);
	arch_timer_cancel(); /* our loop re-arms before it halts */

	/* The worker's heap: resourceLimits.maxOldGenerationSizeMb, else a
	 * share of what core 0 has free that leaves as much to core 0 as to
	 * every core still free after this one (free / (cores left + 2)), at
	 * least WORKER_HEAP_MIN. Fixed for the worker's life: its collector
	 * works within it as core 0's does within the machine's. */
	alloc_get_stats(&st);
	if (want > 0)
		hsize = (size_t)want;
	else {
		unsigned left = 0;
		for (uint32_t i = 1; i < smp_ncpus() && i < SMP_MAX_CPUS; i++)
			left += smp_cpu(i) && smp_cpu(i)->online && !core_worker[i] && i != core;
		size_t room = st.heap_total - st.heap_used;
		/* time-shared on core 0, it takes its task's stack too (below):
		 * counted out first, or a large share leaves no piece for it */
		if (!core)
			room = room > TASK_STACK_SIZE + 2 * 4096 ? room - TASK_STACK_SIZE - 2 * 4096 : 0;
		hsize = room / (left + 2);
		if (hsize < WORKER_HEAP_MIN)
			hsize = WORKER_HEAP_MIN;
	}
	w = calloc(1, sizeof *w);
	if (!w)
		js_error(J, "out of memory");
	/* The share counts all free memory, which may be in pieces (heaps
	 * of workers that ended, freed between others): when no piece is
	 * that large, a quarter less each time, down to WORKER_HEAP_MIN. A size the app
	 * asked for is given exactly or not at all. */
	w->heap_mem = malloc(hsize);
	while (!w->heap_mem && !(want > 0) && hsize > WORKER_HEAP_MIN) {
		hsize = hsize / 4 * 3;
		if (hsize < WORKER_HEAP_MIN)
			hsize = WORKER_HEAP_MIN;
		w->heap_mem = malloc(hsize);
	}
	w->heap = w->heap_mem ? alloc_heap_create(w->heap_mem, hsize) : 0;
	w->heap_size = hsize;
	if (!w->heap || alloc_core_register(w->heap) < 0) {
		const char *why;
		if (!core && w->heap_mem == 0 && !(want > 0) && live_workers()) {
			/* time-shared, and no room for it now: it waits for a
			 * worker to end and give its heap back, as it would wait
			 * for a core */
			free(w);
			js_pushboolean(J, 0);
			return;
		}
		why = !w->heap_mem ? "" : !w->heap ? ", no heap in it" : ", no heap slot";
		free(w->heap_mem);
		free(w);
		js_error(J, "worker_threads: no memory for the worker's heap (%zu KiB asked, %zu KiB free%s)", hsize >> 10,
			 (st.heap_total - st.heap_used) >> 10, why);
	}
	if (js_try(J)) {
		alloc_core_unregister(w->heap);
		free(w->heap_mem);
		free(w);
		js_throw(J);
	}
	w->init = pl_make(J, 3, 4);
	js_endtry(J);
	if (!core) {
		int k = task_spawn(worker_main, w); /* runs once this isolate yields */
		if (k < 0) {
			int wait = !(want > 0) && live_workers();
			pl_free(w->init);
			alloc_core_unregister(w->heap);
			free(w->heap_mem);
			free(w);
			if (wait) { /* as for its heap above: a worker's end gives room back */
				js_pushboolean(J, 0);
				return;
			}
			js_error(J, "worker_threads: no memory for the worker's stack on core 0");
		}
		core = XMSG_LOCAL_ADDR((unsigned)k);
	}
	w->id = id;
	w->core = core;
	w->cluster = js_toboolean(J, 6);
	snprintf(w->main, sizeof w->main, "%s", name);
	if (entropy_read(w->seed, sizeof w->seed) < 0) {
		w->seed[0] = rdtsc() ^ ((uint64_t)id << 32);
		w->seed[1] = clock_realtime_ns() ^ core;
	}
	w->next = workers;
	workers = w;
	core_worker[core] = w;
	if (XMSG_IS_LOCAL(core)) { /* task_spawn above: nothing to send */
		js_pushboolean(J, 1);
		return;
	}
	memset(&m, 0, sizeof m);
	m.type = W_START;
	m.b = (uint64_t)(uintptr_t)w;
	/* the AP is idle: its ring from us has room (a stale full ring would
	 * be one whose worker never drained it, which W_EXIT excludes) */
	while (xmsg_send(core, &m) == -EAGAIN)
		cpu_relax();
	js_pushboolean(J, 1);
}

/* native.worker.post(id | -1, string, bufs): -1 is the parent (in a worker) */
static void w_post(js_State *J)
{
	int id = js_tointeger(J, 1);
	struct wstate *s = ws();
	struct worker *w;
	struct payload *p;

	if (id < 0) {
		if (!s->self)
			js_error(J, "worker_threads: no parent port in the main thread");
		p = pl_make(J, 2, 3);
		send_payload(0, W_POST, s->self, p);
	} else {
		w = worker_of(J, 1);
		if (w->exited) {
			js_pushboolean(J, 0);
			return;
		}
		p = pl_make(J, 2, 3);
		send_payload(w->core, W_POST, w, p);
	}
	js_pushboolean(J, 1);
}

/* native.worker.error(string, bufs): the worker's uncaught exception, to
 * the parent as 'error' (the exit with code 1 follows) */
static void w_error(js_State *J)
{
	struct wstate *s = ws();
	if (!s->self)
		js_error(J, "worker_threads: not a worker");
	send_payload(0, W_ERROR, s->self, pl_make(J, 1, 2));
	js_pushundefined(J);
}

/* native.worker.terminate(id): asks the worker to stop at once */
static void w_terminate(js_State *J)
{
	struct worker *w = worker_of(J, 1);
	js_State *wJ;

	if (!w->exited && !w->stop) {
		w->stop = 1;
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		wJ = w->J;
		if (wJ)
			*js_interruptflag(wJ) = 1; /* a busy worker stops at its next instruction */
		xmsg_kick(w->core); /* a sleeping one wakes and stops (worker_wake) */
	}
	js_pushundefined(J);
}

/* native.worker.init(): [id, initString, initBufs] in a worker, else null */
static void w_init(js_State *J)
{
	struct worker *w = ws()->self;
	if (!w) {
		js_pushnull(J);
		return;
	}
	js_newarray(J);
	js_pushnumber(J, w->id);
	js_setindex(J, -2, 0);
	pl_push(J, w->init);
	js_setindex(J, -3, 2);
	js_setindex(J, -2, 1);
}

/* native.worker.forget(id): the Worker object is done with the record */
static void w_forget(js_State *J)
{
	uint32_t id = (uint32_t)js_tointeger(J, 1);
	for (struct worker **pp = &workers; *pp; pp = &(*pp)->next)
		if ((*pp)->id == id && (*pp)->exited) {
			struct worker *w = *pp;
			*pp = w->next;
			free(w);
			break;
		}
	js_pushundefined(J);
}

/* native.worker.setup(fn): fn(kind, id, a, b) receives the events */
static void w_setup(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, "unijs.workerEvent");
	js_pushundefined(J);
}

void runtime_worker_natives(js_State *J)
{
	js_newobject(J);
	js_newcfunction(J, w_has, "has", 1);
	js_setproperty(J, -2, "has");
	js_newcfunction(J, w_spawn, "spawn", 6);
	js_setproperty(J, -2, "spawn");
	js_newcfunction(J, w_post, "post", 3);
	js_setproperty(J, -2, "post");
	js_newcfunction(J, w_error, "error", 2);
	js_setproperty(J, -2, "error");
	js_newcfunction(J, w_terminate, "terminate", 1);
	js_setproperty(J, -2, "terminate");
	js_newcfunction(J, w_init, "init", 0);
	js_setproperty(J, -2, "init");
	js_newcfunction(J, w_forget, "forget", 1);
	js_setproperty(J, -2, "forget");
	js_newcfunction(J, w_setup, "setup", 1);
	js_setproperty(J, -2, "setup");
	js_setproperty(J, -2, "worker");
}

int runtime_worker_cluster(void)
{
	struct worker *w = ws()->self;
	return w && w->cluster;
}

int runtime_worker_live(void)
{
	struct wstate *s = ws();
	return s->self && !s->closing && !s->self->stop;
}

int runtime_worker_cluster_on(uint32_t core)
{
	struct worker *w = core < XMSG_ADDRS ? core_worker[core] : 0;
	return w && w->cluster && !w->exited;
}

/* runtime_run: the main isolate's environment, which workers inherit */
void runtime_worker_config(const struct runtime_config *cfg)
{
	cfg_envc = cfg->envc;
	cfg_env = cfg->env;
	cfg_trace_gc = cfg->trace_gc;
}
