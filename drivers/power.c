#include "power.h"
#include "acpi.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"
#include "virtio_console.h"
#include "../lib/trace.h"

#define DEBUG_EXIT_PORT 0xf4
#define DEBUGCON_PORT   0xe9 /* QEMU isa-debugcon; reads back 0xe9 */

static void exit_hook(int code)
{
	power_exit(code);
}

void power_init(void)
{
	arch_exit_hook = exit_hook;
}

static void record(const char *s)
{
	while (*s)
		outb(DEBUGCON_PORT, (uint8_t)*s++);
}

void power_exit(int code)
{
	const char *kernel = 0;
	uint32_t v;

	irq_disable();
	switch (code) {
	case EXIT_PANIC: kernel = "panic"; break;
	case EXIT_CPU_EXCEPTION: kernel = "exception"; break;
	case EXIT_STACK_OVERFLOW: kernel = "stack-overflow"; break;
	case EXIT_OUT_OF_MEMORY: kernel = "out-of-memory"; break;
	case EXIT_WATCHDOG: kernel = "watchdog"; break;
	default: code &= 0xff; break;
	}
	if (!kernel)
		trace_flush(); /* trace=http: a report still waiting for its timer */
	virtio_console_flush(); /* the console's last bytes out before QEMU ends */
	if (inb(DEBUGCON_PORT) == DEBUGCON_PORT) {
		char num[4];
		int i = 3, c = code;
		num[i] = 0;
		do {
			num[--i] = (char)('0' + c % 10);
			c /= 10;
		} while (c && i);
		record("\nunijs-exit ");
		if (kernel) {
			record(kernel);
		} else {
			record("app ");
			record(num + i);
		}
		record("\n");
	}
	/* QEMU exits during this instruction if the device is there. */
	if (kernel)
		v = 127;
	else
		v = code <= 124 ? (uint32_t)code + 1 : 126;
	outl(DEBUG_EXIT_PORT, v);
	acpi_poweroff();
	arch_halt_forever();
}
