#include "console.h"
#ifdef UNIJS_ONE_CORE /* the host's unit tests: one core, no per-CPU area */
#define core_index() 0
#define cpu_relax() ((void)0)
#else
#include "../arch/x86_64/arch.h"
#define core_index() ((int32_t)this_cpu()->index)
#endif
#include <stdint.h>

static console_sink_fn *console_sink;

/*
 * One writer at a time: with an isolate on each core, two console.log
 * calls must not mix their bytes. Each caller hands over whole lines
 * (console.log formats its line first), so a lock around the sink keeps
 * lines whole. A ticket lock: fair, and a core spins only while another
 * writes (the serial port's pace). Interrupts stay as they are: handlers
 * never write here (console.h). The owner is remembered so that a panic
 * on the core that holds the lock (inside the sink) still gets out.
 */
static volatile uint32_t next_ticket, serving;
static volatile int32_t holder = -1;

void console_set_sink(console_sink_fn *write)
{
	__atomic_store_n(&console_sink, write, __ATOMIC_RELEASE);
}

void console_write(const char *buf, size_t len)
{
	/* Read once: a sink swapped at boot must not be seen half-way. */
	console_sink_fn *sink = __atomic_load_n(&console_sink, __ATOMIC_ACQUIRE);
	int32_t me = core_index();
	uint32_t t;

	if (!sink || !len)
		return;
	if (holder == me) { /* re-entered from the sink (a fault in it): no wait */
		sink(buf, len);
		return;
	}
	t = __atomic_fetch_add(&next_ticket, 1, __ATOMIC_RELAXED);
	while (__atomic_load_n(&serving, __ATOMIC_ACQUIRE) != t)
		cpu_relax();
	holder = me;
	sink(buf, len);
	holder = -1;
	__atomic_store_n(&serving, t + 1, __ATOMIC_RELEASE);
}
