/*
 * string.h: memory and string primitives of the freestanding libc.
 *
 * Contract: every function is pure computation on caller-owned memory, takes
 * no locks and touches no global state except strerror's static table, so all
 * of them may be called from any context, interrupt handlers included (they
 * use only general registers, so -mgeneral-regs-only code may call them).
 * strdup/strndup allocate with malloc and are not interrupt-safe.
 */
#ifndef UNIJS_STRING_H
#define UNIJS_STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memrchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strcpy(char *restrict dst, const char *restrict src);
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
char *stpcpy(char *restrict dst, const char *restrict src);
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size);
char *strcat(char *restrict dst, const char *restrict src);
char *strncat(char *restrict dst, const char *restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save);
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);

/* Returned strings are static and must not be modified. */
char *strerror(int errnum);

/* Allocate with malloc; NULL (errno ENOMEM) when the heap is exhausted. */
char *strdup(const char *s);
char *strndup(const char *s, size_t n);

#ifdef __cplusplus
}
#endif

#endif
