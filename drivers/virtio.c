/*
 * virtio transports (virtio-mmio v1/v2, virtio-pci legacy/modern) and split
 * virtqueues. Spec references are to virtio 1.2; see virtio.h.
 */
#include "virtio.h"
#include "pci.h"
#include "../arch/x86_64/arch.h"
#include "../lib/alloc.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- register layouts */

/* §4.2.2 MMIO device register layout (and §4.2.4 for the legacy ones) */
#define MMIO_MAGIC          0x000
#define MMIO_VERSION        0x004
#define MMIO_DEVICE_ID      0x008
#define MMIO_DEV_FEATURES   0x010
#define MMIO_DEV_FEAT_SEL   0x014
#define MMIO_DRV_FEATURES   0x020
#define MMIO_DRV_FEAT_SEL   0x024
#define MMIO_GUEST_PAGE     0x028 /* legacy */
#define MMIO_QUEUE_SEL      0x030
#define MMIO_QUEUE_NUM_MAX  0x034
#define MMIO_QUEUE_NUM      0x038
#define MMIO_QUEUE_ALIGN    0x03c /* legacy */
#define MMIO_QUEUE_PFN      0x040 /* legacy */
#define MMIO_QUEUE_READY    0x044
#define MMIO_QUEUE_NOTIFY   0x050
#define MMIO_INT_STATUS     0x060
#define MMIO_INT_ACK        0x064
#define MMIO_STATUS         0x070
#define MMIO_QUEUE_DESC     0x080
#define MMIO_QUEUE_DRIVER   0x090
#define MMIO_QUEUE_DEVICE   0x0a0
#define MMIO_CONFIG         0x100
#define MMIO_MAGIC_VALUE    0x74726976 /* "virt" */

/* microvm with acpi=off: 8 slots of 512 bytes, slot i on GSI 5 + i */
#define MICROVM_MMIO_BASE  0xfeb00000u
#define MICROVM_MMIO_SLOTS 8
#define MICROVM_MMIO_GSI   5

/* §4.1.4.8 legacy PCI I/O BAR layout (MSI-X off: config at 0x14) */
#define LPCI_HOST_FEATURES  0x00
#define LPCI_GUEST_FEATURES 0x04
#define LPCI_QUEUE_PFN      0x08
#define LPCI_QUEUE_SIZE     0x0c
#define LPCI_QUEUE_SEL      0x0e
#define LPCI_QUEUE_NOTIFY   0x10
#define LPCI_STATUS         0x12
#define LPCI_ISR            0x13
#define LPCI_CONFIG         0x14

/* §4.1.4.3 common configuration structure */
#define CPCI_DEV_FEAT_SEL   0x00
#define CPCI_DEV_FEATURES   0x04
#define CPCI_DRV_FEAT_SEL   0x08
#define CPCI_DRV_FEATURES   0x0c
#define CPCI_STATUS         0x14
#define CPCI_QUEUE_SEL      0x16
#define CPCI_QUEUE_SIZE     0x18
#define CPCI_QUEUE_MSIX     0x1a
#define CPCI_QUEUE_ENABLE   0x1c
#define CPCI_QUEUE_NOTIFY_OFF 0x1e
#define CPCI_QUEUE_DESC     0x20
#define CPCI_QUEUE_DRIVER   0x28
#define CPCI_QUEUE_DEVICE   0x30

/* §4.1.4 virtio_pci_cap.cfg_type */
#define PCI_CAP_COMMON 1
#define PCI_CAP_NOTIFY 2
#define PCI_CAP_ISR    3
#define PCI_CAP_DEVICE 4

#define VIRTIO_PCI_VENDOR 0x1af4

#define LEGACY_ALIGN 4096 /* §2.7.2: the used ring's alignment */

static inline uint8_t rd8(uintptr_t a) { return *(volatile uint8_t *)a; }
static inline uint16_t rd16(uintptr_t a) { return *(volatile uint16_t *)a; }
static inline void wr8(uintptr_t a, uint8_t v) { *(volatile uint8_t *)a = v; }
static inline void wr16(uintptr_t a, uint16_t v) { *(volatile uint16_t *)a = v; }
#define rd32 mmio_read32
#define wr32 mmio_write32

/* ---- status and features */

static uint8_t get_status(struct virtio_dev *d)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: return inb((uint16_t)(d->base + LPCI_STATUS));
	case VIRTIO_PCI: return rd8(d->common + CPCI_STATUS);
	default: return (uint8_t)rd32(d->base + MMIO_STATUS);
	}
}

static void set_status(struct virtio_dev *d, uint8_t s)
{
	d->status = s;
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: outb((uint16_t)(d->base + LPCI_STATUS), s); break;
	case VIRTIO_PCI: wr8(d->common + CPCI_STATUS, s); break;
	default: wr32(d->base + MMIO_STATUS, s); break;
	}
}

static uint32_t dev_features(struct virtio_dev *d, uint32_t word)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY:
		return word ? 0 : inl((uint16_t)(d->base + LPCI_HOST_FEATURES));
	case VIRTIO_PCI:
		wr32(d->common + CPCI_DEV_FEAT_SEL, word);
		return rd32(d->common + CPCI_DEV_FEATURES);
	default:
		wr32(d->base + MMIO_DEV_FEAT_SEL, word);
		return rd32(d->base + MMIO_DEV_FEATURES);
	}
}

static void drv_features(struct virtio_dev *d, uint32_t word, uint32_t v)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY:
		if (!word)
			outl((uint16_t)(d->base + LPCI_GUEST_FEATURES), v);
		break;
	case VIRTIO_PCI:
		wr32(d->common + CPCI_DRV_FEAT_SEL, word);
		wr32(d->common + CPCI_DRV_FEATURES, v);
		break;
	default:
		wr32(d->base + MMIO_DRV_FEAT_SEL, word);
		wr32(d->base + MMIO_DRV_FEATURES, v);
		break;
	}
}

static void reset(struct virtio_dev *d)
{
	int spin = 100000;
	set_status(d, 0);
	/* §4.1.4.3.2 / §4.2.3.1: the reset is complete when status reads 0 */
	while (get_status(d) && --spin)
		cpu_relax();
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
int __attribute__((cold)) virtio_negotiate(struct virtio_dev *d, uint64_t wanted)
{
	int modern = d->transport == VIRTIO_MMIO || d->transport == VIRTIO_PCI;
	uint64_t offered;

	reset(d);
	set_status(d, VIRTIO_STATUS_ACKNOWLEDGE);
	set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
	/* a legacy device's features beyond bit 31 are not ours to take
	 * (§6.1, VERSION_1 and above): not asked, not written */
	offered = dev_features(d, 0) | (modern ? (uint64_t)dev_features(d, 1) << 32 : 0);
	if (modern) {
		/* §6.1: a modern device offers VERSION_1; without it we would
		 * be talking the legacy protocol over a modern transport. */
		if (!(offered >> VIRTIO_F_VERSION_1 & 1))
			goto refused;
		wanted |= 1ull << VIRTIO_F_VERSION_1;
	} else {
		wanted &= 0xffffffffull;
	}
	d->features = offered & wanted;
	if (arch_log_debug)
		printf("virtio: device type %u over %s: features offered %#llx, wanted %#llx, taken %#llx\n",
		       (unsigned)d->device_type,
		       d->transport == VIRTIO_PCI ? "pci" : d->transport == VIRTIO_MMIO ? "mmio" :
		       d->transport == VIRTIO_MMIO_LEGACY ? "legacy mmio" : "legacy pci",
		       (unsigned long long)offered, (unsigned long long)wanted, (unsigned long long)d->features);
	drv_features(d, 0, (uint32_t)d->features);
	if (modern)
		drv_features(d, 1, (uint32_t)(d->features >> 32));
	if (d->transport == VIRTIO_MMIO_LEGACY)
		wr32(d->base + MMIO_GUEST_PAGE, LEGACY_ALIGN); /* §4.2.4: before any queue */
	if (modern) {
		/* §3.1.1 steps 5-6 */
		set_status(d, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
		if (!(get_status(d) & VIRTIO_STATUS_FEATURES_OK))
			goto refused;
	}
	return 0;
refused:
	virtio_fail(d);
	return -ENOTSUP;
}

void virtio_driver_ok(struct virtio_dev *d)
{
	set_status(d, (uint8_t)(d->status | VIRTIO_STATUS_DRIVER_OK));
}

void virtio_fail(struct virtio_dev *d)
{
	set_status(d, (uint8_t)(d->status | VIRTIO_STATUS_FAILED));
}

uint8_t virtio_config8(struct virtio_dev *d, unsigned off)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: return inb((uint16_t)(d->base + LPCI_CONFIG + off));
	case VIRTIO_PCI: return rd8(d->devcfg + off);
	default: return rd8(d->base + MMIO_CONFIG + off);
	}
}

void virtio_config_bytes(struct virtio_dev *d, unsigned off, uint8_t *buf, unsigned n)
{
	int legacy = d->transport == VIRTIO_MMIO_LEGACY || d->transport == VIRTIO_PCI_LEGACY;
	unsigned i = 0;

	for (; legacy && i + 4 <= n && !((off + i) & 3); i += 4) {
		uint32_t v = d->transport == VIRTIO_PCI_LEGACY ? inl((uint16_t)(d->base + LPCI_CONFIG + off + i))
							       : rd32(d->base + MMIO_CONFIG + off + i);
		memcpy(buf + i, &v, 4);
	}
	for (; legacy && i + 2 <= n && !((off + i) & 1); i += 2) {
		uint16_t v = virtio_config16(d, off + i);
		memcpy(buf + i, &v, 2);
	}
	for (; i < n; i++)
		buf[i] = virtio_config8(d, off + i);
}

uint16_t virtio_config16(struct virtio_dev *d, unsigned off)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: return inw((uint16_t)(d->base + LPCI_CONFIG + off));
	case VIRTIO_PCI: return rd16(d->devcfg + off);
	default: return rd16(d->base + MMIO_CONFIG + off);
	}
}

uint32_t virtio_isr_ack(struct virtio_dev *d)
{
	uint32_t v;
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: return inb((uint16_t)(d->base + LPCI_ISR)); /* read clears */
	case VIRTIO_PCI: return rd8(d->isr);                              /* read clears */
	default:
		v = rd32(d->base + MMIO_INT_STATUS);
		if (v)
			wr32(d->base + MMIO_INT_ACK, v);
		return v;
	}
}

int virtio_irq_route(struct virtio_dev *d, void (*fn)(int vector, void *ctx), void *ctx)
{
	int r, vec = ARCH_VEC_GSI(d->gsi);

	r = arch_irq_register(vec, fn, ctx);
	if (r < 0)
		return r;
	if (d->isa_irq >= 0) {
		/* PCI INTx on pc/q35 reaches the IOAPIC pin of its ISA IRQ; the
		 * MADT's override says level, active high (QEMU's tables). */
		r = ioapic_route_isa(d->isa_irq, vec);
		if (r >= 0 && r != d->gsi)
			return -EINVAL; /* an override we did not expect */
		return r < 0 ? r : 0;
	}
	/*
	 * virtio-mmio raises its line while InterruptStatus is non-zero, and
	 * the handler's InterruptACK lowers it: each new event after that is
	 * a new rising edge, and the used rings are read after the ACK (from
	 * the loop), so edge-triggered loses nothing. It is routed edge
	 * because a level-triggered pin costs two exits per interrupt to
	 * QEMU's IOAPIC (split irqchip): the EOI broadcast, and after it a
	 * second delivery QEMU makes of the line it still saw high, whose
	 * handler reads a zero status and sends another EOI (traced under
	 * KVM: 5 exits to QEMU per interrupt, now 2). The pin is routed
	 * before DRIVER_OK, while the status is still zero, so no edge can
	 * have been missed. PCI INTx (above) is shared and stays level.
	 */
	return ioapic_route(d->gsi, vec, 0);
}

/* ---- virtqueues */

static size_t ring_bytes(uint16_t n, size_t *used_off)
{
	size_t a = 16u * n + 6 + 2u * n;
	a = (a + LEGACY_ALIGN - 1) & ~(size_t)(LEGACY_ALIGN - 1);
	*used_off = a;
	return a + ((6 + 8u * n + LEGACY_ALIGN - 1) & ~(size_t)(LEGACY_ALIGN - 1));
}

static void sel_queue(struct virtio_dev *d, uint16_t index)
{
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: outw((uint16_t)(d->base + LPCI_QUEUE_SEL), index); break;
	case VIRTIO_PCI: wr16(d->common + CPCI_QUEUE_SEL, index); break;
	default: wr32(d->base + MMIO_QUEUE_SEL, index); break;
	}
}

static void wr64(uintptr_t a, uint64_t v)
{
	/* §4.1.3.1 / §4.2.2: 64-bit fields as two 32-bit writes, low first */
	wr32(a, (uint32_t)v);
	wr32(a + 4, (uint32_t)(v >> 32));
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
int __attribute__((cold)) virtq_setup(struct virtio_dev *d, struct virtq *q, uint16_t index, uint16_t max_size)
{
	uint32_t dev_max;
	uint16_t n, i;
	size_t used_off, bytes;
	uint8_t *mem;

	memset(q, 0, sizeof *q);
	sel_queue(d, index);
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: dev_max = inw((uint16_t)(d->base + LPCI_QUEUE_SIZE)); break;
	case VIRTIO_PCI: dev_max = rd16(d->common + CPCI_QUEUE_SIZE); break;
	default: dev_max = rd32(d->base + MMIO_QUEUE_NUM_MAX); break;
	}
	if (!dev_max)
		return -ENOENT;
	if (d->transport == VIRTIO_PCI_LEGACY) {
		n = (uint16_t)dev_max; /* §4.1.4.8: the legacy queue size is fixed */
	} else {
		n = max_size;
		while (n > dev_max)
			n >>= 1;
	}
	if (!n || (n & (n - 1)))
		return -EINVAL;

	bytes = ring_bytes(n, &used_off);
	mem = aligned_alloc(LEGACY_ALIGN, bytes);
	q->token = calloc(n, sizeof *q->token);
	if (!mem || !q->token) {
		free(mem);
		free(q->token);
		q->token = 0;
		return -ENOMEM;
	}
	memset(mem, 0, bytes);
	q->dev = d;
	q->index = index;
	q->size = n;
	q->desc = (struct virtq_desc *)mem;
	q->avail = (volatile struct virtq_avail *)(mem + 16u * n);
	q->used = (volatile struct virtq_used *)(mem + used_off);
	for (i = 0; i < n; i++)
		q->desc[i].next = (uint16_t)(i + 1);
	q->nfree = n;

	switch (d->transport) {
	case VIRTIO_PCI_LEGACY:
		outl((uint16_t)(d->base + LPCI_QUEUE_PFN), (uint32_t)((uintptr_t)mem / LEGACY_ALIGN));
		break;
	case VIRTIO_MMIO_LEGACY:
		wr32(d->base + MMIO_QUEUE_NUM, n);
		wr32(d->base + MMIO_QUEUE_ALIGN, LEGACY_ALIGN);
		wr32(d->base + MMIO_QUEUE_PFN, (uint32_t)((uintptr_t)mem / LEGACY_ALIGN));
		break;
	case VIRTIO_MMIO:
		wr32(d->base + MMIO_QUEUE_NUM, n);
		wr64(d->base + MMIO_QUEUE_DESC, (uintptr_t)q->desc);
		wr64(d->base + MMIO_QUEUE_DRIVER, (uintptr_t)q->avail);
		wr64(d->base + MMIO_QUEUE_DEVICE, (uintptr_t)q->used);
		wr32(d->base + MMIO_QUEUE_READY, 1);
		break;
	case VIRTIO_PCI:
		wr16(d->common + CPCI_QUEUE_SIZE, n);
		wr16(d->common + CPCI_QUEUE_MSIX, 0xffff); /* VIRTIO_MSI_NO_VECTOR */
		wr64(d->common + CPCI_QUEUE_DESC, (uintptr_t)q->desc);
		wr64(d->common + CPCI_QUEUE_DRIVER, (uintptr_t)q->avail);
		wr64(d->common + CPCI_QUEUE_DEVICE, (uintptr_t)q->used);
		q->notify_at = d->notify + (uintptr_t)rd16(d->common + CPCI_QUEUE_NOTIFY_OFF) * d->notify_mul;
		wr16(d->common + CPCI_QUEUE_ENABLE, 1);
		break;
	}
	return 0;
}

int virtq_add(struct virtq *q, const struct virtq_buf *out, int nout,
	      const struct virtq_buf *in, int nin, void *token)
{
	uint16_t head, i, last = 0;
	int k, n = nout + nin;

	if (n <= 0 || n > q->nfree || !token)
		return -ENOSPC;
	head = i = q->free_head;
	for (k = 0; k < n; k++) {
		const struct virtq_buf *b = k < nout ? &out[k] : &in[k - nout];
		struct virtq_desc *dsc = &q->desc[i];
		dsc->addr = (uintptr_t)b->addr;
		dsc->len = b->len;
		dsc->flags = (uint16_t)((k < nout ? 0 : VIRTQ_DESC_F_WRITE) | (k + 1 < n ? VIRTQ_DESC_F_NEXT : 0));
		last = i;
		i = dsc->next;
	}
	q->free_head = q->desc[last].next;
	q->nfree = (uint16_t)(q->nfree - n);
	q->token[head] = token;
	/* §2.7.13.2: the ring entry, then (after a barrier) the index */
	q->avail->ring[q->avail->idx & (q->size - 1)] = head;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	q->avail->idx = (uint16_t)(q->avail->idx + 1);
	q->added++;
	return 0;
}

void virtq_kick(struct virtq *q)
{
	struct virtio_dev *d = q->dev;
	if (!q->added)
		return;
	q->added = 0;
	/* §2.7.13.4: the index store must be visible before we read the flag */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (q->used->flags & VIRTQ_USED_F_NO_NOTIFY)
		return;
	switch (d->transport) {
	case VIRTIO_PCI_LEGACY: outw((uint16_t)(d->base + LPCI_QUEUE_NOTIFY), q->index); break;
	case VIRTIO_PCI: wr16(q->notify_at, q->index); break;
	default: wr32(d->base + MMIO_QUEUE_NOTIFY, q->index); break;
	}
}

int virtq_pending(const struct virtq *q)
{
	return q->used->idx != q->last_used;
}

void *virtq_get(struct virtq *q, uint32_t *len)
{
	uint16_t id, i, n = 1;
	void *tok;

	if (q->used->idx == q->last_used)
		return 0;
	__atomic_thread_fence(__ATOMIC_ACQUIRE); /* the entry after the index */
	id = (uint16_t)q->used->ring[q->last_used & (q->size - 1)].id;
	*len = q->used->ring[q->last_used & (q->size - 1)].len;
	q->last_used++;
	if (id >= q->size || !q->token[id])
		return 0; /* a device bug; never hand out a bogus token */
	for (i = id; q->desc[i].flags & VIRTQ_DESC_F_NEXT; i = q->desc[i].next)
		n++;
	q->desc[i].next = q->free_head;
	q->free_head = id;
	q->nfree = (uint16_t)(q->nfree + n);
	tok = q->token[id];
	q->token[id] = 0;
	return tok;
}

void virtq_intr_disable(struct virtq *q)
{
	q->avail->flags = VIRTQ_AVAIL_F_NO_INTERRUPT;
}

int virtq_intr_enable(struct virtq *q)
{
	q->avail->flags = 0;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return virtq_pending(q);
}

/* ---- discovery */

struct find_ctx {
	uint16_t type;
	struct virtio_dev *d;
};

/* §4.1.4: the first usable capability of each type, in 32-bit memory BARs */
static int pci_modern(const struct pci_dev *p, struct virtio_dev *d)
{
	uintptr_t *slot;
	uint8_t cap = 0;
	int seen = 0;

	while ((cap = pci_next_cap(p, cap, PCI_CAP_ID_VNDR))) {
		uint8_t type = pci_read8(p, (uint8_t)(cap + 3));
		uint8_t bar = pci_read8(p, (uint8_t)(cap + 4));
		uint32_t off = pci_read32(p, (uint8_t)(cap + 8));
		uint32_t len = pci_read32(p, (uint8_t)(cap + 12));
		uint64_t base;
		int io;

		if (type < PCI_CAP_COMMON || type > PCI_CAP_DEVICE || (seen & 1 << type) || bar > 5)
			continue;
		base = pci_bar(p, bar, &io);
		if (io || !base || base + off + len > 0x100000000ull)
			continue; /* only 32-bit MMIO is mapped (paging.c) */
		slot = type == PCI_CAP_COMMON ? &d->common : type == PCI_CAP_NOTIFY ? &d->notify
		       : type == PCI_CAP_ISR ? &d->isr : &d->devcfg;
		*slot = (uintptr_t)(base + off);
		if (type == PCI_CAP_NOTIFY)
			d->notify_mul = pci_read32(p, (uint8_t)(cap + 16));
		seen |= 1 << type;
	}
	return seen == 0x1e;
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
static int __attribute__((cold)) pci_match(const struct pci_dev *p, void *arg)
{
	struct find_ctx *f = arg;
	struct virtio_dev *d = f->d;
	uint16_t type;
	uint64_t bar0;
	int io;

	if (p->vendor != VIRTIO_PCI_VENDOR || p->device < 0x1000 || p->device > 0x107f)
		return 0;
	/* §4.1.2: modern ids are 0x1040 + type; transitional ones name the
	 * type in the subsystem id */
	type = p->device >= 0x1040 ? (uint16_t)(p->device - 0x1040) : pci_read16(p, PCI_SUBSYSTEM_ID);
	if (type != f->type || !pci_read8(p, PCI_INTERRUPT_PIN))
		return 0;
	memset(d, 0, sizeof *d);
	d->device_type = type;
	d->isa_irq = d->gsi = pci_read8(p, PCI_INTERRUPT_LINE);
	if (d->gsi == 0 || d->gsi >= 16)
		return 0; /* no line assigned by the firmware */
	pci_write16(p, PCI_COMMAND, (uint16_t)((pci_read16(p, PCI_COMMAND) | PCI_COMMAND_IO |
		   PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER) & ~PCI_COMMAND_INTX_DISABLE));
	if (pci_modern(p, d)) {
		d->transport = VIRTIO_PCI;
	} else {
		bar0 = pci_bar(p, 0, &io);
		if (!io || !bar0 || p->device >= 0x1040)
			return 0;
		d->transport = VIRTIO_PCI_LEGACY;
		d->base = (uintptr_t)bar0;
	}
	snprintf(d->namebuf, sizeof d->namebuf, "virtio-pci%s %02x:%02x.%x",
		 d->transport == VIRTIO_PCI ? "" : "-legacy", p->bus, p->dev, p->fn);
	d->name = d->namebuf;
	return 1;
}

/*
 * microvm's virtio-mmio slots, read once (each read is an exit): QEMU
 * fills them from the highest down, so the first empty one (device id 0)
 * ends the scan. mmio_state: 0 not read, 1 read, -1 no virtio-mmio.
 */
static int mmio_state;
static uint16_t mmio_ids[MICROVM_MMIO_SLOTS];

static void mmio_scan(void)
{
	int i;

	/* every slot is there when one is: the highest's magic says */
	if (rd32(MICROVM_MMIO_BASE + 512u * (MICROVM_MMIO_SLOTS - 1) + MMIO_MAGIC) != MMIO_MAGIC_VALUE) {
		mmio_state = -1;
		return;
	}
	for (i = MICROVM_MMIO_SLOTS - 1; i >= 0; i--)
		if (!(mmio_ids[i] = (uint16_t)rd32(MICROVM_MMIO_BASE + 512u * (unsigned)i + MMIO_DEVICE_ID)))
			break;
	mmio_state = 1;
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
int __attribute__((cold)) virtio_find(uint16_t device_type, struct virtio_dev *d)
{
	struct find_ctx f = { device_type, d };
	int i, r;

	r = pci_find(pci_match, &f);
	if (r == 1)
		return 0;
	if (r != -ENODEV)
		return -ENODEV;
	/* No PCI: microvm's virtio-mmio slots; QEMU fills the highest first. */
	if (!mmio_state)
		mmio_scan();
	if (mmio_state < 0)
		return -ENODEV; /* no virtio-mmio here at all */
	for (i = MICROVM_MMIO_SLOTS - 1; i >= 0 && mmio_ids[i]; i--) {
		uintptr_t base = MICROVM_MMIO_BASE + 512u * (unsigned)i;
		uint32_t ver;
		if (mmio_ids[i] != device_type)
			continue;
		ver = rd32(base + MMIO_VERSION);
		if (ver != 1 && ver != 2)
			continue;
		memset(d, 0, sizeof *d);
		d->transport = ver == 1 ? VIRTIO_MMIO_LEGACY : VIRTIO_MMIO;
		d->device_type = device_type;
		d->base = base;
		d->gsi = MICROVM_MMIO_GSI + i;
		d->isa_irq = -1;
		snprintf(d->namebuf, sizeof d->namebuf, "virtio-mmio%s@%lx",
			 ver == 1 ? "-legacy" : "", (unsigned long)base);
		d->name = d->namebuf;
		return 0;
	}
	return -ENODEV;
}
