/*
 * I/O APIC (Intel 82093AA datasheet, §3.2: IOREGSEL/IOWIN, the version
 * register and the 64-bit redirection entries) and the legacy 8259 pair,
 * which is only ever masked.
 *
 * Where the IOAPIC is and how ISA IRQs reach its lines comes from the ACPI
 * MADT (ACPI 6.4 §5.2.12: type 1 "I/O APIC", type 2 "Interrupt Source
 * Override"). arch/ cannot look ACPI up itself (drivers/ sit above it), so
 * the caller hands in a function that finds the table, called when a line
 * is first routed: finding it means scanning the BIOS area, about 250 us
 * under TCG, which boot does not pay for. Without a table (microvm with
 * acpi=off) QEMU's layout holds: one IOAPIC at 0xfec00000, GSI 0 upwards,
 * ISA IRQ n on GSI n, edge, active high.
 *
 * Only the first IOAPIC (the one serving GSI 0) is used: QEMU's machines
 * have one, and so do the ISA lines.
 *
 * Nothing is written at init: every redirection entry is masked from reset
 * (datasheet §3.2.4) and no firmware we boot under (qboot, SeaBIOS, GRUB)
 * unmasks one, and each access would trap to the hypervisor. Entries are
 * written when a driver routes its line.
 */
#include "arch_internal.h"
#include <errno.h>

#define IOREGSEL 0x00
#define IOWIN    0x10
#define REG_VER  0x01
#define REG_RED_LO(n) (0x10 + 2 * (n))
#define REG_RED_HI(n) (0x11 + 2 * (n))

#define RED_ACTIVE_LOW (1u << 13)
#define RED_LEVEL      (1u << 15)
#define RED_MASKED     (1u << 16)

#define MAX_LINES 240 /* the version register allows up to 240 entries */

#define MADT_PCAT_COMPAT 1

struct madt {
	char sig[4];
	uint32_t len;
	uint8_t rev, checksum;
	char oem[6], oem_table[8];
	uint32_t oem_rev, creator, creator_rev;
	uint32_t lapic_addr, flags;
	/* then entries: type, length, ... */
} __attribute__((packed));

struct madt_ioapic {
	uint8_t type, len, id, reserved;
	uint32_t addr, gsi_base;
} __attribute__((packed));

struct madt_override {
	uint8_t type, len, bus, source;
	uint32_t gsi;
	uint16_t flags;
} __attribute__((packed));

static uintptr_t base = 0xfec00000;
static uint32_t gsi_base;
static int nlines; /* 0: not read yet */
static struct {
	uint32_t gsi;
	int flags; /* IOAPIC_LEVEL | IOAPIC_ACTIVE_LOW */
} isa[16];
/* The low words written, so mask/unmask need no read-back. */
static uint32_t red_lo[MAX_LINES];
static const void *(*madt_finder)(void);

static uint32_t reg_read(uint32_t reg)
{
	mmio_write32(base + IOREGSEL, reg);
	return mmio_read32(base + IOWIN);
}

static void reg_write(uint32_t reg, uint32_t v)
{
	mmio_write32(base + IOREGSEL, reg);
	mmio_write32(base + IOWIN, v);
}

/* MPS INTI flags (ACPI 6.4 table 5.50): 0 means "as the bus says", ISA: edge, high. */
static int override_flags(uint16_t f)
{
	int flags = 0;
	if ((f & 3) == 3)
		flags |= IOAPIC_ACTIVE_LOW;
	if (((f >> 2) & 3) == 3)
		flags |= IOAPIC_LEVEL;
	return flags;
}

static void read_madt(const struct madt *m)
{
	const uint8_t *p, *end;
	int found = 0;

	if (!m)
		return;
	p = (const uint8_t *)(m + 1);
	end = (const uint8_t *)m + m->len;
	for (; p + 2 <= end && p[1] >= 2 && p + p[1] <= end; p += p[1]) {
		if (p[0] == 1 && p[1] >= sizeof(struct madt_ioapic) && !found) {
			const struct madt_ioapic *io = (const void *)p;
			if (io->gsi_base == 0) {
				base = io->addr;
				gsi_base = io->gsi_base;
				found = 1;
			}
		} else if (p[0] == 2 && p[1] >= sizeof(struct madt_override)) {
			const struct madt_override *o = (const void *)p;
			if (o->bus == 0 && o->source < 16) {
				isa[o->source].gsi = o->gsi;
				isa[o->source].flags = override_flags(o->flags);
			}
		}
	}
}

void ioapic_init(const void *(*find_madt)(void))
{
	int i;
	for (i = 0; i < 16; i++)
		isa[i].gsi = i;
	madt_finder = find_madt;
	/*
	 * The 8259s: an absent pair reads as all ones, as does a fully masked
	 * one; anything else has lines open (SeaBIOS leaves some) to close.
	 * One port read, where asking the MADT's PCAT_COMPAT flag would cost a
	 * scan of the BIOS area at boot.
	 */
	if (inb(0x21) != 0xff) {
		outb(0xa1, 0xff);
		outb(0x21, 0xff);
	}
}

/* Where the lines are: settled on the first routing, not at boot. */
static void settle(void)
{
	if (nlines)
		return;
	if (madt_finder)
		read_madt(madt_finder());
	nlines = ((reg_read(REG_VER) >> 16) & 0xff) + 1;
	if (nlines > MAX_LINES)
		nlines = MAX_LINES;
}

static int line_of(int gsi)
{
	int line;
	settle();
	line = gsi - (int)gsi_base;
	return line >= 0 && line < nlines ? line : -1;
}

int ioapic_route(int gsi, int vector, int flags)
{
	uint64_t f;
	uint32_t lo;
	int line;

	if (vector < 32 || vector > 254)
		return -EINVAL;
	f = irq_save(); /* IOREGSEL then IOWIN: a handler must not come between */
	line = line_of(gsi);
	if (line < 0) {
		irq_restore(f);
		return -EINVAL;
	}
	lo = (uint32_t)vector; /* fixed delivery, physical destination */
	if (flags & IOAPIC_LEVEL)
		lo |= RED_LEVEL;
	if (flags & IOAPIC_ACTIVE_LOW)
		lo |= RED_ACTIVE_LOW;
	/* destination first, while the entry is still masked */
	reg_write(REG_RED_HI(line), apic_id() << 24);
	reg_write(REG_RED_LO(line), lo);
	red_lo[line] = lo;
	irq_restore(f);
	return 0;
}

int ioapic_route_isa(int isa_irq, int vector)
{
	int r;
	if (isa_irq < 0 || isa_irq > 15)
		return -EINVAL;
	settle(); /* the override table comes from the MADT */
	r = ioapic_route((int)isa[isa_irq].gsi, vector, isa[isa_irq].flags);
	return r < 0 ? r : (int)isa[isa_irq].gsi;
}

int ioapic_mask(int gsi, int masked)
{
	uint64_t f = irq_save();
	int line = line_of(gsi);
	if (line < 0 || !red_lo[line]) {
		irq_restore(f);
		return -EINVAL;
	}
	red_lo[line] = masked ? red_lo[line] | RED_MASKED : red_lo[line] & ~RED_MASKED;
	reg_write(REG_RED_LO(line), red_lo[line]);
	irq_restore(f);
	return 0;
}
