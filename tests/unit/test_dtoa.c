/*
 * lib/dtoa.c against the host's glibc, the reference: strtod (correctly
 * rounded) and printf (exact digits). Fixed-seed random doubles (bit
 * patterns over every exponent), random decimal strings, exact halfway
 * points and their neighbours, very long digit strings, and syntax.
 * dtoa_shortest must read back exactly and be as short as, and the same
 * digits as, the shortest "%.{p}e" that reads back (p = 1, 2, ...).
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc_test.h"
#include "../../lib/dtoa.h"

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static double bitsd(uint64_t u)
{
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

static uint64_t dbits(double d)
{
	uint64_t u;
	memcpy(&u, &d, sizeof u);
	return u;
}

/* a random finite double, every exponent equally likely */
static double rand_double(void)
{
	for (;;) {
		uint64_t b = rng();
		if (((b >> 52) & 0x7ff) != 0x7ff)
			return bitsd(b);
	}
}

static int same(double a, double b)
{
	return dbits(a) == dbits(b);
}

/* The shortest "%.{p-1}e" reading back as v: its digits (no trailing
 * zeros) and length. */
static int printf_shortest(double v, char *digits)
{
	char buf[64];
	int p, n = 0;
	/* most doubles need 16 or 17: start at 15 and walk */
	for (p = 15; p > 1; p--) {
		snprintf(buf, sizeof buf, "%.*e", p - 2, v);
		if (strtod(buf, NULL) != v)
			break;
	}
	for (; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	for (const char *s = buf; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			digits[n++] = *s;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	digits[n] = 0;
	return n;
}

static void check_shortest(struct test_group *g, double v)
{
	char ours[DTOA_SHORTEST_SIZE], ref[32], str[64], s17[32];
	int pt, n, rn;
	double back;

	v = fabs(v);
	n = dtoa_shortest(v, ours, &pt);
	snprintf(str, sizeof str, "0.%se%d", ours, pt);
	back = strtod(str, NULL);
	snprintf(s17, sizeof s17, "%.17g", v);
	if (!same(back, v) || strtod(s17, NULL) != v) {
		check(g, 0, "%s: ours %s reads back as %.17g", s17, str, back);
		return;
	}
	if (v == 0) {
		check(g, n == 1 && ours[0] == '0' && pt == 1, "0: got %s pt %d", ours, pt);
		return;
	}
	rn = printf_shortest(v, ref);
	if (n < rn) {
		/* only where the interval is lopsided (a power of two) can a
		 * shorter string than the nearest p-digit one read back */
		check(g, (dbits(v) & ((1ULL << 52) - 1)) == 0, "%s: ours %s shorter than printf's %s",
		      s17, ours, ref);
		return;
	}
	check(g, n == rn && !strcmp(ours, ref) && ours[n - 1] != '0', "%s: ours %s (pt %d), printf %s",
	      s17, ours, pt, ref);
}

static void check_strtod(struct test_group *g, const char *s)
{
	char *e1, *e2;
	double a = dtoa_strtod(s, &e1), b = strtod(s, &e2);
	check(g, same(a, b) && e1 == e2, "\"%.80s\" (%zu chars): ours %.17g end +%td, glibc %.17g end +%td", s,
	      strlen(s), a, e1 - s, b, e2 - s);
}

/* half-up rounding of the exact digits glibc prints, the reference for
 * dtoa_round: exact is "d.ddd...e+X" with enough digits to be exact */
static void ref_round(const char *exact, int mode, int n, char *out, int *point)
{
	char dig[1200];
	int nd = 0, e, r, i, pt;
	const char *s;
	for (s = exact; *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			dig[nd++] = *s;
	e = atoi(s + 1);
	pt = e + 1;
	if (dig[0] == '0')
		pt = 1; /* zero */
	r = mode == DTOA_PRECISION ? n : pt + n;
	if (dig[0] == '0' && mode == DTOA_FIXED)
		r = 0, dig[0] = '0';
	if (r <= 0) {
		int up = r == 0 && dig[0] >= '5' && dig[0] != '0';
		strcpy(out, up ? "1" : "0");
		*point = 1 - n;
		return;
	}
	for (i = 0; i < r; i++)
		out[i] = i < nd ? dig[i] : '0';
	out[r] = 0;
	if (r < nd && dig[r] >= '5') {
		for (i = r - 1; i >= 0 && out[i] == '9'; i--)
			out[i] = '0';
		if (i >= 0) {
			out[i]++;
		} else {
			out[0] = '1';
			pt++;
			if (mode == DTOA_FIXED) {
				out[r] = '0';
				out[r + 1] = 0;
			}
		}
	}
	*point = mode == DTOA_PRECISION ? pt : (int)strlen(out) - n;
}

static char exact_buf[1200];

static void check_round(struct test_group *g, double v, int mode, int n)
{
	char ours[DTOA_ROUND_SIZE], ref[1300];
	int pt, rpt, len;
	v = fabs(v);
	snprintf(exact_buf, sizeof exact_buf, "%.800e", v);
	len = dtoa_round(v, mode, n, ours, &pt);
	ref_round(exact_buf, mode, n, ref, &rpt);
	check(g, len == (int)strlen(ours) && !strcmp(ours, ref) && pt == rpt,
	      "%.17g mode %d n %d: ours %s pt %d, ref %s pt %d", v, mode, n, ours, pt, ref, rpt);
}

/* the exact decimal form of the halfway point between v > 0 and its
 * successor, and that string nudged down and up in its last place */
static void halfway_strings(double v, char *h, char *lo, char *hi, size_t size)
{
	uint64_t b = dbits(v);
	long double x = (long double)v, y = (long double)bitsd(b + 1);
	long double mid = (x + y) / 2; /* exact: 64-bit significand */
	char *e;
	int len;
	snprintf(h, size, "%.780Le", mid);
	/* strip trailing zeros of the mantissa */
	e = strchr(h, 'e');
	len = (int)(e - h);
	while (h[len - 1] == '0')
		len--;
	memmove(h + len, e, strlen(e) + 1);
	/* hi: append ...1 before the exponent; lo: the digits minus one ulp
	 * of a longer string: d...d(last-1)999...9 */
	e = strchr(h, 'e');
	len = (int)(e - h);
	snprintf(hi, size, "%.*s000000000000000000000000000001%s", len, h, e);
	snprintf(lo, size, "%.*s%c99999999999999999999999999999%s", len - 1, h, h[len - 1] - 1, e);
}

int main(void)
{
	struct test_group g;
	static const double specials[] = {
		5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, DBL_MAX,
		0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3 * 1e30, 1e21, 1e22, 1e23, 9007199254740993.0,
		123456789012345680000.0, 5e-7, 1.5, 0.5, 0.25, 100, 1e100, 2e-300, 4.35, 1.005,
		0,
	};
	static const char *syntax[] = {
		"", "-", "+", ".", "-.", "e5", "1e", "1e+", "1e-", "1E5", "1.e5", ".5", "-.5e-3", "1x",
		"0", "-0", "+0.0e99999999999", "00000.000001", "1.5.5", "12e3.4", "1e0000000000000000308",
		"1e-00000000000000000000324", "0.000000000000000000000000000000000000000000000000001e51",
		"1e400", "-1e400", "1e-400", "4.9406564584124654e-324", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"179769313486231580793728971405301e276", "9007199254740993", "9007199254740992.5",
		"9007199254740993.0000000000000000000000000000000000000001", "0.30000000000000004",
		"123456789012345678901234567890", "7.2057594037927933e16", "1448997445238699",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "8.533e+68", "4.1006e-184",
		"9.998e+307", "9.9538452227e-280", "6.47660115e-260", "7.4e+47", "5.92e+48", "7.35e+66",
		"8.32116e+55",
	};
	static char longbuf[4][4096];
	char h[2048], lo[2048], hi[2048];
	long i;
	int k;

	test_plan(7);
	/* ---- shortest ---- */
	group_begin(&g, "shortest: random bit patterns");
	for (i = 0; i < 2000000; i++)
		check_shortest(&g, rand_double());
	group_end(&g);

	group_begin(&g, "shortest: every exponent, powers of two, specials");
	for (k = 0; k < 2047; k++) {
		check_shortest(&g, bitsd((uint64_t)k << 52));
		check_shortest(&g, bitsd(((uint64_t)k << 52) | ((1ULL << 52) - 1)));
		check_shortest(&g, bitsd(((uint64_t)k << 52) | 1));
		for (i = 0; i < 200; i++)
			check_shortest(&g, bitsd(((uint64_t)k << 52) | (rng() >> 12)));
	}
	for (i = 0; i < (long)(sizeof specials / sizeof specials[0]); i++)
		check_shortest(&g, specials[i]);
	for (i = 1; i < 100000; i++) {
		check_shortest(&g, (double)i);
		check_shortest(&g, i / 1000.0);
		check_shortest(&g, (double)(rng() >> (rng() % 64)));
	}
	group_end(&g);

	/* ---- strtod ---- */
	group_begin(&g, "strtod: printed doubles (%.15g %.16g %.17g, shortest)");
	for (i = 0; i < 1000000; i++) {
		double v = rand_double();
		char buf[64], d[DTOA_SHORTEST_SIZE];
		int pt;
		snprintf(buf, sizeof buf, "%.17g", v);
		check_strtod(&g, buf);
		snprintf(buf, sizeof buf, "%.16g", v);
		check_strtod(&g, buf);
		snprintf(buf, sizeof buf, "%.15e", v);
		check_strtod(&g, buf);
		dtoa_shortest(v, d, &pt);
		snprintf(buf, sizeof buf, "%s0.%se%d", v < 0 ? "-" : "", d, pt);
		check_strtod(&g, buf);
	}
	group_end(&g);

	group_begin(&g, "strtod: random decimal strings");
	for (i = 0; i < 1000000; i++) {
		char buf[128];
		int nd = 1 + (int)(rng() % 40), j, pos = 0, dot = (int)(rng() % (nd + 1));
		if (rng() & 1)
			buf[pos++] = '-';
		for (j = 0; j < nd; j++) {
			if (j == dot && (rng() & 1))
				buf[pos++] = '.';
			buf[pos++] = (char)('0' + rng() % 10);
		}
		if (rng() % 4)
			pos += snprintf(buf + pos, sizeof buf - pos, "e%d", (int)(rng() % 720) - 370);
		buf[pos] = 0;
		check_strtod(&g, buf);
	}
	group_end(&g);

	group_begin(&g, "strtod: halfway points and neighbours");
	for (i = 0; i < 60000; i++) {
		double v = fabs(rand_double());
		if (i % 4 == 0) /* denormals and the smallest normals */
			v = bitsd(rng() >> (12 + rng() % 2));
		if (i % 4 == 1) /* integers near 2^53 .. 2^64 */
			v = (double)(rng() >> (rng() % 11));
		if (v == DBL_MAX)
			continue;
		halfway_strings(v, h, lo, hi, sizeof h);
		check_strtod(&g, h);
		check_strtod(&g, lo);
		check_strtod(&g, hi);
	}
	group_end(&g);

	group_begin(&g, "strtod: long strings, syntax, specials");
	for (i = 0; i < (long)(sizeof syntax / sizeof syntax[0]); i++)
		check_strtod(&g, syntax[i]);
	/* 1000+ digits: a halfway point padded with zeros, then a 1 */
	for (k = 0; k < 200; k++) {
		double v = fabs(rand_double());
		int len;
		char *e;
		halfway_strings(v, h, lo, hi, sizeof h);
		e = strchr(h, 'e');
		len = (int)(e - h);
		snprintf(longbuf[0], sizeof longbuf[0], "%.*s%01200d%s", len, h, 0, e);
		check_strtod(&g, longbuf[0]);
		snprintf(longbuf[1], sizeof longbuf[1], "%.*s%01200d1%s", len, h, 0, e);
		check_strtod(&g, longbuf[1]);
		/* "0.000...0digits": many leading zeros */
		snprintf(longbuf[2], sizeof longbuf[2], "0.%01500d%llu%llu", 0,
			 (unsigned long long)rng(), (unsigned long long)rng());
		check_strtod(&g, longbuf[2]);
		/* many integer digits and a negative exponent */
		memset(longbuf[3], '7', 1000);
		snprintf(longbuf[3] + 1000, 100, "e-%d", 1000 + (int)(rng() % 330));
		check_strtod(&g, longbuf[3]);
	}
	group_end(&g);

	/* ---- exact rounding (toFixed, toExponential, toPrecision) ---- */
	group_begin(&g, "round: precision and fixed, random and ties");
	for (i = 0; i < 100000; i++) {
		double v = rand_double();
		check_round(&g, v, DTOA_PRECISION, 1 + (int)(rng() % 101));
		check_round(&g, v, DTOA_FIXED, (int)(rng() % 101));
		/* short values with exact ties in their expansion */
		v = (double)(rng() % 100000) / (1 << (rng() % 12));
		check_round(&g, v, DTOA_PRECISION, 1 + (int)(rng() % 8));
		check_round(&g, v, DTOA_FIXED, (int)(rng() % 6));
	}
	for (i = 0; i < (long)(sizeof specials / sizeof specials[0]); i++)
		for (k = 0; k <= 100; k++) {
			check_round(&g, specials[i], DTOA_FIXED, k);
			if (k)
				check_round(&g, specials[i], DTOA_PRECISION, k);
		}
	{
		char b[DTOA_ROUND_SIZE];
		int pt;
		check(&g, dtoa_round(1, DTOA_FIXED, 101, b, &pt) == -1, "n 101 accepted");
		check(&g, dtoa_round(1, DTOA_PRECISION, 0, b, &pt) == -1, "precision 0 accepted");
		check(&g, dtoa_round(1, DTOA_PRECISION, 102, b, &pt) == -1, "precision 102 accepted");
		check(&g, dtoa_round(1.0 / 3, DTOA_PRECISION, 101, b, &pt) == 101 && pt == 0,
		      "precision 101: %s", b);
		check(&g, dtoa_round(DBL_MAX, DTOA_FIXED, 100, b, &pt) == 409 && pt == 309,
		      "DBL_MAX fixed 100: %zu digits", strlen(b));
	}
	group_end(&g);

	return test_summary();
}
