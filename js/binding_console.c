/*
 * binding_console.c: console.log, info, debug, warn and error.
 *
 * Lines made only of primitives (not symbols) are formatted here, including the format
 * specifiers that need no inspection (%s %d %i %f %c %%), so that printing
 * strings and numbers never loads util.js (parsing it costs about 1 ms).
 * Anything else (objects, %j %o %O) goes to util.format (js/lib/util.js),
 * loaded on first use.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/console.h"

#include "runtime_internal.h"

/* Whether console.log's arguments 1..n can be printed without util.format:
 * primitives only, and a format string using only the simple specifiers. */
static int console_simple(js_State *J, int n)
{
	const char *f;
	int i;

	for (i = 1; i <= n; i++)
		if (js_isobject(J, i) || js_issymbol(J, i)) /* a symbol's ToString throws */
			return 0;
	if (n < 2 || !js_isstring(J, 1))
		return 1;
	for (f = js_tostring(J, 1); (f = strchr(f, '%')); f += 2)
		if (f[1] == 'j' || f[1] == 'o' || f[1] == 'O')
			return 0;
	return 1;
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

/* Replaces argument i by the result of calling global fn on it. */
static void console_convert(js_State *J, int i, const char *fn)
{
	js_getglobal(J, fn);
	js_pushundefined(J);
	js_copy(J, i);
	js_call(J, 1);
	js_replace(J, i);
}

/*
 * Applies the format string in argument 1 to the arguments after it, as
 * util.format does for primitives: %s String, %d Number, %i parseInt,
 * %f parseFloat, %c consumes its argument and prints nothing, %% is %.
 * A specifier without an argument stays as it is. Replaces argument 1 by
 * the result; returns the index of the first argument not consumed.
 */
static int console_format(js_State *J, int n)
{
	const char *f = js_tostring(J, 1), *q;
	int next = 2;

	js_pushliteral(J, "");
	for (q = f; *q; q++) {
		if (q[0] != '%' || !q[1])
			continue;
		if (q[1] != '%' && (!strchr("sdifc", q[1]) || next > n))
			continue;
		js_pushlstring(J, f, (int)(q - f));
		js_concat(J);
		if (q[1] == '%') {
			js_pushliteral(J, "%");
		} else if (q[1] == 'c') {
			js_pushliteral(J, "");
			next++;
		} else {
			if (q[1] == 'd' && !js_isnumber(J, next)) {
				js_pushnumber(J, js_tonumber(J, next));
				js_replace(J, next);
			} else if (q[1] == 'i') {
				console_convert(J, next, "parseInt");
			} else if (q[1] == 'f') {
				console_convert(J, next, "parseFloat");
			}
			js_pushstring(J, console_piece(J, next));
			next++;
		}
		js_concat(J);
		f = ++q + 1;
	}
	js_pushstring(J, f);
	js_concat(J);
	js_replace(J, 1);
	return next;
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
		runtime_write(js_tostring(J, -1), strlen(js_tostring(J, -1)));
		js_pushundefined(J);
		return;
	}

	if (n >= 2 && js_isstring(J, 1) && strchr(js_tostring(J, 1), '%')) {
		int next = console_format(J, n);
		/* the consumed arguments drop out of the line */
		for (i = next; i <= n; i++) {
			js_copy(J, i);
			js_replace(J, 2 + i - next);
		}
		n = 1 + n - next + 1;
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
	runtime_write(buf, (size_t)(p - buf));
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
