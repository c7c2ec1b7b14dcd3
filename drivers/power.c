#include "power.h"
#include "acpi.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"

#define DEBUG_EXIT_PORT 0xf4

static void exit_hook(int code)
{
	power_exit(code);
}

void power_init(void)
{
	arch_exit_hook = exit_hook;
}

void power_exit(int code)
{
	irq_disable();
	if (code < 0 || code > 126)
		code = code & 0x7f ? code & 0x7f : 1; /* keep failure a failure */
	if (code > 126)
		code = 126;
	/*
	 * If the device is there, QEMU exits during this instruction with
	 * status 2 * (code + 1) + 1: the +1 keeps every guest status apart
	 * from QEMU's own failure status 1.
	 */
	outl(DEBUG_EXIT_PORT, (uint32_t)code + 1);
	acpi_poweroff();
	arch_halt_forever();
}
