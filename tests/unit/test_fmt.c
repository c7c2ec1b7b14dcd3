/*
 * lib/fmt.c against the host's glibc printf, which is the reference: mujs's
 * Number.prototype.toFixed/toPrecision/toExponential print through
 * sprintf, so every digit has to agree. Formats and values are generated
 * (conversions x flags x widths x precisions x values, plus fixed-seed
 * random doubles), several hundred thousand cases in all.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_test.h"

/* lib/ under its test names (see rename.h). */
struct stdio_file;
int uj_snprintf(char *buf, size_t size, const char *fmt, ...);
int uj_sprintf(char *buf, const char *fmt, ...);
int uj_printf(const char *fmt, ...);
int uj_fprintf(struct stdio_file *f, const char *fmt, ...);
int uj_fputs(const char *s, struct stdio_file *f);
int uj_fputc(int c, struct stdio_file *f);
int uj_putchar(int c);
int uj_puts(const char *s);
size_t uj_fwrite(const void *p, size_t size, size_t n, struct stdio_file *f);
struct stdio_file *uj_fopen(const char *path, const char *mode);
int uj_fseek(struct stdio_file *f, long off, int whence);
long uj_ftell(struct stdio_file *f);
int *uj___errno_location(void);
extern struct stdio_file *const uj_stdout;
extern struct stdio_file *const uj_stderr;
extern struct stdio_file *const uj_stdin;
void console_set_sink(void (*write)(const char *buf, size_t len));

/* The "%5%" cases are deliberate; ASan's printf interceptor would warn. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "check_printf=0";
}

#define BUF 8192
static char ours[BUF], theirs[BUF];

/* xorshift64*: fixed seed so a failure reproduces. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static double from_bits(uint64_t b)
{
	double d;

	memcpy(&d, &b, sizeof d);
	return d;
}

static void compare(struct test_group *g, const char *fmt, const char *what, int ra, int rb)
{
	check(g, ra == rb && strcmp(ours, theirs) == 0,
	      "format \"%s\" value %s: glibc [%s] (%d), ours [%s] (%d)", fmt, what, theirs, rb,
	      ours, ra);
}

/* Calls both implementations with the same arguments. */
#define BOTH(g, what, fmt, ...)                                                        \
	do {                                                                           \
		/* volatile: odd formats are the point, not a compile warning */       \
		const char *volatile fmt_ = (fmt);                                     \
		int ra_ = uj_snprintf(ours, BUF, fmt_, __VA_ARGS__);                   \
		int rb_ = snprintf(theirs, BUF, fmt_, __VA_ARGS__);                    \
		compare(g, fmt_, what, ra_, rb_);                                      \
	} while (0)

static const char *const flag_sets[32] = {
	"",    "-",    "+",    "-+",    " ",    "- ",    "+ ",    "-+ ",
	"#",   "-#",   "+#",   "-+#",   " #",   "- #",   "+ #",   "-+ #",
	"0",   "-0",   "+0",   "-+0",   " 0",   "- 0",   "+ 0",   "-+ 0",
	"#0",  "-#0",  "+#0",  "-+#0",  " #0",  "- #0",  "+ #0",  "-+ #0",
};

/* ---- integers ---- */

static const long long int_values[] = {
	0, 1, -1, 7, 8, 9, 10, 15, 16, 42, 99, 100, 127, 128, -128, 255, 256, 1000,
	32767, 32768, -32768, 65535, 65536, INT_MAX, INT_MIN, (long long)UINT_MAX,
	1LL << 32, -(1LL << 32), 1000000000000000LL, 123456789, -123456789,
	LLONG_MAX, LLONG_MIN, -2, 0x7fffffffffffLL, 0xdeadbeefcafeLL,
};

static void test_int_conv(char conv, const char *len)
{
	static const char *const widths[] = { "", "1", "6", "23", "*" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".4", ".19", ".*" };
	char name[64], fmt[64], what[64];
	struct test_group g;
	bool is_signed = conv == 'd' || conv == 'i';

	snprintf(name, sizeof name, "fmt %%%s%c flags x width x precision", len, conv);
	group_begin(&g, name);
	int nvals = (int)(sizeof int_values / sizeof int_values[0]);

	for (int f = 0; f < 32; f++) {
		/* '#' is undefined with d, i and u: not a contract to test. */
		if ((conv == 'd' || conv == 'i' || conv == 'u') && strchr(flag_sets[f], '#'))
			continue;
		for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			for (size_t p = 0; p < sizeof precs / sizeof precs[0]; p++) {
				snprintf(fmt, sizeof fmt, "%%%s%s%s%s%c", flag_sets[f], widths[w],
					 precs[p], len, conv);
				bool sw = widths[w][0] == '*', sp = strcmp(precs[p], ".*") == 0;

				for (int v = 0; v < nvals + 8; v++) {
					long long x = v < nvals ? int_values[v] : (long long)rng();
					int wa = (v & 1) ? 9 : -9;
					int pa = (v & 2) ? 3 : -1;

					snprintf(what, sizeof what, "%lld", x);
					/* hh and h are passed as int, l/ll/z/j/t as 64 bits. */
					if (len[0] == '\0' || len[0] == 'h') {
						int y = is_signed ? (int)x : (int)(unsigned)x;

						if (sw && sp)
							BOTH(&g, what, fmt, wa, pa, y);
						else if (sw)
							BOTH(&g, what, fmt, wa, y);
						else if (sp)
							BOTH(&g, what, fmt, pa, y);
						else
							BOTH(&g, what, fmt, y);
					} else {
						if (sw && sp)
							BOTH(&g, what, fmt, wa, pa, x);
						else if (sw)
							BOTH(&g, what, fmt, wa, x);
						else if (sp)
							BOTH(&g, what, fmt, pa, x);
						else
							BOTH(&g, what, fmt, x);
					}
				}
			}
		}
	}
	group_end(&g);
}

/* ---- doubles ---- */

static double special_values[64];
static int n_special;

static void init_special(void)
{
	double v[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.5, 0.25, 0.125, 0.375,
		1e-7, 123.456, -123.456, DBL_MAX, -DBL_MAX, DBL_MIN, from_bits(1),
		from_bits(0x000fffffffffffffULL), 9007199254740991.0, 9007199254740992.0,
		9007199254740993.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 1e100, 1e300, 1e-300,
		1e-5, 1e-4, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 1.005, 2.675,
		9.5, 99.5, 999.5, 0.95, 0.995, 9.9999999, 5e-324, 1.7976931348623157e308,
		4.35, 1234567.891, 18446744073709551616.0, 0.000123456789, INFINITY,
		-INFINITY, NAN, -NAN,
	};

	n_special = (int)(sizeof v / sizeof v[0]);
	memcpy(special_values, v, sizeof v);
}

static void what_double(char *what, size_t n, double x)
{
	uint64_t b;

	memcpy(&b, &x, sizeof b);
	snprintf(what, n, "%.17g (0x%016llx)", x, (unsigned long long)b);
}

static void test_double_flags(char conv)
{
	static const char *const widths[] = { "", "1", "12", "40", "*" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".2", ".3", ".6",
					     ".10", ".17", ".20", ".*" };
	char name[64], fmt[64], what[64];
	struct test_group g;

	snprintf(name, sizeof name, "fmt %%%c flags x width x precision", conv);
	group_begin(&g, name);
	for (int f = 0; f < 32; f++) {
		for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			for (size_t p = 0; p < sizeof precs / sizeof precs[0]; p++) {
				snprintf(fmt, sizeof fmt, "%%%s%s%s%c", flag_sets[f], widths[w],
					 precs[p], conv);
				bool sw = widths[w][0] == '*', sp = strcmp(precs[p], ".*") == 0;

				for (int v = 0; v < n_special; v++) {
					double x = special_values[v];
					int wa = (v & 1) ? 30 : -30;
					int pa = (v & 2) ? 4 : -1;

					what_double(what, sizeof what, x);
					if (sw && sp)
						BOTH(&g, what, fmt, wa, pa, x);
					else if (sw)
						BOTH(&g, what, fmt, wa, x);
					else if (sp)
						BOTH(&g, what, fmt, pa, x);
					else
						BOTH(&g, what, fmt, x);
				}
			}
		}
	}
	group_end(&g);
}

static void test_double_precision(char conv)
{
	static const int big[] = { 50, 60, 100, 200, 340, 400, 767, 1000, 1100, 1500 };
	char name[64], fmt[64], what[64];
	struct test_group g;

	snprintf(name, sizeof name, "fmt %%%c precision 0..40 and up to 1500", conv);
	group_begin(&g, name);
	for (int p = 0; p < 41 + (int)(sizeof big / sizeof big[0]); p++) {
		int prec = p < 41 ? p : big[p - 41];

		snprintf(fmt, sizeof fmt, "%%.%d%c", prec, conv);
		for (int v = 0; v < n_special + 150; v++) {
			double x = v < n_special ? special_values[v] : from_bits(rng());

			what_double(what, sizeof what, x);
			BOTH(&g, what, fmt, x);
		}
	}
	group_end(&g);
}

static void test_double_random(void)
{
	static const char *const fmts[] = {
		"%.17g", "%.20e", "%f", "%.0f", "%.3f", "%g", "%e", "%a", "%.15g", "%.16g",
		"%.1e", "%.0e", "%.10f", "%.2a", "%#.0g", "%G", "%.25f",
	};
	char what[64];
	struct test_group g;

	group_begin(&g, "fmt doubles from random bit patterns");
	for (int i = 0; i < 20000; i++) {
		double x = from_bits(rng());

		what_double(what, sizeof what, x);
		for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++)
			BOTH(&g, what, fmts[f], x);
	}
	group_end(&g);

	/* Random bits mostly give huge or tiny magnitudes; these are the ones
	 * programs print. */
	group_begin(&g, "fmt doubles of everyday magnitude (1e-6..1e12)");
	for (int i = 0; i < 20000; i++) {
		double x = from_bits((rng() & 0x800fffffffffffffULL) |
				     ((uint64_t)(1003 + rng() % 60) << 52));

		what_double(what, sizeof what, x);
		for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++)
			BOTH(&g, what, fmts[f], x);
	}
	group_end(&g);

	/* toFixed territory: decimals that are not exact in binary, where
	 * rounding must follow the binary value, not the decimal one. */
	group_begin(&g, "fmt %.Nf of short decimals n/10^k (toFixed)");
	for (int i = 0; i < 20000; i++) {
		int k = (int)(rng() % 7);
		double x = (double)(long long)(rng() % 2000000 - 1000000) / pow(10, k);
		char fmt[16];

		what_double(what, sizeof what, x);
		for (int p = 0; p <= 8; p++) {
			snprintf(fmt, sizeof fmt, "%%.%df", p);
			BOTH(&g, what, fmt, x);
		}
	}
	group_end(&g);

	group_begin(&g, "fmt exact binary ties, powers of two and ten");
	for (int k = 0; k < 2000; k++) {
		double x = k + 0.5;

		what_double(what, sizeof what, x);
		BOTH(&g, what, "%.0f", x);
		BOTH(&g, what, "%.0e", x);
		BOTH(&g, what, "%.1g", x);
		x = k / 8.0;
		BOTH(&g, what, "%.2f", x);
		BOTH(&g, what, "%.1e", x);
	}
	for (int e = -1074; e <= 1023; e++) {
		double x = ldexp(1.0, e);

		what_double(what, sizeof what, x);
		BOTH(&g, what, "%.17g", x);
		BOTH(&g, what, "%.0e", x);
		BOTH(&g, what, "%.1100f", x);
		BOTH(&g, what, "%a", x);
		BOTH(&g, what, "%.1a", x);
	}
	for (int e = -325; e <= 308; e++) {
		char lit[32];
		double x;

		snprintf(lit, sizeof lit, "1e%d", e);
		x = strtod(lit, NULL);
		what_double(what, sizeof what, x);
		BOTH(&g, what, "%.17g", x);
		BOTH(&g, what, "%.30e", x);
		BOTH(&g, what, "%f", x);
		BOTH(&g, what, "%g", x);
		x = nextafter(x, 0);
		BOTH(&g, what, "%.17g", x);
		BOTH(&g, what, "%.0f", x);
	}
	group_end(&g);

	group_begin(&g, "fmt %Lf %Le %Lg of double-valued long doubles");
	for (int v = 0; v < n_special; v++) {
		long double x = special_values[v];

		what_double(what, sizeof what, special_values[v]);
		BOTH(&g, what, "%Lf", x);
		BOTH(&g, what, "%.20Le", x);
		BOTH(&g, what, "%Lg", x);
	}
	group_end(&g);
}

/* ---- strings, chars, pointers, the rest ---- */

static void test_misc(void)
{
	static const char *const strs[] = { "", "a", "hello", "hello, world", "\t\n" };
	static const char *const widths[] = { "", "1", "6", "20", "*" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".5", ".30", ".*" };
	static const char *const sflags[] = { "", "-" };
	char fmt[64];
	struct test_group g;

	group_begin(&g, "fmt %s %c %p with flags x width x precision");
	for (size_t f = 0; f < 2; f++) {
		for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			for (size_t p = 0; p < sizeof precs / sizeof precs[0]; p++) {
				bool sw = widths[w][0] == '*', sp = strcmp(precs[p], ".*") == 0;

				snprintf(fmt, sizeof fmt, "[%%%s%s%ss]", sflags[f], widths[w],
					 precs[p]);
				for (size_t s = 0; s < sizeof strs / sizeof strs[0]; s++) {
					if (sw && sp)
						BOTH(&g, strs[s], fmt, -7, 2, strs[s]);
					else if (sw)
						BOTH(&g, strs[s], fmt, 7, strs[s]);
					else if (sp)
						BOTH(&g, strs[s], fmt, 3, strs[s]);
					else
						BOTH(&g, strs[s], fmt, strs[s]);
				}
				if (sp || precs[p][0] == '\0')
					continue;
				snprintf(fmt, sizeof fmt, "[%%%s%sc]", sflags[f], widths[w]);
				for (int c = 1; c < 256; c += 37) {
					if (sw)
						BOTH(&g, "char", fmt, 5, c);
					else
						BOTH(&g, "char", fmt, c);
				}
			}
		}
	}
	static const char *const pfmts[] = { "%p", "%20p", "%-20p|", "%+p", "% p", "%#p",
					     "%020p", "%.10p", "%5p" };
	static const uintptr_t ptrs[] = { 0, 1, 0x1234, 0xffff800000000000ULL, UINTPTR_MAX };

	for (size_t f = 0; f < sizeof pfmts / sizeof pfmts[0]; f++)
		for (size_t v = 0; v < sizeof ptrs / sizeof ptrs[0]; v++)
			BOTH(&g, "pointer", pfmts[f], (void *)ptrs[v]);
	BOTH(&g, "percent", "%%|%5%|%-5%|%d%%", 3);
	BOTH(&g, "mixed", "%s=%d (%5.2f%%) [%-8s] %c%c %x", "load", 42, 99.456, "ok", 'o', 'k',
	     0xbeefu);
	BOTH(&g, "null string", "[%s] [%.3s] [%10s]", (char *)NULL, (char *)NULL, (char *)NULL);
	BOTH(&g, "unknown conversion", "%y %5y|%d", 1);
	BOTH(&g, "long width", "%300d|%-300s|%.300d", 5, "x", -5);
	BOTH(&g, "huge precision", "%.5000f", 1.0 / 3);
	BOTH(&g, "size_t", "%zu %zd %zx %td %jd %ju", (size_t)SIZE_MAX, (ptrdiff_t)-5, (size_t)255,
	     (ptrdiff_t)PTRDIFF_MIN, (intmax_t)INTMAX_MIN, (uintmax_t)UINTMAX_MAX);
	BOTH(&g, "hh and h wrap", "%hhd %hhu %hd %hu %hhx", 300, -1, 70000, -1, 0x1ff);
	*uj___errno_location() = ERANGE;
	errno = ERANGE;
	BOTH(&g, "%m", "[%m] [%20m] [%-40m]", 0);
	group_end(&g);
}

static void test_truncation(void)
{
	static const size_t sizes[] = { 0, 1, 2, 3, 5, 8, 13, 100 };
	static const char *const fmts[] = { "%d-%s", "%.20f", "%-12s|", "%e" };
	struct test_group g;

	group_begin(&g, "fmt snprintf truncation and NUL placement");
	for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
		for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
			memset(ours, 'X', 128);
			memset(theirs, 'X', 128);
			int ra, rb;

			if (f == 0) {
				ra = uj_snprintf(ours, sizes[s], fmts[f], -12345, "abcdef");
				rb = snprintf(theirs, sizes[s], fmts[f], -12345, "abcdef");
			} else if (f == 2) {
				ra = uj_snprintf(ours, sizes[s], fmts[f], "trunc");
				rb = snprintf(theirs, sizes[s], fmts[f], "trunc");
			} else {
				ra = uj_snprintf(ours, sizes[s], fmts[f], M_PI);
				rb = snprintf(theirs, sizes[s], fmts[f], M_PI);
			}
			check(&g, ra == rb && memcmp(ours, theirs, 128) == 0,
			      "format \"%s\" size %zu: returns %d vs %d, buffers differ", fmts[f],
			      sizes[s], ra, rb);
		}
	}
	check(&g, uj_snprintf(NULL, 0, "%d", 123456) == 6, "snprintf(NULL, 0) must count");
	int r = uj_sprintf(ours, "%s %d %.3e", "sprintf", -1, 6.02214076e23);

	sprintf(theirs, "%s %d %.3e", "sprintf", -1, 6.02214076e23);
	check(&g, r == (int)strlen(theirs) && strcmp(ours, theirs) == 0, "sprintf: [%s] vs [%s]",
	      ours, theirs);
	*uj___errno_location() = 0;
	r = uj_snprintf(NULL, 0, "%2147483647d%2147483647d", 1, 2);
	check(&g, r == -1 && *uj___errno_location() == EOVERFLOW,
	      "output past INT_MAX must give -1/EOVERFLOW, got %d", r);
	group_end(&g);
}

/* ---- the console path ---- */

static char console_buf[4096];
static size_t console_len;
static int console_calls;

static void capture(const char *buf, size_t len)
{
	if (console_len + len < sizeof console_buf) {
		memcpy(console_buf + console_len, buf, len);
		console_len += len;
	}
	console_calls++;
}

static void console_reset(void)
{
	console_len = 0;
	console_calls = 0;
	memset(console_buf, 0, sizeof console_buf);
}

static void test_console(void)
{
	struct test_group g;
	char big[1000];

	group_begin(&g, "fmt printf/puts/fputs/fputc/fwrite reach the console sink");
	console_reset();
	uj_printf("no sink yet %d\n", 1);
	check(&g, console_len == 0 && console_calls == 0, "output before a sink must be dropped");

	console_set_sink(capture);
	console_reset();
	int r = uj_printf("x=%d y=%s z=%.2f\n", 42, "str", 2.345);

	check(&g, r == 18 && strcmp(console_buf, "x=42 y=str z=2.35\n") == 0 &&
			  console_calls == 1,
	      "printf: r=%d [%s] in %d sink calls", r, console_buf, console_calls);

	console_reset();
	memset(big, 'b', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	r = uj_fprintf(uj_stderr, "<%s>", big);
	check(&g, r == 1001 && console_len == 1001 && console_buf[0] == '<' &&
			  console_buf[1000] == '>' && console_buf[500] == 'b',
	      "fprintf(stderr) of a long line: r=%d len=%zu", r, console_len);

	console_reset();
	uj_puts("line");
	uj_fputs("fputs", uj_stdout);
	uj_fputc('!', uj_stdout);
	uj_putchar('\n');
	uj_fwrite("abc", 1, 3, uj_stderr);
	check(&g, strcmp(console_buf, "line\nfputs!\nabc") == 0, "puts/fputs/fputc: [%s]",
	      console_buf);

	console_reset();
	r = uj_fputs("nope", uj_stdin);
	check(&g, r == EOF && console_len == 0, "writing stdin must fail");
	check(&g, uj_fopen("/etc/passwd", "r") == NULL && *uj___errno_location() == ENOENT,
	      "fopen must fail with ENOENT");
	check(&g, uj_fseek(uj_stdout, 0, SEEK_END) == -1 && uj_ftell(uj_stdout) == -1,
	      "fseek/ftell must fail");
	console_set_sink(NULL);
	group_end(&g);
}

int main(void)
{
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z", "j", "t" };

	test_plan(72);
	init_special();
	for (const char *c = "diuxXo"; *c; c++)
		for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++)
			test_int_conv(*c, lens[l]);
	for (const char *c = "fFeEgGaA"; *c; c++)
		test_double_flags(*c);
	for (const char *c = "fFeEgGaA"; *c; c++)
		test_double_precision(*c);
	test_double_random();
	test_misc();
	test_truncation();
	test_console();
	return test_summary();
}
