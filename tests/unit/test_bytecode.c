/*
 * Precompiled scripts (patches/mujs/0150: js_dumpscript, js_loadbytecode),
 * on the host, with the image's patched mujs:
 *   - every core module (each js/lib file, in the core modules' wrapper as
 *     scripts/jsbc.c compiles it) and each program below: dumped, loaded
 *     in a fresh state and dumped again, the same bytes (every field and
 *     instruction survives, strings re-interned);
 *   - each program run from its source and from its precompiled form
 *     gives the same result (stack lines, strict mode, regex literals,
 *     Function.prototype.toString, numbers, strings with U+0000, closures,
 *     eval, let/const, try/finally, labels, getters);
 *   - a stamp of another engine is an Error that says so; the data cut
 *     short at every length, and with each byte changed, is an Error or
 *     a load, never a crash (AddressSanitizer watches), and what a failed
 *     load left is collected;
 *   - a function inside the script is read at its first call (0171): with
 *     a byte of its body changed the script loads and runs, and the call
 *     is an Error or a result, never a crash; a collection between the
 *     load and the call keeps the unread function and its string table.
 * Run from the repository root (tests/run.sh does).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "libc_test.h"
#include "dumpbuf.h"
#include "js/runtime_wrap.h"

/* mujs's escaperegexp (jsregexp.c) compares 3 bytes with memcmp where the
 * string may end sooner; the first byte already differs there, so memcmp
 * reads no further in fact: check memcmp as it reads, not by its length */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "strict_memcmp=0";
}


/* the dump of the script src compiles to, or p == NULL (the error in err) */
static struct buf dump_source(const char *name, const char *src, char *err, size_t errsize)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	struct buf b = { NULL, 0 };
	if (js_ploadstring(J, name, src))
		snprintf(err, errsize, "%s", js_trystring(J, -1, "?"));
	else if (js_dumpscript(J, -1, put, &b))
		snprintf(err, errsize, "js_dumpscript failed");
	js_freestate(J);
	return b;
}

/* loads b in J: 0 and the script pushed, or 1 and the error's message in err */
static int load(js_State *J, const struct buf *b, char *err, size_t errsize)
{
	if (js_try(J)) {
		snprintf(err, errsize, "%s", js_trystring(J, -1, "?"));
		js_pop(J, 1);
		return 1;
	}
	js_loadbytecode(J, "test", b->p, b->n);
	js_endtry(J);
	return 0;
}

static int same_after_reload(const struct buf *b, char *why, size_t whysize)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	struct buf again = { NULL, 0 };
	int ok = 0;
	if (load(J, b, why, whysize))
		goto out;
	js_gc(J, 0); /* the loaded functions are reachable: kept */
	if (js_dumpscript(J, -1, put, &again)) {
		snprintf(why, whysize, "dump after load failed");
		goto out;
	}
	ok = again.n == b->n && !memcmp(again.p, b->p, b->n);
	if (!ok)
		snprintf(why, whysize, "%zu bytes, %zu after a reload", b->n, again.n);
out:
	free(again.p);
	js_freestate(J);
	return ok;
}

static char *slurp_wrapped(const char *path)
{
	FILE *f = fopen(path, "rb");
	long len;
	size_t h = strlen(RUNTIME_LIB_HEAD);
	char *s;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	s = malloc(h + len + sizeof RUNTIME_WRAP_TAIL);
	memcpy(s, RUNTIME_LIB_HEAD, h);
	if (fread(s + h, 1, len, f) != (size_t)len) {
		fclose(f);
		free(s);
		return NULL;
	}
	fclose(f);
	memcpy(s + h + len, RUNTIME_WRAP_TAIL, sizeof RUNTIME_WRAP_TAIL);
	return s;
}

/* Each evaluates to a string that shows what it tests. */
static const char *programs[] = {
	/* stack lines and file name */
	"function f() { try { throw new Error('x'); } catch (e) { return e.stackTrace; } }\n\nfunction g() {\n return f(); }\ng()",
	"try {\n null.x; } catch (e) { e.message + '|' + e.stackTrace }",
	/* strict mode, per function and per script */
	"'use strict'; (function () { return typeof this; })() + (function () { try { undeclared = 1; } catch (e) { return e.name; } })()",
	"(function () { return typeof this; })() + (function () { 'use strict'; return typeof this; })()",
	/* regex literals and their flags */
	"var r = /a(b+)c/gi; var m = 'xABBCabc'.match(r); r.source + r.flags + m.join(',') + /^.$/m.test('\\n') + /[\\d-z]\\/(?=x)/.exec('a1/x')",
	/* Function.prototype.toString, names, length */
	"function add(a, b) { return a + b; } var o = { m: function (x, y = 1) {} }; add.toString() + o.m.toString() + add.name + o.m.name + o.m.length",
	/* numbers: integers, doubles, -0, NaN, large and small */
	"[0, -0, 1, -1, 32767, 32768, -32768, -32769, 65535, 0.1, 1e300, 5e-324, NaN, Infinity, 1/-0, 9007199254740994, 0x7fffffff, 4294967296].map(String).join(' ')",
	/* strings: empty, U+0000, non-ASCII, surrogates, long */
	"['', '\\0', 'a\\0b', '\\u00e9\\u4e2d\\ud83d\\ude00', 'x'.repeat(300)].map(function (s) { return s.length + ':' + encodeURIComponent(s).slice(0, 20); }).join(' ')",
	/* closures, arguments, eval (a heavyweight function) */
	"function mk(n) { var c = 0; return function () { c += n; return c + arguments.length; }; } var f = mk(3); f(); f(1, 2) + ',' + (function (a) { var b = 2; return eval('a + b'); })(5)",
	/* let, const, TDZ, block closures, for-of */
	"var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { return i; }); var s = fs.map(function (f) { return f(); }).join(''); try { x; let x = 1; } catch (e) { s += e.name; } const k = 4; for (const v of [1, 2]) s += v; s + k",
	/* try/catch/finally, labels, switch, for-in, getters and setters */
	"var out = []; outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; out.push(i + '' + j); } }"
	" function t() { try { throw 1; } catch (e) { return 'c' + e; } finally { out.push('f'); } } out.push(t());"
	" switch (3) { case 1: out.push('1'); case 3: out.push('3'); case 4: out.push('4'); break; default: out.push('d'); }"
	" var o = { get g() { return 'G'; }, set s(v) { out.push('S' + v); } }; o.s = 9; for (var p in { a: 1, b: 2 }) out.push(p); out.push(o.g); out.join(',')",
	/* destructuring, defaults, spread, computed keys, shorthand, methods */
	"var { a, b: [c, d = 7] } = { a: 1, b: [2] }; var key = 'k'; var o = { [key + 1]: a, c, m() { return d; } }; JSON.stringify(o) + o.m() + Math.max.apply(null, [1, 5, 3])",
	/* typeof, delete, in, instanceof, void, comma, conditional */
	"var o = { x: 1 }; delete o.x; [typeof undefined, typeof null, 'x' in o, [] instanceof Array, void 0, (1, 2), o.x ? 1 : 2].join()",
	/* a line number far down a file */
	"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
	"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
	"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
	"var s; try { throw new Error('deep'); } catch (e) { s = e.stackTrace; }\n"
	"s + (function () {\n\n\n try { throw new Error('up'); } catch (e) { return e.stackTrace; } })()",
};

/* the result of running script at the top of J, as a string (or the error) */
static char *run(js_State *J)
{
	char *s;
	js_pushundefined(J);
	js_pcall(J, 0); /* the value or the error, either is compared */
	s = strdup(js_trystring(J, -1, "?"));
	js_pop(J, 1);
	return s;
}

int main(void)
{
	struct test_group g;
	char err[512];
	DIR *d;
	struct dirent *e;
	unsigned i;
	size_t k;
	struct buf small;

	test_plan(6);

	group_begin(&g, "core modules survive dump and reload byte for byte");
	d = opendir("js/lib");
	check(&g, d != NULL, "cannot open js/lib (run from the repository root)");
	while (d && (e = readdir(d))) {
		char path[512], name[512], *src;
		struct buf b;
		size_t n = strlen(e->d_name);
		if (n < 4 || strcmp(e->d_name + n - 3, ".js"))
			continue;
		snprintf(path, sizeof path, "js/lib/%s", e->d_name);
		snprintf(name, sizeof name, RUNTIME_LIB_PREFIX "%s", e->d_name);
		src = slurp_wrapped(path);
		check(&g, src != NULL, "%s: cannot read", path);
		if (!src)
			continue;
		err[0] = 0;
		b = dump_source(name, src, err, sizeof err);
		check(&g, b.p != NULL, "%s: %s", path, err);
		if (b.p)
			check(&g, same_after_reload(&b, err, sizeof err), "%s: %s", path, err);
		free(b.p);
		free(src);
	}
	if (d)
		closedir(d);
	check(&g, g.cases > 20, "only %ld cases: js/lib not found whole", g.cases);
	group_end(&g);

	group_begin(&g, "programs survive dump and reload byte for byte");
	for (i = 0; i < sizeof programs / sizeof *programs; i++) {
		struct buf b = dump_source("prog.js", programs[i], err, sizeof err);
		check(&g, b.p != NULL, "program %u: %s", i, err);
		if (b.p)
			check(&g, same_after_reload(&b, err, sizeof err), "program %u: %s", i, err);
		free(b.p);
	}
	group_end(&g);

	group_begin(&g, "programs give the same results from source and precompiled");
	for (i = 0; i < sizeof programs / sizeof *programs; i++) {
		js_State *A = js_newstate(NULL, NULL, 0), *B = js_newstate(NULL, NULL, 0);
		struct buf b = dump_source("prog.js", programs[i], err, sizeof err);
		char *ra, *rb;
		if (js_ploadstring(A, "prog.js", programs[i]) || !b.p || load(B, &b, err, sizeof err)) {
			check(&g, 0, "program %u does not load: %s", i, err);
		} else {
			ra = run(A);
			rb = run(B);
			check(&g, !strcmp(ra, rb), "program %u: source gives '%s', precompiled '%s'", i, ra, rb);
			free(ra);
			free(rb);
		}
		free(b.p);
		js_freestate(A);
		js_freestate(B);
	}
	group_end(&g);

	small = dump_source("small.js", programs[10], err, sizeof err);
	group_begin(&g, "another engine's stamp is an Error naming both stamps");
	{
		js_State *J = js_newstate(NULL, NULL, 0);
		struct buf b = { malloc(small.n), small.n };
		char mine[JS_BYTECODE_STAMPSIZE];
		memcpy(b.p, small.p, small.n);
		b.p[8] = b.p[8] == '1' ? '2' : '1'; /* the format number */
		check(&g, load(J, &b, err, sizeof err) == 1, "another format loaded");
		check(&g, strstr(err, "precompiled code from another engine") && strstr(err, js_bytecodestamp(mine)),
		      "message: %s", err);
		memcpy(b.p, small.p, small.n);
		b.p[3] ^= 1; /* the magic */
		check(&g, load(J, &b, err, sizeof err) == 1 && strstr(err, "no precompiled-code header"), "bad magic: %s", err);
		free(b.p);
		js_freestate(J);
	}
	group_end(&g);

	group_begin(&g, "cut short or changed, the data is an Error or a load, never a crash");
	{
		js_State *J = js_newstate(NULL, NULL, 0);
		for (k = 0; k < small.n; k++) {
			struct buf b = { malloc(k ? k : 1), k };
			memcpy(b.p, small.p, k);
			check(&g, load(J, &b, err, sizeof err) == 1, "%zu of %zu bytes loaded", k, small.n);
			free(b.p);
		}
		for (k = 0; k < small.n; k++) {
			struct buf b = { malloc(small.n), small.n };
			memcpy(b.p, small.p, small.n);
			b.p[k] ^= 0xff;
			if (!load(J, &b, err, sizeof err))
				js_pop(J, 1); /* loaded (a string index or a number changed): not run */
			check(&g, 1, "byte %zu", k); /* counted: the check is that it returned */
			free(b.p);
			js_gc(J, 0); /* collect what failed loads left linked */
		}
		js_freestate(J);
	}
	group_end(&g);
	free(small.p);

	group_begin(&g, "a function's body is read at its first call; a bad one is an Error there");
	{
		/* the script evaluates to f; f's body is after its header */
		static const char lazy_src[] = "function f(a) { var s = 'body'; for (var i = 0; i < a; i++) s += i;"
					       " return s + [1, 2].map(function (x) { return x * 2; }).join(); }\nf";
		js_State *J = js_newstate(NULL, NULL, 0);
		struct buf good = dump_source("lazy.js", lazy_src, err, sizeof err);
		char **kept = calloc(good.n + 1, sizeof *kept);
		size_t late = 0, loaded = 0;
		check(&g, good.p != NULL, "lazy.js: %s", err);
		if (good.p && !load(J, &good, err, sizeof err)) {
			js_pushundefined(J);
			js_pcall(J, 0);
			js_gc(J, 0); /* f is reachable (global, and on the stack), unread */
			js_pushundefined(J);
			js_pushnumber(J, 3);
			check(&g, !js_pcall(J, 1) && !strcmp(js_trystring(J, -1, "?"), "body0122,4"), "f(3): %s",
			      js_trystring(J, -1, "?"));
			js_pop(J, 1);
		}
		for (k = 0; good.p && k < good.n; k++) {
			struct buf b = { malloc(good.n), good.n };
			memcpy(b.p, good.p, good.n);
			b.p[k] ^= 0xff;
			kept[k] = b.p; /* the data outlives what was loaded from it */
			if (load(J, &b, err, sizeof err))
				continue;
			loaded++;
			js_pushundefined(J);
			if (!js_pcall(J, 0) && js_iscallable(J, -1)) {
				js_gc(J, 0);
				js_pushundefined(J);
				js_pushnumber(J, 3);
				if (js_pcall(J, 1) && strstr(js_trystring(J, -1, ""), "bad precompiled code"))
					late++;
			}
			js_pop(J, 1);
			js_gc(J, 0);
		}
		/* were bodies read at load, every one of these would fail there */
		check(&g, late > 0, "no changed body was found at the call (%zu of %zu changed loads)", late, loaded);
		js_freestate(J);
		for (k = 0; k < good.n; k++)
			free(kept[k]);
		free(kept);
		free(good.p);
	}
	group_end(&g);

	return test_summary();
}
