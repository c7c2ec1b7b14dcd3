#include "board.h"
#include "acpi.h"
#include "fw_cfg.h"
#include "power.h"
#include "serial.h"
#include "../lib/alloc.h"
#include "../lib/trace.h"
#include <stdio.h>

static const void *find_madt(void)
{
	return acpi_find_table("APIC");
}

void board_init(struct boot_info *bi, struct cmdline *c)
{
	char *fwc;
	size_t n;
	int i;

	serial_init();
	power_init();
	alloc_init((void *)(uintptr_t)bi->ram[0].base, bi->ram[0].len);
	for (i = 1; i < bi->nram; i++)
		alloc_add_region((void *)(uintptr_t)bi->ram[i].base, bi->ram[i].len);

	if (cmdline_parse(bi->cmdline, c) < 0) {
		printf("unijs: bad command line: %s\n", c->err);
		power_exit(EXIT_BAD_CMDLINE);
	}
	/* More words from QEMU's -fw_cfg name=opt/unijs/cmdline: after the
	 * boot line's, so they win (README "Command line"). */
	fwc = fw_cfg_read_file("opt/unijs/cmdline", &n);
	if (fwc && cmdline_append(fwc, c) < 0) {
		printf("unijs: bad command line (fw_cfg opt/unijs/cmdline): %s\n", c->err);
		power_exit(EXIT_BAD_CMDLINE);
	}
	if (c->trace_boot) {
		trace_boot_start(bi->tsc_entry);
		trace_boot("memory ready");
	}
	/* No calibration here: the timer calibrates on first use if it must. */
	apic_init();
	ioapic_init(find_madt);
	irq_enable();
	trace_boot("interrupts ready");
}
