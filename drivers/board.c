#include "board.h"
#include "acpi.h"
#include "fw_cfg.h"
#include "power.h"
#include "serial.h"
#include "../lib/alloc.h"
#include "../lib/trace.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const void *find_madt(void)
{
	return acpi_find_table("APIC");
}

void board_init(struct boot_info *bi, struct cmdline *c)
{
	char *fwc, *fwraw = 0, *raw;
	size_t n;
	int i;

	serial_init();
	power_init();
	alloc_init((void *)(uintptr_t)bi->ram[0].base, bi->ram[0].len);
	for (i = 1; i < bi->nram; i++)
		alloc_add_region((void *)(uintptr_t)bi->ram[i].base, bi->ram[i].len);

	raw = strdup(bi->cmdline); /* parsing cuts it up; log=debug shows it whole */
	if (cmdline_parse(bi->cmdline, c) < 0) {
		printf("unijs: bad command line: %s\n", c->err);
		power_exit(EXIT_BAD_CMDLINE);
	}
	/* More words from QEMU's -fw_cfg name=opt/unijs/cmdline: after the
	 * boot line's, so they win (README "Command line"). */
	fwc = fw_cfg_read_file("opt/unijs/cmdline", &n);
	if (fwc)
		fwraw = strdup(fwc);
	if (fwc && cmdline_append(fwc, c) < 0) {
		printf("unijs: bad command line (fw_cfg opt/unijs/cmdline): %s\n", c->err);
		power_exit(EXIT_BAD_CMDLINE);
	}
	if (!strcmp(c->log, "debug")) {
		/* What the board found, for someone bringing up a new host. */
		arch_log_debug = 1;
		printf("board: started by %s; command line: %s\n", bi->protocol, raw ? raw : "?");
		if (fwc)
			printf("board: fw_cfg opt/unijs/cmdline: %s\n", fwraw ? fwraw : "?");
		else
			printf("board: fw_cfg opt/unijs/cmdline: none\n");
		for (i = 0; i < bi->nram; i++)
			printf("board: RAM %#llx-%#llx (%llu KiB)\n", (unsigned long long)bi->ram[i].base,
			       (unsigned long long)(bi->ram[i].base + bi->ram[i].len - 1),
			       (unsigned long long)(bi->ram[i].len >> 10));
		printf("board: ACPI MADT %s\n", find_madt() ? "found" : "absent (IOAPIC at its default address)");
	}
	free(raw);
	free(fwraw);
	if (c->trace_boot) {
		trace_boot_start(bi->tsc_entry);
		trace_boot("memory ready");
	}
	/* No calibration here: the timer calibrates on first use if it must. */
	apic_init();
	ioapic_init(find_madt);
	irq_enable();
	trace_boot("interrupts ready");
	if (arch_log_debug) /* measures it now if nothing stated it */
		printf("board: TSC %llu Hz\n", (unsigned long long)arch_tsc_hz());
}
