/*
 * ACPI tables (ACPI 6.4, chapter 5): just what power-off needs.
 * acpi_find_table() returns the mapped table with that signature (after
 * checking its checksum) or NULL when there is no ACPI (microvm acpi=off).
 */
#ifndef ACPI_H
#define ACPI_H

#include <stdint.h>

struct acpi_header {
	char sig[4];
	uint32_t len;
	uint8_t rev, checksum;
	char oem[6], oem_table[8];
	uint32_t oem_rev, creator, creator_rev;
} __attribute__((packed));

const struct acpi_header *acpi_find_table(const char sig[4]);

/*
 * The local APIC IDs of the enabled cores in the MADT ("APIC"), up to max,
 * in the table's order (the boot core first, on QEMU's tables). Their
 * count, or -ENODEV when there is no MADT. Boot code.
 */
int acpi_madt_cpus(uint32_t *ids, int max);

/* Enter S5 (soft off) through the FADT's PM1 control blocks; returns -errno on failure. */
int acpi_poweroff(void);

struct loop_event;
/*
 * The ACPI power button (QEMU system_powerdown, virsh shutdown): from now
 * on each press posts ev on this core's loop (PM1 event block and SCI on pc
 * and q35; QEMU microvm's Generic Event Device with acpi=on). 0, or -ENODEV
 * where there is no ACPI (microvm with acpi=off). Loop context, once.
 */
int acpi_power_button_init(struct loop_event *ev);

#endif
