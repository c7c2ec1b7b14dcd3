/*
 * stdio.h: formatted output and a file interface with no files behind it.
 *
 * stdout and stderr write through lib/console.h, unbuffered, so output is
 * never lost in a panic. stdin always reads EOF. fopen always fails with
 * ENOENT: the image has no file system. Formatting is exact (printf of a
 * double prints the same digits as glibc). None of this is safe to call from
 * an interrupt handler: floating-point conversions use SSE registers and the
 * console sink is not reentrant.
 */
#ifndef UNIJS_STDIO_H
#define UNIJS_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct stdio_file FILE;
typedef long fpos_t;

#define EOF (-1)
#define BUFSIZ 1024
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
/* C requires these to be macros; the guards let a host test rename them. */
#ifndef stdin
#define stdin stdin
#endif
#ifndef stdout
#define stdout stdout
#endif
#ifndef stderr
#define stderr stderr
#endif

#define PRINTF_LIKE(f, a) __attribute__((format(__printf__, f, a)))

PRINTF_LIKE(1, 2) int printf(const char *restrict fmt, ...);
PRINTF_LIKE(2, 3) int fprintf(FILE *restrict f, const char *restrict fmt, ...);
PRINTF_LIKE(2, 3) int sprintf(char *restrict buf, const char *restrict fmt, ...);
PRINTF_LIKE(3, 4) int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...);
PRINTF_LIKE(1, 0) int vprintf(const char *restrict fmt, va_list ap);
PRINTF_LIKE(2, 0) int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);
PRINTF_LIKE(2, 0) int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap);
PRINTF_LIKE(3, 0) int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap);

#undef PRINTF_LIKE

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int puts(const char *s);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
int fflush(FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
char *fgets(char *restrict s, int n, FILE *restrict f);
size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f);

FILE *fopen(const char *restrict path, const char *restrict mode);
int fclose(FILE *f);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);

#ifdef __cplusplus
}
#endif

#endif
