/*
 * binding_console.c: console.log, info, debug, warn and error.
 *
 * Lines made only of primitives (and no format string) are joined here, so
 * that printing a string or a number never loads util.js. Anything else goes
 * to util.format (js/lib/util.js), loaded on first use.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/console.h"

#include "runtime_internal.h"

/* Whether console.log's arguments 1..n can be joined without util.format. */
static int console_simple(js_State *J, int n)
{
	int i;

	for (i = 1; i <= n; i++)
		if (js_isobject(J, i))
			return 0;
	return n < 2 || !js_isstring(J, 1) || !strchr(js_tostring(J, 1), '%');
}

/* Turns argument i into its string in place (-0 prints as Node does). */
static const char *console_piece(js_State *J, int i)
{
	if (js_isnumber(J, i)) {
		double v = js_tonumber(J, i);
		if (v == 0 && signbit(v)) {
			js_pushliteral(J, "-0");
			js_replace(J, i);
		}
	}
	return js_tostring(J, i);
}

static void console_print(js_State *J)
{
	int n = js_gettop(J) - 1, i;
	char small[256];
	char *buf = small, *p;
	size_t len = 1;

	if (!console_simple(J, n)) {
		runtime_module_load(J, "util", 0);
		js_getproperty(J, -1, "format");
		js_rot2(J);
		for (i = 1; i <= n; i++)
			js_copy(J, i);
		js_call(J, n);
		js_pushliteral(J, "\n");
		js_concat(J);
		console_write(js_tostring(J, -1), strlen(js_tostring(J, -1)));
		js_pushundefined(J);
		return;
	}

	for (i = 1; i <= n; i++)
		len += strlen(console_piece(J, i)) + 1;
	if (len > sizeof small) {
		buf = malloc(len);
		if (!buf) {
			js_pushliteral(J, "out of memory");
			js_throw(J);
		}
	}
	p = buf;
	for (i = 1; i <= n; i++) {
		const char *s = js_tostring(J, i);
		size_t l = strlen(s);

		memcpy(p, s, l);
		p += l;
		if (i < n)
			*p++ = ' ';
	}
	*p++ = '\n';
	console_write(buf, (size_t)(p - buf));
	if (buf != small)
		free(buf);
	js_pushundefined(J);
}

/* Adds the printing methods to the console object on top of the stack. */
void runtime_console_init(js_State *J)
{
	static const char *const names[] = { "log", "info", "debug", "warn", "error" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		js_newcfunction(J, console_print, names[i], 0);
		js_defproperty(J, -2, names[i], 0);
	}
}
