/*
 * Memory and string primitives. Bulk copies use `rep movsq`/`rep stosq`,
 * which on every x86_64 with ERMSB (and KVM guests) are as fast as vector
 * loops and need no SSE state, so they stay usable from interrupt handlers;
 * a ragged tail is one overlapping 8-byte move, and copies up to 16 bytes
 * (most of mujs's: short strings) are two overlapping moves, no `rep`.
 * Not `rep movsb`: QEMU's TCG runs a `rep` one element per iteration, so
 * byte strings cost eight times the iterations (bench/js/strings took
 * 1.4x the time with them under TCG), and its start-up is paid per call.
 * strlen and strchr read whole aligned words: an aligned 8-byte load never
 * crosses a page, so it cannot fault past the terminator (ASan does not know
 * that, hence no_sanitize_address for the host tests).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A loop here that gcc recognised as a copy or a fill would become a call
 * to memcpy or memset: from inside memmove or memset, infinite recursion. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

typedef uint64_t __attribute__((may_alias)) word_t;

/* Unaligned word access without undefined behaviour; one mov on x86_64. */
static inline uint64_t load64(const void *p)
{
	uint64_t v;

	__builtin_memcpy(&v, p, sizeof v);
	return v;
}

static inline void store64(void *p, uint64_t v)
{
	__builtin_memcpy(p, &v, sizeof v);
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Nonzero when some byte of w is zero. */
static inline uint64_t has_zero(uint64_t w)
{
	return (w - ONES) & ~w & HIGHS;
}

/* n <= 16: two moves that may overlap in the middle. */
static inline void copy_small(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 8) {
		uint64_t a = load64(s), b = load64(s + n - 8);
		store64(d, a);
		store64(d + n - 8, b);
	} else if (n >= 4) {
		uint32_t a, b;
		__builtin_memcpy(&a, s, 4);
		__builtin_memcpy(&b, s + n - 4, 4);
		__builtin_memcpy(d, &a, 4);
		__builtin_memcpy(d + n - 4, &b, 4);
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
		d[0] = a;
		d[n / 2] = b;
		d[n - 1] = c;
	}
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	size_t q = n >> 3;

	if (n <= 16) {
		copy_small(d, s, n);
		return dst;
	}
	/* the last 8 bytes first (read before anything is written, as the
	 * rest), then the whole words; the two overlap when n % 8 != 0 */
	uint64_t tail = load64(s + n - 8);
	__asm__ volatile("rep movsq" : "+D"(d), "+S"(s), "+c"(q) : : "memory");
	store64((unsigned char *)dst + n - 8, tail);
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((uintptr_t)d - (uintptr_t)s >= n)
		return memcpy(dst, src, n); /* no harmful overlap going forward */
	/* dst overlaps the tail of src: copy backwards, a word at a time. */
	d += n;
	s += n;
	while (n >= 8) {
		d -= 8;
		s -= 8;
		n -= 8;
		store64(d, load64(s));
	}
	while (n--)
		*--d = *--s;
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t v = (unsigned char)c * ONES;
	size_t q = n >> 3;

	if (n < 8) {
		while (n--)
			*d++ = (unsigned char)c;
		return dst;
	}
	store64(d + n - 8, v);
	__asm__ volatile("rep stosq" : "+D"(d), "+c"(q) : "a"(v) : "memory");
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	while (n >= 8 && load64(p) == load64(q)) {
		p += 8;
		q += 8;
		n -= 8;
	}
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

/* 16 bytes at a time, as strlen: an aligned 16-byte load stays in its
 * page, so the bytes it reads before s or past s + n are never a fault
 * (only what lies in [s, s + n) is looked at in the mask). The byte loop
 * took 4 instructions a byte; loading a precompiled module finds each of
 * its strings' ends with it, and strnlen is memchr. */
__attribute__((no_sanitize_address)) void *memchr(const void *s, int c, size_t n)
{
	typedef char v16 __attribute__((vector_size(16)));
	const unsigned char *p = s;
	const v16 needle = (v16){ 0 } + (char)c;
	const v16 *v;
	size_t at;
	unsigned m;

	if (!n)
		return NULL;
	v = (const v16 *)((uintptr_t)p & ~(uintptr_t)15);
	m = (unsigned)__builtin_ia32_pmovmskb128(*v == needle) >> ((uintptr_t)p & 15);
	at = 16 - ((uintptr_t)p & 15); /* the bytes of p the first load covered */
	if (m) {
		size_t i = (size_t)__builtin_ctz(m);
		return i < n ? (void *)(p + i) : NULL;
	}
	for (v++; at < n; v++, at += 16) {
		m = (unsigned)__builtin_ia32_pmovmskb128(*v == needle);
		if (m) {
			size_t i = at + (size_t)__builtin_ctz(m);
			return i < n ? (void *)(p + i) : NULL;
		}
	}
	return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;

	while (n--)
		if (*--p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

/*
 * 16 bytes per step with SSE2 (lib/ runs on the loop, never in interrupt
 * handlers, so vector registers are free to use here). Aligned loads never
 * cross a page; the bytes before s in the first block are masked off.
 * mujs calls strlen on every string it concatenates or interns.
 */
__attribute__((no_sanitize_address)) size_t strlen(const char *s)
{
	typedef char v16 __attribute__((vector_size(16)));
	const v16 zero = { 0 };
	const v16 *v = (const v16 *)((uintptr_t)s & ~(uintptr_t)15);
	unsigned m = (unsigned)__builtin_ia32_pmovmskb128(*v == zero) >> ((uintptr_t)s & 15);

	if (m)
		return (size_t)__builtin_ctz(m);
	/* 16 bytes at a time up to a 64-byte boundary, then 64 at a time:
	 * mujs measures whole strings on every concatenation. */
	for (v++; (uintptr_t)v & 63; v++) {
		m = (unsigned)__builtin_ia32_pmovmskb128(*v == zero);
		if (m)
			return (size_t)((const char *)v - s) + (size_t)__builtin_ctz(m);
	}
	for (;; v += 4) {
		v16 z = __builtin_ia32_pminub128(__builtin_ia32_pminub128(v[0], v[1]),
						 __builtin_ia32_pminub128(v[2], v[3]));
		if (__builtin_ia32_pmovmskb128(z == zero))
			break;
	}
	while (!(m = (unsigned)__builtin_ia32_pmovmskb128(*v == zero)))
		v++;
	return (size_t)((const char *)v - s) + (size_t)__builtin_ctz(m);
}

size_t strnlen(const char *s, size_t max)
{
	const char *p = memchr(s, 0, max);

	return p ? (size_t)(p - s) : max;
}

/*
 * Eight bytes at a time while neither load can cross into the next page
 * (mujs compares names on every property and string intern); the bytes of
 * the block that differs or ends are compared one by one.
 */
__attribute__((no_sanitize_address)) int strcmp(const char *a, const char *b)
{
	typedef char v16 __attribute__((vector_size(16)));
	const v16 zero = { 0 };
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	for (;;) {
		if (((uintptr_t)p & 4095) <= 4096 - 16 && ((uintptr_t)q & 4095) <= 4096 - 16) {
			v16 x, y;
			unsigned m;
			__builtin_memcpy(&x, p, 16);
			__builtin_memcpy(&y, q, 16);
			/* bit set: the bytes differ, or this is the terminator */
			m = (unsigned)__builtin_ia32_pmovmskb128((x != y) | (x == zero));
			if (!m) {
				p += 16;
				q += 16;
				continue;
			}
			m = (unsigned)__builtin_ctz(m);
			return p[m] - q[m];
		}
		/* near a page end: a byte at a time up to it */
		for (int i = 0; i < 16; i++, p++, q++)
			if (*p != *q || !*p)
				return *p - *q;
	}
}

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	for (; n; n--, p++, q++) {
		if (*p != *q)
			return *p - *q;
		if (!*p)
			break;
	}
	return 0;
}

/* Only the "C" locale exists. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

static int lower(int c)
{
	return (unsigned)c - 'A' < 26 ? c | 32 : c;
}

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	while (*p && lower(*p) == lower(*q)) {
		p++;
		q++;
	}
	return lower(*p) - lower(*q);
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	for (; n; n--, p++, q++) {
		if (lower(*p) != lower(*q))
			return lower(*p) - lower(*q);
		if (!*p)
			break;
	}
	return 0;
}

char *strcpy(char *restrict dst, const char *restrict src)
{
	memcpy(dst, src, strlen(src) + 1);
	return dst;
}

char *stpcpy(char *restrict dst, const char *restrict src)
{
	size_t n = strlen(src);

	memcpy(dst, src, n + 1);
	return dst + n;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t k = strnlen(src, n);

	memcpy(dst, src, k);
	memset(dst + k, 0, n - k);
	return dst;
}

size_t strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t n = strlen(src);

	if (size) {
		size_t k = n < size - 1 ? n : size - 1;

		memcpy(dst, src, k);
		dst[k] = '\0';
	}
	return n;
}

char *strcat(char *restrict dst, const char *restrict src)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}

char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
	char *d = dst + strlen(dst);
	size_t k = strnlen(src, n);

	memcpy(d, src, k);
	d[k] = '\0';
	return dst;
}

__attribute__((no_sanitize_address)) char *strchr(const char *s, int c)
{
	unsigned char ch = (unsigned char)c;

	for (; (uintptr_t)s & 7; s++) {
		if ((unsigned char)*s == ch)
			return (char *)s;
		if (!*s)
			return NULL;
	}
	const word_t *w = (const word_t *)s;
	uint64_t pat = ONES * ch;

	while (!has_zero(*w) && !has_zero(*w ^ pat))
		w++;
	for (s = (const char *)w;; s++) {
		if ((unsigned char)*s == ch)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	return memrchr(s, c, strlen(s) + 1);
}

size_t strspn(const char *s, const char *accept)
{
	uint64_t set[4] = { 0 };
	const unsigned char *p;

	for (p = (const unsigned char *)accept; *p; p++)
		set[*p >> 6] |= 1ULL << (*p & 63);
	for (p = (const unsigned char *)s; *p && (set[*p >> 6] >> (*p & 63) & 1); p++)
		;
	return (size_t)(p - (const unsigned char *)s);
}

size_t strcspn(const char *s, const char *reject)
{
	uint64_t set[4] = { 1 }; /* the terminator always stops the scan */
	const unsigned char *p;

	for (p = (const unsigned char *)reject; *p; p++)
		set[*p >> 6] |= 1ULL << (*p & 63);
	for (p = (const unsigned char *)s; !(set[*p >> 6] >> (*p & 63) & 1); p++)
		;
	return (size_t)(p - (const unsigned char *)s);
}

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : NULL;
}

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save)
{
	if (!s)
		s = *save;
	s += strspn(s, delim);
	if (!*s) {
		*save = s;
		return NULL;
	}
	char *end = s + strcspn(s, delim);

	if (*end)
		*end++ = '\0';
	*save = end;
	return s;
}

/*
 * Rabin-Karp: linear in the expected case whatever the needle, where the
 * naive scan is quadratic on inputs like "aaaa...b" (which a script can
 * supply through String.prototype.indexOf).
 */
char *strstr(const char *haystack, const char *needle)
{
	size_t m = strlen(needle);

	if (m == 0)
		return (char *)haystack;
	if (m == 1)
		return strchr(haystack, needle[0]);
	const unsigned char *h = (const unsigned char *)haystack;
	const unsigned char *nd = (const unsigned char *)needle;
	const uint32_t B = 257;
	uint32_t hn = 0, hh = 0, pow = 1;
	size_t i;

	for (i = 0; i < m; i++) {
		if (!h[i])
			return NULL;
		hn = hn * B + nd[i];
		hh = hh * B + h[i];
		if (i)
			pow *= B;
	}
	for (;;) {
		if (hh == hn && memcmp(h, nd, m) == 0)
			return (char *)h;
		if (!h[m])
			return NULL;
		hh = (hh - h[0] * pow) * B + h[m];
		h++;
	}
}

static const char *const error_text[] = {
	[0] = "Success",
	[EPERM] = "Operation not permitted",
	[ENOENT] = "No such file or directory",
	[ESRCH] = "No such process",
	[EINTR] = "Interrupted system call",
	[EIO] = "Input/output error",
	[ENXIO] = "No such device or address",
	[E2BIG] = "Argument list too long",
	[ENOEXEC] = "Exec format error",
	[EBADF] = "Bad file descriptor",
	[ECHILD] = "No child processes",
	[EAGAIN] = "Resource temporarily unavailable",
	[ENOMEM] = "Cannot allocate memory",
	[EACCES] = "Permission denied",
	[EFAULT] = "Bad address",
	[EBUSY] = "Device or resource busy",
	[EEXIST] = "File exists",
	[EXDEV] = "Invalid cross-device link",
	[ENODEV] = "No such device",
	[ENOTDIR] = "Not a directory",
	[EISDIR] = "Is a directory",
	[EINVAL] = "Invalid argument",
	[ENFILE] = "Too many open files in system",
	[EMFILE] = "Too many open files",
	[ENOTTY] = "Inappropriate ioctl for device",
	[EFBIG] = "File too large",
	[ENOSPC] = "No space left on device",
	[ESPIPE] = "Illegal seek",
	[EROFS] = "Read-only file system",
	[EMLINK] = "Too many links",
	[EPIPE] = "Broken pipe",
	[EDOM] = "Numerical argument out of domain",
	[ERANGE] = "Numerical result out of range",
	[EDEADLK] = "Resource deadlock avoided",
	[ENAMETOOLONG] = "File name too long",
	[ENOLCK] = "No locks available",
	[ENOSYS] = "Function not implemented",
	[ENOTEMPTY] = "Directory not empty",
	[ELOOP] = "Too many levels of symbolic links",
	[ENOMSG] = "No message of desired type",
	[ENODATA] = "No data available",
	[ETIME] = "Timer expired",
	[EPROTO] = "Protocol error",
	[EBADMSG] = "Bad message",
	[EOVERFLOW] = "Value too large for defined data type",
	[EILSEQ] = "Invalid or incomplete multibyte or wide character",
	[ENOTSOCK] = "Socket operation on non-socket",
	[EDESTADDRREQ] = "Destination address required",
	[EMSGSIZE] = "Message too long",
	[EPROTOTYPE] = "Protocol wrong type for socket",
	[ENOPROTOOPT] = "Protocol not available",
	[EPROTONOSUPPORT] = "Protocol not supported",
	[ESOCKTNOSUPPORT] = "Socket type not supported",
	[EOPNOTSUPP] = "Operation not supported",
	[EPFNOSUPPORT] = "Protocol family not supported",
	[EAFNOSUPPORT] = "Address family not supported by protocol",
	[EADDRINUSE] = "Address already in use",
	[EADDRNOTAVAIL] = "Cannot assign requested address",
	[ENETDOWN] = "Network is down",
	[ENETUNREACH] = "Network is unreachable",
	[ENETRESET] = "Network dropped connection on reset",
	[ECONNABORTED] = "Software caused connection abort",
	[ECONNRESET] = "Connection reset by peer",
	[ENOBUFS] = "No buffer space available",
	[EISCONN] = "Transport endpoint is already connected",
	[ENOTCONN] = "Transport endpoint is not connected",
	[ESHUTDOWN] = "Cannot send after transport endpoint shutdown",
	[ETIMEDOUT] = "Connection timed out",
	[ECONNREFUSED] = "Connection refused",
	[EHOSTDOWN] = "Host is down",
	[EHOSTUNREACH] = "No route to host",
	[EALREADY] = "Operation already in progress",
	[EINPROGRESS] = "Operation now in progress",
	[ECANCELED] = "Operation canceled",
};

char *strerror(int errnum)
{
	if (errnum >= 0 && (size_t)errnum < sizeof error_text / sizeof error_text[0] &&
	    error_text[errnum])
		return (char *)error_text[errnum];
	return (char *)"Unknown error";
}

char *strdup(const char *s)
{
	return strndup(s, SIZE_MAX);
}

char *strndup(const char *s, size_t n)
{
	size_t k = strnlen(s, n);
	char *p = malloc(k + 1);

	if (!p) {
		errno = ENOMEM;
		return NULL;
	}
	memcpy(p, s, k);
	p[k] = '\0';
	return p;
}
