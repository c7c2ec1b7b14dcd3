/*
 * lib/time.c: the calendar against glibc's gmtime_r/timegm (UTC on both
 * sides) over random times across ±30,000 years and denormalised struct tm
 * fields, and the clocks over fake hooks.
 */
#define _GNU_SOURCE /* the host's timegm */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "libc_test.h"

struct tm *uj_gmtime_r(const time_t *t, struct tm *out);
struct tm *uj_gmtime(const time_t *t);
struct tm *uj_localtime(const time_t *t);
struct tm *uj_localtime_r(const time_t *t, struct tm *out);
time_t uj_timegm(struct tm *tm);
time_t uj_mktime(struct tm *tm);
time_t uj_time(time_t *t);
int uj_gettimeofday(struct timeval *tv, void *tz);
int uj_clock_gettime(clockid_t id, struct timespec *ts);
int *uj___errno_location(void);

/* The platform's hooks (lib/clock.h), faked. */
static uint64_t fake_realtime, fake_monotonic;

uint64_t clock_realtime_ns(void);
uint64_t clock_monotonic_ns(void);

uint64_t clock_realtime_ns(void)
{
	return fake_realtime;
}

uint64_t clock_monotonic_ns(void)
{
	return fake_monotonic;
}

uint64_t clock_realtime_s(void);
uint64_t clock_realtime_s(void)
{
	return fake_realtime / 1000000000ull;
}

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst;
}

static void show(char *buf, size_t n, const struct tm *t)
{
	snprintf(buf, n, "%d-%02d-%02d %02d:%02d:%02d wday %d yday %d", t->tm_year + 1900,
		 t->tm_mon + 1, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec, t->tm_wday,
		 t->tm_yday);
}

static void test_gmtime(void)
{
	static const time_t edges[] = {
		0, -1, 1, 86399, 86400, -86400, -86401, 951782400 /* 2000-02-29 */,
		951868800, 2147483647, -2147483648LL, 4102444800LL /* 2100-03-01 */,
		253402300799LL, -62135596800LL /* 0001-01-01 */, -62167219200LL /* 0000-01-01 */,
		-62167219201LL, 1e12, -1e12, 67767976233532799LL, -67768040609740800LL,
	};
	struct test_group g;
	char a[96], b[96];

	group_begin(&g, "time gmtime_r/localtime_r equal glibc's gmtime_r");
	for (int i = 0; i < 200000; i++) {
		time_t t;

		if (i < (int)(sizeof edges / sizeof edges[0]))
			t = edges[i];
		else if (i % 2)
			t = (time_t)(rng() % 2000000000000ULL) - 1000000000000LL;
		else
			t = (time_t)(rng() % 8000000000ULL) - 2000000000LL;
		struct tm ours, theirs, local;

		memset(&ours, 0, sizeof ours);
		struct tm *r1 = uj_gmtime_r(&t, &ours);
		struct tm *r2 = gmtime_r(&t, &theirs);

		show(a, sizeof a, &ours);
		if (r2)
			show(b, sizeof b, &theirs);
		check(&g, r1 == &ours && r2 && same_tm(&ours, &theirs), "t=%lld: ours %s, glibc %s",
		      (long long)t, a, r2 ? b : "NULL");
		check(&g, uj_localtime_r(&t, &local) && same_tm(&local, &ours),
		      "localtime_r must equal gmtime_r (UTC)");
	}
	time_t t = 1700000000;

	check(&g, uj_gmtime(&t) == uj_localtime(&t) && uj_gmtime(&t)->tm_year == 123,
	      "gmtime/localtime static result");
	t = LONG_MAX;
	*uj___errno_location() = 0;
	check(&g, uj_gmtime_r(&t, &(struct tm){ 0 }) == NULL && *uj___errno_location() == EOVERFLOW,
	      "gmtime of LONG_MAX must fail with EOVERFLOW");
	group_end(&g);
}

static void test_timegm(void)
{
	struct test_group g;
	char a[96], b[96];

	group_begin(&g, "time timegm/mktime normalise like glibc's timegm");
	for (int i = 0; i < 200000; i++) {
		struct tm in = {
			.tm_year = (int)(rng() % 4000) - 1900 - 1000,
			.tm_mon = (int)(rng() % 61) - 30,
			.tm_mday = (int)(rng() % 801) - 400,
			.tm_hour = (int)(rng() % 201) - 100,
			.tm_min = (int)(rng() % 2001) - 1000,
			.tm_sec = (int)(rng() % 200001) - 100000,
			.tm_isdst = 0,
		};
		if (i % 3 == 0) { /* mostly in range, as real callers pass */
			in.tm_mon = (int)(rng() % 12);
			in.tm_mday = (int)(rng() % 28) + 1;
			in.tm_hour = (int)(rng() % 24);
			in.tm_min = (int)(rng() % 60);
			in.tm_sec = (int)(rng() % 61);
		}
		struct tm x = in, y = in, z = in;
		time_t r1 = uj_timegm(&x), r2 = timegm(&y), r3 = uj_mktime(&z);

		show(a, sizeof a, &x);
		show(b, sizeof b, &y);
		check(&g, r1 == r2 && r3 == r1 && same_tm(&x, &y) && same_tm(&z, &x),
		      "timegm(year %d mon %d mday %d %d:%d:%d): ours %lld %s, glibc %lld %s",
		      in.tm_year + 1900, in.tm_mon, in.tm_mday, in.tm_hour, in.tm_min, in.tm_sec,
		      (long long)r1, a, (long long)r2, b);
	}
	/* mujs's LocalTZA: mktime(gmtime(now)) - mktime(localtime(now)) == 0 */
	time_t now = 1732170000;

	check(&g, uj_mktime(uj_gmtime(&now)) == now, "mktime(gmtime(now)) == now");
	group_end(&g);
}

static void test_clocks(void)
{
	struct test_group g;
	struct timeval tv;
	struct timespec ts;
	time_t t = 0;

	group_begin(&g, "time time/gettimeofday/clock_gettime over the clock hooks");
	fake_realtime = 1732170000123456789ULL;
	fake_monotonic = 5000000001ULL;
	check(&g, uj_time(NULL) == 1732170000 && uj_time(&t) == 1732170000 && t == 1732170000,
	      "time()");
	check(&g, uj_gettimeofday(&tv, NULL) == 0 && tv.tv_sec == 1732170000 && tv.tv_usec == 123456,
	      "gettimeofday: %ld.%06ld", (long)tv.tv_sec, (long)tv.tv_usec);
	check(&g, uj_clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1732170000 &&
			  ts.tv_nsec == 123456789,
	      "clock_gettime(REALTIME)");
	check(&g, uj_clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 5 && ts.tv_nsec == 1,
	      "clock_gettime(MONOTONIC)");
	*uj___errno_location() = 0;
	check(&g, uj_clock_gettime(42, &ts) == -1 && *uj___errno_location() == EINVAL,
	      "clock_gettime(bad id)");
	group_end(&g);
}

int main(void)
{
	test_plan(3);
	test_gmtime();
	test_timegm();
	test_clocks();
	return test_summary();
}
