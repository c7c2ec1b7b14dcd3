#include <assert.h>

#include "panic.h"

void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func)
{
	panic("assertion failed: %s (%s:%u, %s)", expr, file, line, func);
}
