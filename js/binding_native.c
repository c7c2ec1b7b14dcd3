/*
 * binding_native.c: bundle look-up and compilation, and the natives object
 * that core modules (js/lib/ files) receive as their sixth argument. It is
 * their only door to the kernel; apps never see it.
 *
 *   native.write(str)      str to the console, as is
 *   native.exit(code)      ends the machine now (power_exit)
 *   native.hrtime()        monotonic clock, nanoseconds (a number)
 *   native.cores()         cores up (smp_online; 1 on the host)
 *   native.realtime()      wall clock, milliseconds since the epoch
 *   native.stackframes()   the caller's call stack, innermost first:
 *                          [[name, file, line, function], ...] (mujs 0043)
 *   native.timer*, immediate*, stdin*, loopRef, runTicks, runScript:
 *                          the event loop's, see binding_loop.c
 *   native.fs              the packed files, see binding_fs.c
 */
#include <stdlib.h>
#include <string.h>

#include "drivers/power.h"
#include "lib/clock.h"
#include "lib/console.h"

#include "runtime_internal.h"

const struct bundle_file *runtime_find(const struct bundle_file *table, const char *name)
{
	for (; table->name; table++)
		if (!strcmp(table->name, name))
			return table;
	return NULL;
}

void runtime_compile(js_State *J, const char *name, const char *data, size_t len, const char *head)
{
	static const char tail[] = "\n})";
	size_t hlen = strlen(head);
	char *volatile buf;

	buf = malloc(hlen + len + sizeof tail);
	if (!buf) {
		js_pushliteral(J, "out of memory");
		js_throw(J);
	}
	memcpy(buf, head, hlen);
	memcpy(buf + hlen, data, len);
	memcpy(buf + hlen + len, tail, sizeof tail);
	if (len >= 2 && data[0] == '#' && data[1] == '!')
		buf[hlen] = buf[hlen + 1] = '/';

	if (js_try(J)) {
		free(buf);
		js_throw(J);
	}
	js_loadstring(J, name, buf);
	js_endtry(J);
	free(buf);
	js_pushundefined(J);
	js_call(J, 0);
}

static void native_write(js_State *J)
{
	const char *s = js_tostring(J, 1);

	console_write(s, strlen(s));
	js_pushundefined(J);
}

static void native_exit(js_State *J)
{
	if (runtime_in_worker())
		runtime_worker_exit(js_tointeger(J, 1) & 0xff);
	power_exit(js_tointeger(J, 1));
}

/* native.cores(): the cores up (os.cpus, os.availableParallelism) */
static void native_cores(js_State *J)
{
#ifdef UNIJS_ONE_CORE /* the host build */
	js_pushnumber(J, 1);
#else
	js_pushnumber(J, smp_online());
#endif
}

static void native_hrtime(js_State *J)
{
	js_pushnumber(J, (double)clock_monotonic_ns());
}

static void native_realtime(js_State *J)
{
	js_pushnumber(J, (double)(clock_realtime_ns() / 1000000));
}

static void native_stackframes(js_State *J)
{
	js_pushstackframes(J, 1, -1); /* without this function's own frame */
}

static void native_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

void runtime_natives_init(js_State *J)
{
	js_newobject(J);
	native_func(J, "write", native_write, 1);
	native_func(J, "exit", native_exit, 1);
	native_func(J, "hrtime", native_hrtime, 0);
	native_func(J, "cores", native_cores, 0);
	native_func(J, "realtime", native_realtime, 0);
	native_func(J, "stackframes", native_stackframes, 0);
	runtime_loop_natives(J);
	runtime_fs_natives(J);
	if (runtime_worker_natives)
		runtime_worker_natives(J);
	js_setregistry(J, RUNTIME_NATIVE);
}
