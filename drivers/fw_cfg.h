/*
 * QEMU's firmware configuration device (fw_cfg), I/O-port interface:
 * selector 0x510, data 0x511, DMA address 0x514 (QEMU
 * docs/specs/fw_cfg.rst). QEMU has it on pc, q35 and microvm; elsewhere
 * the ports read 0xff and the signature does not match.
 *
 * fw_cfg_read_file(name, &len): the contents of the named file (e.g.
 * "opt/unijs/cmdline", from QEMU's -fw_cfg name=...,string=...|file=...),
 * NUL-terminated in memory from malloc (len without the NUL); NULL when
 * there is no device or no such file. Finds the device and its DMA
 * interface by the DMA register's signature (two port reads) and reads the
 * directory's count and first 32 entries in one transfer (two port writes):
 * each port access is a VM exit. Byte by byte where there is no DMA. Call once the heap is up, with interrupts in any
 * state; not from an interrupt handler.
 */
#ifndef FW_CFG_H
#define FW_CFG_H

#include <stddef.h>

char *fw_cfg_read_file(const char *name, size_t *len);

/*
 * FW_CFG_NB_CPUS (key 0x05): how many CPUs the machine starts with (QEMU
 * -smp N), or -1 when there is no fw_cfg. QEMU numbers their APIC IDs
 * 0..N-1 when -smp gives only a count (every CPU its own socket), which
 * is what drivers/board.c assumes on microvm,acpi=off (docs/internals.md).
 * Any context but interrupt handlers; two port accesses (one DMA
 * transfer) once fw_cfg_read_file has looked for the device.
 */
int fw_cfg_cpu_count(void);

/*
 * Whether the directory fw_cfg_read_file read lists "etc/acpi/rsdp", the
 * file through which QEMU hands its ACPI tables to the firmware (pc, q35,
 * microvm with acpi=on): 1 yes, 0 no (microvm acpi=off: the firmware has
 * no tables to install, so there is no RSDP to look for), -1 not known
 * (no fw_cfg, or no directory read yet). Any context.
 */
int fw_cfg_acpi_tables(void);

#endif
