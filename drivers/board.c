#include "board.h"
#include "acpi.h"
#include "fw_cfg.h"
#include "power.h"
#include "serial.h"
#include "virtio_console.h"
#include "../lib/alloc.h"
#include "../lib/trace.h"
#include "../lib/xmsg.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const void *find_madt(void)
{
	return acpi_find_table("APIC");
}

/*
 * The other cores (arch/x86_64/smp.c), started on demand: board_init
 * does nothing for them, so that a machine with several cores boots to
 * its app's first statement as fast as one with one (under PVM, finding,
 * starting and gathering one AP cost the boot core 1.3-2 ms: ICR writes
 * and page-table changes are exits there, and the waking AP's vCPU thread
 * competes with the boot core's for the host). board_cores_ready does it
 * all, once: how many cores (QEMU's fw_cfg first: a few port reads; -smp
 * 1, the common case, stops there, without the 250 us ACPI scan under
 * TCG), their APIC IDs from the MADT where there is one, else 0..N-1
 * (microvm with acpi=off has neither MADT nor MP table: QEMU's numbering
 * for a plain -smp N); without fw_cfg (other hypervisors), the MADT alone.
 * Then it starts them, waits for them and says how many came up. The APs
 * wait for messages (lib/xmsg.h).
 */
static int cores_n, cores_started, cores_quiet;
static const char *cores_how;

static void start_cores(void)
{
	uint32_t ids[SMP_MAX_CPUS * 2], i;
	int n = fw_cfg_cpu_count(), m, r;
	const char *how = "fw_cfg";
	void *mem;

	if (n != 1) { /* more than one, or no fw_cfg to ask */
		if ((m = acpi_madt_cpus(ids, SMP_MAX_CPUS * 2)) > 0) {
			n = m;
			how = "ACPI MADT";
		} else if (n > 1) {
			if (n > SMP_MAX_CPUS * 2)
				n = SMP_MAX_CPUS * 2;
			for (i = 0; i < (uint32_t)n; i++)
				ids[i] = i;
		} else {
			n = 1;
			how = "default";
		}
	}
	cores_n = n;
	cores_how = how;
	if (n > 1) {
		mem = aligned_alloc(4096, smp_mem_size((uint32_t)n));
		if (!mem || xmsg_init(n > SMP_MAX_CPUS ? SMP_MAX_CPUS : (uint32_t)n) < 0) {
			printf("smp: no memory for the other cores' stacks; running on one\n");
		} else if ((r = smp_start(ids, (uint32_t)n, mem, xmsg_ap_loop, how[0] == 'A')) < 0) {
			printf("smp: cores not started (error %d)\n", r);
		} else {
			/* the MADT comes with a firmware (SeaBIOS on pc, q35), which parks the APs */
			cores_started = 1;
			trace_boot_late("cores started");
		}
	}
}

int board_cores_ready(void)
{
	uint32_t missing[SMP_MAX_CPUS], nmissing = 0, i;
	static int up;

	if (up)
		return up;
	up = 1;
	start_cores();
	if (cores_started) {
		up = smp_finish(missing, &nmissing);
		for (i = 0; i < nmissing; i++)
			printf("smp: core with APIC ID %u did not come up; carrying on without it\n",
			       (unsigned)missing[i]);
		trace_boot_late("cores up");
	}
	if (!cores_quiet)
		printf("smp: %d core%s up (%d found by %s)\n", up, up == 1 ? "" : "s", cores_n, cores_how);
	return up;
}

/*
 * The heap. RAM below the first 2 MiB boundary above the image is mapped
 * with 4 KiB pages (arch/x86_64/paging.c: W^X follows the image's
 * segments), the rest with 2 MiB pages. Under a shadow-paging hypervisor
 * (PVM) each page's first touch is a fault, ~20 us: a booting network
 * service touching its first ~1.5 MB of heap in 4 KiB pages paid ~8 ms of
 * them, against a few faults in 2 MiB pages. So the heap starts above the
 * boundary and the ranges below it are kept back (alloc_add_reserve) until
 * the rest is full. A 2 MiB page's first touch costs ~1 ms there (the host
 * provides and clears 2 MiB), and a region's end is written when it is
 * added: so the heap's first region is its first HEAP_BOOT bytes above the
 * boundary, and the rest of that RAM is kept back as well. The pieces are
 * separate regions, and no block spans two: in a small machine that
 * halves the largest block the heap can give (an 8 MB guest could no
 * longer make the 1 MB Buffer.concat of a 1 MB upload: tests/attack). So
 * a machine with less than HEAP_COARSE_MIN above the boundary uses all
 * its RAM from the start as one region, as before; above it, the part
 * kept back above the first region is the bulk of the RAM, in one piece.
 */
#define HEAP_COARSE_MIN (16u << 20)
#define HEAP_BOOT (4u << 20)

static void heap_init(const struct boot_info *bi)
{
	uintptr_t fine = ((uintptr_t)__image_end + 0x1fffff) & ~(uintptr_t)0x1fffff;
	int i, big = -1;

	for (i = 0; i < bi->nram; i++)
		if (bi->ram[i].base + bi->ram[i].len >= fine + HEAP_COARSE_MIN &&
		    (big < 0 || bi->ram[i].len > bi->ram[big].len))
			big = i;
	if (big < 0) {
		alloc_init((void *)(uintptr_t)bi->ram[0].base, bi->ram[0].len);
		for (i = 1; i < bi->nram; i++)
			alloc_add_region((void *)(uintptr_t)bi->ram[i].base, bi->ram[i].len);
		return;
	}
	{
		uintptr_t lo = bi->ram[big].base, hi = lo + bi->ram[big].len;
		uintptr_t start = lo < fine ? fine : lo;
		uintptr_t first = hi - start > HEAP_BOOT + (2u << 20) ? start + HEAP_BOOT : hi;
		alloc_init((void *)start, first - start);
		if (hi > first && alloc_add_reserve((void *)first, hi - first) < 0)
			alloc_add_region((void *)first, hi - first);
		if (lo < start && start - lo >= ALLOC_REGION_MIN &&
		    alloc_add_reserve((void *)lo, start - lo) < 0)
			alloc_add_region((void *)lo, start - lo);
	}
	for (i = 0; i < bi->nram; i++) {
		if (i == big)
			continue;
		if (bi->ram[i].base >= fine || alloc_add_reserve((void *)(uintptr_t)bi->ram[i].base, bi->ram[i].len) < 0)
			alloc_add_region((void *)(uintptr_t)bi->ram[i].base, bi->ram[i].len);
	}
}

void board_init(struct boot_info *bi, struct cmdline *c)
{
	char *fwc, *fwraw = 0, *raw;
	const char *dev;
	size_t n;
	int i;

	trace_boot("board");
	serial_init();
	power_init();
	trace_boot("serial ready");
	heap_init(bi);
	trace_boot("heap ready");
	/* the console's bytes through one exit per write where QEMU gives a
	 * virtio console (drivers/virtio_console.h), else the serial port's */
	virtio_console_init();

	raw = strdup(bi->cmdline); /* parsing cuts it up; log=debug shows it whole */
	if (cmdline_parse(bi->cmdline, c) < 0) {
		printf("unijs: bad command line: %s\n", c->err);
		power_exit(EXIT_BAD_CMDLINE);
	}
	/* More words from QEMU's -fw_cfg name=opt/unijs/cmdline: after the
	 * boot line's, so they win (README "Command line"). */
	trace_boot("cmdline parsed");
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
		if ((i = virtio_console_port(&dev)) >= 0)
			printf("board: console: virtio port %d (%s)\n", i, dev);
		else
			printf("board: console: serial\n");
	}
	free(raw);
	free(fwraw);
	trace_boot_start(bi->tsc_entry, c->trace_boot);
	trace_boot("memory ready");
	/* No calibration here: the timer calibrates on first use if it must. */
	apic_init();
	ioapic_init(find_madt);
	irq_enable();
	trace_boot("interrupts ready");
	cores_quiet = !strcmp(c->log, "quiet"); /* the cores start later: board_cores_ready */
	if (arch_log_debug) /* measures it now if nothing stated it */
		printf("board: TSC %llu Hz\n", (unsigned long long)arch_tsc_hz());
}
