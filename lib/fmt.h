/*
 * fmt.h: the formatting core behind the printf family (lib/fmt.c).
 *
 * fmt_vcb formats like vprintf and hands the output to out() in pieces, in
 * order, never holding more than a small stack buffer: a caller may stream
 * output of any length (a log line, a socket, a growing string) without
 * allocating. It returns the number of bytes produced, or -1 with errno
 * EOVERFLOW when that exceeds INT_MAX. Supported: d i u o x X c s p % m and
 * a A e E f F g G with flags "-+ #0", width, precision, '*', and the length
 * modifiers hh h l ll q j z t L (long double is converted to double).
 * %n is not supported (it writes nothing). Floating-point output is exact,
 * rounded half-to-even on the binary value, digit-for-digit like glibc.
 *
 * Not for interrupt handlers: double conversions use SSE registers. The
 * core is reentrant; out() may itself call fmt_vcb.
 */
#ifndef UNIJS_FMT_H
#define UNIJS_FMT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef void fmt_out_fn(void *ctx, const char *s, size_t n);

int fmt_vcb(fmt_out_fn *out, void *ctx, const char *fmt, va_list ap);

/*
 * The byte sink of a FILE, implemented by lib/stdio.c: writes len bytes and
 * returns 0, or EOF with the stream's error flag set when f cannot be
 * written (stdin, a closed stream).
 */
int stdio_write(FILE *f, const char *buf, size_t len);

#endif
