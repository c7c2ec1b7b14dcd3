/*
 * panic: a broken invariant. Print what broke and where (the caller's
 * backtrace, via arch), then end the image with EXIT_PANIC.
 */
#include "panic.h"
#include "console.h"
#include "../arch/x86_64/arch.h"
#include <stdarg.h>
#include <stdio.h>

void panic(const char *fmt, ...)
{
	static int nested;
	char buf[256];
	va_list ap;
	int n;

	irq_disable();
	if (nested++) /* panicking while panicking: say the least */
		arch_exit(EXIT_PANIC);
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	console_write("\nunijs: panic: ", 15);
	console_write(buf, n < 0 ? 0 : (size_t)n >= sizeof buf ? sizeof buf - 1 : (size_t)n);
	console_write("\n", 1);
	arch_dump_here();
	arch_exit(EXIT_PANIC);
}
