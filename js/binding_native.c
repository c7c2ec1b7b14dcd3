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
 *   native.pathSegments(p, absolute)
 *                          path.js's normalizeSegments: p's "/"-separated
 *                          segments, "" and "." dropped, ".." taking the
 *                          one before it away (kept, leading, when not
 *                          absolute and nothing is left to take), joined
 *                          with "/"
 *   native.pathNormalize(p)  path.normalize of a string
 *   native.pathJoin(a, ...), native.pathResolve(a, ...)
 *                          path.join and path.resolve of strings
 *   native.timer*, immediate*, stdin*, loopRef, runTicks, runScript:
 *                          the event loop's, see binding_loop.c
 *   native.collectionEntries(x)
 *                          a Map's, Set's or their iterator's (remaining)
 *                          entries as an array, flat, its pairs property
 *                          true for key-value pairs; undefined for any
 *                          other x (util.inspect: mujs 0217)
 *   native.ownFields(obj, template)
 *                          obj, a new object with no own property yet,
 *                          gets template's own properties (names, values,
 *                          order) in one copy, as assigning them one by
 *                          one in template's order would make them; true
 *                          when done, false (nothing done) when those
 *                          assignments would do something else (an
 *                          accessor or read-only property of such a name
 *                          anywhere, obj not extensible or not empty):
 *                          the caller then assigns them itself (mujs
 *                          0222). A constructor's fields made so cost a
 *                          node copy each, not an insertion.
 *   native.fieldTemplate(obj)
 *                          a new object with obj's own properties, as
 *                          ownFields makes them (obj itself when it
 *                          refuses): a template in the form ownFields
 *                          copies fastest, its nodes one block, copied
 *                          whole (mujs 0252). Templates are made so once.
 *   native.fs              the packed files, see binding_fs.c
 */
#include <stdlib.h>
#include <string.h>

#include "drivers/power.h"
#include "lib/clock.h"
#include "lib/console.h"

#include "runtime_internal.h"

/*
 * The packed files by name. A require() asks for several names per
 * module (each extension, index.js, node_modules up the tree) and most
 * are not there: an app of ~400 files made 622,000 strcmp calls while
 * Express booted (6 % of its instructions). runtime_find_index builds an
 * open-addressed hash of each table once, in the main isolate before it
 * runs anything (the tables never change; the index lives in core 0's
 * heap for good and is only read after, by every core); without it (a
 * table it was not asked for) the lookup is the linear scan.
 */
static struct find_index {
	const struct bundle_file *table;
	const struct bundle_file **slot;
	uint32_t mask;
} find_index[2];

static uint32_t name_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	while (*s)
		h = (h ^ (uint8_t)*s++) * 16777619u;
	return h;
}

void runtime_find_index(void)
{
	const struct bundle_file *tables[2] = { bundle_app, bundle_lib }, *f;
	unsigned t;

	for (t = 0; t < 2; t++) {
		struct find_index *x = &find_index[t];
		uint32_t n = 0, size = 16, i;

		if (x->table)
			continue;
		for (f = tables[t]; f->name; f++)
			n++;
		while (size < 2 * n)
			size *= 2;
		x->slot = calloc(size, sizeof *x->slot);
		if (!x->slot)
			continue; /* the scan still works */
		x->mask = size - 1;
		for (f = tables[t]; f->name; f++) {
			for (i = name_hash(f->name) & x->mask; x->slot[i]; i = (i + 1) & x->mask)
				if (!strcmp(x->slot[i]->name, f->name))
					break; /* a name twice: the first wins, as in the scan */
			if (!x->slot[i])
				x->slot[i] = f;
		}
		x->table = tables[t];
	}
}

const struct bundle_file *runtime_find(const struct bundle_file *table, const char *name)
{
	unsigned t;

	for (t = 0; t < 2; t++) {
		const struct find_index *x = &find_index[t];
		if (x->table == table) {
			uint32_t i;
			for (i = name_hash(name) & x->mask; x->slot[i]; i = (i + 1) & x->mask)
				if (!strcmp(x->slot[i]->name, name))
					return x->slot[i];
			return NULL;
		}
	}
	for (; table->name; table++)
		if (!strcmp(table->name, name))
			return table;
	return NULL;
}

void runtime_compile(js_State *J, const char *name, const char *data, size_t len, const char *head)
{
	static const char tail[] = RUNTIME_WRAP_TAIL;
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

/*
 * The image's precompiled modules (mkimage.sh, docs/internals.md
 * "Precompiled modules"): tables parallel to bundle_app and bundle_lib,
 * entry i for entry i, of the same name; data is js_dumpscript's form, or
 * len is 0 where the module is compiled from its source. Weak: an image
 * without them (the host build) compiles every module.
 */
extern const struct bundle_file bundle_app_code[] __attribute__((weak));
extern const struct bundle_file bundle_lib_code[] __attribute__((weak));

void runtime_load_module(js_State *J, const struct bundle_file *table, const struct bundle_file *f,
			 const char *name, const char *head)
{
	const struct bundle_file *code = table == bundle_app ? bundle_app_code :
					 table == bundle_lib ? bundle_lib_code : NULL;

	if (code) {
		code += f - table;
		if (!code->name || strcmp(code->name, f->name))
			js_error(J, "%s: the image's precompiled modules do not match its modules", name);
		if (code->len) {
			js_loadbytecode(J, name, code->data, code->len);
			runtime_iso()->modules_precompiled++;
			js_pushundefined(J);
			js_call(J, 0);
			return;
		}
	}
	runtime_iso()->modules_compiled++;
	runtime_compile(J, name, f->data, f->len, head);
}

static void native_write(js_State *J)
{
	const char *s = js_tostring(J, 1);

	runtime_write(s, strlen(s));
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
	runtime_cores_needed(); /* they start at first idle or need */
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

/*
 * native.pathSegments(p, absolute) and native.pathNormalize(p): send and
 * serve-static normalise, join and resolve paths at every request
 * (path.js's normalizeSegments and normalize were 920 of an Express 4
 * request's ~12,800 bytecodes: split, a loop, an array, join, and the
 * ends looked at again). One pass here: each segment is copied to out
 * (after a "/" when out has one), and ".." cuts out back to the "/"
 * before its last segment unless that is itself a leading ".." (a
 * relative path's, which keeps them; an absolute path drops a ".." above
 * the root). Segments are bytes between "/"s: mujs's strings are UTF-8,
 * where no byte of a multi-byte character is "/" or ".". Out is never
 * longer than p (a segment for a segment, fewer "/"s). A path of
 * PATH_SEG_MAX bytes or more gives undefined, and path.js takes its own
 * way.
 */
#define PATH_SEG_MAX 4096
static size_t path_segments(const char *p, int absolute, char *out)
{
	const char *seg, *end;
	size_t len = 0, dots = 0; /* dots: out's leading ".." segments */

	for (seg = p; *seg; seg = *end ? end + 1 : end) {
		size_t k;
		for (end = seg; *end && *end != '/'; end++)
			;
		k = (size_t)(end - seg);
		if (k == 0 || (k == 1 && seg[0] == '.'))
			continue;
		if (k == 2 && seg[0] == '.' && seg[1] == '.') {
			size_t kept = dots ? 3 * dots - 1 : 0; /* the leading ".."s' bytes */
			if (len > kept) {
				/* back to the "/" before out's last segment (or to the
				 * end of the leading ".."s, or to the start) */
				while (len > kept && out[len - 1] != '/')
					len--;
				if (len > 0)
					len--;
				if (len < kept)
					len = kept;
			} else if (!absolute) {
				if (len)
					out[len++] = '/';
				out[len++] = '.';
				out[len++] = '.';
				dots++;
			}
			continue;
		}
		if (len)
			out[len++] = '/';
		memcpy(out + len, seg, k);
		len += k;
	}
	return len;
}

static void native_pathsegments(js_State *J)
{
	char out[PATH_SEG_MAX];
	const char *p = js_tostring(J, 1);

	if (strlen(p) >= PATH_SEG_MAX)
		js_pushundefined(J);
	else
		js_pushlstring(J, out, path_segments(p, js_toboolean(J, 2), out));
}

/* Pushes path.normalize of p (n bytes, less than PATH_SEG_MAX) */
static void path_push_normalized(js_State *J, const char *p, size_t n)
{
	char out[PATH_SEG_MAX + 2];
	size_t len;
	int absolute = p[0] == '/';

	if (n == 0) {
		js_pushliteral(J, ".");
		return;
	}
	/* out[0] for the leading "/", the segments from out + 1 */
	len = path_segments(p, absolute, out + 1);
	if (len == 0 && !absolute)
		out[1 + len++] = '.';
	if (len && p[n - 1] == '/')
		out[1 + len++] = '/';
	out[0] = '/';
	js_pushlstring(J, absolute ? out : out + 1, absolute ? len + 1 : len);
}

/* path.normalize(p) of a string p: "." for nothing left of a relative
 * path, the leading "/" of an absolute one, a trailing "/" kept */
static void native_pathnormalize(js_State *J)
{
	const char *p = js_tostring(J, 1);
	size_t n = strlen(p);

	if (n >= PATH_SEG_MAX)
		js_pushundefined(J);
	else
		path_push_normalized(J, p, n);
}

/* Joins arguments from..top-1 of this call, strings, the empty ones
 * left out, with "/" into buf; returns the length, or (size_t)-1 when
 * one is not a string or they come to PATH_SEG_MAX bytes or more. */
static size_t path_cat(js_State *J, int from, char *buf)
{
	int top = js_gettop(J), i;
	size_t n = 0, k;

	for (i = from; i < top; i++) {
		const char *s;
		if (!js_isstring(J, i))
			return (size_t)-1;
		s = js_tostring(J, i);
		k = strlen(s);
		if (k == 0)
			continue;
		if (n + k + 1 >= PATH_SEG_MAX)
			return (size_t)-1;
		if (n)
			buf[n++] = '/';
		memcpy(buf + n, s, k);
		n += k;
	}
	buf[n] = 0;
	return n;
}

/* native.pathJoin(a, ...) and native.pathResolve(a, ...): path.join and
 * path.resolve in one call (send joins and resolves at every request,
 * fs looks each path up resolved; in path.js an array, join() and the
 * arguments read one by one were ~5,000 instructions a call). Both give
 * undefined when an argument they read is not a string or the path is
 * PATH_SEG_MAX bytes or more, and path.js takes its own way (throwing
 * Node's error); pathResolve also when no argument, read from the last,
 * is absolute (the working directory is path.js's to ask). */
static void native_pathjoin(js_State *J)
{
	char buf[PATH_SEG_MAX];
	size_t n = path_cat(J, 1, buf);

	if (n == (size_t)-1)
		js_pushundefined(J);
	else
		path_push_normalized(J, buf, n);
}

static void native_pathresolve(js_State *J)
{
	char buf[PATH_SEG_MAX], out[PATH_SEG_MAX + 1];
	int i;
	size_t n;

	/* the last absolute argument: those before it are not read, as Node */
	for (i = js_gettop(J) - 1; i >= 1; i--) {
		if (!js_isstring(J, i)) {
			js_pushundefined(J);
			return;
		}
		if (js_tostring(J, i)[0] == '/')
			break;
	}
	if (i < 1 || (n = path_cat(J, i, buf)) == (size_t)-1) {
		js_pushundefined(J);
		return;
	}
	/* no trailing "/": the segments only, after the root's */
	out[0] = '/';
	js_pushlstring(J, out, path_segments(buf, 1, out + 1) + 1);
}

static void native_collectionentries(js_State *J)
{
	int kind = js_collectionpreview(J, 1);
	if (!kind)
		js_pushundefined(J);
	else {
		js_pushboolean(J, kind == 2);
		js_setproperty(J, -2, "pairs");
	}
}

static void native_ownfields(js_State *J)
{
	js_pushboolean(J, js_cloneproperties(J, 1, 2));
}

static void native_fieldtemplate(js_State *J)
{
	js_newobject(J);
	if (!js_cloneproperties(J, -1, 1))
		js_copy(J, 1);
}

static void native_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
void __attribute__((cold)) runtime_natives_init(js_State *J)
{
	js_newobject(J);
	native_func(J, "write", native_write, 1);
	native_func(J, "exit", native_exit, 1);
	native_func(J, "hrtime", native_hrtime, 0);
	native_func(J, "cores", native_cores, 0);
	native_func(J, "realtime", native_realtime, 0);
	native_func(J, "stackframes", native_stackframes, 0);
	native_func(J, "pathSegments", native_pathsegments, 2);
	native_func(J, "pathNormalize", native_pathnormalize, 1);
	native_func(J, "pathJoin", native_pathjoin, 0);
	native_func(J, "pathResolve", native_pathresolve, 0);
	native_func(J, "collectionEntries", native_collectionentries, 1);
	native_func(J, "ownFields", native_ownfields, 2);
	native_func(J, "fieldTemplate", native_fieldtemplate, 1);
	runtime_loop_natives(J);
	runtime_fs_natives(J);
	if (runtime_worker_natives)
		runtime_worker_natives(J);
	js_setregistry(J, RUNTIME_NATIVE);
}
