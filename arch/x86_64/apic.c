/*
 * Local APIC: end-of-interrupt. x2APIC (MSR) when the firmware left it
 * enabled, else the xAPIC MMIO page at its architectural address.
 */
#include "arch_internal.h"

#define MSR_APIC_BASE   0x1b
#define APIC_BASE_X2    (1 << 10)
#define MSR_X2APIC_EOI  0x80b
#define XAPIC_EOI       0xb0

void arch_irq_eoi(void)
{
	static int x2 = -1;
	if (x2 < 0)
		x2 = (rdmsr(MSR_APIC_BASE) & APIC_BASE_X2) != 0;
	if (x2)
		wrmsr(MSR_X2APIC_EOI, 0);
	else
		mmio_write32(0xfee00000 + XAPIC_EOI, 0);
}
