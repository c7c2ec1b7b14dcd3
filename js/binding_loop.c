/*
 * binding_loop.c: JavaScript on the event loop (lib/loop.h): the
 * process.nextTick and microtask queues, timers, the check phase that runs
 * setImmediate callbacks, serial input for process.stdin, performance.now,
 * and the loop hooks.
 *
 * Phases, as Node documents them: lib/loop runs due timers, then the
 * posted events (serial input), then the check phase (immediates), then
 * halts until the next deadline or interrupt. After every callback it
 * calls loop_after, which drains the nextTick queue, then the
 * microtask queue, again until both are empty (Node's
 * processTicksAndRejections). Each JS call from the loop runs under js_try:
 * an exception goes to runtime_threw (the 'uncaughtException' listeners, or
 * the end of the app).
 *
 * Timers: a Timeout is a mujs userdata object whose C side (struct
 * js_timer) embeds the struct loop_timer. While the timer is active (or an
 * interval's callback runs) the object sits in a slot of a registry array
 * (runtime_hold), so GC cannot take it; once released, GC may, and the
 * finalizer frees the C side. Slots are array indices, not registry names:
 * mujs interns every property name for good, so js_ref per timer would
 * leak. Deadlines are clock_monotonic_ns() at the call + the delay: never
 * early however long the current callback ran.
 *
 * Immediates live in js/lib/timers.js (a list); C only keeps their counts
 * (native.immediateState) so that the loop knows whether to run the check
 * phase and whether ref'd ones keep it awake and alive.
 *
 * The queues of ticks and microtasks are registry arrays consumed from a
 * head index, so an exception in one callback leaves the rest queued.
 *
 * Once js/lib/async_hooks.js has loaded (native.asyncTicks), a tick also
 * carries that module's context as Node's tick objects carry their async
 * ids: the state array [context, executionAsyncId, triggerAsyncId,
 * last id] is read when the tick is queued (a fresh id, the current
 * context and id as its trigger) and set while its callback runs, then
 * put back, also when the callback throws. This was a JS wrapper of
 * process.nextTick and a JS function around each callback: two JS calls
 * a tick, and Express loads async_hooks (on-finished).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/serial.h"
#include "lib/clock.h"
#include "lib/loop.h"

#include "runtime_internal.h"


/* ---- slots: values kept reachable from C, by array index */

#define SLOTS "unijs.slots"

int runtime_hold(js_State *J, int idx)
{
	struct isolate *I = runtime_iso();
	int s;

	if (idx < 0)
		idx = js_gettop(J) + idx;
	/* slot_free can take every index ever handed out: cap >= slot_len */
	if (!I->slot_nfree && I->slot_len == I->slot_cap) {
		int cap = I->slot_cap ? I->slot_cap * 2 : 64;
		int *f = realloc(I->slot_free, (size_t)cap * sizeof *f);
		if (!f) {
			js_pushliteral(J, "out of memory");
			js_throw(J);
		}
		I->slot_free = f;
		I->slot_cap = cap;
	}
	s = I->slot_nfree ? I->slot_free[--I->slot_nfree] : I->slot_len++;
	js_getregistry(J, SLOTS);
	js_copy(J, idx);
	js_setindex(J, -2, s);
	js_pop(J, 1);
	return s;
}

void runtime_release(js_State *J, int slot)
{
	struct isolate *I = runtime_iso();

	js_getregistry(J, SLOTS);
	js_pushundefined(J);
	js_setindex(J, -2, slot);
	js_pop(J, 1);
	/* slot_nfree < slot_len <= slot_cap */
	I->slot_free[I->slot_nfree++] = slot;
}

void runtime_push_held(js_State *J, int slot)
{
	js_getregistry(J, SLOTS);
	js_getindex(J, -1, slot);
	js_rot2pop1(J);
}

/* ---- the nextTick and microtask queues */

#define JSQ_KEEP 256 /* values a drain may leave in its queue until it ends */

static void jsq_init(js_State *J, struct runtime_jsq *q)
{
	js_newarray(J);
	js_setregistry(J, q->key);
}

/* Appends the n values on top of the stack (they stay there). */
static void jsq_push(js_State *J, struct runtime_jsq *q, int n)
{
	int i, base = js_gettop(J) - n;

	js_getregistry(J, q->key);
	for (i = 0; i < n; i++) {
		js_copy(J, base + i);
		js_setindex(J, -2, q->len + i);
	}
	js_pop(J, 1);
	q->len += n;
}

/* Pushes the value at the head and consumes it, the queue's array being
 * at stack index a (absolute):
 * runtime_run_ticks holds each array there while it drains, rather than
 * looking it up in the registry for every value it takes (three or more
 * a tick; a keep-alive HTTP request runs some ten ticks). The array is
 * the same object for the queue's life (jsq_init; emptied by length). */
static void jsq_take_at(js_State *J, struct runtime_jsq *q, int a)
{
	js_getindex(J, a, q->head);
	/* Let GC have a value once taken, but not the first JSQ_KEEP of a
	 * drain: the queue empties at the end of each drain (the length set
	 * to 0 lets go of them all), and those few are held at most until
	 * then; a keep-alive HTTP request takes some 40 values, each clear a
	 * js_setindex. A drain that goes on (ticks queueing ticks) clears the
	 * rest as it takes them. */
	if (q->head >= JSQ_KEEP) {
		js_pushundefined(J);
		js_setindex(J, a, q->head);
	}
	if (++q->head == q->len) {
		q->head = q->len = 0;
		js_setlength(J, a, 0);
	}
}

/* The same, the array looked up in the registry. */
static void jsq_take(js_State *J, struct runtime_jsq *q)
{
	js_getregistry(J, q->key);
	jsq_take_at(J, q, js_gettop(J) - 1);
	js_rot2pop1(J);
}

void runtime_jsq_push(js_State *J, struct runtime_jsq *q, int n) { jsq_push(J, q, n); }
void runtime_jsq_take(js_State *J, struct runtime_jsq *q) { jsq_take(J, q); }
void runtime_microtask_push(js_State *J, int n) { jsq_push(J, &runtime_iso()->micro, n); }

static void throw_not_function(js_State *J, const char *what, int idx)
{
	js_pushliteral(J, "The \"");
	js_pushstring(J, what);
	js_concat(J);
	js_pushliteral(J, "\" argument must be of type function. Received ");
	js_concat(J);
	if (js_isundefined(J, idx) || js_isnull(J, idx))
		js_pushstring(J, js_tostring(J, idx));
	else if (js_isobject(J, idx))
		js_pushliteral(J, "an instance of Object");
	else {
		js_pushliteral(J, "type ");
		js_pushstring(J, js_typeof(J, idx));
		js_concat(J);
		js_pushliteral(J, " (");
		js_concat(J);
		js_copy(J, idx);
		js_concat(J);
		js_pushliteral(J, ")");
		js_concat(J);
	}
	js_concat(J);
	js_newtypeerror(J, js_tostring(J, -1));
	js_pushliteral(J, "ERR_INVALID_ARG_TYPE");
	js_setproperty(J, -2, "code");
	js_throw(J);
}

#define ASYNC_STATE "unijs.asyncState" /* async_hooks' state array */
#define NEXT_TICK "unijs.nextTick"     /* process.nextTick as the runtime made it */

/* process.nextTick(fn, ...args): queued as n, fn, args..., or once
 * async_hooks has loaded as -1 - n, fn, context, id, trigger, args...;
 * a tick of one argument, the usual one (the library's ticks, a
 * request's half a dozen), as fn, arg: the runner tells the two by the
 * first value's type (a function is never a number), and that tick
 * costs a value stored and taken fewer. */
static void process_nextTick(js_State *J)
{
	struct isolate *I = runtime_iso();
	int nargs = js_gettop(J) - 2, extra = 0, i;
	double id;

	if (!js_iscallable(J, 1))
		throw_not_function(J, "callback", 1);
	if (!I->async_ticks) {
		if (nargs == 1) {
			jsq_push(J, &I->ticks, 2); /* (fn and arg, where they are) */
			js_pushundefined(J);
			return;
		}
		js_pushnumber(J, nargs);
		js_copy(J, 1);
	} else {
		js_pushnumber(J, -1 - nargs);
		js_copy(J, 1);
		js_getregistry(J, ASYNC_STATE);   /* state */
		js_getindex(J, -1, 3);
		id = js_tonumber(J, -1) + 1;
		js_pop(J, 1);
		js_pushnumber(J, id);
		js_setindex(J, -2, 3);            /* state[3] = id */
		js_getindex(J, -1, 0);            /* state context */
		js_rot2(J);                       /* context state */
		js_pushnumber(J, id);
		js_rot2(J);                       /* context id state */
		js_getindex(J, -1, 1);
		js_rot2pop1(J);                   /* context id trigger */
		extra = 3;
	}
	for (i = 0; i < nargs; i++)
		js_copy(J, 2 + i);
	jsq_push(J, &I->ticks, 2 + extra + nargs);
	js_pushundefined(J);
}

/* native.asyncTicks(state): ticks carry async_hooks' context from now on. */
static void native_asyncTicks(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, ASYNC_STATE);
	runtime_iso()->async_ticks = 1;
	js_pushundefined(J);
}

/* Puts back the state a tick that threw had set (run_tick_async). */
void runtime_async_restore(js_State *J)
{
	struct isolate *I = runtime_iso();
	int k;

	if (!I->async_restore)
		return;
	I->async_restore = 0;
	js_getregistry(J, ASYNC_STATE);
	for (k = 0; k < 3; k++) {
		js_getindex(J, -1, 4 + k);
		js_setindex(J, -2, k);
	}
	js_pop(J, 1);
}

/* One tick queued with async_hooks' context: fn and undefined are on the
 * stack, its count taken; its context, id, trigger and n arguments come
 * next in the queue, whose array is at stack index t (runtime_run_ticks
 * holds it: not looked up again for each value). */
static void run_tick_async(js_State *J, struct runtime_jsq *q, int t, int n)
{
	int base = js_gettop(J) - 2, k;

	js_getregistry(J, ASYNC_STATE); /* base + 2 */
	for (k = 0; k < 3; k++)
		js_getindex(J, base + 2, k); /* base + 3 ..: the state to restore */
	for (k = 0; k < 3; k++) {
		jsq_take_at(J, q, t);
		js_setindex(J, base + 2, k);
	}
	if (js_try(J)) {
		/* As in Node, 'uncaughtException' listeners run in the context
		 * of the tick that threw: the state is put back after them
		 * (runtime_async_restore, from runtime_threw). */
		for (k = 0; k < 3; k++) {
			js_copy(J, base + 3 + k);
			js_setindex(J, base + 2, 4 + k);
		}
		runtime_iso()->async_restore = 1;
		js_throw(J);
	}
	js_copy(J, base);
	js_copy(J, base + 1);
	for (k = 0; k < n; k++)
		jsq_take_at(J, q, t);
	js_call(J, n);
	js_pop(J, 1);
	js_endtry(J);
	for (k = 0; k < 3; k++) {
		js_copy(J, base + 3 + k);
		js_setindex(J, base + 2, k);
	}
	js_pop(J, 6);
}

static void queue_microtask(js_State *J)
{
	if (!js_iscallable(J, 1))
		throw_not_function(J, "callback", 1);
	js_copy(J, 1);
	jsq_push(J, &runtime_iso()->micro, 1);
	js_pushundefined(J);
}

int runtime_ticks_pending(void)
{
	struct isolate *I = runtime_iso();
	return I->ticks.len > I->ticks.head || I->micro.len > I->micro.head ||
	       I->rejected.len > I->rejected.head || I->handled.len > I->handled.head;
}

void runtime_run_ticks(js_State *J)
{
	struct isolate *I = runtime_iso();
	int n, k, t = -1, m = -1;

	/* the two queues' arrays, held below the calls (jsq_take_at); a tick
	 * that throws unwinds them with the rest of the stack. Each is looked
	 * up in the registry when first needed: most drains run ticks and no
	 * microtask (a keep-alive HTTP request's) */
	do {
		if (t < 0 && I->ticks.head < I->ticks.len) {
			js_getregistry(J, I->ticks.key);
			t = js_gettop(J) - 1;
		}
		while (I->ticks.head < I->ticks.len) {
			jsq_take_at(J, &I->ticks, t);
			if (js_isnumber(J, -1)) { /* n, fn (else fn, arg) */
				n = js_tointeger(J, -1);
				js_pop(J, 1);
				jsq_take_at(J, &I->ticks, t);
			} else {
				n = 1;
			}
			js_pushundefined(J);
			if (n < 0) {
				run_tick_async(J, &I->ticks, t, -1 - n);
				continue;
			}
			for (k = 0; k < n; k++)
				jsq_take_at(J, &I->ticks, t);
			js_call(J, n);
			js_pop(J, 1);
		}
		/* a function (queueMicrotask), or a promise job: its kind
		 * (a number) and three values (binding_promise.c) */
		if (m < 0 && I->micro.head < I->micro.len) {
			js_getregistry(J, I->micro.key);
			m = js_gettop(J) - 1;
		}
		while (I->micro.head < I->micro.len) {
			jsq_take_at(J, &I->micro, m);
			if (js_isnumber(J, -1)) {
				k = js_tointeger(J, -1);
				js_pop(J, 1);
				jsq_take_at(J, &I->micro, m);
				jsq_take_at(J, &I->micro, m);
				jsq_take_at(J, &I->micro, m);
				runtime_promise_job(J, k);
				continue;
			}
			js_pushundefined(J);
			js_call(J, 0);
			js_pop(J, 1);
		}
		/* Node's processTicksAndRejections: the rejections nobody
		 * handled are reported once both queues are empty, and what
		 * their listeners queue runs before this drain ends */
	} while (I->ticks.head < I->ticks.len || runtime_promise_rejections(J));
	js_pop(J, (t >= 0) + (m >= 0));
}

/* native.ticksQueued(): whether a nextTick is waiting. A tick that ends
 * by queueing another while none waits may run that one's work itself:
 * the runner would take it next (before microtasks), with nothing in
 * between (js/lib/http.js, a request's last ticks). */
static void native_ticksQueued(js_State *J)
{
	struct isolate *I = runtime_iso();
	js_pushboolean(J, I->ticks.head < I->ticks.len);
}

/* native.tickLast(fn): the argument of the one tick waiting when it is
 * fn(arg), queued with process.nextTick(fn, arg); otherwise undefined
 * (always once ticks carry async_hooks' context). A tick to be queued
 * after it may be owed instead, when that tick's work is done by fn(arg)
 * or queued first by it (native.tickFirst): js/lib/http.js, _end and
 * finishTick. */
/* With the ticks' array on top, one tick of one argument waiting (queued
 * as fn, arg: process_nextTick): whether the value at k of this call's
 * arguments is the one at i of the array (i: q->head for its function,
 * q->head + 1 for its argument). */
static int tick_is(js_State *J, int i, int k)
{
	int same;

	js_getindex(J, -1, i);
	js_copy(J, k);
	same = js_strictequal(J);
	js_pop(J, 2);
	return same;
}

static void native_tickLast(js_State *J)
{
	struct isolate *I = runtime_iso();
	struct runtime_jsq *q = &I->ticks;

	if (I->async_ticks || q->len - q->head != 2) {
		js_pushundefined(J);
		return;
	}
	js_getregistry(J, q->key);
	if (tick_is(J, q->head, 1))
		js_getindex(J, -1, q->head + 1);
	else
		js_pushundefined(J);
}

/* native.tickFirst(fn, arg): fn(arg) queued before every tick waiting,
 * as one tick of one argument (the way a tick queued before they were
 * would be waiting: an owed tick, native.tickLast). */
static void native_tickFirst(js_State *J)
{
	struct runtime_jsq *q = &runtime_iso()->ticks;
	int i;

	if (!js_iscallable(J, 1))
		throw_not_function(J, "callback", 1);
	if (q->head == q->len) {
		jsq_push(J, q, 2);
		js_pushundefined(J);
		return;
	}
	js_getregistry(J, q->key);
	if (q->head < 2) { /* (no room before the head: the rest moved up) */
		for (i = q->len - 1; i >= q->head; i--) {
			js_getindex(J, -1, i);
			js_setindex(J, -2, i + 2);
		}
		q->len += 2;
	} else {
		q->head -= 2;
	}
	js_copy(J, 1);
	js_setindex(J, -2, q->head);
	js_copy(J, 2);
	js_setindex(J, -2, q->head + 1);
	js_pop(J, 1);
	js_pushundefined(J);
}

/* native.tickAlone(fn, arg): whether the ticks waiting are exactly the
 * one fn(arg) queued with process.nextTick(fn, arg), which is then taken
 * from the queue unrun; with fn undefined, whether none waits. Always
 * false once ticks carry async_hooks' context (their ids and contexts
 * would show a tick gone). A tick that finds its successors fixed this
 * way (nothing else waits, and they run no code but the library's) may
 * do their work itself and queue none of them: js/lib/http.js, the end
 * of a request (finishTick). */
static void native_tickAlone(js_State *J)
{
	struct isolate *I = runtime_iso();
	struct runtime_jsq *q = &I->ticks;
	int alone;

	if (I->async_ticks) {
		js_pushboolean(J, 0);
		return;
	}
	if (js_isundefined(J, 1)) {
		js_pushboolean(J, q->head == q->len);
		return;
	}
	alone = 0;
	if (q->len - q->head == 2) {
		js_getregistry(J, q->key);
		alone = tick_is(J, q->head, 1) && tick_is(J, q->head + 1, 2);
		if (alone) { /* (taken from the array in hand: each take
			      * pushes the value it takes) */
			jsq_take_at(J, q, js_gettop(J) - 1);
			jsq_take_at(J, q, js_gettop(J) - 2);
			js_pop(J, 2);
		}
		js_pop(J, 1);
	}
	js_pushboolean(J, alone);
}

static void native_runTicks(js_State *J)
{
	runtime_run_ticks(J);
	js_pushundefined(J);
}

/* The loop's after-callback hook: drain, surviving handled exceptions. */
static void loop_after(void)
{
	js_State *J = runtime_iso()->J;

	while (!runtime_dead() && runtime_ticks_pending()) {
		if (js_try(J)) {
			runtime_threw(J);
			continue;
		}
		runtime_run_ticks(J);
		js_endtry(J);
	}
}

void runtime_drain(js_State *J)
{
	(void)J;
	loop_after();
}

/* ---- timers */

#define TIMEOUT_TAG "Timeout"
#define TIMEOUT_MAX 2147483647.0

struct js_timer {
	struct loop_timer lt; /* first: the loop hands us &lt */
	double delay;         /* ms, coerced */
	int slot;             /* held while active or firing; -1 */
	uint8_t repeat;
	uint8_t cleared;
};

static uint64_t ms_to_ns(double ms) { return (uint64_t)(ms * 1e6); }

static void timer_arm(js_State *J, struct js_timer *t, int idx, uint64_t deadline)
{
	if (t->slot < 0)
		t->slot = runtime_hold(J, idx);
	if (loop_timer_start(&t->lt, deadline) < 0) {
		runtime_release(J, t->slot);
		t->slot = -1;
		js_pushliteral(J, "out of memory");
		js_throw(J);
	}
}

static void timer_fire(struct loop_timer *lt)
{
	struct js_timer *volatile t = (struct js_timer *)lt;
	js_State *J = runtime_iso()->J;
	int top = js_gettop(J), obj, n, i;
	volatile uint64_t start;

	if (runtime_dead())
		return;
	runtime_push_held(J, t->slot);
	obj = js_gettop(J) - 1;
	if (!t->repeat) {
		runtime_release(J, t->slot);
		t->slot = -1;
	}
	start = clock_monotonic_ns();
	if (js_try(J)) {
		runtime_threw(J);
	} else {
		/* timer._onTimeout(...timer._timerArgs), this = the timer */
		js_getproperty(J, obj, "_onTimeout");
		js_copy(J, obj);
		js_getproperty(J, obj, "_timerArgs");
		n = 0;
		if (js_isarray(J, -1)) {
			int a = js_gettop(J) - 1;
			n = js_getlength(J, a);
			for (i = 0; i < n; i++)
				js_getindex(J, a, i);
			js_remove(J, a);
		} else {
			js_pop(J, 1);
		}
		js_call(J, n);
		js_endtry(J);
	}
	/* An interval goes on even after its callback threw (Node's finally),
	 * unless it was cleared or refreshed meanwhile. */
	if (t->repeat && !t->cleared && !loop_timer_active(&t->lt) && !runtime_dead()) {
		if (loop_timer_start(&t->lt, start + ms_to_ns(t->delay)) < 0) {
			runtime_release(J, t->slot);
			t->slot = -1;
		}
	}
	js_pop(J, js_gettop(J) - top);
}

static void timer_finalize(js_State *J, void *p)
{
	struct js_timer *t = p;

	(void)J;
	loop_timer_stop(&t->lt); /* never active here: active timers are held */
	free(t);
}

static struct js_timer *timer_self(js_State *J, int idx)
{
	if (!js_isuserdata(J, idx, TIMEOUT_TAG))
		return NULL;
	return js_touserdata(J, idx, TIMEOUT_TAG);
}

/* Pushes a started Timeout (prototype from native.timerSetup) calling
 * callback with args (an array or undefined). */
static void timer_new(js_State *J, int callback, double d, int repeat, int args)
{
	struct js_timer *t;

	if (!(d >= 1 && d <= TIMEOUT_MAX))
		d = 1;
	t = malloc(sizeof *t);
	if (!t) {
		js_pushliteral(J, "out of memory");
		js_throw(J);
	}
	loop_timer_init(&t->lt, timer_fire);
	t->delay = d;
	t->slot = -1;
	t->repeat = (uint8_t)repeat;
	t->cleared = 0;
	js_getregistry(J, "unijs.Timeout");
	js_newuserdata(J, TIMEOUT_TAG, t, timer_finalize);
	js_copy(J, callback);
	js_setproperty(J, -2, "_onTimeout");
	if (args) {
		js_copy(J, args);
		js_setproperty(J, -2, "_timerArgs");
	}
	timer_arm(J, t, -1, clock_monotonic_ns() + ms_to_ns(d));
}

/*
 * setTimeout(callback, delay, ...args) and setInterval (function data
 * non-NULL), in C: they are called a lot, and a JS wrapper would cost an
 * arguments object per call. A bad callback goes to the JS check
 * (timers.js) for Node's wording of the error.
 */
static void timers_set(js_State *J)
{
	int n = js_gettop(J) - 1, i, args = 0;

	if (!js_iscallable(J, 1)) {
		js_getregistry(J, "unijs.checkCallback");
		js_pushundefined(J);
		js_copy(J, 1);
		js_call(J, 1);
		js_pop(J, 1);
	}
	if (n > 2) {
		js_newarray(J);
		for (i = 3; i <= n; i++) {
			js_copy(J, i);
			js_setindex(J, -2, i - 3);
		}
		args = js_gettop(J) - 1;
	}
	timer_new(J, 1, js_tonumber(J, 2), js_currentfunctiondata(J) != NULL, args);
}

/* clearTimeout(timer), clearInterval, timeout.close() */
static void timers_clear(js_State *J)
{
	struct js_timer *t = js_isuserdata(J, 1, TIMEOUT_TAG) ? js_touserdata(J, 1, TIMEOUT_TAG) : NULL;

	if (t && !t->cleared) {
		loop_timer_stop(&t->lt);
		t->cleared = 1;
		if (t->slot >= 0) {
			runtime_release(J, t->slot);
			t->slot = -1;
		}
		js_pushnull(J);
		js_setproperty(J, 1, "_onTimeout");
	}
	js_pushundefined(J);
}

/* native.timerSetup(Timeout.prototype, checkCallback): the object with
 * setTimeout, setInterval and clearTimeout as C functions */
static void native_timerSetup(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, "unijs.Timeout");
	js_copy(J, 2);
	js_setregistry(J, "unijs.checkCallback");
	js_newobject(J);
	js_newcfunctionx(J, timers_set, "setTimeout", 2, NULL, NULL);
	js_setproperty(J, -2, "setTimeout");
	js_newcfunctionx(J, timers_set, "setInterval", 2, (void *)1, NULL);
	js_setproperty(J, -2, "setInterval");
	js_newcfunction(J, timers_clear, "clearTimeout", 1);
	js_setproperty(J, -2, "clearTimeout");
}

/* native.timerRefresh(t): again from now, also after it fired; not once
 * cleared (Node's rule). */
static void native_timerRefresh(js_State *J)
{
	struct js_timer *t = timer_self(J, 1);

	if (t && !t->cleared)
		timer_arm(J, t, 1, clock_monotonic_ns() + ms_to_ns(t->delay));
	js_pushundefined(J);
}

static void native_timerRef(js_State *J)
{
	struct js_timer *t = timer_self(J, 1);

	if (t) {
		if (js_toboolean(J, 2))
			loop_timer_ref(&t->lt);
		else
			loop_timer_unref(&t->lt);
	}
	js_pushundefined(J);
}

static void native_timerHasRef(js_State *J)
{
	struct js_timer *t = timer_self(J, 1);

	js_pushboolean(J, t && loop_timer_has_ref(&t->lt));
}

/* ---- the check phase (setImmediate) */


static void native_immediateState(js_State *J)
{
	struct isolate *I = runtime_iso();
	I->imm_total = js_tointeger(J, 1);
	I->imm_refd = js_tointeger(J, 2);
	js_pushundefined(J);
}

static int check_pending(void) { return runtime_iso()->imm_refd; }

static void check_call(js_State *J, int resume)
{
	js_getregistry(J, "unijs.processImmediate");
	js_pushundefined(J);
	js_pushboolean(J, resume);
	js_call(J, 1);
	js_pop(J, 1);
}

static void check_run(void)
{
	struct isolate *I = runtime_iso();
	js_State *J = I->J;
	volatile int resume = 0;

	if (!I->imm_total)
		return;
	/* After an exception the rest of this phase's immediates still run
	 * (as in Node), once the ticks it left are drained. */
	for (;;) {
		if (runtime_dead())
			return;
		if (js_try(J)) {
			runtime_threw(J);
			loop_after();
			resume = 1;
			continue;
		}
		check_call(J, resume);
		js_endtry(J);
		return;
	}
}

static void native_immediateSetup(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, "unijs.processImmediate");
	js_pushundefined(J);
}

/* ---- loop references for handles written in JS (process.stdin) */

static void native_loopRef(js_State *J)
{
	if (js_toboolean(J, 1))
		loop_ref();
	else
		loop_unref();
	js_pushundefined(J);
}

/* ---- serial input */

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII };

/* Length of the UTF-8 sequence led by c, 0 if c cannot lead one. */
static int utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 0;
}

/*
 * Bytes to the string mujs stores (UTF-8, NUL as C0 80): UTF-8 input is
 * checked, bad bytes become U+FFFD, and a sequence cut at the end of a
 * chunk waits for the next one (Node's StringDecoder); latin1 maps each
 * byte to U+0000..U+00FF, ascii drops the top bit.
 */
static size_t stdin_decode(const unsigned char *in, size_t len, char *out)
{
	struct isolate *I = runtime_iso();
	char *o = out;
	size_t i = 0;

	while (i < len) {
		unsigned char c = in[i];
		int n, k;

		if (I->stdin_enc != ENC_UTF8) {
			if (I->stdin_enc == ENC_ASCII)
				c &= 0x7f;
			if (c == 0 || c >= 0x80) {
				*o++ = (char)(0xc0 | (c >> 6));
				*o++ = (char)(0x80 | (c & 0x3f));
			} else {
				*o++ = (char)c;
			}
			i++;
			continue;
		}
		n = utf8_len(c);
		if (n == 1) {
			if (c == 0) {
				*o++ = (char)0xc0;
				*o++ = (char)0x80;
			} else {
				*o++ = (char)c;
			}
			i++;
			continue;
		}
		for (k = 1; n && k < n && i + k < len; k++)
			if ((in[i + k] & 0xc0) != 0x80)
				break;
		if (n && k == n) {
			memcpy(o, in + i, (size_t)n);
			o += n;
			i += (size_t)n;
		} else if (n && i + k == len) {
			/* cut short: keep it for the next chunk */
			I->stdin_ncarry = (int)(len - i);
			memcpy(I->stdin_carry, in + i, (size_t)I->stdin_ncarry);
			break;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	return (size_t)(o - out);
}

static void stdin_rx(const char *buf, size_t len)
{
	js_State *J = runtime_iso()->J;
	unsigned char *in;
	char *volatile out = NULL;
	size_t n, inlen;
	int top = js_gettop(J);

	if (runtime_dead())
		return;
	inlen = (size_t)runtime_iso()->stdin_ncarry + len;
	in = malloc(inlen ? inlen : 1);
	out = in ? malloc(inlen * 3 + 1) : NULL;
	if (!out) {
		free(in);
		return; /* out of memory: this chunk is lost */
	}
	memcpy(in, runtime_iso()->stdin_carry, (size_t)runtime_iso()->stdin_ncarry);
	memcpy(in + runtime_iso()->stdin_ncarry, buf, len);
	runtime_iso()->stdin_ncarry = 0;
	n = stdin_decode(in, inlen, out);
	free(in);
	if (!n) {
		free(out);
		return;
	}
	if (js_try(J)) {
		free(out);
		runtime_threw(J);
		js_pop(J, js_gettop(J) - top);
		return;
	}
	js_getregistry(J, "unijs.stdinData");
	js_pushundefined(J);
	js_pushlstring(J, out, (int)n);
	free(out);
	out = NULL;
	js_call(J, 1);
	js_endtry(J);
	js_pop(J, js_gettop(J) - top);
}

/* native.stdinStart(onData): 0 or a negative errno */
static void native_stdinStart(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, "unijs.stdinData");
	js_pushnumber(J, serial_rx_start(stdin_rx));
}

static void native_stdinStop(js_State *J)
{
	serial_rx_stop();
	js_pushundefined(J);
}

static void native_stdinEncoding(js_State *J)
{
	struct isolate *I = runtime_iso();
	const char *e = js_tostring(J, 1);

	if (!strcmp(e, "latin1") || !strcmp(e, "binary"))
		I->stdin_enc = ENC_LATIN1;
	else if (!strcmp(e, "ascii"))
		I->stdin_enc = ENC_ASCII;
	else
		I->stdin_enc = ENC_UTF8;
	js_pushundefined(J);
}

/* ---- vm.runInThisContext: a script in the global scope (mujs has no
 * indirect eval), its completion value */

static void native_runScript(js_State *J)
{
	const char *name = js_isstring(J, 2) ? js_tostring(J, 2) : "evalmachine.<anonymous>";

	js_loadstring(J, name, js_tostring(J, 1));
	js_pushglobal(J);
	js_call(J, 0);
}

/* ---- performance */

static void performance_now(js_State *J)
{
	js_pushnumber(J, (double)clock_monotonic_ns() / 1e6);
}

static void performance_timeOrigin(js_State *J)
{
	static double origin;

	if (origin == 0) {
		uint64_t mono = clock_monotonic_ns();
		origin = (double)clock_realtime_ns() / 1e6 - (double)mono / 1e6;
	}
	js_pushnumber(J, origin);
}

/* ---- set-up */

static void native_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

/* Adds the loop's functions to the natives object on top of the stack. */
/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
void __attribute__((cold)) runtime_loop_natives(js_State *J)
{
	native_func(J, "runTicks", native_runTicks, 0);
	native_func(J, "ticksQueued", native_ticksQueued, 0);
	native_func(J, "tickAlone", native_tickAlone, 2);
	native_func(J, "tickLast", native_tickLast, 1);
	native_func(J, "tickFirst", native_tickFirst, 2);
	/* process.nextTick, made here (before runtime_loop_init): the
	 * library tells the runtime's own from an app's replacement by it */
	js_newcfunction(J, process_nextTick, "nextTick", 1);
	js_copy(J, -1);
	js_setregistry(J, NEXT_TICK);
	js_setproperty(J, -2, "nextTick");
	native_func(J, "asyncTicks", native_asyncTicks, 1);
	native_func(J, "timerSetup", native_timerSetup, 2);
	native_func(J, "timerRefresh", native_timerRefresh, 1);
	native_func(J, "timerRef", native_timerRef, 2);
	native_func(J, "timerHasRef", native_timerHasRef, 1);
	native_func(J, "immediateSetup", native_immediateSetup, 1);
	native_func(J, "immediateState", native_immediateState, 2);
	native_func(J, "loopRef", native_loopRef, 1);
	native_func(J, "stdinStart", native_stdinStart, 1);
	native_func(J, "stdinStop", native_stdinStop, 0);
	native_func(J, "stdinEncoding", native_stdinEncoding, 1);
	native_func(J, "runScript", native_runScript, 2);
	runtime_promise_natives(J);
}

/* process.stdin: built on first read (js/lib/internal_stdin.js). */
static void process_stdin_get(js_State *J)
{
	runtime_module_load(J, "internal_stdin", 0);
	js_getglobal(J, "process");
	js_delproperty(J, -1, "stdin");
	js_copy(J, -2);
	js_defproperty(J, -2, "stdin", JS_DONTENUM);
	js_pop(J, 1);
}

/* Installs the globals; process is on top of the stack. */
/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
void __attribute__((cold)) runtime_loop_init(js_State *J)
{
	struct isolate *I = runtime_iso();
	I->J = J;
	js_newarray(J);
	js_setregistry(J, SLOTS);
	jsq_init(J, &I->ticks);
	jsq_init(J, &I->micro);
	jsq_init(J, &I->rejected);
	jsq_init(J, &I->handled);

	js_getregistry(J, NEXT_TICK); /* (runtime_loop_natives made it) */
	js_setproperty(J, -2, "nextTick");
	js_newcfunction(J, process_stdin_get, "get stdin", 0);
	js_pushnull(J);
	js_defaccessor(J, -3, "stdin", JS_DONTENUM);

	js_newcfunction(J, queue_microtask, "queueMicrotask", 1);
	js_defglobal(J, "queueMicrotask", JS_DONTENUM);
	runtime_promise_init(J);

	js_newobject(J);
	js_newcfunction(J, performance_now, "now", 0);
	js_defproperty(J, -2, "now", JS_DONTENUM);
	js_newcfunction(J, performance_timeOrigin, "get timeOrigin", 0);
	js_pushnull(J);
	js_defaccessor(J, -3, "timeOrigin", 0);
	js_defglobal(J, "performance", JS_DONTENUM);

	loop_set_after_callback(loop_after);
	loop_set_check(check_run, check_pending);
	if (!runtime_in_worker()) /* signals reach the main isolate only */
		runtime_signal_init(J); /* process.kill, the power button: binding_signal.c */
}
