/*
 * runtime.c: the mujs state, the bootstrap, the main module and the way out.
 *
 * Order of events in runtime_run:
 *   1. js_newstate on our allocator.
 *   2. process, console, Error.prototype.stack and the module loader are
 *      built in C (binding_*.c): booting parses no JavaScript but the app's.
 *   3. The main module (bundle_app[0], or main= on the command line) runs, then the process.nextTick and
 *      microtask queues.
 *   4. The event loop (lib/loop.h, binding_loop.c) runs until nothing can
 *      happen any more; process 'beforeExit' listeners may give it more.
 *   5. process 'exit' is emitted; process.exitCode is the result.
 * An exception escaping any callback goes to internal.js's onUncaught,
 * which hands it to 'uncaughtException' listeners (the app goes on) or
 * gives the exit code and keeps the "Uncaught ..." report: then the loop
 * stops, nothing else runs but the 'exit' listeners, and the report is
 * printed after them as Node does. If the reporter throws too, C prints a
 * fixed message at once. "out of memory" is handled in C without
 * allocating and skips the 'exit' listeners.
 */
#include "runtime.h"
#include "runtime_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/power.h"
#include "lib/alloc.h"
#include "lib/clock.h"
#include "lib/console.h"
#include "lib/loop.h"
#include "lib/trace.h"

#include "mujs.h"

/*
 * Boot phases for trace=boot (lib/trace.h): stamps only, no clock reads,
 * so that a platform whose clock needs calibrating is not made to do it
 * on the boot path.
 */
void runtime_mark_boot(void)
{
	static int done;
	if (done++)
		return;
	trace_boot("first app statement");
	trace_boot_report();

}

/*
 * The other cores (runtime.h runtime_cores_needed): the main isolate's
 * cores_ready is the boot core loop's first-idle hook, run at its first
 * idle or, through loop_first_idle_now, at the first need, once either
 * way; the wait counts as idle for the watchdog (lib/loop.h), even when a
 * callback needs the cores and a core that never answers makes it last
 * SMP_START_TSC_BOUND.
 */
static int (*cores_ready)(void);

static void cores_first_idle(void) { cores_ready(); }

void runtime_cores_needed(void)
{
	if (!runtime_in_worker())
		loop_first_idle_now();
}

/*
 * Garbage collection on a heap of fixed size (docs/memory.md). mujs by
 * itself collects when the count of things made since its last collection
 * passes 5x the count that survived it (a long string, or a typed array's
 * store, counts as the objects its bytes would make); here it also
 * collects
 *   - when the room the last collection left (F, the heap's free bytes
 *     after it) has fallen to F/RUNTIME_GC_KEEP, or to the servers'
 *     admission reserve when that is more: the heap has grown by the rest
 *     (at least RUNTIME_GC_MIN): js_gcsoon, at the next instruction;
 *   - when any allocation of this heap fails (mujs's, a Buffer's, the
 *     network's): the allocator's OOM hook runs js_gcnow and the request
 *     is retried once (lib/alloc.h); only then is it "out of memory".
 * The fill is looked at every RUNTIME_GC_STEP bytes mujs asks for.
 *
 * Why most of the room: what a collection frees costs the same in all
 * whatever the pace, but each collection also walks everything that lives
 * (marks it, then passes over it in the sweep), and a large app pays that
 * walk in cache misses more than in instructions: under KVM an Express 4
 * service at -m 32M (~9 MB alive) spent 31 % of its busy time collecting
 * when it collected after a quarter of the room (every ~60 requests,
 * 6.5 ms each, ~4 ms of it that walk), against the 4.5 % its instruction
 * count suggests. The fewer collections, the less of it a request pays.
 * The heap is the image's alone, so the room left unused between
 * collections is wasted; an eighth is kept for what cannot wait for the
 * next safe point (the network's buffers, a native function's
 * allocations; docs/memory.md, docs/figures.md).
 */
#define RUNTIME_GC_KEEP 8
#define RUNTIME_GC_MIN (64 * 1024)
#define RUNTIME_GC_STEP (16 * 1024)
/* (the servers' admission reserve, below: RUNTIME_ADMIT_RESERVE) */
#define RUNTIME_GC_RESERVE (RUNTIME_GC_MIN + 64 * 1024)

struct isolate runtime_iso_boot = RUNTIME_ISO_INIT;

static void runtime_gc_pressure(js_State *J)
{
	struct isolate *I = runtime_iso();
	struct alloc_stats st;
	unsigned c = js_gccycles(J);

	alloc_get_stats(&st);
	if (c != I->heap.cycles) {
		I->heap.cycles = c;
		I->heap.pending = 0;
		I->heap.base = st.heap_used;
		size_t room = st.heap_total > st.heap_used ? st.heap_total - st.heap_used : 0;
		size_t keep = room / RUNTIME_GC_KEEP > RUNTIME_GC_RESERVE ? room / RUNTIME_GC_KEEP : RUNTIME_GC_RESERVE;
		I->heap.budget = room > keep ? room - keep : 0;
		if (I->heap.budget < RUNTIME_GC_MIN)
			I->heap.budget = RUNTIME_GC_MIN;
	} else if (!I->heap.pending && st.heap_used > I->heap.base + I->heap.budget) {
		I->heap.pending = 1;
		js_gcsoon(J);
	}
}

/*
 * Admission by heap headroom. A remote client must not be able to run the
 * heap out through the connections it opens: each one gets JavaScript
 * objects (socket, parser, streams: ~18 KiB) before it sends a byte, and
 * garbage or live data, lwIP's and the app's, share the one heap. So a
 * new connection is taken only while at least RUNTIME_ADMIT_RESERVE is
 * free: the least the collector lets the heap grow between two
 * collections (RUNTIME_GC_MIN: the garbage that must fit before the next
 * one) plus what one connection and the request and response it then
 * carries need (its objects, the head, the answer's strings and Buffers,
 * their events: 64 KiB). Below it, a collection is run here first (the
 * free bytes may be garbage), at most once per RUNTIME_ADMIT_GC_NS unless
 * the heap grew by RUNTIME_GC_STEP since the last one: a flood of
 * connections under pressure costs a bounded share of the time in
 * collections. The callers (binding_tcp.c at accept, before any JS object
 * exists; net.js for a cluster worker's connections) refuse the newcomer
 * and let the oldest idle connection go, so the pressure goes and later
 * connections are taken again. Only when the heap is fixed (the kernel).
 */
#define RUNTIME_ADMIT_RESERVE RUNTIME_GC_RESERVE
#define RUNTIME_ADMIT_GC_NS (50ull * 1000 * 1000)

/* The heap's room for anything: the free chunks (free bytes inside spans
 * take only objects of one size class: a heap in pieces has less room
 * than heap_total - heap_used says). */
static size_t runtime_heap_room(void)
{
	struct alloc_free f;

	alloc_get_free(&f);
	return f.chunks;
}

int runtime_heap_admit(void)
{
	struct isolate *I = runtime_iso();
	struct alloc_stats st;
	uint64_t now;

	if (!I->heap.J || !I->heap.reserve)
		return 1;
	if (runtime_heap_room() >= I->heap.reserve)
		return 1;
	/* short of room: garbage, or live data? A collection tells, unless
	 * one ran here lately and little was made since. */
	alloc_get_stats(&st);
	now = clock_monotonic_ns();
	if (js_gccycles(I->heap.J) != I->heap.admit_cycles || st.heap_used >= I->heap.admit_used + RUNTIME_GC_STEP ||
	    now - I->heap.admit_ns >= RUNTIME_ADMIT_GC_NS) {
		js_gc(I->heap.J, 0);
		I->heap.collected++;
		alloc_get_stats(&st);
		I->heap.admit_cycles = js_gccycles(I->heap.J);
		I->heap.admit_used = st.heap_used;
		I->heap.admit_ns = clock_monotonic_ns();
		if (runtime_heap_room() >= I->heap.reserve)
			return 1;
	}
	I->heap.refused++;
	return 0;
}

/* native.heapFree(): the heap's free bytes after a full collection, for
 * http.js's default maxConnections: garbage not yet collected when a
 * server is created must not lower its limit (it did: the same app got 80
 * or 150 in an 8 MB guest, as the collector had last run, and a load of
 * 100 connections was refused in part). */
static void native_heap_free(js_State *J)
{
	struct alloc_stats st;

	js_gc(J, 0);
	alloc_get_stats(&st);
	js_pushnumber(J, st.heap_total > st.heap_used ? (double)(st.heap_total - st.heap_used) : 0);
}

/* native.heapAdmit(): runtime_heap_admit for net.js (a cluster worker's
 * connections, which core 0 accepted) */
static void native_heap_admit(js_State *J)
{
	js_pushboolean(J, runtime_heap_admit());
}

/* trace=gc (js_setgchook, mujs 0273): a line per collection, as node's
 * --trace-gc prints one, with its times (marking what lives, then freeing
 * the rest) and what it freed; printed when it ends, from inside it (the
 * console's printf asks the engine for nothing). The sum of the times,
 * against the busy time, is the collector's share (bench/gc-time.sh). */
static void runtime_gc_trace(js_State *J, int phase, unsigned things, unsigned freed)
{
	struct isolate *I = runtime_iso();
	struct alloc_stats st;
	uint64_t now = clock_monotonic_ns();

	if (phase == JS_GCMARKED) {
		I->heap.gc_tmark = now;
		return;
	}
	alloc_get_stats(&st);
	if (phase == JS_GCBEGIN) {
		I->heap.gc_t0 = now;
		I->heap.gc_used0 = st.heap_used;
		return;
	}
	printf("gc: #%u %llu us (mark %llu, sweep %llu), %u of %u things freed, heap %zu -> %zu KiB\n",
	       js_gccycles(J), (unsigned long long)(now - I->heap.gc_t0) / 1000,
	       (unsigned long long)(I->heap.gc_tmark - I->heap.gc_t0) / 1000,
	       (unsigned long long)(now - I->heap.gc_tmark) / 1000, freed, things,
	       I->heap.gc_used0 >> 10, st.heap_used >> 10);
}

static void runtime_oom_hook(size_t want)
{
	struct isolate *I = runtime_iso();
	struct alloc_stats st;

	I->heap.oom_want = want;
	if (I->heap.J)
		js_gcnow(I->heap.J);
	/* for the report, should the retry fail: the heap as the retry finds
	 * it (what the unwinding frees later does not show the cause) */
	alloc_get_stats(&st);
	I->heap.oom_used = st.heap_used;
	I->heap.oom_room = runtime_heap_room();
}

/*
 * mujs's requests go to the heap of the isolate's core without finding it
 * again each time (lib/alloc.h alloc_core_heap: an isolate runs on one
 * core, or as a task whose switches carry its heap with it, lib/task.c).
 * The host build has glibc's malloc.
 */
#ifdef UNIJS_ONE_CORE
#define runtime_heap_new(I, n) ((void)(I), malloc(n))
#define runtime_heap_free(I, p) ((void)(I), free(p))
#else
#define runtime_heap_new(I, n) alloc_heap_malloc((I)->heap.ah, (n))
#define runtime_heap_free(I, p) alloc_core_free((I)->heap.ah, (p))
#endif

/* runtime_alloc's look at the policy, each time mujs has asked for
 * RUNTIME_GC_STEP bytes more (each request, under gc_torture) */
static void __attribute__((noinline)) runtime_alloc_due(struct isolate *I, int size)
{
	if (I->heap.torture) {
		I->heap.left = 0;
		if (++I->heap.torture_n % I->heap.torture_every == 0)
			js_gcnow(I->heap.torture);
		I->heap.step += (size_t)size;
		if (I->heap.step < RUNTIME_GC_STEP)
			return;
		I->heap.step = 0;
	} else {
		I->heap.left = RUNTIME_GC_STEP;
	}
	if (I->heap.J)
		runtime_gc_pressure(I->heap.J);
}

/* runtime_alloc's other cases: a free, a realloc, a look at the policy */
static void *__attribute__((noinline)) runtime_alloc_other(struct isolate *I, void *ptr, int size)
{
	if (size <= 0) {
		runtime_heap_free(I, ptr);
		return NULL;
	}
	if (ptr)
		I->heap.left -= size; /* (a new block's is counted already) */
	if (I->heap.left <= 0)
		runtime_alloc_due(I, size);
	return ptr ? realloc(ptr, (size_t)size) : runtime_heap_new(I, (size_t)size);
}

/* mujs calls alloc(ctx, ptr, 0) to free; NULL from a non-zero size makes it
 * throw "out of memory". Most of mujs's requests are new blocks (an
 * Express boot makes ~125,000, against ~35,000 frees and ~4,000
 * reallocs): their path is a countdown and the heap's own fast path,
 * with no call that needs a frame here. */
static void *runtime_alloc(void *actx, void *ptr, int size)
{
	struct isolate *I = actx; /* the isolate the state belongs to */
	if (__builtin_expect(!ptr, 1)) {
		if (__builtin_expect(size > 0 && (I->heap.left -= size) > 0, 1))
			return runtime_heap_new(I, (size_t)size);
	} else if (size <= 0) {
		runtime_heap_free(I, ptr);
		return NULL;
	}
	return runtime_alloc_other(I, ptr, size);
}

/*
 * watchdog=SECONDS (docs/watchdog.md): the timer interrupt sets mujs's
 * interrupt flag when the loop has made no progress for one to two periods
 * (arch_watchdog_start); the interpreter calls this at its next
 * instruction. The stack is that of a new Error: the stuck function first.
 */

/* (cold: an isolate's end or its failure; compiled for size) */
static void __attribute__((cold)) runtime_watchdog_fired(js_State *J)
{
	char line[120];

	snprintf(line, sizeof line, "unijs: watchdog: the event loop made no progress for %u s; JavaScript stack:\n",
		 runtime_iso()->watchdog_s);
	runtime_puts(line);
	if (js_try(J)) {
		runtime_puts("    (could not be built: out of memory?)\n");
	} else {
		const char *s, *nl;
		js_newerror(J, "watchdog");
		js_getproperty(J, -1, "stack");
		s = js_isstring(J, -1) ? js_tostring(J, -1) : "";
		nl = strchr(s, '\n'); /* past "Error: watchdog" */
		runtime_puts(nl ? nl + 1 : s);
		runtime_puts("\n");
		js_endtry(J);
	}
	power_exit(EXIT_WATCHDOG);
}

#pragma weak arch_watchdog_start /* absent from the host build, which has no watchdog */
static void runtime_watchdog_init(js_State *J, const struct runtime_config *cfg)
{
	char line[80];

	if (!cfg->watchdog_s || !arch_watchdog_start)
		return;
	runtime_iso()->watchdog_s = cfg->watchdog_s;
	js_setinterrupthook(J, runtime_watchdog_fired);
	arch_watchdog_start((uint64_t)cfg->watchdog_s * 1000000000u, loop_progress(), js_interruptflag(J));
	if (cfg->log_info) {
		snprintf(line, sizeof line, "js: watchdog: %u s without progress ends the app\n", cfg->watchdog_s);
		runtime_puts(line);
	}
}

/* The state and the heap policy, once js_newstate has made the state. */
static void runtime_heap_init(js_State *J, const struct runtime_config *cfg)
{
	struct isolate *I = runtime_iso();
	struct alloc_stats st;

	if (cfg->trace_gc)
		js_setgchook(J, runtime_gc_trace);
	if (cfg->gc_torture) {
		I->heap.torture = J;
		I->heap.torture_every = cfg->gc_torture;
		I->heap.left = 0; /* runtime_alloc_due at each request */
	}
	if (!cfg->heap_fixed)
		return;
	I->heap.J = J;
	I->heap.cycles = js_gccycles(J) - 1; /* take the base at once */
	runtime_gc_pressure(J);
	alloc_set_oom_hook(runtime_oom_hook);
	I->heap.reserve = RUNTIME_ADMIT_RESERVE;
	I->heap.admit_cycles = js_gccycles(J) - 1;
	if (cfg->log_info) {
		alloc_get_stats(&st);
		printf("js: heap %zu KiB, %zu KiB used at start; GC after %zu KiB of growth (all but 1/%d of the free heap, at least %d KiB) "
		       "or 5x the surviving objects, and before any allocation fails; "
		       "new connections refused while under %zu KiB is free after a collection\n",
		       st.heap_total >> 10, st.heap_used >> 10, I->heap.budget >> 10, RUNTIME_GC_KEEP,
		       RUNTIME_GC_MIN >> 10, I->heap.reserve >> 10);
	}
}

/*
 * A JavaScript string's text to the console, as UTF-8. mujs holds a
 * surrogate pair made from escapes or char codes ('\uD83D\uDE00',
 * String.fromCharCode, JSON's "\ud83d\ude00") as two 3-byte sequences
 * (CESU-8) and U+0000 as C0 80; Node writes the character's 4-byte UTF-8,
 * U+FFFD (EF BF BD) for a lone surrogate, and a 0 byte. The text between
 * such sequences goes out as it is.
 */
void runtime_write(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n, *run = p;
	unsigned char out[4];
	size_t k, m;

	while (p < e) {
		if (p[0] == 0xed && e - p >= 3 && (p[1] & 0xe0) == 0xa0) {
			uint32_t c = 0xd000 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
			if (c < 0xdc00 && e - p >= 6 && p[3] == 0xed && (p[4] & 0xf0) == 0xb0) {
				uint32_t d = 0xd000 | (uint32_t)(p[4] & 0x3f) << 6 | (p[5] & 0x3f);
				c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
				out[0] = (unsigned char)(0xf0 | c >> 18);
				out[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
				out[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
				out[3] = (unsigned char)(0x80 | (c & 0x3f));
				k = 6, m = 4;
			} else {
				out[0] = 0xef, out[1] = 0xbf, out[2] = 0xbd;
				k = 3, m = 3;
			}
		} else if (p[0] == 0xc0 && e - p >= 2 && p[1] == 0x80) {
			out[0] = 0;
			k = 2, m = 1;
		} else {
			p++;
			continue;
		}
		if (p > run)
			console_write((const char *)run, (size_t)(p - run));
		console_write((const char *)out, m);
		p += k;
		run = p;
	}
	if (p > run)
		console_write((const char *)run, (size_t)(p - run));
}

void runtime_puts(const char *s)
{
	runtime_write(s, strlen(s));
}

/* Reached only if something throws outside every js_try: a runtime bug. */
static void runtime_panic(js_State *J)
{
	(void)J;
	runtime_puts("unijs: fatal: exception outside the runtime's handlers\n");
	power_exit(70);
}

static void runtime_report(js_State *J, const char *message)
{
	(void)J;
	runtime_puts("unijs: ");
	runtime_puts(message);
	runtime_puts("\n");
}

static int runtime_is_oom(js_State *J, int idx)
{
	return js_isstring(J, idx) && !strcmp(js_tostring(J, idx), "out of memory");
}

/* (cold: an isolate's end or its failure; compiled for size) */
static int __attribute__((cold)) runtime_oom(js_State *J)
{
	/* The heap is full: print without allocating, then try to give memory
	 * back so that whatever runs next (nothing, normally) has some. */
	struct alloc_stats st;
	struct alloc_free fr;
	char line[256];

	runtime_puts("Uncaught Error: out of memory (JavaScript heap exhausted)\n");
	/* what failed, after the collection the allocator's hook ran: a
	 * request far below the free bytes means the heap is in pieces (free
	 * chunks: what any request can take; the rest of the free bytes is
	 * room inside spans of one size class each) */
	alloc_get_stats(&st);
	alloc_get_free(&fr);
	snprintf(line, sizeof line, "unijs: a request of %zu bytes failed with %zu of %zu KiB in use and %zu KiB in free chunks "
		 "after a collection (peak %zu KiB; now %zu KiB in use, the largest free chunk %zu bytes)\n",
		 runtime_iso()->heap.oom_want, runtime_iso()->heap.oom_used >> 10, st.heap_total >> 10,
		 runtime_iso()->heap.oom_room >> 10, st.heap_peak >> 10, st.heap_used >> 10, fr.largest);
	runtime_puts(line);
	js_gc(J, 0);
	return RUNTIME_EXIT_OOM;
}

/* The thrown value is on top of the stack; returns the exit code, or -1 when
 * an 'uncaughtException' listener handled it. Pops the value. */
/* (cold: an isolate's end or its failure; compiled for size) */
static int __attribute__((cold)) runtime_uncaught(js_State *J)
{
	int code;

	if (runtime_is_oom(J, -1)) {
		js_pop(J, 1);
		return runtime_oom(J);
	}
	if (js_try(J)) {
		/* The reporter itself failed (out of memory, most likely). */
		if (runtime_is_oom(J, -1))
			code = runtime_oom(J);
		else {
			runtime_puts("Uncaught exception (and its report failed: ");
			runtime_puts(js_tryrepr(J, -1, "?"));
			runtime_puts(")\n");
			code = 1;
		}
		js_pop(J, 2); /* the reporter's error and the original value */
		return code;
	}
	/* internal.onUncaught(value) */
	runtime_module_load(J, "internal", 0);
	js_getproperty(J, -1, "onUncaught");
	js_rot2(J);
	js_copy(J, -3);
	js_call(J, 1);
	code = js_isnumber(J, -1) ? js_tointeger(J, -1) : 1;
	js_pop(J, 2);
	js_endtry(J);
	return code;
}

/* Prints the report of the last uncaught exception, if any. */
static void runtime_print_report(js_State *J)
{
	if (js_try(J)) {
		js_pop(J, 1);
		return;
	}
	runtime_module_load(J, "internal", 0);
	js_getproperty(J, -1, "report");
	if (js_isstring(J, -1))
		runtime_puts(js_tostring(J, -1));
	js_pop(J, 2);
	js_endtry(J);
}

int runtime_dead(void) { return runtime_iso()->fatal >= 0; }

void runtime_threw(js_State *J)
{
	struct isolate *I = runtime_iso();
	int code = runtime_uncaught(J);

	runtime_async_restore(J);
	if (code >= 0 && I->fatal < 0) {
		I->fatal = code;
		loop_stop();
	}
}

/*
 * The main module's first run, the boot: what it makes mostly lives on
 * (modules, their functions and tables), so mujs's own trigger, which
 * collects each time the count of things made passes 5x what survived the
 * last collection, would only walk the growing heap again and again (an
 * Express 4 boot: 3.8 % of its instructions). The heap's fill still
 * collects (runtime_gc_pressure, and a failing allocation: js_gcnow).
 */
static void runtime_main(js_State *J, const char *main)
{
	js_gcdefer(J, 1);
	if (js_try(J)) {
		js_gcdefer(J, 0);
		runtime_threw(J);
		return;
	}
	runtime_module_load(J, main, 0);
	js_pop(J, 1);
	js_endtry(J);
	js_gcdefer(J, 0);
}

/* Emits process 'beforeExit' if anyone listens; whether anyone did. */
/* (cold: an isolate's end or its failure; compiled for size) */
static int __attribute__((cold)) runtime_before_exit(js_State *J)
{
	volatile int listened = 0;

	if (js_try(J)) {
		runtime_threw(J);
		return 1;
	}
	js_getglobal(J, "process");
	js_getproperty(J, -1, "_events");
	if (js_isobject(J, -1)) {
		js_getproperty(J, -1, "beforeExit");
		listened = js_isdefined(J, -1);
		js_pop(J, 2);
		if (listened) {
			runtime_emit_code(J, -1, "beforeExit");
		}
	} else {
		js_pop(J, 1);
	}
	js_pop(J, 1);
	js_endtry(J);
	return listened;
}

/* Node's loop: run until nothing is left, 'beforeExit', and again while
 * its listeners gave the loop more to do. */
static void runtime_loop(js_State *J)
{
	for (;;) {
		loop_run();
		if (runtime_dead() || !runtime_before_exit(J))
			return;
		runtime_drain(J);
		if (runtime_dead() || !loop_alive())
			return;
	}
}

static int runtime_exit(js_State *J)
{
	int code;

	if (js_try(J))
		return runtime_uncaught(J);
	code = runtime_emit_exit(J) & 0xff; /* Node: exitCode -1 ends with 255 */
	js_endtry(J);
	return code;
}

const char *runtime_main_name;

int runtime_run(const struct runtime_config *cfg)
{
	if (!bundle_app[0].name) {
		runtime_puts("unijs: fatal: no main module in bundle_app\n");
		return 70;
	}
	runtime_find_index();
	runtime_main_name = bundle_app[0].name;
	if (cfg->main) {
		const struct bundle_file *f = runtime_find(bundle_app, cfg->main);
		size_t n = strlen(cfg->main);
		/* a module, not the source of a .json file or the resolve map */
		if (!f || cfg->main[0] != '/' || (n > 5 && !strcmp(cfg->main + n - 5, ".json"))) {
			runtime_puts("unijs: bad command line: main=");
			runtime_puts(cfg->main);
			runtime_puts(": no such module in this image (mkimage.sh --entry packs more)\n");
			return EXIT_BAD_CMDLINE;
		}
		runtime_main_name = f->name;
	}
	if (runtime_worker_config)
		runtime_worker_config(cfg);
	return runtime_run_module(cfg, runtime_main_name);
}

/* (cold: runs once per isolate, at its start; compiled for size, hello.elf's
 * bound) */
int __attribute__((cold)) runtime_run_module(const struct runtime_config *cfg, const char *main)
{
	js_State *J;
	int code;
	volatile int worker = runtime_in_worker(); /* read after js_try's setjmp */

#ifndef UNIJS_ONE_CORE
	runtime_iso()->heap.ah = alloc_core_heap();
	J = runtime_iso()->heap.ah ? js_newstate(runtime_alloc, runtime_iso(), 0) : NULL;
#else
	J = js_newstate(runtime_alloc, runtime_iso(), 0);
#endif
	if (!J) {
		runtime_puts("unijs: fatal: no memory for the JavaScript state\n");
		return RUNTIME_EXIT_OOM;
	}
	js_atpanic(J, runtime_panic);
	js_setreport(J, runtime_report);
#ifndef UNIJS_ONE_CORE
	/* the image's read-only data (kernel.ld; W^X keeps it so): the names
	 * the bindings give as C literals are found by address (mujs 0253) */
	js_setconsttext(J, __text_end, __rodata_end);
#endif
	if (worker)
		runtime_worker_begin(J);
	runtime_heap_init(J, cfg);

	if (js_try(J)) {
		code = runtime_is_oom(J, -1) ? runtime_oom(J) : 70;
		if (code == 70)
			runtime_puts("unijs: fatal: cannot set up the runtime\n");
		js_pop(J, 1);
		return code;
	}
	runtime_natives_init(J);
	js_getregistry(J, RUNTIME_NATIVE);
	js_newcfunction(J, native_heap_admit, "heapAdmit", 0);
	js_setproperty(J, -2, "heapAdmit");
	js_newcfunction(J, native_heap_free, "heapFree", 0);
	js_setproperty(J, -2, "heapFree");
	js_pop(J, 1);
	runtime_module_init(J);
	runtime_process_init(J, cfg);
	runtime_buffer_init(J);
	runtime_random_init(J);
	if (runtime_crypto_init)
		runtime_crypto_init(J);
	if (runtime_zlib_init)
		runtime_zlib_init(J);
	/* the network is the main isolate's (lwIP runs on core 0) */
	if (runtime_http_init && (!worker || runtime_worker_cluster()))
		runtime_http_init(J);
	if (runtime_tcp_init && !worker)
		runtime_tcp_init(J);
	/* cluster: core 0's handlers; a cluster worker's remote native.tcp,
	 * whose connections core 0 hands over (binding_cluster.c) */
	if (runtime_cluster_natives) {
		js_getregistry(J, RUNTIME_NATIVE);
		runtime_cluster_natives(J);
		js_pop(J, 1);
	}
	js_endtry(J);
	if (!worker) {
		trace_boot("js state ready");
		cores_ready = cfg->cores_ready;
		if (cores_ready)
			loop_set_first_idle(cores_first_idle);
		runtime_watchdog_init(J, cfg);
	} else {
		/* worker_threads first, as in Node: parentPort is listening and
		 * an uncaught exception goes to the parent before the module runs */
		if (js_try(J)) {
			runtime_threw(J);
		} else {
			runtime_module_load(J, "worker_threads", 0);
			js_pop(J, 1);
			js_endtry(J);
		}
		runtime_worker_online();
	}

	/* An uncaught exception ends the app like Node, after the 'exit'
	 * listeners, unless an 'uncaughtException' listener took it. */
	runtime_main(J, main);
	trace_first("main done");
	runtime_drain(J);
	if (!runtime_dead())
		runtime_loop(J);
	if (runtime_iso()->fatal == RUNTIME_EXIT_OOM)
		return runtime_iso()->fatal;
	code = runtime_exit(J);
	runtime_print_report(J);
	if (code == 0 && runtime_iso()->fatal > 0)
		code = runtime_iso()->fatal; /* the reporter could not set process.exitCode */
	if (code < 0)
		code = 1;
	/* The state is left to the machine's end: freeing it would only cost
	 * time on the way out. */
	return code;
}
