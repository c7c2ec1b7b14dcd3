/*
 * binding_fs.c: the app's packed files, for js/lib/fs.js.
 *
 * mkimage.sh (scripts/packfiles.js) links a table bundle_fs of the files
 * under /app, sorted by name, in .rodata: the bytes are read where they
 * lie, nothing is copied at boot. An entry whose data is NULL is either a
 * directory (its name ends in "/": only empty directories are listed,
 * others are implied by their files' names) or a module bundle.js packed
 * as written, whose bytes are bundle_app's entry of the same name.
 * Images linked without the table (no mkimage.sh) have no packed files.
 *
 * natives (native.fs):
 *   list()               [name0, size0, name1, size1, ...]
 *   read(i, start, end)  a new Buffer with bytes [start, end) of entry i
 *                        (clamped to the file)
 *   mtime()              the packed files' modification time, ms since
 *                        the epoch (fixed at build time)
 * /tmp and everything else of fs lives in js/lib/fs.js.
 */
#include <string.h>

#include "binding_buffer.h"
#include "runtime_internal.h"

extern const struct bundle_file bundle_fs[] __attribute__((weak));
extern const long long bundle_fs_mtime __attribute__((weak));

static const struct bundle_file *fs_table(size_t *count)
{
	size_t n = 0;

	if (bundle_fs)
		while (bundle_fs[n].name)
			n++;
	*count = n;
	return bundle_fs;
}

static void fs_list(js_State *J)
{
	size_t n, i;
	const struct bundle_file *t = fs_table(&n);

	js_newarray(J);
	for (i = 0; i < n; i++) {
		js_pushstring(J, t[i].name);
		js_setindex(J, -2, (int)(2 * i));
		js_pushnumber(J, (double)t[i].len);
		js_setindex(J, -2, (int)(2 * i + 1));
	}
}

static void fs_read(js_State *J)
{
	size_t n, start, end;
	const struct bundle_file *t = fs_table(&n), *f;
	double i = js_tonumber(J, 1), s = js_tonumber(J, 2), e = js_tonumber(J, 3);
	const char *data;

	if (!(i >= 0 && i < (double)n))
		js_rangeerror(J, "fs: no packed file %g", i);
	f = &t[(size_t)i];
	data = f->data;
	if (!data) {
		const struct bundle_file *m = runtime_find(bundle_app, f->name);
		if (!m)
			js_error(J, "fs: %s is a directory", f->name);
		data = m->data;
	}
	end = e >= 0 ? (e < (double)f->len ? (size_t)e : f->len) : 0;
	start = s >= 0 ? (s < (double)end ? (size_t)s : end) : 0;
	buffer_push_copy(J, data + start, end - start);
}

static void fs_mtime(js_State *J)
{
	js_pushnumber(J, &bundle_fs_mtime ? (double)bundle_fs_mtime * 1000 : 0);
}

void runtime_fs_natives(js_State *J)
{
	js_newobject(J);
	js_newcfunction(J, fs_list, "list", 0);
	js_setproperty(J, -2, "list");
	js_newcfunction(J, fs_read, "read", 3);
	js_setproperty(J, -2, "read");
	js_newcfunction(J, fs_mtime, "mtime", 0);
	js_setproperty(J, -2, "mtime");
	js_setproperty(J, -2, "fs");
}
