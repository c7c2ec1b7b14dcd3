/*
 * PCI configuration mechanism #1 and a bus walk (PCI Local Bus
 * Specification 3.0 §3.2.2.3.2; header layout §6.1; capabilities §6.7;
 * PCI-to-PCI Bridge Architecture Specification 1.2 §3.2 for the bridge
 * header's bus numbers).
 */
#include "pci.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>

#define CONFIG_ADDRESS 0xcf8
#define CONFIG_DATA    0xcfc

static uint32_t cfg_addr(uint8_t bus, uint8_t dev, uint8_t fn, uint8_t off)
{
	return 0x80000000u | (uint32_t)bus << 16 | (uint32_t)(dev & 31) << 11 |
	       (uint32_t)(fn & 7) << 8 | (off & 0xfc);
}

static uint32_t raw_read32(uint8_t bus, uint8_t dev, uint8_t fn, uint8_t off)
{
	outl(CONFIG_ADDRESS, cfg_addr(bus, dev, fn, off));
	return inl(CONFIG_DATA);
}

uint32_t pci_read32(const struct pci_dev *d, uint8_t off)
{
	return raw_read32(d->bus, d->dev, d->fn, off);
}

uint16_t pci_read16(const struct pci_dev *d, uint8_t off)
{
	return (uint16_t)(pci_read32(d, off) >> ((off & 2) * 8));
}

uint8_t pci_read8(const struct pci_dev *d, uint8_t off)
{
	return (uint8_t)(pci_read32(d, off) >> ((off & 3) * 8));
}

void pci_write32(const struct pci_dev *d, uint8_t off, uint32_t v)
{
	outl(CONFIG_ADDRESS, cfg_addr(d->bus, d->dev, d->fn, off));
	outl(CONFIG_DATA, v);
}

void pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v)
{
	/* The data port decodes byte enables: a 16-bit write to 0xcfc + (off & 2)
	 * touches only that word (mechanism #1), so no read-modify-write of the
	 * neighbour (the status register's bits are write-1-to-clear). */
	outl(CONFIG_ADDRESS, cfg_addr(d->bus, d->dev, d->fn, off));
	outw(CONFIG_DATA + (off & 2), v);
}

uint64_t pci_bar(const struct pci_dev *d, int n, int *is_io)
{
	uint32_t lo;
	if (n < 0 || n > 5)
		return 0;
	lo = pci_read32(d, (uint8_t)(PCI_BAR0 + 4 * n));
	if (lo & 1) {
		*is_io = 1;
		return lo & ~3u;
	}
	*is_io = 0;
	if (((lo >> 1) & 3) == 2 && n < 5) /* 64-bit memory BAR */
		return (uint64_t)pci_read32(d, (uint8_t)(PCI_BAR0 + 4 * n + 4)) << 32 | (lo & ~15u);
	return lo & ~15u;
}

uint8_t pci_next_cap(const struct pci_dev *d, uint8_t after, uint8_t id)
{
	uint8_t p;
	int guard = 48; /* a looped list in broken hardware must not hang boot */
	if (!(pci_read16(d, PCI_STATUS) & PCI_STATUS_CAP_LIST))
		return 0;
	p = after ? pci_read8(d, (uint8_t)(after + 1)) : pci_read8(d, PCI_CAP_PTR);
	while ((p &= 0xfc) && guard--) {
		if (pci_read8(d, p) == id)
			return p;
		p = pci_read8(d, (uint8_t)(p + 1));
	}
	return 0;
}

static int walk_bus(uint8_t bus, int depth, int (*fn)(const struct pci_dev *, void *), void *ctx)
{
	struct pci_dev d;
	int dev, f, nfn, r;
	uint32_t id, cls;

	for (dev = 0; dev < 32; dev++) {
		id = raw_read32(bus, (uint8_t)dev, 0, PCI_VENDOR_ID);
		if ((id & 0xffff) == 0xffff)
			continue;
		nfn = (raw_read32(bus, (uint8_t)dev, 0, 0x0c) >> 16) & 0x80 ? 8 : 1;
		for (f = 0; f < nfn; f++) {
			if (f)
				id = raw_read32(bus, (uint8_t)dev, (uint8_t)f, PCI_VENDOR_ID);
			if ((id & 0xffff) == 0xffff)
				continue;
			d.bus = bus;
			d.dev = (uint8_t)dev;
			d.fn = (uint8_t)f;
			d.vendor = (uint16_t)id;
			d.device = (uint16_t)(id >> 16);
			cls = pci_read32(&d, PCI_CLASS_REVISION);
			d.class_code = (uint8_t)(cls >> 24);
			d.subclass = (uint8_t)(cls >> 16);
			d.header_type = (uint8_t)(pci_read32(&d, 0x0c) >> 16) & 0x7f;
			if ((r = fn(&d, ctx)))
				return r;
			/* PCI-to-PCI bridge: its secondary bus number is byte 0x19 */
			if (d.header_type == 1 && depth < 8) {
				uint8_t sec = (uint8_t)(pci_read32(&d, 0x18) >> 8);
				if (sec > bus && (r = walk_bus(sec, depth + 1, fn, ctx)))
					return r;
			}
		}
	}
	return 0;
}

int pci_find(int (*fn)(const struct pci_dev *d, void *ctx), void *ctx)
{
	/* No host bridge answers at 00:00.0 on machines without PCI; the
	 * answer is kept (two port accesses, each an exit, per look). */
	static int none;

	if (none || (raw_read32(0, 0, 0, PCI_VENDOR_ID) & 0xffff) == 0xffff) {
		none = 1;
		return -ENODEV;
	}
	return walk_bus(0, 0, fn, ctx);
}
