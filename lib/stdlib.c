/*
 * Number parsing, sorting and the small arithmetic helpers of <stdlib.h>.
 */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "panic.h"

void abort(void)
{
	panic("abort");
}

static int digit_value(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if ((unsigned)(c | 32) - 'a' < 26)
		return (c | 32) - 'a' + 10;
	return 99;
}

/*
 * The shared part of strto*: returns the magnitude, saturated at
 * ULLONG_MAX with *overflow set, and the sign separately so each caller can
 * apply its own range.
 */
static unsigned long long parse_integer(const char *s, char **end, int base, bool *neg,
					 bool *overflow)
{
	const char *p = s;
	unsigned long long v = 0;
	bool any = false;

	*neg = false;
	*overflow = false;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (*p == ' ' || (unsigned)*p - '\t' < 5)
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	/* "0x" counts as a prefix only when a hex digit follows; otherwise the
	 * number is the "0" alone and parsing ends at the 'x'. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' &&
	    digit_value((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}
	for (;; p++) {
		int d = digit_value((unsigned char)*p);

		if (d >= base)
			break;
		any = true;
		if (__builtin_mul_overflow(v, (unsigned)base, &v) ||
		    __builtin_add_overflow(v, (unsigned)d, &v)) {
			*overflow = true;
			v = ULLONG_MAX;
		}
	}
	if (end)
		*end = (char *)(any ? p : s);
	return any ? v : 0;
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	bool neg, overflow;
	unsigned long long v = parse_integer(s, end, base, &neg, &overflow);

	if (neg) {
		if (overflow || v > (unsigned long long)LLONG_MAX + 1) {
			errno = ERANGE;
			return LLONG_MIN;
		}
		return (long long)(0 - v);
	}
	if (overflow || v > LLONG_MAX) {
		errno = ERANGE;
		return LLONG_MAX;
	}
	return (long long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	bool neg, overflow;
	unsigned long long v = parse_integer(s, end, base, &neg, &overflow);

	if (overflow) {
		errno = ERANGE;
		return ULLONG_MAX;
	}
	return neg ? 0 - v : v;
}

/* long and long long are both 64 bits on x86_64 (LP64). */
_Static_assert(sizeof(long) == sizeof(long long), "LP64 expected");

long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)strtoll(s, end, base);
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)strtoull(s, end, base);
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
	return strtoll(s, NULL, 10);
}

int abs(int x)
{
	return x < 0 ? -x : x;
}

long labs(long x)
{
	return x < 0 ? -x : x;
}

long long llabs(long long x)
{
	return x < 0 ? -x : x;
}

div_t div(int num, int den)
{
	return (div_t){ num / den, num % den };
}

ldiv_t ldiv(long num, long den)
{
	return (ldiv_t){ num / den, num % den };
}

lldiv_t lldiv(long long num, long long den)
{
	return (lldiv_t){ num / den, num % den };
}

/* ---- qsort: introsort ---- */

typedef int cmp_fn(const void *, const void *);

static void swap_bytes(char *a, char *b, size_t size)
{
	if (a == b)
		return;
	if (size % 8 == 0) {
		for (size_t i = 0; i < size; i += 8) {
			uint64_t t;

			__builtin_memcpy(&t, a + i, 8);
			__builtin_memcpy(a + i, b + i, 8);
			__builtin_memcpy(b + i, &t, 8);
		}
		return;
	}
	for (size_t i = 0; i < size; i++) {
		char t = a[i];

		a[i] = b[i];
		b[i] = t;
	}
}

static void insertion_sort(char *base, size_t n, size_t size, cmp_fn *cmp)
{
	for (size_t i = 1; i < n; i++)
		for (char *p = base + i * size; p > base && cmp(p - size, p) > 0; p -= size)
			swap_bytes(p - size, p, size);
}

static void sift_down(char *base, size_t root, size_t n, size_t size, cmp_fn *cmp)
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap_bytes(base + root * size, base + child * size, size);
		root = child;
	}
}

static void heap_sort(char *base, size_t n, size_t size, cmp_fn *cmp)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(base, i, n, size, cmp);
	for (size_t end = n; end-- > 1;) {
		swap_bytes(base, base + end * size, size);
		sift_down(base, 0, end, size, cmp);
	}
}

/* Moves the median of the first, middle and last elements to the front. */
static void median_to_front(char *base, size_t n, size_t size, cmp_fn *cmp)
{
	char *a = base + size, *b = base + (n / 2) * size, *c = base + (n - 1) * size;

	if (cmp(a, b) > 0)
		swap_bytes(a, b, size);
	if (cmp(b, c) > 0)
		swap_bytes(b, c, size);
	if (cmp(a, b) > 0)
		swap_bytes(a, b, size);
	swap_bytes(base, b, size);
}

/*
 * Quicksort that loops on the larger side and recurses on the smaller, so
 * the stack holds at most log2(n) frames; after 2*log2(n) levels of bad
 * pivots the part left is heap-sorted, which bounds the time to n log n
 * whatever the comparator and input (a script chooses both in
 * Array.prototype.sort).
 */
static void introsort(char *base, size_t n, size_t size, cmp_fn *cmp, int depth)
{
	while (n > 16) {
		if (depth-- == 0) {
			heap_sort(base, n, size, cmp);
			return;
		}
		median_to_front(base, n, size, cmp);
		/* Hoare partition around base[0]; equal keys stop both scans so
		 * runs of duplicates split evenly. Both scans are bounded by index
		 * too, since a script's comparator need not be consistent. */
		size_t i = 0, j = n;

		for (;;) {
			do
				i++;
			while (i < n && cmp(base + i * size, base) < 0);
			do
				j--;
			while (j > 0 && cmp(base + j * size, base) > 0);
			if (i >= j)
				break;
			swap_bytes(base + i * size, base + j * size, size);
		}
		swap_bytes(base, base + j * size, size);
		size_t left = j, right = n - j - 1;
		char *rbase = base + (j + 1) * size;

		if (left < right) {
			introsort(base, left, size, cmp, depth);
			base = rbase;
			n = right;
		} else {
			introsort(rbase, right, size, cmp, depth);
			n = left;
		}
	}
	insertion_sort(base, n, size, cmp);
}

void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *))
{
	int depth = 0;

	if (nmemb < 2 || size == 0)
		return;
	for (size_t n = nmemb; n > 1; n >>= 1)
		depth += 2;
	introsort(base, nmemb, size, compar, depth);
}

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
	      int (*compar)(const void *, const void *))
{
	const char *lo = base;

	while (nmemb) {
		const char *mid = lo + (nmemb / 2) * size;
		int c = compar(key, mid);

		if (c == 0)
			return (void *)mid;
		if (c > 0) {
			lo = mid + size;
			nmemb -= nmemb / 2 + 1;
		} else {
			nmemb /= 2;
		}
	}
	return NULL;
}
