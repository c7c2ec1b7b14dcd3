#include <errno.h>

/*
 * Per core: a core reads errno right after the call that set it, and
 * another core may set its own in between. The per-CPU area holds it
 * (this_cpu() is one load of %gs:0). UNIJS_ONE_CORE: the host's unit
 * tests, which have no per-CPU area.
 */
#ifdef UNIJS_ONE_CORE
static int errno_value;
int *__errno_location(void) { return &errno_value; }
#else
#include "../arch/x86_64/arch.h"
int *__errno_location(void) { return &this_cpu()->errno_value; }
#endif
