/*
 * sys/time.h: gettimeofday over lib/clock.h's realtime hook. The tz
 * argument is ignored (the image runs in UTC) and should be NULL.
 */
#ifndef UNIJS_SYS_TIME_H
#define UNIJS_SYS_TIME_H

#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef long suseconds_t;

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

int gettimeofday(struct timeval *restrict tv, void *restrict tz);

#ifdef __cplusplus
}
#endif

#endif
