/*
 * runtime.h: the JavaScript runtime (mujs + unijs core modules).
 *
 * The kernel's main sets up the machine, then calls runtime_run once and
 * powers off with its result. runtime_run creates one mujs state on the
 * caller's heap (malloc/realloc/free), runs js/lib/bootstrap.js, then the
 * main module (bundle_app[0], or the one cfg->main names), then emits
 * process 'exit'.
 *
 * Bundles: each table ends with an entry whose name is NULL. data is
 * NUL-terminated (data[len] == 0) and lives in read-only memory.
 *   bundle_app: names are absolute paths under /app ("/app/main.js",
 *               "/app/lib/x.js"); [0] is the main module.
 *   bundle_lib: names are core module ids without ".js" ("util", "events");
 *               "bootstrap" is internal and cannot be required.
 *
 * Output goes through console_write (stdout and stderr alike). process.exit()
 * ends the machine at once through power_exit(); every other way out returns
 * the exit code from runtime_run. Not reentrant; call from one core once.
 */
#ifndef UNIJS_RUNTIME_H
#define UNIJS_RUNTIME_H

#include <stdint.h>

struct bundle_file {
	const char *name;
	const char *data;
	unsigned long len;
};

extern const struct bundle_file bundle_app[];
extern const struct bundle_file bundle_lib[];

struct runtime_config {
	int argc;
	char **argv; /* app arguments only: process.argv[2...] */
	int envc;
	char **env; /* "NAME=value" */
	/* The heap is the machine's, of a fixed size (lib/alloc.h): collect
	 * as it fills and when an allocation fails (docs/memory.md). 0 on a
	 * host whose malloc grows. */
	int heap_fixed;
	int log_info;       /* log=info or debug: print the heap and GC settings */
	int trace_gc;       /* trace=gc: a line per collection, with its times */
	unsigned watchdog_s; /* watchdog=SECONDS, 0: none (docs/watchdog.md) */
	/* Tests: collect as from a failing allocation (js_gcnow) at every
	 * Nth allocation mujs asks for, 0: never. The host runner takes it
	 * from UNIJS_GC_TORTURE (tests/host/host_main.c). */
	unsigned gc_torture;
	/* The main isolate's: starts the other cores and waits for them
	 * (drivers/board.h board_cores_ready; later calls return at once).
	 * Not on the boot path: called when the boot core's loop first idles
	 * (lib/loop.h loop_set_first_idle) or when something first needs the
	 * cores (runtime_cores_needed), whichever comes first; never if
	 * neither comes. NULL: no other cores. */
	int (*cores_ready)(void);
	/* main=/app/x.js on the command line: that bundle_app module is the
	 * main module instead of bundle_app[0] (an image built with
	 * mkimage.sh --entry packs several); NULL: bundle_app[0]. */
	const char *main;
};

/* The main module's bundle_app name, for require.main, module.id "." and
 * process.argv[1]; set by runtime_run before any JavaScript runs, on every
 * core the same. */
extern const char *runtime_main_name;

/*
 * Before anything counts or uses the other cores (os.cpus, worker_threads,
 * cluster): the main isolate starts them and waits for them here, if its
 * loop has not idled yet (runtime_config cores_ready); a no-op once done,
 * in a worker, or without other cores. Loop context.
 */
void runtime_cores_needed(void);

int runtime_run(const struct runtime_config *cfg);

/* The same with module main (a bundle_app name) as the main module, in
 * the isolate of the calling core: a worker's (js/binding_worker.c). */
int runtime_run_module(const struct runtime_config *cfg, const char *main);


#endif
