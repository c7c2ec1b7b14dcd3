/*
 * console.h: where the C library's stdout and stderr go.
 *
 * The platform installs one sink at boot (the serial driver, later maybe a
 * virtio console); until then, and if the sink is NULL, output is dropped so
 * that early code may print without checking for a console.
 *
 * Contract: console_write may be called from any code that runs on the event
 * loop or at boot, and from panic. It is NOT reentrant: an interrupt handler
 * must not call it (an interrupt arriving mid-write would interleave or, with
 * a sink that holds a lock, deadlock). The sink is called synchronously with
 * the caller's buffer, which it must not keep; it returns once the bytes are
 * written. console_set_sink is meant for boot, before other cores start.
 */
#ifndef UNIJS_CONSOLE_H
#define UNIJS_CONSOLE_H

#include <stddef.h>

typedef void console_sink_fn(const char *buf, size_t len);

void console_set_sink(console_sink_fn *write);
void console_write(const char *buf, size_t len);

#endif
