/*
 * binding_process.c: the globals process and console, Error.prototype.stack,
 * and lazy methods.
 *
 * Booting must not parse JavaScript that the app may never call, so the
 * objects are built here and every method written in JS (js/lib/internal.js)
 * starts as a stub: its first call loads the module that implements it.
 * What stays in C: console.log & co. (binding_console.c), process.exit,
 * exitCode, memoryUsage, argv, env; nextTick, stdin's getter, performance
 * and queueMicrotask come from binding_loop.c. The timer globals are stubs
 * too: js/lib/timers.js replaces them with its functions when it loads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/power.h"
#include "lib/alloc.h"
#include "lib/clock.h"
#include "lib/console.h"
#include "lib/loop.h"
#include "lib/task.h"

#include "lib/trace.h"
#include "runtime_internal.h"

/* The Node release whose API unijs follows (the tests' oracle). */
#define UNIJS_NODE_VERSION "20.20.2"



/* process.emit(event, process.exitCode | 0) with process at stack index
 * idx: the 'exit' and 'beforeExit' events carry the code as Node's do. */
void runtime_emit_code(js_State *J, int idx, const char *event)
{
	if (idx < 0)
		idx += js_gettop(J); /* the pushes below would move a relative index */
	js_getproperty(J, idx, "emit");
	js_copy(J, idx);
	js_pushstring(J, event);
	js_getproperty(J, idx, "exitCode");
	js_pushnumber(J, js_toint32(J, -1));
	js_rot2pop1(J);
	js_call(J, 2);
	js_pop(J, 1);
}

static void lazy_call(js_State *J)
{
	const struct lazy_method *m = js_currentfunctiondata(J);
	int n = js_gettop(J) - 1, i;

	runtime_module_load(J, m->module, 0);
	js_getproperty(J, -1, m->name);
	js_rot2pop1(J);
	if (!js_iscallable(J, -1))
		js_error(J, "%s.%s is missing", m->module, m->name);
	js_copy(J, 0);
	for (i = 1; i <= n; i++)
		js_copy(J, i);
	js_call(J, n);
}

void runtime_lazy_install(js_State *J, const struct lazy_method *m)
{
	for (; m->name; m++) {
		js_newcfunctionx(J, lazy_call, m->method, m->nargs, (void *)m, NULL);
		js_defproperty(J, -2, m->method, JS_DONTENUM);
	}
}

#define EVENT(name, n) { "internal", "process." name, name, n }
static const struct lazy_method process_lazy[] = {
	EVENT("on", 2), EVENT("addListener", 2), EVENT("once", 2),
	EVENT("prependListener", 2), EVENT("prependOnceListener", 2),
	EVENT("off", 2), EVENT("removeListener", 2), EVENT("removeAllListeners", 1),
	EVENT("listeners", 1), EVENT("rawListeners", 1), EVENT("listenerCount", 1),
	EVENT("eventNames", 0), EVENT("setMaxListeners", 1), EVENT("getMaxListeners", 0),
	EVENT("emit", 1),
	{ "internal", "process.hrtime", "hrtime", 1 },
	{ "internal", "process.uptime", "uptime", 0 },
	{ "internal", "process.cwd", "cwd", 0 },
	{ "internal", "process.abort", "abort", 0 },
	{ "internal", "process.emitWarning", "emitWarning", 3 },
	{ NULL, NULL, NULL, 0 }
};
#undef EVENT

#define CON(name, n) { "internal", "console." name, name, n }
static const struct lazy_method console_lazy[] = {
	CON("dir", 2), CON("assert", 1), CON("trace", 0), CON("time", 1),
	CON("timeEnd", 1), CON("timeLog", 1), CON("count", 1), CON("countReset", 1),
	{ NULL, NULL, NULL, 0 }
};
#undef CON

#define TIMER(name, n) { "timers", name, name, n }
static const struct lazy_method timers_lazy[] = {
	TIMER("setTimeout", 2), TIMER("setInterval", 2), TIMER("setImmediate", 1),
	TIMER("clearTimeout", 1), TIMER("clearInterval", 1), TIMER("clearImmediate", 1),
	{ NULL, NULL, NULL, 0 }
};
#undef TIMER

static const struct lazy_method error_lazy[] = {
	{ "internal", "captureStackTrace", "captureStackTrace", 2 },
	{ NULL, NULL, NULL, 0 }
};

int runtime_emit_exit(js_State *J)
{
	int code, first = !runtime_iso()->exiting;

	js_getglobal(J, "process");
	if (first) {
		runtime_iso()->exiting = 1;
		js_pushboolean(J, 1);
		js_setproperty(J, -2, "_exiting");
		/* _events exists once a listener was added (internal.js). */
		js_getproperty(J, -1, "_events");
		if (js_isobject(J, -1)) {
			runtime_emit_code(J, -2, "exit");
		}
		js_pop(J, 1);
	}
	js_getproperty(J, -1, "exitCode");
	code = js_toint32(J, -1);
	js_pop(J, 2);
	if (first && trace_mode == TRACE_BOOT && !runtime_in_worker()) {
		/* the modules this isolate loaded without the parser and with
		 * it (tests/boot/precompiled.sh: an image's are precompiled) */
		char line[96];
		snprintf(line, sizeof line, "module-trace: %u precompiled, %u compiled from source\n",
			 runtime_iso()->modules_precompiled, runtime_iso()->modules_compiled);
		runtime_puts(line);
	}
	return code;
}

static void process_exit(js_State *J)
{
	int code;

	if (js_isdefined(J, 1)) {
		js_getglobal(J, "process");
		js_copy(J, 1);
		js_setproperty(J, -2, "exitCode");
		js_pop(J, 1);
	}
	code = runtime_emit_exit(J);
	if (runtime_in_worker()) /* Node: process.exit ends the worker's thread */
		runtime_worker_exit(code & 0xff);
	power_exit(code & 0xff); /* an app code, never a kernel outcome */
}

static void setnum(js_State *J, const char *name, double v)
{
	js_pushnumber(J, v);
	js_setproperty(J, -2, name);
}

static void setstr(js_State *J, const char *name, const char *v)
{
	js_pushstring(J, v);
	js_setproperty(J, -2, name);
}

static void process_memoryUsage(js_State *J)
{
	struct alloc_stats st;

	memset(&st, 0, sizeof st);
	alloc_get_stats(&st);
	js_newobject(J);
	/* The image's text and data are fixed; what grows is the heap, so the
	 * heap's footprint stands for rss. */
	setnum(J, "rss", (double)st.heap_total);
	setnum(J, "heapTotal", (double)st.heap_total);
	setnum(J, "heapUsed", (double)st.heap_used);
	setnum(J, "external", 0);
	setnum(J, "arrayBuffers", 0);
}

/*
 * Node's process.cpuUsage([previous]): { user, system } in microseconds.
 * One core, no processes: user is the time the core has not been halted
 * since boot (the loop counts its halts), system is 0. Under QEMU's
 * -icount shift=0 a busy microsecond is 1000 guest instructions, which is
 * what bench/http-icount.sh counts with it.
 */
static void process_cpuUsage(js_State *J)
{
	struct loop_stats st;
	double user, puser = 0, psys = 0;

	loop_get_stats(&st);
#ifndef UNIJS_ONE_CORE
	{
		/* a core that time-shares isolates (lib/task.h): its halts,
		 * not one loop's idle time (which counts the others' turns) */
		struct task_stats ts;
		task_get_stats(&ts);
		if (this_cpu()->tasks)
			st.idle_ns = ts.halted_ns;
	}
#endif
	user = (double)((clock_monotonic_ns() - st.idle_ns) / 1000);
	if (js_isobject(J, 1)) {
		js_getproperty(J, 1, "user");
		puser = js_tonumber(J, -1);
		js_getproperty(J, 1, "system");
		psys = js_tonumber(J, -1);
		js_pop(J, 2);
		if (puser != puser || psys != psys) /* as Node: a bad argument is an error */
			js_typeerror(J, "The \"prevValue\" argument must be of type object with numbers");
	}
	js_newobject(J);
	setnum(J, "user", user - puser);
	setnum(J, "system", 0 - psys);
}

static void stream_write(js_State *J)
{
	const char *s = js_tostring(J, 1);

	runtime_write(s, strlen(s));
	js_pushboolean(J, 1);
}

/* The serial console is no terminal unless the command line says so with
 * env.UNIJS_TTY=1 (then isTTY is true, as on a terminal under Node; without
 * it isTTY is undefined, as Node's on a pipe or a file). */
static int process_tty(const struct runtime_config *cfg)
{
	int i;

	for (i = 0; i < cfg->envc; i++)
		if (!strcmp(cfg->env[i], "UNIJS_TTY=1"))
			return 1;
	return 0;
}

static void process_stream(js_State *J, const char *name, int fd, const struct runtime_config *cfg)
{
	js_newobject(J);
	js_newcfunction(J, stream_write, "write", 1);
	js_setproperty(J, -2, "write");
	if (process_tty(cfg)) { /* absent otherwise, as Node on a pipe or file */
		js_pushboolean(J, 1);
		js_setproperty(J, -2, "isTTY");
	}
	setnum(J, "fd", fd);
	js_setproperty(J, -2, name);
}

static void process_env(js_State *J, const struct runtime_config *cfg)
{
	int i;

	js_newobject(J);
	for (i = 0; i < cfg->envc; i++) {
		const char *e = cfg->env[i];
		const char *eq = strchr(e, '=');

		if (!eq || eq == e)
			continue;
		/* The name, cut at '=', lives on the stack while it is used. */
		js_pushlstring(J, e, (int)(eq - e));
		js_pushstring(J, eq + 1);
		js_setproperty(J, -3, js_tostring(J, -2));
		js_pop(J, 1);
	}
	js_setproperty(J, -2, "env");
}

/* Error.prototype.stack: Node's "Name: message\n    at f (file:line)" made
 * from mujs's stackTrace ("\n\tat f (file:line)") when first read. */
static void error_stack_get(js_State *J)
{
	const char *name = "Error", *message = "", *trace = "", *p;
	char *buf, *q;
	size_t len;

	/* V8's Error.prepareStackTrace(err, callSites) decides, when set */
	js_getglobal(J, "Error");
	js_getproperty(J, -1, "prepareStackTrace");
	if (js_iscallable(J, -1)) {
		runtime_module_load(J, "internal", 0);
		js_getproperty(J, -1, "formatStack");
		js_pushundefined(J);
		js_copy(J, 0);
		js_call(J, 1);
		return;
	}
	js_pop(J, 2);

	if (js_hasproperty(J, 0, "name"))
		name = js_tostring(J, -1);
	if (js_hasproperty(J, 0, "message"))
		message = js_tostring(J, -1);
	if (js_hasproperty(J, 0, "stackTrace") && js_isstring(J, -1))
		trace = js_tostring(J, -1);
	len = strlen(name) + strlen(message) + 2 * strlen(trace) + 3;
	buf = malloc(len);
	if (!buf) {
		js_pushliteral(J, "out of memory");
		js_throw(J);
	}
	q = buf;
	strcpy(q, name);
	q += strlen(q);
	if (name[0] && message[0]) {
		*q++ = ':';
		*q++ = ' ';
	}
	strcpy(q, message);
	q += strlen(q);
	for (p = trace; *p; p++) {
		if (p[0] == '\n' && p[1] == '\t') {
			memcpy(q, "\n    ", 5);
			q += 5;
			p++;
		} else {
			*q++ = *p;
		}
	}
	*q = 0;
	if (js_try(J)) {
		free(buf);
		js_throw(J);
	}
	js_pushstring(J, buf);
	js_endtry(J);
	free(buf);
}

static void error_stack_set(js_State *J)
{
	if (js_isobject(J, 0)) {
		js_copy(J, 1);
		js_defproperty(J, 0, "stack", JS_DONTENUM);
	}
	js_pushundefined(J);
}

static void error_init(js_State *J)
{
	js_getglobal(J, "Error");
	js_getproperty(J, -1, "prototype");
	js_newcfunction(J, error_stack_get, "get stack", 0);
	js_newcfunction(J, error_stack_set, "set stack", 1);
	js_defaccessor(J, -3, "stack", JS_DONTENUM);
	js_pop(J, 1);
	runtime_lazy_install(J, error_lazy);
	js_pushnumber(J, 10);
	js_setproperty(J, -2, "stackTraceLimit");
	js_pop(J, 1);
}

void runtime_process_init(js_State *J, const struct runtime_config *cfg)
{
	int i;

	error_init(J);

	js_newobject(J);
	setstr(J, "title", "unijs");
	/* The Node API unijs follows (docs/modules.md): packages test
	 * process.version and process.versions.node for features. */
	setstr(J, "version", "v" UNIJS_NODE_VERSION);
	js_newobject(J);
	setstr(J, "node", UNIJS_NODE_VERSION);
	setstr(J, "unijs", "0.1.0");
	setstr(J, "mujs", "1.3.2");
	js_setproperty(J, -2, "versions");
	js_newobject(J);
	setstr(J, "name", "node");
	setstr(J, "lts", "Iron");
	js_setproperty(J, -2, "release");
	setstr(J, "arch", "x64");
	setstr(J, "platform", "unijs");
	setnum(J, "pid", 1);
	setnum(J, "ppid", 0);
	setstr(J, "execPath", "/unijs");
	js_newarray(J);
	js_pushliteral(J, "/unijs");
	js_setindex(J, -2, 0);
	js_pushstring(J, runtime_main_name ? runtime_main_name : "/app/main.js");
	js_setindex(J, -2, 1);
	for (i = 0; i < cfg->argc; i++) {
		js_pushstring(J, cfg->argv[i]);
		js_setindex(J, -2, i + 2);
	}
	js_setproperty(J, -2, "argv");
	js_newarray(J);
	js_setproperty(J, -2, "execArgv");
	process_env(J, cfg);
	js_pushundefined(J);
	js_setproperty(J, -2, "exitCode");
	js_newcfunction(J, process_exit, "exit", 1);
	js_setproperty(J, -2, "exit");
	js_newcfunction(J, process_memoryUsage, "memoryUsage", 0);
	js_setproperty(J, -2, "memoryUsage");
	js_newcfunction(J, process_cpuUsage, "cpuUsage", 1);
	js_setproperty(J, -2, "cpuUsage");
	process_stream(J, "stdout", 1, cfg);
	process_stream(J, "stderr", 2, cfg);
	runtime_lazy_install(J, process_lazy);
	runtime_loop_init(J);
	/* Object.prototype.toString.call(process) is "[object process]", as
	 * in node (axios picks its http adapter by it): process[Symbol.
	 * toStringTag], the engine's key for it (patches/mujs/0213) */
	js_pushliteral(J, "process");
	js_defproperty(J, -2, "\xff@Symbol.toStringTag", JS_DONTENUM | JS_READONLY);
	js_setglobal(J, "process");

	js_newobject(J);
	runtime_console_init(J);
	runtime_lazy_install(J, console_lazy);
	js_setglobal(J, "console");

	js_pushglobal(J);
	runtime_lazy_install(J, timers_lazy);
	js_pop(J, 1);

	js_pushglobal(J);
	js_setglobal(J, "global");
}
