/*
 * panic.h: stop the machine after reporting a broken invariant. Implemented
 * by the platform (it prints the message, where, and the registers).
 */
#ifndef UNIJS_PANIC_H
#define UNIJS_PANIC_H

__attribute__((noreturn, format(__printf__, 1, 2))) void panic(const char *fmt, ...);

#endif
