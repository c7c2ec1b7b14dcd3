/*
 * Clocks and the calendar. The calendar is proleptic Gregorian arithmetic
 * on day numbers (days since 1970-01-01), done in 64 bits with floor
 * division so that years before 1970 and far beyond 2038 are exact.
 * There are no time zones: the image runs in UTC.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>

#include "clock.h"

#define NS_PER_SEC 1000000000ULL
#define SECS_PER_DAY 86400

time_t time(time_t *t)
{
	time_t now = (time_t)clock_realtime_s();

	if (t)
		*t = now;
	return now;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	(void)tz;
	if (tv) {
		uint64_t ns = clock_realtime_ns();

		tv->tv_sec = (time_t)(ns / NS_PER_SEC);
		tv->tv_usec = (suseconds_t)(ns % NS_PER_SEC / 1000);
	}
	return 0;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	uint64_t ns;

	switch (id) {
	case CLOCK_REALTIME:
		ns = clock_realtime_ns();
		break;
	case CLOCK_MONOTONIC:
		ns = clock_monotonic_ns();
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	ts->tv_sec = (time_t)(ns / NS_PER_SEC);
	ts->tv_nsec = (long)(ns % NS_PER_SEC);
	return 0;
}

/* The machine runs one program, so its processor time is the time since boot. */
clock_t clock(void)
{
	return (clock_t)(clock_monotonic_ns() / (NS_PER_SEC / CLOCKS_PER_SEC));
}

double difftime(time_t a, time_t b)
{
	return (double)a - (double)b;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/*
 * Day number of year-month-day (month 1..12). Years are counted from March
 * so that the leap day falls at the end of the counting year; 400-year eras
 * repeat exactly (146097 days), which turns the rest into small
 * nonnegative arithmetic.
 */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	if (m <= 2)
		y--;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;                         /* 0..399 */
	int mp = m > 2 ? m - 3 : m + 9;                      /* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + d - 1;            /* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* 0..146096 */

	/* 719468 days separate 0000-03-01 from 1970-01-01. */
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	z += 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (int)((5 * doy + 2) / 153);

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int is_leap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict out)
{
	int64_t days = floor_div(*t, SECS_PER_DAY);
	int64_t secs = *t - days * SECS_PER_DAY;
	int64_t y;
	int m, d;

	civil_from_days(days, &y, &m, &d);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return NULL;
	}
	static const short month_start[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

	out->tm_year = (int)(y - 1900);
	out->tm_mon = m - 1;
	out->tm_mday = d;
	out->tm_yday = month_start[m - 1] + d - 1 + (m > 2 && is_leap(y));
	/* 1970-01-01 was a Thursday (4). */
	out->tm_wday = (int)(days + 4 - floor_div(days + 4, 7) * 7);
	out->tm_hour = (int)(secs / 3600);
	out->tm_min = (int)(secs / 60 % 60);
	out->tm_sec = (int)(secs % 60);
	out->tm_isdst = 0;
	out->tm_gmtoff = 0;
	out->tm_zone = "UTC";
	return out;
}

/* gmtime and localtime share one result, as C allows. */
static struct tm time_shared_tm;

struct tm *gmtime(const time_t *t)
{
	return gmtime_r(t, &time_shared_tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict out)
{
	return gmtime_r(t, out);
}

struct tm *localtime(const time_t *t)
{
	return gmtime_r(t, &time_shared_tm);
}

time_t timegm(struct tm *tm)
{
	/* Fields may be out of range in either direction; fold months into
	 * years first, then let day arithmetic absorb the rest. */
	int64_t months = (int64_t)tm->tm_year * 12 + tm->tm_mon;
	int64_t y = floor_div(months, 12);
	int mon = (int)(months - y * 12);
	int64_t days = days_from_civil(y + 1900, mon + 1, 1) + tm->tm_mday - 1;
	int64_t t = days * SECS_PER_DAY + (int64_t)tm->tm_hour * 3600 +
		    (int64_t)tm->tm_min * 60 + tm->tm_sec;
	struct tm norm;

	if (!gmtime_r(&t, &norm)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = norm;
	return t;
}

time_t mktime(struct tm *tm)
{
	return timegm(tm);
}
