/*
 * bench/native/rename.h: forced (-include) into mujs and lib/ when
 * bench/jsspeed.sh builds the "ours" native proxy. Every libc name lib/
 * defines gets the uj_ prefix (tests/unit/rename.h, plus the allocator and
 * setjmp), so mujs runs on OUR allocator, printf, string and stdlib
 * functions and musl's libm while the host's C library still starts the
 * process. Calls the compiler emits on its own (memcpy, memset for struct
 * copies) escape macros; jsspeed.sh renames those with objcopy. The time
 * functions stay the host's: lib/time.c needs the kernel's clock, and the
 * benchmarks only read Date.now() around the work.
 */
#ifndef UNIJS_BENCH_RENAME_H
#define UNIJS_BENCH_RENAME_H

#include "../../tests/unit/rename.h"

#define malloc uj_malloc
#define calloc uj_calloc
#define realloc uj_realloc
#define free uj_free
#define aligned_alloc uj_aligned_alloc
#define posix_memalign uj_posix_memalign
#define malloc_usable_size uj_malloc_usable_size
/* lib/include/setjmp.h's jmp_buf is smaller than glibc's: use ours. */
#define setjmp uj_setjmp
#define _setjmp uj__setjmp
#define longjmp uj_longjmp
#define _longjmp uj__longjmp

#undef time
#undef gettimeofday
#undef clock_gettime
#undef clock
#undef difftime
#undef gmtime
#undef gmtime_r
#undef localtime
#undef localtime_r
#undef mktime
#undef timegm

#endif
