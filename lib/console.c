#include "console.h"

static console_sink_fn *console_sink;

void console_set_sink(console_sink_fn *write)
{
	__atomic_store_n(&console_sink, write, __ATOMIC_RELEASE);
}

void console_write(const char *buf, size_t len)
{
	/* Read once: a sink swapped at boot must not be seen half-way. */
	console_sink_fn *sink = __atomic_load_n(&console_sink, __ATOMIC_ACQUIRE);

	if (sink && len)
		sink(buf, len);
}
