/*
 * ACPI table discovery (ACPI 6.4 §5.2.5: the RSDP lives in 0xE0000-0xFFFFF
 * or the EBDA) and S5 power-off (§7.4.2 \_S5 gives
 * SLP_TYPa/b; §4.8.3.2.1 PM1 control: SLP_TYP bits 10-12, SLP_EN bit 13).
 * Reading \_S5 means finding its small package in the DSDT's AML; we match
 * the byte pattern NameOp "_S5_" PackageOp rather than carry an AML
 * interpreter, as most small kernels do.
 */
#include "acpi.h"
#include "fw_cfg.h"
#include "../arch/x86_64/arch.h"
#include "../lib/loop.h"
#include <string.h>

struct rsdp {
	char sig[8];
	uint8_t checksum;
	char oem[6];
	uint8_t rev;
	uint32_t rsdt;
	uint32_t len;
	uint64_t xsdt;
	uint8_t xchecksum, reserved[3];
} __attribute__((packed));

struct fadt {
	struct acpi_header h;
	uint32_t facs, dsdt;
	uint8_t reserved, pm_profile;
	uint16_t sci_int;
	uint32_t smi_cmd;
	uint8_t acpi_enable, acpi_disable, s4bios_req, pstate_cnt;
	uint32_t pm1a_evt, pm1b_evt, pm1a_cnt, pm1b_cnt;
	uint32_t pm2_cnt, pm_tmr, gpe0, gpe1;
	uint8_t pm1_evt_len;
	/* the rest is not needed */
} __attribute__((packed));

static int sum_ok(const void *p, uint32_t len)
{
	const uint8_t *b = p;
	uint8_t s = 0;
	while (len--)
		s += *b++;
	return s == 0;
}

static const struct rsdp *scan(uintptr_t lo, uintptr_t hi)
{
	for (; lo + sizeof(struct rsdp) <= hi; lo += 16)
		if (!memcmp((const void *)lo, "RSD PTR ", 8) && sum_ok((const void *)lo, 20))
			return (const struct rsdp *)lo;
	return 0;
}

/*
 * Only the BIOS area: finding the EBDA means reading its segment from the
 * BIOS data area in page 0, which stays unmapped to catch null pointers.
 * SeaBIOS (QEMU's BIOS) puts the RSDP in the BIOS area.
 */
static const struct rsdp *find_rsdp(void)
{
	/* QEMU without ACPI tables for its firmware has none in memory: the
	 * scan would read 128 KB, each page a first touch (a hypervisor
	 * fault, ~20 us under PVM) */
	if (fw_cfg_acpi_tables() == 0)
		return 0;
	return scan(0xe0000, 0x100000);
}

const struct acpi_header *acpi_find_table(const char sig[4])
{
	const struct rsdp *r = find_rsdp();
	const struct acpi_header *root;
	int wide, n, i;

	if (!r)
		return 0;
	wide = r->rev >= 2 && r->xsdt;
	root = (const struct acpi_header *)(uintptr_t)(wide ? r->xsdt : r->rsdt);
	if (!sum_ok(root, root->len))
		return 0;
	n = (root->len - sizeof *root) / (wide ? 8 : 4);
	for (i = 0; i < n; i++) {
		const uint8_t *ent = (const uint8_t *)(root + 1) + i * (wide ? 8 : 4);
		uint64_t a = wide ? *(const uint64_t *)ent : *(const uint32_t *)ent;
		const struct acpi_header *t = (const struct acpi_header *)(uintptr_t)a;
		if (!memcmp(t->sig, sig, 4) && sum_ok(t, t->len))
			return t;
	}
	return 0;
}

/* An AML integer at p: ZeroOp, OneOp, BytePrefix n, or a bare byte. */
static int aml_int(const uint8_t **p)
{
	uint8_t op = *(*p)++;
	if (op == 0x0a)
		return *(*p)++;
	if (op == 0x00 || op == 0x01)
		return op;
	return op;
}

int acpi_poweroff(void)
{
	const struct fadt *f = (const struct fadt *)acpi_find_table("FACP");
	const struct acpi_header *dsdt;
	const uint8_t *p, *end;
	int typa = -1, typb = 0;

	if (!f)
		return -19; /* ENODEV */
	dsdt = (const struct acpi_header *)(uintptr_t)f->dsdt;
	if (!dsdt || memcmp(dsdt->sig, "DSDT", 4))
		return -19;
	p = (const uint8_t *)(dsdt + 1);
	end = (const uint8_t *)dsdt + dsdt->len;
	for (; p + 8 < end; p++) {
		if (memcmp(p, "_S5_", 4) || p[4] != 0x12) /* PackageOp */
			continue;
		if (p[-1] != 0x08 && !(p[-2] == 0x08 && p[-1] == '\\'))
			continue; /* not a NameOp */
		p += 5;
		p += ((*p >> 6) & 3) + 1; /* PkgLength */
		p++;                      /* NumElements */
		typa = aml_int(&p);
		typb = aml_int(&p);
		break;
	}
	if (typa < 0)
		return -2; /* ENOENT */
	if (f->smi_cmd && f->acpi_enable && !(inw(f->pm1a_cnt) & 1)) {
		/* Hand the PM registers from SMM to us (§4.8.2.5 SCI_EN) */
		int spin = 1000000;
		outb(f->smi_cmd, f->acpi_enable);
		while (!(inw(f->pm1a_cnt) & 1) && --spin)
			cpu_relax();
	}
	outw(f->pm1a_cnt, (typa << 10) | (1 << 13));
	if (f->pm1b_cnt)
		outw(f->pm1b_cnt, (typb << 10) | (1 << 13));
	return -5; /* EIO: still running */
}

/*
 * The power button (ACPI 6.4 §4.8.3.1 PM1 event registers, §4.8.2.2.1.1
 * power button): QEMU's system_powerdown (virsh shutdown) sets PWRBTN_STS
 * in PM1a_STS and, with PWRBTN_EN set in PM1a_EN, raises the SCI, an ISA
 * interrupt the FADT names (IRQ 9 on pc and q35, level-triggered through
 * the MADT's override). The handler clears the status (write 1) and posts
 * the event; the loop does the rest.
 */
#define PM1_PWRBTN (1u << 8)

static uint16_t pm1_sts, pm1_en;
static struct loop_event *button_ev;

static void sci_irq(int vector, void *ctx)
{
	uint16_t sts = inw(pm1_sts);

	(void)vector;
	(void)ctx;
	if (sts & PM1_PWRBTN) {
		outw(pm1_sts, PM1_PWRBTN);
		loop_event_post(button_ev);
	}
	arch_irq_eoi();
}

/*
 * Hardware-reduced ACPI (microvm with acpi=on) has no PM1 block: the power
 * button is an event of the Generic Event Device (ACPI 6.4 §5.6.9, _HID
 * ACPI0013). We do not interpret the DSDT's AML; where the FADT says
 * HW_REDUCED_ACPI and the DSDT declares a GED, we take QEMU's microvm layout
 * (include/hw/i386/microvm.h, hw/acpi/generic_event_device.c): the event
 * selector at 0xfea00000, read-to-clear, bit 1 the power-down event, on
 * GSI 9 as an edge (qemu_irq_pulse).
 */
#define FADT_HW_REDUCED  (1u << 20)
#define GED_EVT_SEL      0xfea00000ul
#define GED_GSI          9
#define GED_PWR_DOWN_EVT (1u << 1)

static void ged_irq(int vector, void *ctx)
{
	(void)vector;
	(void)ctx;
	if (mmio_read32(GED_EVT_SEL) & GED_PWR_DOWN_EVT)
		loop_event_post(button_ev);
	arch_irq_eoi();
}

static int dsdt_has(const struct fadt *f, const char *s)
{
	const struct acpi_header *d = (const struct acpi_header *)(uintptr_t)f->dsdt;
	size_t n = strlen(s);
	const char *p, *end;

	if (!d)
		return 0;
	for (p = (const char *)(d + 1), end = (const char *)d + d->len; p + n <= end; p++)
		if (!memcmp(p, s, n))
			return 1;
	return 0;
}

int acpi_power_button_init(struct loop_event *ev)
{
	const struct fadt *f = (const struct fadt *)acpi_find_table("FACP");
	int gsi;

	if (f && f->h.len >= 116 && (*(const uint32_t *)((const char *)f + 112) & FADT_HW_REDUCED)) {
		if (!dsdt_has(f, "ACPI0013"))
			return -19; /* ENODEV */
		button_ev = ev;
		arch_irq_register(ARCH_VEC_GSI(GED_GSI), ged_irq, 0);
		(void)mmio_read32(GED_EVT_SEL); /* an event from before we listened */
		gsi = ioapic_route(GED_GSI, ARCH_VEC_GSI(GED_GSI), 0);
		return gsi < 0 ? gsi : 0;
	}
	if (!f || f->h.len < 89 || !f->pm1a_evt || f->pm1_evt_len < 4 || !f->sci_int || f->sci_int > 15)
		return -19; /* ENODEV */
	pm1_sts = (uint16_t)f->pm1a_evt;
	pm1_en = (uint16_t)(f->pm1a_evt + f->pm1_evt_len / 2);
	button_ev = ev;
	if (f->smi_cmd && f->acpi_enable && !(inw(f->pm1a_cnt) & 1)) {
		/* ACPI mode: events raise the SCI, not an SMI (§4.8.2.5 SCI_EN) */
		int spin = 1000000;
		outb(f->smi_cmd, f->acpi_enable);
		while (!(inw(f->pm1a_cnt) & 1) && --spin)
			cpu_relax();
	}
	outw(pm1_sts, PM1_PWRBTN); /* a press from before we listened */
	arch_irq_register(ARCH_VEC_GSI(f->sci_int), sci_irq, 0);
	gsi = ioapic_route_isa(f->sci_int, ARCH_VEC_GSI(f->sci_int));
	if (gsi < 0)
		return gsi;
	outw(pm1_en, inw(pm1_en) | PM1_PWRBTN);
	return 0;
}

/*
 * The cores (ACPI 6.4 §5.2.12.2 "Processor Local APIC Structure", type 0:
 * APIC ID at byte 3, flags at 4; §5.2.12.12 "Processor Local x2APIC
 * Structure", type 9: ID at 4, flags at 8). Flags bit 0: enabled; a core
 * that is only "online capable" (bit 1, hot-plug) is not there yet.
 */
int acpi_madt_cpus(uint32_t *ids, int max)
{
	const struct acpi_header *m = acpi_find_table("APIC");
	const uint8_t *p, *end;
	int n = 0, i;

	if (!m)
		return -19; /* ENODEV */
	p = (const uint8_t *)m + 44; /* header, local APIC address, flags */
	end = (const uint8_t *)m + m->len;
	for (; p + 2 <= end && p[1] >= 2 && p + p[1] <= end; p += p[1]) {
		uint32_t id, flags;
		if (p[0] == 0 && p[1] >= 8) {
			id = p[3];
			memcpy(&flags, p + 4, 4);
		} else if (p[0] == 9 && p[1] >= 16) {
			memcpy(&id, p + 4, 4);
			memcpy(&flags, p + 8, 4);
		} else {
			continue;
		}
		if (!(flags & 1))
			continue;
		for (i = 0; i < n && ids[i] != id; i++)
			;
		if (i == n && n < max) /* a firmware listing one twice (type 0 and 9) */
			ids[n++] = id;
	}
	return n;
}
