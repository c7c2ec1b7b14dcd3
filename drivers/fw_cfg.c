#include "fw_cfg.h"
#include "../arch/x86_64/arch.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FW_CFG_PORT_SEL  0x510
#define FW_CFG_PORT_DATA 0x511
#define FW_CFG_PORT_DMA  0x514

#define FW_CFG_SIGNATURE 0x0000
#define FW_CFG_NB_CPUS   0x0005
#define FW_CFG_FILE_DIR  0x0019

/* DMA control bits (fw_cfg.rst, "FWCfgDmaAccess"): big-endian fields. */
#define DMA_ERROR  (1u << 0)
#define DMA_READ   (1u << 1)
#define DMA_SELECT (1u << 3)

struct fw_cfg_dma {
	uint32_t control, length;
	uint64_t address;
} __attribute__((packed, aligned(8)));

struct fw_cfg_file {
	uint32_t size;   /* big-endian */
	uint16_t select; /* big-endian */
	uint16_t reserved;
	char name[56];
} __attribute__((packed));

static uint32_t be32(uint32_t v) { return __builtin_bswap32(v); }

/* Reading the DMA address register gives this ("QEMU CFG", big-endian)
 * where the DMA interface is (fw_cfg.rst, "DMA interface"). */
#define DMA_SIGNATURE_HI 0x51454d55u
#define DMA_SIGNATURE_LO 0x20434647u
/* Directory entries read with the count in one transfer: QEMU fills what
 * lies past the directory's end with zeros. More takes a second one. */
#define DIR_FIRST 32

static int has_dma = -1; /* -1: not probed yet */
static int present = -1; /* the signature matched: 1, did not: 0, not read: -1 */
static int acpi = -1;    /* the directory lists etc/acpi/rsdp: 1, does not: 0, unread: -1 */

/* Read n bytes of item key (from its start) into buf. */
static int read_item(uint16_t key, void *buf, uint32_t n)
{
	if (has_dma > 0) {
		/* Static, not on the stack: QEMU needs its physical address, and
		 * under PVM stacks run through an upper-half alias (pvm.c). */
		static volatile struct fw_cfg_dma d;
		uint64_t a = (uintptr_t)&d;
		d.control = be32((uint32_t)key << 16 | DMA_SELECT | DMA_READ);
		d.length = be32(n);
		d.address = __builtin_bswap64((uintptr_t)buf);
		__asm__ volatile("" ::: "memory");
		/* The high half, then the low half, which starts the transfer. */
		outl(FW_CFG_PORT_DMA, be32((uint32_t)(a >> 32)));
		outl(FW_CFG_PORT_DMA + 4, be32((uint32_t)a));
		while (be32(d.control) & ~DMA_ERROR) /* QEMU completes synchronously */
			__asm__ volatile("pause" ::: "memory");
		return be32(d.control) & DMA_ERROR ? -1 : 0;
	}
	outw(FW_CFG_PORT_SEL, key);
	for (uint32_t i = 0; i < n; i++)
		((uint8_t *)buf)[i] = inb(FW_CFG_PORT_DATA);
	return 0;
}

/*
 * Whether there is a device, and whether it has DMA. Each port access is
 * an exit to the hypervisor (~70 us under PVM on a loaded host): the DMA
 * register's signature answers both in two reads; only where it is absent
 * (no fw_cfg, or a QEMU older than 2.9) is the port signature read too.
 */
static int probe(void)
{
	static const char sig[4] = { 'Q', 'E', 'M', 'U' };
	char got[4];

	if (present >= 0)
		return present;
	if (be32(inl(FW_CFG_PORT_DMA)) == DMA_SIGNATURE_HI && be32(inl(FW_CFG_PORT_DMA + 4)) == DMA_SIGNATURE_LO) {
		has_dma = 1;
		present = 1;
		return 1;
	}
	has_dma = 0;
	present = read_item(FW_CFG_SIGNATURE, got, 4) == 0 && !memcmp(got, sig, 4);
	return present;
}

char *fw_cfg_read_file(const char *name, size_t *len)
{
	static uint8_t first[4 + DIR_FIRST * sizeof(struct fw_cfg_file)] __attribute__((aligned(8)));
	uint32_t count, i;
	struct fw_cfg_file *dir;
	uint8_t *all = 0;
	char *data = 0;

	if (!probe())
		return 0;
	if (has_dma) {
		/* the count and the first entries in one transfer */
		if (read_item(FW_CFG_FILE_DIR, first, sizeof first) < 0)
			return 0;
		memcpy(&count, first, 4);
	} else if (read_item(FW_CFG_FILE_DIR, &count, 4) < 0) {
		return 0;
	}
	count = be32(count);
	if (!count || count > 4096)
		return 0;
	if (has_dma && count <= DIR_FIRST) {
		dir = (struct fw_cfg_file *)(first + 4);
	} else {
		all = malloc(4 + (size_t)count * sizeof *dir);
		if (!all)
			return 0;
		if (read_item(FW_CFG_FILE_DIR, all, 4 + count * (uint32_t)sizeof *dir) < 0)
			goto out;
		dir = (struct fw_cfg_file *)(all + 4);
	}
	acpi = 0;
	for (i = 0; i < count; i++) {
		struct fw_cfg_file *f = dir + i;
		uint32_t size = be32(f->size);
		if (!strncmp(f->name, "etc/acpi/rsdp", sizeof f->name))
			acpi = 1;
		if (data || strncmp(f->name, name, sizeof f->name))
			continue;
		data = malloc((size_t)size + 1);
		if (data && read_item(__builtin_bswap16(f->select), data, size) < 0) {
			free(data);
			data = 0;
		}
		if (data) {
			data[size] = 0;
			*len = strlen(data); /* a string= item may end with its NUL */
		}
	}
out:
	free(all);
	return data;
}

int fw_cfg_acpi_tables(void)
{
	return acpi;
}

int fw_cfg_cpu_count(void)
{
	uint16_t n = 0;

	/* board_init looked for the device already (fw_cfg_read_file) */
	if (!probe())
		return -1;
	read_item(FW_CFG_NB_CPUS, &n, 2); /* little-endian, as the spec says */
	return n ? n : -1;
}
