/*
 * Streams. There is no file system, so the only streams are the three
 * standard ones: stdout and stderr are the console, stdin is at end of file.
 * Everything else fails cleanly with an errno a caller can report.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>

#include "console.h"
#include "fmt.h"

enum stdio_kind { STDIO_INPUT, STDIO_CONSOLE };

struct stdio_file {
	enum stdio_kind kind;
	int err;
	int eof;
};

static struct stdio_file stdio_files[3] = {
	{ STDIO_INPUT, 0, 0 },
	{ STDIO_CONSOLE, 0, 0 },
	{ STDIO_CONSOLE, 0, 0 },
};

FILE *const stdin = &stdio_files[0];
FILE *const stdout = &stdio_files[1];
FILE *const stderr = &stdio_files[2];

int stdio_write(FILE *f, const char *buf, size_t len)
{
	if (!f || f->kind != STDIO_CONSOLE) {
		if (f)
			f->err = 1;
		errno = EBADF;
		return EOF;
	}
	console_write(buf, len);
	return 0;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	size_t bytes;

	if (size == 0 || n == 0)
		return 0;
	if (__builtin_mul_overflow(size, n, &bytes)) {
		errno = EOVERFLOW;
		return 0;
	}
	return stdio_write(f, p, bytes) ? 0 : n;
}

int fflush(FILE *f)
{
	(void)f; /* unbuffered: nothing is ever pending */
	return 0;
}

int fgetc(FILE *f)
{
	if (f && f->kind == STDIO_INPUT) {
		f->eof = 1;
		return EOF;
	}
	if (f)
		f->err = 1;
	errno = EBADF;
	return EOF;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	(void)s;
	(void)n;
	fgetc(f);
	return NULL;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	(void)p;
	if (size && n)
		fgetc(f);
	return 0;
}

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	(void)path;
	(void)mode;
	errno = ENOENT;
	return NULL;
}

int fclose(FILE *f)
{
	/* The standard streams cannot really close; anything else was never
	 * opened, since fopen always fails. */
	if (f == stdin || f == stdout || f == stderr)
		return 0;
	errno = EBADF;
	return EOF;
}

int fseek(FILE *f, long off, int whence)
{
	(void)f;
	(void)off;
	(void)whence;
	errno = ESPIPE;
	return -1;
}

long ftell(FILE *f)
{
	(void)f;
	errno = ESPIPE;
	return -1;
}

void rewind(FILE *f)
{
	if (f)
		f->err = f->eof = 0;
}

int feof(FILE *f)
{
	return f->eof;
}

int ferror(FILE *f)
{
	return f->err;
}

void clearerr(FILE *f)
{
	f->err = f->eof = 0;
}
