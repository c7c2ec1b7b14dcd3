#include "fw_cfg.h"
#include "../arch/x86_64/arch.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FW_CFG_PORT_SEL  0x510
#define FW_CFG_PORT_DATA 0x511
#define FW_CFG_PORT_DMA  0x514

#define FW_CFG_SIGNATURE 0x0000
#define FW_CFG_ID        0x0001
#define FW_CFG_NB_CPUS   0x0005
#define FW_CFG_FILE_DIR  0x0019
#define FW_CFG_ID_DMA    (1u << 1)

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

static int has_dma;
static int present = -1; /* the signature matched: 1, did not: 0, not read: -1 */

/* Read n bytes of item key (from its start) into buf. */
static int read_item(uint16_t key, void *buf, uint32_t n)
{
	if (has_dma) {
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

char *fw_cfg_read_file(const char *name, size_t *len)
{
	static const char sig[4] = { 'Q', 'E', 'M', 'U' };
	uint32_t id = 0, count, i;
	struct fw_cfg_file *dir;
	char got[4], *data = 0;

	has_dma = 0;
	if (read_item(FW_CFG_SIGNATURE, got, 4) < 0 || memcmp(got, sig, 4)) {
		present = 0;
		return 0;
	}
	present = 1;
	read_item(FW_CFG_ID, &id, 4); /* little-endian, as the spec says */
	if (read_item(FW_CFG_FILE_DIR, &count, 4) < 0)
		return 0;
	count = be32(count);
	if (!count || count > 4096)
		return 0;
	dir = malloc(4 + (size_t)count * sizeof *dir);
	if (!dir)
		return 0;
	has_dma = (id & FW_CFG_ID_DMA) != 0;
	if (read_item(FW_CFG_FILE_DIR, dir, 4 + count * (uint32_t)sizeof *dir) < 0)
		goto out;
	for (i = 0; i < count; i++) {
		struct fw_cfg_file *f = (struct fw_cfg_file *)((char *)dir + 4) + i;
		uint32_t size = be32(f->size);
		if (strncmp(f->name, name, sizeof f->name))
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
		break;
	}
out:
	free(dir);
	return data;
}

int fw_cfg_cpu_count(void)
{
	static const char sig[4] = { 'Q', 'E', 'M', 'U' };
	char got[4];
	uint16_t n = 0;

	has_dma = 0; /* ports only: two bytes need no DMA set-up */
	/* board_init read the signature already (fw_cfg_read_file): each
	 * port access is an exit to the hypervisor under KVM */
	if (present < 0)
		present = read_item(FW_CFG_SIGNATURE, got, 4) == 0 && !memcmp(got, sig, 4);
	if (!present)
		return -1;
	read_item(FW_CFG_NB_CPUS, &n, 2); /* little-endian, as the spec says */
	return n ? n : -1;
}
