/*
 * runtime_internal.h: what js/runtime.c and js/binding_*.c share. Not for
 * use outside js/.
 */
#ifndef UNIJS_RUNTIME_INTERNAL_H
#define UNIJS_RUNTIME_INTERNAL_H

#include <stddef.h>

#include "mujs.h"
#include "runtime.h"
#include "../arch/x86_64/arch.h"

/*
 * One JavaScript isolate per core (DESIGN.md "Execution model"): what the
 * runtime keeps outside mujs's own state lives here, one per isolate, and
 * is reached through the per-CPU area (struct cpu, js): this core runs
 * this isolate. The boot core's is runtime_iso_boot; a core that runs a
 * worker's isolate sets its own before its first JavaScript
 * (binding_worker.c). Bindings that only the main isolate has (network,
 * signals, DNS) keep their file statics and are not installed in workers.
 */
struct runtime_jsq {
	const char *key; /* registry array */
	int head, len;
};

struct isolate {
	/* runtime.c: the heap's collection policy (docs/memory.md) */
	struct {
		js_State *J; /* the state whose garbage the hook collects */
		js_State *torture; /* runtime_config.gc_torture's state */
		unsigned torture_every, torture_n;
		unsigned cycles; /* js_gccycles when base was taken */
		size_t base, budget, step;
		/* bytes mujs may still ask for before runtime_alloc looks at
		 * the policy again (<= 0: at its next request) */
		long left;
		/* the heap of the core the isolate runs on (lib/alloc.h
		 * alloc_core_heap), which its allocations use (kernel) */
		struct alloc_heap *ah;
		int pending; /* js_gcsoon asked, not yet run */
		size_t oom_want; /* the last request the heap failed, for the report */
		size_t oom_used, oom_room; /* heap_used and free chunks after its collection */
		/* runtime_heap_admit: the reserve (0: admit all), the heap's use
		 * after the last collection it ran and when, and its counts */
		size_t reserve, admit_used;
		uint64_t admit_ns;
		unsigned admit_cycles;
		unsigned long refused, collected;
		/* trace=gc: the collection under way's start, end of its
		 * marking (clock_monotonic_ns) and heap use at its start */
		uint64_t gc_t0, gc_tmark;
		size_t gc_used0;
	} heap;
	int fatal;           /* exit code of an exception nobody took, or -1 */
	/* binding_native.c runtime_load_module: modules loaded precompiled
	 * and compiled from source (trace=boot reports them) */
	unsigned modules_precompiled, modules_compiled;
	unsigned watchdog_s; /* watchdog=SECONDS, 0: none */
	/* binding_loop.c */
	js_State *J;                    /* the state the loop's callbacks run in */
	int *slot_free;                 /* runtime_hold: stack of free indices */
	int slot_nfree, slot_cap, slot_len;
	struct runtime_jsq ticks, micro; /* nextTick and microtask queues */
	/* binding_promise.c: rejected promises without a handler (to report
	 * once the queues are empty) and reported ones handled since; the
	 * rejection ids Node's warning counts */
	struct runtime_jsq rejected, handled;
	int rejection_id;
	int async_ticks; /* async_hooks loaded: ticks carry its context */
	int async_restore; /* a tick threw: its state to put back after the listeners */
	int imm_total, imm_refd;        /* immediates, ref'd ones */
	int stdin_enc, stdin_ncarry;
	unsigned char stdin_carry[4];
	/* binding_random.c: Math.random's xorshift128+ */
	uint64_t rnd[2];
	int rnd_seeded;
	/* binding_worker.c: this isolate's side of worker_threads; NULL in
	 * the main isolate */
	void *worker;
	int exiting; /* binding_process.c: 'exit' emitted */
	void *crypto_rng; /* binding_crypto.c: the isolate's DRBG, on first use */
	void *cluster; /* binding_cluster.c: a cluster worker's side of its connections */
};

/* Whether this isolate is a worker's (worker_threads): networking, signals
 * and stdin stay with the main isolate; process.exit ends the worker. */
static inline int runtime_in_worker(void);

#define RUNTIME_ISO_INIT { .fatal = -1, .ticks = { "unijs.ticks", 0, 0 }, .micro = { "unijs.micro", 0, 0 }, \
	.rejected = { "unijs.rejected", 0, 0 }, .handled = { "unijs.handled", 0, 0 } }
extern struct isolate runtime_iso_boot;

static inline struct isolate *runtime_iso(void)
{
#ifdef UNIJS_ONE_CORE /* the host build: one isolate */
	return &runtime_iso_boot;
#else
	struct isolate *i = this_cpu()->js;
	return i ? i : &runtime_iso_boot;
#endif
}

static inline int runtime_in_worker(void) { return runtime_iso()->worker != NULL; }

/*
 * binding_worker.c (kernel only; weak: the host build has no other cores).
 * runtime_worker_natives: native.worker (natives object on top).
 * In a worker's isolate: runtime_worker_begin(J) once its state exists
 * (may not return: terminated meanwhile), runtime_worker_online() before
 * its module runs, runtime_worker_exit(code) for process.exit (does not
 * return). runtime_worker_config: the environment workers inherit.
 */
void runtime_worker_natives(js_State *J);
int runtime_worker_begin(js_State *J);
void runtime_worker_online(void);
void runtime_worker_exit(int code) __attribute__((noreturn));
void runtime_worker_config(const struct runtime_config *cfg);
#pragma weak runtime_worker_natives
#pragma weak runtime_worker_begin
#pragma weak runtime_worker_online
#pragma weak runtime_worker_exit
#pragma weak runtime_worker_config
/*
 * cluster (binding_worker.c; binding_cluster.c the network side, linked
 * with cluster and the network: weak). runtime_worker_cluster: this
 * isolate is a cluster worker (net and http allowed: its connections come
 * from core 0). runtime_worker_live: a worker isolate still taking
 * events. runtime_worker_cluster_on(core), core 0: a live cluster worker
 * runs there. runtime_cluster_natives: every isolate, natives on top.
 * runtime_cluster_flush: the loop hook (rings made room).
 * runtime_cluster_gone(core): core 0, at that worker's W_EXIT.
 */
int runtime_worker_cluster(void);
int runtime_worker_live(void);
int runtime_worker_cluster_on(uint32_t core);
void runtime_cluster_natives(js_State *J);
void runtime_cluster_flush(void);
void runtime_cluster_gone(uint32_t core);
#pragma weak runtime_worker_cluster
#pragma weak runtime_cluster_natives
#pragma weak runtime_cluster_flush
#pragma weak runtime_cluster_gone

/* Registry keys. */
#define RUNTIME_NATIVE "unijs.native" /* natives object, for core modules */
#define RUNTIME_CACHE "unijs.cache"   /* require.cache */
#define RUNTIME_TICKS "unijs.ticks"   /* process.nextTick queue */

/* Exit code after the JS heap ran out (Node aborts: 128 + SIGABRT). */
#define RUNTIME_EXIT_OOM EXIT_OUT_OF_MEMORY /* a kernel outcome, not an app code (drivers/power.h) */

/* RUNTIME_LIB_PREFIX, RUNTIME_MODULE_HEAD, RUNTIME_LIB_HEAD, RUNTIME_WRAP_TAIL */
#include "runtime_wrap.h"

/* The entry of table named name, or NULL. */
const struct bundle_file *runtime_find(const struct bundle_file *table, const char *name);
/* Index bundle_app and bundle_lib for runtime_find (a hash each, built
 * once): the main isolate, before it runs any JS and before any worker. */
void runtime_find_index(void);

/*
 * Compiles head + data + "\n})" as file name (head must not contain a
 * newline) and pushes the function the expression evaluates to. A "#!"
 * first line is blanked. Throws on syntax errors and on out of memory.
 */
void runtime_compile(js_State *J, const char *name, const char *data, size_t len, const char *head);
/*
 * Pushes module f's function (f an entry of table, bundle_app or
 * bundle_lib; name its file name in traces, head its wrapper): rebuilt
 * from the image's precompiled form (bundle_app_code, bundle_lib_code:
 * mkimage.sh, scripts/jsbc.c) when the image has one for f, else
 * compiled from its source as runtime_compile does. Throws what either
 * throws (a SyntaxError; an Error for precompiled code of another engine).
 */
void runtime_load_module(js_State *J, const struct bundle_file *table, const struct bundle_file *f,
			 const char *name, const char *head);

/* Pushes the exports of module id (resolved: "/app/x.js" or a core id),
 * loading it if needed; pidx is the requiring module object's stack index,
 * or 0. Throws what the module throws. */
void runtime_module_load(js_State *J, const char *id, int pidx);

/* Emits process 'exit' once (if anyone listens) and returns the exit code
 * (process.exitCode as an int32). */
int runtime_emit_exit(js_State *J);
/* Runs the process.nextTick queue, then the microtask queue, until both
 * are empty; an exception propagates, the rest stays queued. */
void runtime_run_ticks(js_State *J);
/* process.kill and SIGTERM from the ACPI power button (binding_signal.c). */
void runtime_signal_init(js_State *J);
/* Whether either queue holds something. */
int runtime_ticks_pending(void);
/* After a tick that threw has been handled: async_hooks' state as it was
 * before the tick (binding_loop.c); nothing otherwise. */
void runtime_async_restore(js_State *J);
/* runtime_run_ticks until empty, exceptions handled as uncaught. */
void runtime_drain(js_State *J);

/*
 * Loop context: call in a js_try's error branch, with the thrown value on
 * top (it is popped). An 'uncaughtException' listener takes it, or the app
 * is over: the loop is stopped and runtime_dead() turns true (its exit code
 * is kept for runtime_run).
 */
void runtime_threw(js_State *J);
int runtime_dead(void);

/* Keeps the value at idx reachable (a registry array slot); returns the
 * slot for runtime_push_held / runtime_release. Throws on out of memory. */
int runtime_hold(js_State *J, int idx);
void runtime_push_held(js_State *J, int slot);
void runtime_release(js_State *J, int slot);

/* binding_loop.c: process.nextTick, process.stdin, queueMicrotask,
 * performance and the loop hooks (process on top of the stack); the
 * loop's natives (natives object on top). */
void runtime_loop_init(js_State *J);
void runtime_loop_natives(js_State *J);

/* binding_process.c: a method implemented by export `name` of core module
 * `module`, installed (not enumerable) on the object on top of the stack
 * as a stub that loads the module at its first call. */
struct lazy_method {
	const char *module;
	const char *name;   /* the export */
	const char *method; /* the property it is installed as */
	int nargs;
};
void runtime_lazy_install(js_State *J, const struct lazy_method *m);

/* binding_promise.c: Promise (a global) and AggregateError; its jobs come
 * back from the microtask queue (runtime_microtask_push: n values, the
 * first a number, the job's kind) to runtime_promise_job with the other
 * three on the stack, which it pops; runtime_promise_rejections reports
 * the rejections left unhandled once the queues are empty (whether it
 * did anything). */
void runtime_promise_init(js_State *J);
void runtime_promise_natives(js_State *J);
void runtime_promise_job(js_State *J, int kind);
int runtime_promise_rejections(js_State *J);
void runtime_microtask_push(js_State *J, int n);
void runtime_jsq_push(js_State *J, struct runtime_jsq *q, int n);
void runtime_jsq_take(js_State *J, struct runtime_jsq *q);

void runtime_natives_init(js_State *J);
void runtime_fs_natives(js_State *J); /* binding_fs.c: native.fs (natives object on top) */
void runtime_module_init(js_State *J);
void runtime_process_init(js_State *J, const struct runtime_config *cfg);
void runtime_console_init(js_State *J);
void runtime_buffer_init(js_State *J); /* binding_buffer.c */
void runtime_http_init(js_State *J);   /* binding_http.c */
void runtime_tcp_init(js_State *J);    /* binding_tcp.c */
void runtime_random_init(js_State *J); /* binding_random.c: Math.random */
/* Weak: linked only into images that pack the crypto or zlib module
 * (mkimage.sh adds -u runtime_crypto_init / -u runtime_zlib_init). */
void runtime_crypto_init(js_State *J); /* binding_crypto.c */
void runtime_zlib_init(js_State *J);   /* binding_zlib.c */
#pragma weak runtime_crypto_init
#pragma weak runtime_zlib_init
void runtime_dns_natives(js_State *J); /* binding_dns.c: native.dns (natives object on top) */
const char *runtime_tcp_errname(int err); /* binding_tcp.c: "ECONNRESET" for -ECONNRESET */
struct net_tcp;
/* binding_tcp.c: the open connection of the TCP handle at stack index
 * idx, NULL when that is no handle or a closed one */
struct net_tcp *runtime_tcp_conn(js_State *J, int idx);
/*
 * binding_tcp.c: a consumer of a TCP handle's received bytes (the http
 * server's parser, binding_http.c: Node's parser.consume(handle)). While
 * one is set, each delivery goes to data() with the bytes where net/tcp.c
 * holds them, valid only during the call, in place of the handle's
 * ondata and its Buffer; the consumer takes them all (its own JavaScript
 * runs inside, under its own try), and the process.nextTick and microtask
 * queues are drained after it as after ondata. release() is called once
 * when the consumer is let go: runtime_tcp_unconsume, or the handle
 * closed. runtime_tcp_consume: 1, or 0 when the value at stack index idx
 * is no open TCP handle or has a consumer already.
 */
struct runtime_tcp_consumer {
	void (*data)(void *arg, const void *buf, size_t len);
	void (*release)(void *arg);
};
int runtime_tcp_consume(js_State *J, int idx, const struct runtime_tcp_consumer *ops, void *arg);
/* lets arg's consumer of the handle at idx go, if it is that handle's */
void runtime_tcp_unconsume(js_State *J, int idx, void *arg);
/* process.emit(event, exitCode) with process at stack index idx (binding_process.c) */
void runtime_emit_code(js_State *J, int idx, const char *event);
/*
 * Weak: linked only into images that use the network (mkimage.sh adds
 * -u runtime_tcp_init -u runtime_http_init -u net_init for them); the
 * net and http modules check for their natives and say so when absent.
 */
#pragma weak runtime_http_init
#pragma weak runtime_tcp_init
/*
 * Admission by heap headroom (runtime.c; docs/internals.md, "The
 * network's memory budget"): whether a new connection may be given its
 * JavaScript objects, i.e. the heap has at least its reserve free, if
 * need be after a collection run here (at most one per RUNTIME_ADMIT_GC_NS
 * or RUNTIME_GC_STEP bytes of growth). Loop context only, outside any JS
 * call (it may collect). 1 where the heap is not fixed (the host build).
 */
int runtime_heap_admit(void);

void runtime_mark_boot(void);
void runtime_puts(const char *s);
/* n bytes of a JavaScript string's text to the console, its surrogate
 * pairs and U+0000 as Node writes them (UTF-8; runtime.c). */
void runtime_write(const char *s, size_t n);

#endif
