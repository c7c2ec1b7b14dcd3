/*
 * The places remembered in long strings (patches/mujs/0261: js_strat,
 * js_strlength, js_stridx, J->strpos), on the host, with the image's
 * patched mujs under AddressSanitizer:
 *   - against a plain walk from the start, in random order, over strings
 *     of ASCII, of two-, three- and four-byte characters, and of bytes
 *     that are not valid UTF-8 (a lone continuation byte, a lead byte
 *     cut short, an overlong form), more strings than places kept: every
 *     index's offset, every character start's index, the lengths, and
 *     an index past the end; no read past a string's end (ASan);
 *   - a collection forgets the places: a string freed by it and a new
 *     one given the same address (by an allocator that hands a freed
 *     block of that size back) reads as itself, not as the old one;
 *   - a view (0267: a tail taken by slice, substring or substr) keeps
 *     its string: the strings dropped and collected, the views still
 *     read (a freed text would be AddressSanitizer's use after free).
 * Run from the repository root (tests/run.sh does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsi.h"
#include "jsvalue.h"
#include "utf.h"

#include "libc_test.h"

/* mujs's escaperegexp (jsregexp.c) compares 3 bytes with memcmp where the
 * string may end sooner (test_bytecode.c says why this is safe) */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "strict_memcmp=0";
}

/* the plain walk: character i's offset, -1 past the end (mujs's own
 * decoding: chartorune, a bad byte one character) */
static int plain_at(const char *s, int i)
{
	const char *p = s;
	Rune r;
	while (i-- > 0) {
		if (!*p)
			return -1;
		p += *(const unsigned char *)p < Runeself ? 1 : chartorune(&r, p);
	}
	return p - s;
}

static int plain_len(const char *s)
{
	int n = 0;
	while (plain_at(s, n + 1) >= 0)
		++n;
	return n;
}

static unsigned seed = 12345;
static unsigned rnd(unsigned n)
{
	seed = seed * 1103515245 + 12345;
	return (seed >> 8) % n;
}

/* a string of about n bytes of the given kind, in malloc'd memory */
static char *make(int kind, int n)
{
	static const char *units[] = {
		"a", "Z", "0", " ",                   /* ASCII */
		"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xed\xa0\xbd", /* é € U+1F600, a lone surrogate */
		"\x80", "\xc3", "\xe2\x82", "\xc0\xaf", "\xff", /* not valid UTF-8 */
	};
	char *s = malloc(n + 8), *p;
	int k = 0;
	while (k < n) {
		const char *u;
		if (kind == 0)
			u = units[rnd(4)];
		else if (kind == 1)
			u = units[rnd(4) ? rnd(4) : 4 + rnd(4)];
		else if (kind == 2)
			u = units[4 + rnd(4)];
		else
			u = units[rnd(3) ? rnd(8) : 8 + rnd(5)];
		/* an ASCII prefix of varied length, then the kind's mix */
		if (k < (kind * 37) % 90)
			u = "x";
		memcpy(s + k, u, strlen(u));
		k += strlen(u);
	}
	s[k] = 0;
	/* exactly its bytes: a read past the NUL is ASan's */
	p = strdup(s);
	free(s);
	return p;
}

/* an allocator handing the block at `keep`, once freed, to the next
 * allocation of its size (`size`) */
static void *keep, *kept;
static int keepsize;
static void *reusing(void *ctx, void *ptr, int size)
{
	(void)ctx;
	if (size == 0) {
		if (ptr && ptr == keep)
			kept = ptr;
		else
			free(ptr);
		return NULL;
	}
	if (!ptr && kept && size == keepsize) {
		void *p = kept;
		kept = NULL;
		return p;
	}
	return realloc(ptr, size);
}

int main(void)
{
	struct test_group g;
	js_State *J;
	int round;

	test_plan(3);

	group_begin(&g, "offsets, indices and lengths as a plain walk finds them, in random order");
	J = js_newstate(NULL, NULL, 0);
	for (round = 0; round < 40; ++round) {
		char *s[6];
		int len[6], k, q;
		for (k = 0; k < 6; ++k) {
			s[k] = make((round + k) % 4, 64 + rnd(900));
			len[k] = plain_len(s[k]);
		}
		for (q = 0; q < 3000; ++q) {
			int w = rnd(6), i, want;
			const char *p;
			switch (rnd(4)) {
			case 0: /* near the last place, either way */
			case 1:
				i = rnd(len[w] + 3);
				p = js_strat(J, s[w], i);
				want = plain_at(s[w], i);
				check(&g, (p ? p - s[w] : -1) == want, "round %d string %d: character %d at %ld, expected %d",
				      round, w, i, p ? (long)(p - s[w]) : -1L, want);
				break;
			case 2:
				check(&g, js_strlength(J, s[w]) == len[w], "round %d string %d: length %d, expected %d",
				      round, w, js_strlength(J, s[w]), len[w]);
				break;
			default:
				i = rnd(len[w] + 1);
				want = plain_at(s[w], i);
				k = js_stridx(J, s[w], s[w] + want);
				check(&g, k == i, "round %d string %d: byte %d is character %d, expected %d",
				      round, w, want, k, i);
			}
		}
		for (k = 0; k < 6; ++k)
			free(s[k]);
		/* these strings' addresses are the caller's: forget them as a
		 * collection does before the next round's take them */
		memset(J->strpos, 0, sizeof J->strpos);
	}
	js_freestate(J);
	group_end(&g);

	group_begin(&g, "a collection forgets the places: a new string at a freed one's address");
	J = js_newstate(reusing, NULL, 0);
	/* 100 bytes of ASCII, read past its start: its place and length
	 * remembered */
	check(&g, js_dostring(J, "var a = 'x'.repeat(100); var r1 = a.charCodeAt(80) + ':' + a.length;") == 0,
	      "script failed");
	js_getglobal(J, "a");
	keep = (char *)js_tostring(J, -1) - offsetof(js_String, p);
	keepsize = offsetof(js_String, p) + 101;
	js_pop(J, 1);
	check(&g, js_dostring(J, "a = null;") == 0, "script failed");
	js_gc(J, 0);
	check(&g, kept != NULL, "the string was not freed by the collection");
	check(&g, js_dostring(J, "var b = 'y'.repeat(40) + '\\u00e9'.repeat(30);") == 0, "script failed");
	js_getglobal(J, "b");
	check(&g, (char *)js_tostring(J, -1) - offsetof(js_String, p) == keep, "b is not where a was");
	js_pop(J, 1);
	/* 100 bytes again, 70 characters: the freed block's size */
	check(&g, js_dostring(J, "var r2 = b.length + ':' + b.charCodeAt(66) + ':' + b.charCodeAt(80);") == 0,
	      "script failed");
	js_getglobal(J, "r2");
	check(&g, !strcmp(js_tostring(J, -1), "70:233:NaN"), "b read as %s, expected 70:233:NaN", js_tostring(J, -1));
	js_pop(J, 1);
	js_freestate(J);
	free(kept);
	group_end(&g);
	(void)keep;

	group_begin(&g, "a view keeps its string: tails of dropped strings read after collections (0267)");
	J = js_newstate(NULL, NULL, 0);
	check(&g, js_dostring(J, "var views = [];"
			      "for (var i = 0; i < 50; i++) {"
			      "  var s = ('v' + i + ':').repeat(400), r = '';"
			      "  for (var k = 0; k < 30; k++) r += 'piece' + k + '-'.repeat(60);"
			      "  views.push(s.slice(7), r.substring(3), s.slice(5).slice(9), r.slice(2).substr(4));"
			      "}") == 0, "script failed");
	js_gc(J, 0);
	check(&g, js_dostring(J, "var w = [], junk = [];"
			      "for (var i = 0; i < 2000; i++) junk.push('x'.repeat(1500 + i));"
			      "junk = null;"
			      "for (var i = 0; i < views.length; i++) w.push(views[i].length + views[i].slice(-4));"
			      "var r2 = w.join(',');") == 0, "script failed");
	js_gc(J, 0);
	js_getglobal(J, "r2");
	check(&g, strstr(js_tostring(J, -1), "1593v49:") != NULL, "the views read as %.60s...", js_tostring(J, -1));
	js_pop(J, 1);
	js_freestate(J);
	group_end(&g);

	return test_summary();
}
