/*
 * stdlib.h: allocation, number parsing, sorting.
 *
 * malloc/calloc/realloc/free belong to lib/alloc.c (see its header for the
 * per-core heap contract); none of them may be called from an interrupt
 * handler. The parsing and sorting functions are pure and reentrant.
 * There is no exit(): an image ends through the event loop (see DESIGN.md);
 * abort() panics.
 */
#ifndef UNIJS_STDLIB_H
#define UNIJS_STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

typedef struct {
	int quot, rem;
} div_t;
typedef struct {
	long quot, rem;
} ldiv_t;
typedef struct {
	long long quot, rem;
} lldiv_t;

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);

__attribute__((noreturn)) void abort(void);

/* C semantics: leading space, sign, 0x/0 prefixes for base 0/16, ERANGE
 * with saturation on overflow, EINVAL for a bad base. */
long strtol(const char *restrict s, char **restrict end, int base);
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
long long strtoll(const char *restrict s, char **restrict end, int base);
unsigned long long strtoull(const char *restrict s, char **restrict end, int base);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
lldiv_t lldiv(long long num, long long den);

/* Introsort: O(n log n) worst case, bounded stack, not stable. */
void qsort(void *base, size_t nmemb, size_t size,
	   int (*compar)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
	      int (*compar)(const void *, const void *));

#ifdef __cplusplus
}
#endif

#endif
