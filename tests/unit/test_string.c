/*
 * lib/string.c and lib/stdlib.c against the host's glibc: every function on
 * generated inputs (all alignments and lengths of small buffers, random
 * strings over a two-letter alphabet so that partial matches abound,
 * number strings in every base), plus qsort's worst cases.
 */
#define _GNU_SOURCE /* memrchr, strcasecmp, stpcpy of the host */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_test.h"

void *uj_memcpy(void *d, const void *s, size_t n);
void *uj_memmove(void *d, const void *s, size_t n);
void *uj_memset(void *d, int c, size_t n);
int uj_memcmp(const void *a, const void *b, size_t n);
void *uj_memchr(const void *s, int c, size_t n);
void *uj_memrchr(const void *s, int c, size_t n);
size_t uj_strlen(const char *s);
size_t uj_strnlen(const char *s, size_t n);
int uj_strcmp(const char *a, const char *b);
int uj_strncmp(const char *a, const char *b, size_t n);
int uj_strcasecmp(const char *a, const char *b);
int uj_strncasecmp(const char *a, const char *b, size_t n);
char *uj_strcpy(char *d, const char *s);
char *uj_strncpy(char *d, const char *s, size_t n);
char *uj_stpcpy(char *d, const char *s);
char *uj_strcat(char *d, const char *s);
char *uj_strncat(char *d, const char *s, size_t n);
char *uj_strchr(const char *s, int c);
char *uj_strrchr(const char *s, int c);
char *uj_strstr(const char *h, const char *n);
size_t uj_strspn(const char *s, const char *a);
size_t uj_strcspn(const char *s, const char *r);
char *uj_strpbrk(const char *s, const char *a);
char *uj_strtok_r(char *s, const char *d, char **save);
char *uj_strerror(int e);
char *uj_strdup(const char *s);
char *uj_strndup(const char *s, size_t n);
long uj_strtol(const char *s, char **end, int base);
unsigned long uj_strtoul(const char *s, char **end, int base);
long long uj_strtoll(const char *s, char **end, int base);
unsigned long long uj_strtoull(const char *s, char **end, int base);
int uj_atoi(const char *s);
int uj_abs(int x);
void uj_qsort(void *b, size_t n, size_t sz, int (*cmp)(const void *, const void *));
void *uj_bsearch(const void *k, const void *b, size_t n, size_t sz,
		 int (*cmp)(const void *, const void *));
void uj_abort(void);
void uj___assert_fail(const char *e, const char *f, unsigned l, const char *fn);
int *uj___errno_location(void);

#define UJ_ERRNO (*uj___errno_location())

/* lib/ calls panic() for abort and assert; the test catches it. */
static jmp_buf panic_jmp;
static char panic_msg[256];

void panic(const char *fmt, ...);
void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(panic_msg, sizeof panic_msg, fmt, ap);
	va_end(ap);
	longjmp(panic_jmp, 1);
}

static uint64_t rng_state = 0x853c49e6748fea9bULL;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static int sign(long v)
{
	return (v > 0) - (v < 0);
}

static void random_string(char *s, size_t n, const char *alphabet)
{
	size_t k = strlen(alphabet);

	for (size_t i = 0; i < n; i++)
		s[i] = alphabet[rng() % k];
	s[n] = '\0';
}

static void test_mem(void)
{
	static unsigned char a[400], b[400], c[400];
	struct test_group g;

	group_begin(&g, "string memcpy/memset/memmove all alignments and lengths 0..100");
	for (size_t sa = 0; sa < 16; sa++)
		for (size_t da = 0; da < 16; da++)
			for (size_t n = 0; n <= 100; n++) {
				for (size_t i = 0; i < sizeof a; i++)
					a[i] = (unsigned char)rng();
				memcpy(b, a, sizeof a);
				memcpy(c, a, sizeof a);
				uj_memcpy(b + da, a + 128 + sa, n);
				memcpy(c + da, a + 128 + sa, n);
				check(&g, memcmp(b, c, sizeof b) == 0, "memcpy da=%zu sa=%zu n=%zu", da, sa, n);
				uj_memset(b + da, (int)n, n);
				memset(c + da, (int)n, n);
				check(&g, memcmp(b, c, sizeof b) == 0, "memset da=%zu n=%zu", da, n);
				/* overlapping both ways */
				memcpy(b, a, sizeof a);
				memcpy(c, a, sizeof a);
				void *r = uj_memmove(b + 20 + da, b + 20 + sa, n);
				memmove(c + 20 + da, c + 20 + sa, n);
				check(&g, r == b + 20 + da && memcmp(b, c, sizeof b) == 0,
				      "memmove da=%zu sa=%zu n=%zu", da, sa, n);
			}
	group_end(&g);

	group_begin(&g, "string memcmp/memchr/memrchr");
	for (int t = 0; t < 20000; t++) {
		size_t n = rng() % 70, off = rng() % 8;

		for (size_t i = 0; i < n + off; i++)
			a[i] = b[i] = (unsigned char)(rng() % 4 + 0x7e); /* crosses 0x80 */
		if (n && rng() % 2)
			b[off + rng() % n] ^= (unsigned char)rng();
		check(&g, sign(uj_memcmp(a + off, b + off, n)) == sign(memcmp(a + off, b + off, n)),
		      "memcmp n=%zu", n);
		int ch = (int)(rng() % 4 + 0x7e);

		check(&g, uj_memchr(a + off, ch, n) == memchr(a + off, ch, n), "memchr n=%zu", n);
		check(&g, uj_memrchr(a + off, ch, n) == memrchr(a + off, ch, n), "memrchr n=%zu", n);
	}
	/* longer runs, every alignment, the byte anywhere or past the end
	 * (memchr goes 16 bytes at a time) */
	for (int t = 0; t < 20000; t++) {
		size_t n = rng() % 300, off = rng() % 32;
		int ch = (int)(rng() % 256);

		for (size_t i = 0; i < n + off + 16; i++)
			a[i] = (unsigned char)(ch + 1 + rng() % 255);
		if (rng() % 4)
			a[off + rng() % (n + 16)] = (unsigned char)ch; /* maybe past n */
		if (rng() % 8 == 0 && off)
			a[off - 1] = (unsigned char)ch; /* before s */
		check(&g, uj_memchr(a + off, ch, n) == memchr(a + off, ch, n), "memchr n=%zu off=%zu", n, off);
	}
	group_end(&g);
}

static void test_str(void)
{
	static char s1[300], s2[300], d1[700], d2[700];
	struct test_group g;

	group_begin(&g, "string strlen/strchr/strrchr/strcmp/strncmp all alignments");
	for (int t = 0; t < 30000; t++) {
		size_t off = rng() % 16, n = rng() % 100, m = rng() % 100;

		random_string(s1 + off, n, "ab\x80\xff");
		if (rng() % 2) {
			memcpy(s2 + off, s1 + off, n + 1);
			if (n && rng() % 2)
				s2[off + rng() % n] = 'a';
		} else {
			random_string(s2 + off, m, "ab\x80\xff");
		}
		check(&g, uj_strlen(s1 + off) == n, "strlen n=%zu off=%zu", n, off);
		check(&g, uj_strnlen(s1 + off, m) == strnlen(s1 + off, m), "strnlen");
		int ch = "ab\x80\xff"[rng() % 4];

		if (rng() % 8 == 0)
			ch = 0;
		check(&g, uj_strchr(s1 + off, ch) == strchr(s1 + off, ch), "strchr n=%zu c=%d", n, ch);
		check(&g, uj_strrchr(s1 + off, ch) == strrchr(s1 + off, ch), "strrchr n=%zu c=%d", n, ch);
		check(&g, sign(uj_strcmp(s1 + off, s2 + off)) == sign(strcmp(s1 + off, s2 + off)),
		      "strcmp [%s] [%s]", s1 + off, s2 + off);
		check(&g, sign(uj_strncmp(s1 + off, s2 + off, m)) ==
				  sign(strncmp(s1 + off, s2 + off, m)),
		      "strncmp");
	}
	group_end(&g);

	group_begin(&g, "string strstr/strspn/strcspn/strpbrk on two-letter strings");
	for (int t = 0; t < 30000; t++) {
		size_t n = rng() % 120, m = rng() % 8;

		random_string(s1, n, t % 2 ? "ab" : "aab");
		random_string(s2, m, "ab");
		check(&g, uj_strstr(s1, s2) == strstr(s1, s2), "strstr [%s] [%s]", s1, s2);
		check(&g, uj_strspn(s1, s2) == strspn(s1, s2), "strspn");
		check(&g, uj_strcspn(s1, s2) == strcspn(s1, s2), "strcspn");
		check(&g, uj_strpbrk(s1, s2) == strpbrk(s1, s2), "strpbrk");
	}
	/* The naive scan's worst case: must stay fast and right. */
	memset(d1, 'a', 600);
	d1[600] = '\0';
	memset(s2, 'a', 250);
	s2[250] = 'b';
	s2[251] = '\0';
	check(&g, uj_strstr(d1, s2) == NULL, "strstr aaaa/aaab");
	d1[599] = 'b';
	check(&g, uj_strstr(d1, s2) == d1 + 349, "strstr aaaa..b");
	check(&g, uj_strstr(d1, "") == d1, "strstr empty needle");
	group_end(&g);

	group_begin(&g, "string strcpy/strncpy/stpcpy/strcat/strncat/strcasecmp/strdup");
	for (int t = 0; t < 5000; t++) {
		size_t n = rng() % 100, m = rng() % 120, k = rng() % 120;

		random_string(s1, n, "aBc");
		random_string(s2, m, "AbC");
		memset(d1, 'x', sizeof d1);
		memset(d2, 'x', sizeof d2);
		check(&g, uj_strcpy(d1, s1) == d1 && strcpy(d2, s1) && !memcmp(d1, d2, sizeof d1), "strcpy");
		check(&g, uj_strcat(d1, s2) == d1 && strcat(d2, s2) && !memcmp(d1, d2, sizeof d1), "strcat");
		check(&g, uj_strncat(d1, s1, k) == d1 && strncat(d2, s1, k) && !memcmp(d1, d2, sizeof d1),
		      "strncat k=%zu", k);
		check(&g, uj_strncpy(d1, s2, k) == d1 && strncpy(d2, s2, k) && !memcmp(d1, d2, sizeof d1),
		      "strncpy k=%zu", k);
		check(&g, uj_stpcpy(d1, s1) == stpcpy(d2, s1) - d2 + d1 && !memcmp(d1, d2, sizeof d1),
		      "stpcpy");
		check(&g, sign(uj_strcasecmp(s1, s2)) == sign(strcasecmp(s1, s2)), "strcasecmp");
		check(&g, sign(uj_strncasecmp(s1, s2, k)) == sign(strncasecmp(s1, s2, k)),
		      "strncasecmp");
		char *dup = uj_strdup(s1);
		char *ndup = uj_strndup(s1, k);

		check(&g, dup && strcmp(dup, s1) == 0 && ndup && strncmp(ndup, s1, k) == 0 &&
				  strlen(ndup) == (n < k ? n : k),
		      "strdup/strndup");
		free(dup);
		free(ndup);
	}
	char tok[] = "  a,b;;c  ";
	char *save, *t1 = uj_strtok_r(tok, " ,;", &save), *t2 = uj_strtok_r(NULL, " ,;", &save);
	char *t3 = uj_strtok_r(NULL, " ,;", &save), *t4 = uj_strtok_r(NULL, " ,;", &save);

	check(&g, t1 && !strcmp(t1, "a") && t2 && !strcmp(t2, "b") && t3 && !strcmp(t3, "c") && !t4,
	      "strtok_r");
	group_end(&g);

	group_begin(&g, "string strerror matches glibc's messages");
	for (int e = 0; e < 140; e++) {
		const char *ours = uj_strerror(e), *theirs = strerror(e);

		check(&g, !strcmp(ours, theirs) || !strcmp(ours, "Unknown error"),
		      "strerror(%d): [%s] vs [%s]", e, ours, theirs);
	}
	check(&g, !strcmp(uj_strerror(ENOENT), "No such file or directory"), "strerror(ENOENT)");
	check(&g, !strcmp(uj_strerror(-1), "Unknown error") && !strcmp(uj_strerror(9999), "Unknown error"),
	      "strerror out of range");
	group_end(&g);
}

static void test_strtol(void)
{
	static const char *const inputs[] = {
		"0", "1", "-1", "+1", "  42", "\t\n 42x", "0x1f", "0X1F", "0x", "0xg", "-0x10",
		"010", "08", "09", "0b101", "z", "Z", "zz", "  -", "-", "+", "", " ",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "-99999999999999999999999", "0000000000000000000000001",
		"1a2b3c", "ffffffffffffffff", "10000000000000000", "7fffffffffffffff", "-1z",
		"  +0x7fffffffffffffff", "123abc456", "2147483648", "-2147483649", "1.5", "1e5",
	};
	static const int bases[] = { 0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7 };
	struct test_group g;

	group_begin(&g, "stdlib strtol/strtoul/strtoll/strtoull value, end and errno");
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
			const char *s = inputs[i];
			int base = bases[b];
			char *e1, *e2;
			/* glibc leaves *end unset for a bad base; only ours is defined. */
			bool bad = base < 0 || base == 1 || base > 36;

			UJ_ERRNO = 0;
			errno = 0;
			long r1 = uj_strtol(s, &e1, base);
			long r2 = strtol(s, &e2, base);

			if (bad)
				e2 = e1;

			check(&g, r1 == r2 && e1 == e2 && UJ_ERRNO == errno,
			      "strtol(\"%s\", %d): %ld end+%td errno %d vs %ld end+%td errno %d", s,
			      base, r1, e1 - s, UJ_ERRNO, r2, e2 - s, errno);
			UJ_ERRNO = 0;
			errno = 0;
			unsigned long u1 = uj_strtoul(s, &e1, base);
			unsigned long u2 = strtoul(s, &e2, base);

			if (bad)
				e2 = e1;

			check(&g, u1 == u2 && e1 == e2 && UJ_ERRNO == errno,
			      "strtoul(\"%s\", %d): %lu end+%td errno %d vs %lu end+%td errno %d", s,
			      base, u1, e1 - s, UJ_ERRNO, u2, e2 - s, errno);
			UJ_ERRNO = 0;
			errno = 0;
			check(&g, uj_strtoll(s, &e1, base) == strtoll(s, &e2, base) && (bad || e1 == e2) &&
					  UJ_ERRNO == errno,
			      "strtoll(\"%s\", %d)", s, base);
			UJ_ERRNO = 0;
			errno = 0;
			check(&g, uj_strtoull(s, &e1, base) == strtoull(s, &e2, base) && (bad || e1 == e2) &&
					  UJ_ERRNO == errno,
			      "strtoull(\"%s\", %d)", s, base);
		}
		check(&g, uj_strtol(inputs[i], NULL, 10) == strtol(inputs[i], NULL, 10),
		      "strtol with NULL end");
		if (strlen(inputs[i]) < 10)
			check(&g, uj_atoi(inputs[i]) == atoi(inputs[i]), "atoi(\"%s\")", inputs[i]);
	}
	for (int t = 0; t < 20000; t++) {
		char s[40];
		int base = (int)(rng() % 35) + 2;
		char *e1, *e2;

		random_string(s, rng() % 20, "0123456789abcdefxyzXYZ -+");
		UJ_ERRNO = 0;
		errno = 0;
		long r1 = uj_strtol(s, &e1, base), r2 = strtol(s, &e2, base);

		check(&g, r1 == r2 && e1 == e2 && UJ_ERRNO == errno, "strtol(\"%s\", %d)", s, base);
	}
	check(&g, uj_abs(-5) == 5 && uj_abs(INT_MAX) == INT_MAX, "abs");
	group_end(&g);
}

static long compares;

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	compares++;
	return (x > y) - (x < y);
}

struct rec {
	int key;
	char pad[8]; /* 12 bytes: not a multiple of 8 */
};

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static int cmp_liar(const void *a, const void *b)
{
	(void)a;
	(void)b;
	return (int)(rng() % 3) - 1; /* a script's inconsistent comparator */
}

static void test_qsort(void)
{
	static int a[20000], b[20000];
	static struct rec r[3000];
	struct test_group g;

	group_begin(&g, "stdlib qsort: random, sorted, reversed, equal, organ pipe, 12-byte records");
	for (int shape = 0; shape < 6; shape++) {
		for (int n = 0; n <= 20000; n = n < 40 ? n + 1 : n * 3) {
			for (int i = 0; i < n; i++) {
				switch (shape) {
				case 0: a[i] = (int)rng(); break;
				case 1: a[i] = i; break;
				case 2: a[i] = n - i; break;
				case 3: a[i] = 7; break;
				case 4: a[i] = i < n / 2 ? i : n - i; break;
				default: a[i] = (int)(rng() % 5); break;
				}
			}
			memcpy(b, a, (size_t)n * sizeof a[0]);
			compares = 0;
			uj_qsort(a, (size_t)n, sizeof a[0], cmp_int);
			long bound = 0;

			for (int k = n; k > 1; k >>= 1)
				bound += 4L * n;
			check(&g, compares <= bound + 64, "shape %d n=%d: %ld comparisons", shape, n,
			      compares);
			qsort(b, (size_t)n, sizeof b[0], cmp_int);
			check(&g, memcmp(a, b, (size_t)n * sizeof a[0]) == 0, "shape %d n=%d unsorted",
			      shape, n);
			int key = n ? b[rng() % n] : 0;
			int *hit = uj_bsearch(&key, a, (size_t)n, sizeof a[0], cmp_int);

			check(&g, n == 0 || (hit && *hit == key), "bsearch shape %d n=%d", shape, n);
			key = INT_MIN;
			hit = uj_bsearch(&key, a, (size_t)n, sizeof a[0], cmp_int);
			check(&g, !hit || *hit == INT_MIN, "bsearch of a missing key");
		}
	}
	for (int i = 0; i < 3000; i++) {
		r[i].key = (int)(rng() % 1000);
		memset(r[i].pad, r[i].key & 0xff, sizeof r[i].pad);
	}
	uj_qsort(r, 3000, sizeof r[0], cmp_rec);
	int ok = 1;

	for (int i = 0; i < 3000; i++)
		ok &= (i == 0 || r[i - 1].key <= r[i].key) && r[i].pad[7] == (char)(r[i].key & 0xff);
	check(&g, ok, "12-byte records sorted intact");
	for (int i = 0; i < 5000; i++)
		a[i] = i;
	uj_qsort(a, 5000, sizeof a[0], cmp_liar); /* must terminate, stay in bounds */
	long sum = 0;

	for (int i = 0; i < 5000; i++)
		sum += a[i];
	check(&g, sum == 4999L * 5000 / 2, "inconsistent comparator must only permute");
	group_end(&g);
}

static void test_abort_assert(void)
{
	struct test_group g;

	group_begin(&g, "stdlib abort and assert panic with a message");
	if (!setjmp(panic_jmp))
		uj_abort();
	check(&g, !strcmp(panic_msg, "abort"), "abort: [%s]", panic_msg);
	if (!setjmp(panic_jmp))
		uj___assert_fail("x > 0", "f.c", 12, "fn");
	check(&g, !strcmp(panic_msg, "assertion failed: x > 0 (f.c:12, fn)"), "assert: [%s]",
	      panic_msg);
	group_end(&g);
}

int main(void)
{
	test_plan(9);
	test_mem();
	test_str();
	test_strtol();
	test_qsort();
	test_abort_assert();
	return test_summary();
}
