#include <errno.h>

/*
 * A single int for the whole image. That is exact while one core runs the C
 * library; once several cores run mujs it must become per-core (reached
 * through the arch layer's per-core area), because a core reads errno right
 * after the call that set it and another core may set it in between.
 */
static int errno_value;

int *__errno_location(void)
{
	return &errno_value;
}
