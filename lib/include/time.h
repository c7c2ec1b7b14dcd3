/*
 * time.h: wall and monotonic clocks, and calendar arithmetic.
 *
 * Clocks read lib/clock.h's hooks and are as safe as those are (see there).
 * The image runs in UTC: localtime is gmtime, mktime is timegm. Calendar
 * arithmetic is proleptic Gregorian over the whole range of time_t that fits
 * a struct tm; out of range gives NULL / -1 with EOVERFLOW.
 * gmtime and localtime return one shared static struct (not reentrant);
 * use the _r forms from code that may interleave.
 */
#ifndef UNIJS_TIME_H
#define UNIJS_TIME_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef long time_t;
typedef long clock_t;
typedef int clockid_t;

#define CLOCKS_PER_SEC 1000000L
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define TIME_UTC 1

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/* Field order and the two trailing fields match glibc's, so code written
 * against glibc (tm_gmtoff, tm_zone) compiles unchanged. */
struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

time_t time(time_t *t);
int clock_gettime(clockid_t id, struct timespec *ts);
clock_t clock(void);
double difftime(time_t a, time_t b);

struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict out);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict out);
/* Normalise out-of-range fields (tm_mon 14, tm_mday 0, ...) like C's mktime;
 * tm_isdst is ignored and set to 0. */
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);

#ifdef __cplusplus
}
#endif

#endif
