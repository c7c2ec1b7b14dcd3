/*
 * assert.h: a failed assertion panics (lib/assert.c) with the expression,
 * file, line and function. Like C's, this header has no include guard for
 * assert itself, so NDEBUG may be changed between inclusions.
 */
#ifndef UNIJS_ASSERT_H
#define UNIJS_ASSERT_H

#ifdef __cplusplus
extern "C" {
#endif

__attribute__((noreturn)) void __assert_fail(const char *expr, const char *file,
					     unsigned int line, const char *func);

#ifdef __cplusplus
}
#endif

#ifndef __cplusplus
#define static_assert _Static_assert
#endif

#endif

#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
