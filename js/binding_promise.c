/*
 * binding_promise.c: Promise (ES2024 27.2) in C, its jobs on the runtime's
 * microtask queue, AggregateError, and Node's reports of rejections nobody
 * handled.
 *
 * Why: core-js's Promise, packed into every image whose code names
 * Promise or uses async functions, cost some 30 core-js modules to load
 * at boot and ran each then() and each job as core-js's JavaScript.
 *
 * A promise is an object of the engine's internal values (js_newslots,
 * patches/mujs/0215): its result and its first reaction in slots, more
 * reactions in an array, its state and flags in the slots' bits; no
 * property shows any of it (Object.getOwnPropertyNames is [] as in
 * Node). The resolving functions hold a record (the promise and whether
 * one of the pair ran) as C functions holding an object (js_newcfunctiono).
 *
 * Jobs go on the microtask queue (binding_loop.c) with queueMicrotask's
 * callbacks, in one FIFO as in V8: a job is its kind and three values.
 * A reaction whose derived promise is one of ours settles it from C;
 * one made through a subclass's constructor (NewPromiseCapability) gets
 * its resolve and reject called. The order of jobs is the spec's
 * (thenables adopted through a job, NewPromiseResolveThenableJob), which
 * is V8's, so await lowered by Babel (Promise.resolve(v).then(...))
 * takes the ticks V8's await takes.
 *
 * Rejections: a promise rejected without a handler is listed; one that
 * gets a handler before the list is looked at leaves it (its flag goes).
 * Once the tick and microtask queues are empty, the runner
 * (runtime_run_ticks) has the list reported as Node's
 * processPromiseRejections does: 'rejectionHandled' for reported ones
 * handled since, then each one still unhandled to process
 * 'unhandledRejection' listeners, or raised as an uncaught exception
 * (js/lib/internal.js: promiseRejection).
 *
 * Promise.all, allSettled, any, race, withResolvers and
 * Promise.prototype.finally are written in JavaScript
 * (js/lib/internal_promise.js, loaded at their first call): they only
 * call then and resolve, and their closures are plain JavaScript.
 */
#include <string.h>

#include "runtime_internal.h"

#define PROMISE "Promise"              /* the slots' tags */
#define CAPABILITY "PromiseCapability" /* promise, resolve, reject */
#define RESOLVING "PromiseResolving"   /* promise; bits: one ran */
#define REG_PROTO "unijs.Promise.prototype"
#define REG_CTOR "unijs.Promise"

/* a promise's slots: the result; its first reaction (handlers, and what
 * they settle: one of ours, a capability or undefined); the others as an
 * array of such triples */
enum { P_RESULT, P_ONF, P_ONR, P_TARGET, P_MORE, P_SLOTS };

/* its bits */
enum { PENDING, FULFILLED, REJECTED, STATE = 3 };
#define HANDLED 4  /* [[PromiseIsHandled]] */
#define TRACKED 8  /* rejected, unhandled, in the list not yet reported */
#define WARNED 16  /* reported as unhandled */
#define REACTS 32  /* has its first reaction */
#define MORE 64    /* and more */

/* the jobs' kinds */
enum { JOB_FULFILL, JOB_REJECT, JOB_THENABLE };

#define ABS(J, i) ((i) < 0 ? js_gettop(J) + (i) : (i))

static void new_promise(js_State *J)
{
	js_getregistry(J, REG_PROTO);
	js_newslots(J, PROMISE, P_SLOTS);
}

static int same(js_State *J, int a, int b)
{
	int r;
	b = ABS(J, b);
	js_copy(J, a);
	js_copy(J, b);
	r = js_strictequal(J);
	js_pop(J, 2);
	return r;
}

/* Queues a job: kind and the values at a, b, c. */
static void enqueue(js_State *J, int kind, int a, int b, int c)
{
	a = ABS(J, a);
	b = ABS(J, b);
	c = ABS(J, c);
	js_pushnumber(J, kind);
	js_copy(J, a);
	js_copy(J, b);
	js_copy(J, c);
	runtime_microtask_push(J, 4);
	js_pop(J, 4);
}

/* The reactions of p, settled as kind, become jobs. */
static void trigger(js_State *J, int p, int kind)
{
	int *bits = js_slotbits(J, p), n, i, a;

	if (!(*bits & REACTS))
		return;
	js_getslot(J, p, kind == JOB_FULFILL ? P_ONF : P_ONR);
	js_getslot(J, p, P_TARGET);
	js_getslot(J, p, P_RESULT);
	enqueue(J, kind, -3, -2, -1);
	js_pop(J, 3);
	if (*bits & MORE) {
		js_getslot(J, p, P_MORE);
		a = js_gettop(J) - 1;
		n = js_getlength(J, a);
		for (i = 0; i < n; i += 3) {
			js_getindex(J, a, i + (kind == JOB_FULFILL ? 0 : 1));
			js_getindex(J, a, i + 2);
			js_getslot(J, p, P_RESULT);
			enqueue(J, kind, -3, -2, -1);
			js_pop(J, 3);
		}
		js_pop(J, 1);
	}
	/* (let the collector have them) */
	for (i = P_ONF; i <= (*bits & MORE ? P_MORE : P_TARGET); i++) {
		js_pushundefined(J);
		js_setslot(J, p, i);
	}
	*bits &= ~(REACTS | MORE);
}

/* Settles p with the value at v (FULFILLED or REJECTED). */
static void settle(js_State *J, int p, int v, int state)
{
	struct isolate *I = runtime_iso();
	int *bits;

	p = ABS(J, p);
	js_copy(J, v);
	js_setslot(J, p, P_RESULT);
	bits = js_slotbits(J, p);
	*bits = (*bits & ~STATE) | state;
	if (state == REJECTED && !(*bits & HANDLED)) {
		/* HostPromiseRejectionTracker(p, "reject") */
		*bits |= TRACKED;
		js_copy(J, p);
		runtime_jsq_push(J, &I->rejected, 1);
		js_pop(J, 1);
	}
	trigger(J, p, state == FULFILLED ? JOB_FULFILL : JOB_REJECT);
}

static void reject_with_error(js_State *J, int p, const char *message)
{
	p = ABS(J, p);
	js_newtypeerror(J, message);
	settle(J, p, -1, REJECTED);
	js_pop(J, 1);
}

/* js_pcall, but the heap's exhaustion ("out of memory", which the
 * runtime reports and ends the app with) goes on rather than rejecting
 * a promise: whether the call threw. */
static int pcall(js_State *J, int n)
{
	if (!js_pcall(J, n))
		return 0;
	if (js_isstring(J, -1) && !strcmp(js_tostring(J, -1), "out of memory"))
		js_throw(J);
	return 1;
}

/* Pushes v.then, or what getting it threw; whether it did not throw. */
static int get_then(js_State *J, int v)
{
	if (js_try(J)) {
		if (js_isstring(J, -1) && !strcmp(js_tostring(J, -1), "out of memory"))
			js_throw(J);
		return 0;
	}
	js_getproperty(J, v, "then");
	js_endtry(J);
	return 1;
}

/* What a promise's resolve function does with the value at v (27.2.1.3.2
 * from step 7): a thenable is adopted through a job. */
static void resolve_with(js_State *J, int p, int v)
{
	p = ABS(J, p);
	v = ABS(J, v);
	if (!js_isobject(J, v)) {
		settle(J, p, v, FULFILLED);
		return;
	}
	if (same(J, p, v)) {
		reject_with_error(J, p, "Chaining cycle detected for promise #<Promise>");
		return;
	}
	if (!get_then(J, v)) {
		settle(J, p, -1, REJECTED);
		js_pop(J, 1);
		return;
	}
	if (js_iscallable(J, -1))
		enqueue(J, JOB_THENABLE, p, v, -1);
	else
		settle(J, p, v, FULFILLED);
	js_pop(J, 1);
}

/* ---- resolving functions */

/* Pushes the promise of the running resolving function's pair, or
 * nothing when one of the pair ran already; whether it pushed. */
static int resolving_take(js_State *J)
{
	int *bits;

	js_currentfunctionobject(J);
	bits = js_slotbits(J, -1);
	if (*bits) {
		js_pop(J, 1);
		return 0;
	}
	*bits = 1;
	js_getslot(J, -1, 0);
	js_rot2pop1(J);
	return 1;
}

static void resolve_fn(js_State *J)
{
	if (resolving_take(J))
		resolve_with(J, -1, 1);
	js_pushundefined(J);
}

static void reject_fn(js_State *J)
{
	if (resolving_take(J))
		settle(J, -1, 1, REJECTED);
	js_pushundefined(J);
}

/* Pushes resolve and reject for the promise at p. */
static void make_resolving(js_State *J, int p)
{
	p = ABS(J, p);
	js_pushundefined(J);
	js_newslots(J, RESOLVING, 1);
	js_copy(J, p);
	js_setslot(J, -2, 0);
	js_copy(J, -1);
	js_newcfunctiono(J, resolve_fn, "", 1);
	js_rot2(J);
	js_newcfunctiono(J, reject_fn, "", 1);
}

/* Calls fn(arg) with the functions and value at those indices, ignoring
 * its result. */
static void call1(js_State *J, int fn, int arg)
{
	fn = ABS(J, fn);
	arg = ABS(J, arg);
	js_copy(J, fn);
	js_pushundefined(J);
	js_copy(J, arg);
	js_call(J, 1);
	js_pop(J, 1);
}

/* The executor at exec called with the resolving functions of the
 * promise at p; p pushed. */
static void run_executor(js_State *J, int p, int exec)
{
	p = ABS(J, p);
	exec = ABS(J, exec);
	make_resolving(J, p);
	js_copy(J, exec);
	js_pushundefined(J);
	js_copy(J, -4);
	js_copy(J, -4);
	if (pcall(J, 2))
		call1(J, -2, -1); /* reject(error) */
	js_pop(J, 3);
	js_copy(J, p);
}

/* ---- capabilities of other constructors (subclasses) */

static void capability_executor(js_State *J)
{
	js_currentfunctionobject(J); /* 3 */
	js_getslot(J, 3, 1);
	js_getslot(J, 3, 2);
	if (js_isdefined(J, -1) || js_isdefined(J, -2))
		js_typeerror(J, "Promise executor has already been invoked with non-undefined arguments");
	js_pop(J, 2);
	js_copy(J, 1);
	js_setslot(J, 3, 1);
	js_copy(J, 2);
	js_setslot(J, 3, 2);
	js_pushundefined(J);
}

/* NewPromiseCapability(C), C at index c: pushes the capability. */
static void new_capability(js_State *J, int c)
{
	int cap;

	c = ABS(J, c);
	js_pushundefined(J);
	js_newslots(J, CAPABILITY, 3);
	cap = js_gettop(J) - 1;
	js_copy(J, c);
	js_copy(J, cap);
	js_newcfunctiono(J, capability_executor, "", 2);
	js_construct(J, 1);
	js_setslot(J, cap, 0);
	js_getslot(J, cap, 1);
	js_getslot(J, cap, 2);
	if (!js_iscallable(J, -1) || !js_iscallable(J, -2))
		js_typeerror(J, "Promise resolve or reject function is not callable");
	js_pop(J, 2);
}

/* Pushes what then() settles for the promise at 0 (this): one of ours
 * unless its constructor's @@species is another (SpeciesConstructor). */
static void species_target(js_State *J)
{
	js_getproperty(J, 0, "constructor");
	if (js_isdefined(J, -1)) {
		js_getregistry(J, REG_CTOR);
		if (!js_strictequal(J)) {
			js_pop(J, 1);
			if (!js_isobject(J, -1))
				js_typeerror(J, "The .constructor property is not an object");
			js_getproperty(J, -1, "\xff@Symbol.species");
			js_getregistry(J, REG_CTOR);
			if (!js_isundefined(J, -2) && !js_isnull(J, -2) && !js_strictequal(J)) {
				js_pop(J, 1);
				if (!js_iscallable(J, -1))
					js_typeerror(J, "object.constructor[Symbol.species] is not a constructor");
				new_capability(J, -1);
				js_rot3pop2(J);
				return;
			}
			js_pop(J, 1);
		}
		js_pop(J, 1);
	}
	js_pop(J, 1);
	new_promise(J);
}

/* The promise a target stands for, pushed. */
static void target_promise(js_State *J, int t)
{
	if (js_isslots(J, t, CAPABILITY))
		js_getslot(J, t, 0);
	else
		js_copy(J, t);
}

/* ---- jobs */

void runtime_promise_job(js_State *J, int kind)
{
	int b = js_gettop(J) - 3;
	int ok;

	if (kind == JOB_THENABLE) {
		/* promise, thenable, then: then.call(thenable, resolve, reject) */
		make_resolving(J, b);
		js_copy(J, b + 2);
		js_copy(J, b + 1);
		js_copy(J, b + 3);
		js_copy(J, b + 4);
		if (pcall(J, 2))
			call1(J, b + 4, -1);
		js_pop(J, js_gettop(J) - b);
		return;
	}
	/* handler, target, argument */
	if (js_iscallable(J, b)) {
		js_copy(J, b);
		js_pushundefined(J);
		js_copy(J, b + 2);
		ok = !pcall(J, 1);
	} else {
		js_copy(J, b + 2);
		ok = kind == JOB_FULFILL;
	}
	if (js_isslots(J, b + 1, PROMISE)) {
		if (ok)
			resolve_with(J, b + 1, b + 3);
		else
			settle(J, b + 1, b + 3, REJECTED);
	} else if (js_isslots(J, b + 1, CAPABILITY)) {
		js_getslot(J, b + 1, ok ? 1 : 2);
		call1(J, -1, b + 3);
		js_pop(J, 1);
	}
	js_pop(J, 4);
}

/* ---- Promise and its prototype */

static void throw_resolver(js_State *J)
{
	const char *s;

	if (js_isstring(J, 1))
		s = js_tostring(J, 1);
	else if (js_isobject(J, 1) && !js_iscallable(J, 1))
		s = js_isarray(J, 1) ? "[object Array]" : "#<Object>";
	else
		s = js_tryrepr(J, 1, "?"); /* (replaces the value with its repr) */
	js_typeerror(J, "Promise resolver %s is not a function", s);
}

static void Promise_new(js_State *J)
{
	if (!js_iscallable(J, 1))
		throw_resolver(J);
	new_promise(J);
	run_executor(J, -1, 1);
}

/* Promise(executor) without new: a TypeError, but for a subclass's
 * instance made by Reflect.construct's or Babel's fallbacks (the object
 * made, Promise called on it): a promise with its prototype. */
static void Promise_call(js_State *J)
{
	if (js_isobject(J, 0) && !js_isslots(J, 0, PROMISE)) {
		js_copy(J, 0);
		js_getregistry(J, REG_CTOR);
		if (js_instanceof(J)) {
			js_pop(J, 2);
			if (!js_iscallable(J, 1))
				throw_resolver(J);
			js_getglobal(J, "Object");
			js_getproperty(J, -1, "getPrototypeOf");
			js_rot2pop1(J);
			js_pushundefined(J);
			js_copy(J, 0);
			js_call(J, 1);
			js_newslots(J, PROMISE, P_SLOTS);
			run_executor(J, -1, 1);
			return;
		}
		js_pop(J, 2);
	}
	js_typeerror(J, "Promise constructor cannot be invoked without 'new'");
}

static void check_receiver(js_State *J, const char *method)
{
	if (!js_isslots(J, 0, PROMISE))
		js_typeerror(J, "Method %s called on incompatible receiver %s", method,
			     js_isobject(J, 0) ? "#<Object>" : js_tryrepr(J, 0, "?"));
}

/* PerformPromiseThen(p, onFulfilled, onRejected, target) */
static void perform_then(js_State *J, int p, int onf, int onr, int t)
{
	int *bits = js_slotbits(J, p), st = *bits & STATE, a;

	p = ABS(J, p);
	t = ABS(J, t);
	onf = js_iscallable(J, onf) ? ABS(J, onf) : -1;
	onr = js_iscallable(J, onr) ? ABS(J, onr) : -1;
	if (st == PENDING) {
		if (!(*bits & REACTS)) {
			if (onf >= 0) js_copy(J, onf); else js_pushundefined(J);
			js_setslot(J, p, P_ONF);
			if (onr >= 0) js_copy(J, onr); else js_pushundefined(J);
			js_setslot(J, p, P_ONR);
			js_copy(J, t);
			js_setslot(J, p, P_TARGET);
			*bits |= REACTS;
		} else {
			js_getslot(J, p, P_MORE);
			if (!(*bits & MORE)) {
				js_pop(J, 1);
				js_newarray(J);
				js_copy(J, -1);
				js_setslot(J, p, P_MORE);
				*bits |= MORE;
			}
			a = js_getlength(J, -1);
			if (onf >= 0) js_copy(J, onf); else js_pushundefined(J);
			js_setindex(J, -2, a);
			if (onr >= 0) js_copy(J, onr); else js_pushundefined(J);
			js_setindex(J, -2, a + 1);
			js_copy(J, t);
			js_setindex(J, -2, a + 2);
			js_pop(J, 1);
		}
	} else {
		if (st == REJECTED && !(*bits & HANDLED)) {
			/* HostPromiseRejectionTracker(p, "handle") */
			if (*bits & TRACKED) {
				*bits &= ~TRACKED;
			} else if (*bits & WARNED) {
				struct isolate *I = runtime_iso();
				*bits &= ~WARNED;
				js_copy(J, p);
				runtime_jsq_push(J, &I->handled, 1);
				js_pop(J, 1);
			}
		}
		a = st == FULFILLED ? onf : onr;
		if (a >= 0) js_copy(J, a); else js_pushundefined(J);
		js_getslot(J, p, P_RESULT);
		enqueue(J, st == FULFILLED ? JOB_FULFILL : JOB_REJECT, -2, t, -1);
		js_pop(J, 2);
	}
	*bits |= HANDLED;
}

static void Pp_then(js_State *J)
{
	check_receiver(J, "Promise.prototype.then");
	species_target(J); /* 3 */
	perform_then(J, 0, 1, 2, 3);
	target_promise(J, 3);
}

static void Pp_catch(js_State *J)
{
	js_getproperty(J, 0, "then");
	js_copy(J, 0);
	js_pushundefined(J);
	js_copy(J, 1);
	js_call(J, 2);
}

/* Promise.resolve(x) and Promise.reject(r), this a constructor */
static void resolve_or_reject(js_State *J, int reject)
{
	if (!js_isobject(J, 0))
		js_typeerror(J, "PromiseResolve called on non-object");
	if (!reject && js_isslots(J, 1, PROMISE)) {
		js_getproperty(J, 1, "constructor");
		if (same(J, -1, 0)) {
			js_copy(J, 1);
			return;
		}
		js_pop(J, 1);
	}
	js_getregistry(J, REG_CTOR);
	if (same(J, 0, -1)) {
		js_pop(J, 1);
		new_promise(J);
		if (reject)
			settle(J, -1, 1, REJECTED);
		else
			resolve_with(J, -1, 1);
		return;
	}
	js_pop(J, 1);
	new_capability(J, 0);
	js_getslot(J, -1, reject ? 2 : 1);
	call1(J, -1, 1);
	js_pop(J, 1);
	js_getslot(J, -1, 0);
}

static void P_resolve(js_State *J) { resolve_or_reject(J, 0); }
static void P_reject(js_State *J) { resolve_or_reject(J, 1); }

static void P_species(js_State *J) { js_copy(J, 0); }

/* ---- AggregateError(errors, message, options): an Error whose
 * prototype is AggregateError.prototype, errors an own property not
 * enumerable (an array of the iterable's values) */

static void AggregateError_new(js_State *J)
{
	int e;

	js_newerror(J, "");
	e = js_gettop(J) - 1;
	js_delproperty(J, e, "message");
	js_getproperty(J, e, "stackTrace");
	js_delproperty(J, e, "stackTrace");
	js_defproperty(J, e, "stackTrace", JS_DONTENUM);
	if (js_isdefined(J, 2)) {
		js_pushstring(J, js_tostring(J, 2));
		js_defproperty(J, e, "message", JS_DONTENUM);
	}
	if (js_isobject(J, 3) && js_hasproperty(J, 3, "cause"))
		js_defproperty(J, e, "cause", JS_DONTENUM);
	js_getglobal(J, "Object");
	js_getproperty(J, -1, "setPrototypeOf");
	js_rot2pop1(J);
	js_pushundefined(J);
	js_copy(J, e);
	js_getregistry(J, "unijs.AggregateError.prototype");
	js_call(J, 2);
	js_pop(J, 1);
	/* errors: a copy of the array (or array-like: not an iterable's
	 * values, as Node's would be) */
	js_getglobal(J, "Array");
	js_getproperty(J, -1, "prototype");
	js_getproperty(J, -1, "slice");
	js_rot3pop2(J);
	if (!js_isobject(J, 1))
		js_typeerror(J, "%s is not iterable", js_tryrepr(J, 1, "?"));
	js_copy(J, 1);
	js_call(J, 0);
	js_defproperty(J, e, "errors", JS_DONTENUM);
}

/* ---- the rejections' reports */

/* internal.js's export name called with the values on top (n). */
static void call_internal(js_State *J, const char *name, int n)
{
	runtime_module_load(J, "internal", 0);
	js_getproperty(J, -1, name);
	js_rot2pop1(J);
	js_pushundefined(J);
	js_rot(J, n + 2);
	js_rot(J, n + 2);
	js_call(J, n);
	js_pop(J, 1);
}

int runtime_promise_rejections(js_State *J)
{
	struct isolate *I = runtime_iso();
	int n, did = I->handled.head < I->handled.len, *bits;

	if (!did && I->rejected.head == I->rejected.len)
		return 0;
	while (I->handled.head < I->handled.len) {
		runtime_jsq_take(J, &I->handled);
		js_pushnumber(J, js_slotbits(J, -1)[0] >> 8);
		call_internal(J, "promiseHandled", 2);
	}
	/* those listed now; the ones listed meanwhile in the next round */
	for (n = I->rejected.len - I->rejected.head; n > 0 && I->rejected.head < I->rejected.len; n--) {
		runtime_jsq_take(J, &I->rejected);
		bits = js_slotbits(J, -1);
		if (!(*bits & TRACKED)) {
			js_pop(J, 1);
			continue;
		}
		/* the rejection's id (Node's warning counts them) above the flags */
		*bits = (*bits & ~TRACKED) | WARNED | (++I->rejection_id << 8);
		did = 1;
		js_getslot(J, -1, P_RESULT);
		js_rot2(J);
		call_internal(J, "promiseRejection", 2);
	}
	return did || I->rejected.head < I->rejected.len;
}

/* native.promiseState(value): [state, result] for a promise (state 0
 * pending, 1 fulfilled, 2 rejected), else undefined (js/lib/util.js) */
static void native_promiseState(js_State *J)
{
	if (!js_isslots(J, 1, PROMISE)) {
		js_pushundefined(J);
		return;
	}
	js_newarray(J);
	js_pushnumber(J, js_slotbits(J, 1)[0] & STATE);
	js_setindex(J, -2, 0);
	js_getslot(J, 1, P_RESULT);
	js_setindex(J, -2, 1);
}

void runtime_promise_natives(js_State *J)
{
	js_newcfunction(J, native_promiseState, "promiseState", 1);
	js_setproperty(J, -2, "promiseState");
}

#define LAZY(name, n) { "internal_promise", name, name, n }
static const struct lazy_method promise_lazy[] = {
	LAZY("all", 1), LAZY("allSettled", 1), LAZY("any", 1), LAZY("race", 1),
	{ NULL, NULL, NULL, 0 }
};
/* (Node 22's: after the species, where Node 20 lists nothing) */
static const struct lazy_method promise_lazy_late[] = {
	LAZY("withResolvers", 0),
	{ NULL, NULL, NULL, 0 }
};
static const struct lazy_method promise_proto_lazy[] = {
	{ "internal_promise", "finally", "finally", 1 },
	{ NULL, NULL, NULL, 0 }
};
#undef LAZY

static void method(js_State *J, const char *name, js_CFunction fn, int n)
{
	js_newcfunction(J, fn, name, n);
	js_defproperty(J, -2, name, JS_DONTENUM);
}

void runtime_promise_init(js_State *J)
{
	/* Promise.prototype (constructor first, as Node lists them) */
	js_newobject(J);
	js_copy(J, -1);
	js_setregistry(J, REG_PROTO);
	js_pushundefined(J);
	js_defproperty(J, -2, "constructor", JS_DONTENUM);
	method(J, "then", Pp_then, 2);
	method(J, "catch", Pp_catch, 1);
	runtime_lazy_install(J, promise_proto_lazy);
	js_pushliteral(J, "Promise");
	js_defproperty(J, -2, "\xff@Symbol.toStringTag", JS_READONLY | JS_DONTENUM);
	/* Promise (its prototype on the stack) */
	js_newcconstructor(J, Promise_call, Promise_new, "Promise", 1);
	js_copy(J, -1);
	js_setregistry(J, REG_CTOR);
	runtime_lazy_install(J, promise_lazy);
	method(J, "resolve", P_resolve, 1);
	method(J, "reject", P_reject, 1);
	js_newcfunction(J, P_species, "get [Symbol.species]", 0);
	js_pushnull(J);
	js_defaccessor(J, -3, "\xff@Symbol.species", JS_DONTENUM);
	runtime_lazy_install(J, promise_lazy_late);
	js_defglobal(J, "Promise", JS_DONTENUM);

	/* AggregateError */
	js_getglobal(J, "Error");
	js_getproperty(J, -1, "prototype");
	js_rot2pop1(J);
	js_newobjectx(J);
	js_pushliteral(J, "AggregateError");
	js_defproperty(J, -2, "name", JS_DONTENUM);
	js_pushliteral(J, "");
	js_defproperty(J, -2, "message", JS_DONTENUM);
	js_copy(J, -1);
	js_setregistry(J, "unijs.AggregateError.prototype");
	js_newcconstructor(J, AggregateError_new, AggregateError_new, "AggregateError", 2);
	js_defglobal(J, "AggregateError", JS_DONTENUM);
}
