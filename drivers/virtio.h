/*
 * virtio 1.x transports and split virtqueues (virtio spec 1.2: §2.1 device
 * status, §2.2 feature bits, §2.7 split virtqueues, §3.1 device
 * initialization, §4.1 virtio over PCI, §4.2 virtio over MMIO; the legacy
 * interfaces of §2.7.2, §4.1.4.8 and §4.2.4).
 *
 * Four transports, one interface:
 *   VIRTIO_MMIO_LEGACY  virtio-mmio version 1 (QEMU's default on microvm)
 *   VIRTIO_MMIO         virtio-mmio version 2
 *   VIRTIO_PCI_LEGACY   the transitional device's I/O BAR 0 (§4.1.4.8)
 *   VIRTIO_PCI          vendor capabilities: common, notify, ISR, device
 *                       config in 32-bit memory BARs (§4.1.4)
 * virtio_find prefers the modern interface of a PCI device when its BARs
 * are below 4 GiB (the only MMIO our page tables map) and falls back to the
 * legacy I/O BAR. Legacy transports use the legacy ring layout (one block,
 * used ring aligned to 4096, §2.7.2) and are driven little-endian, as x86.
 *
 * Memory: rings and buffers are handed to the device by physical address;
 * RAM is identity mapped, so a pointer is its own address.
 *
 * Contexts: everything is boot or loop context except virtio_isr_ack,
 * which the device's interrupt handler calls (it allocates nothing and
 * touches no FPU state; this file is built -mgeneral-regs-only).
 *
 * Interrupts: INTx on PCI (the configuration space's interrupt line, an
 * ISA IRQ that QEMU's firmware assigns and the MADT marks level
 * triggered), GSI 5 + slot on microvm's virtio-mmio (level). MSI-X is not
 * used. virtio_irq_route registers and routes the handler; the line may
 * not be shared with another registered handler (-EBUSY).
 */
#ifndef VIRTIO_H
#define VIRTIO_H

#include <stddef.h>
#include <stdint.h>

/* §2.1 device status bits */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER      2
#define VIRTIO_STATUS_DRIVER_OK   4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_FAILED      128

/* §6 reserved feature bits */
#define VIRTIO_F_NOTIFY_ON_EMPTY 24
#define VIRTIO_F_ANY_LAYOUT      27 /* legacy only; implied by VERSION_1 */
#define VIRTIO_F_VERSION_1       32

/* §5 device types */
#define VIRTIO_ID_NET 1

enum virtio_transport { VIRTIO_MMIO_LEGACY, VIRTIO_MMIO, VIRTIO_PCI_LEGACY, VIRTIO_PCI };

struct virtio_dev {
	enum virtio_transport transport;
	uint16_t device_type;
	uintptr_t base;        /* mmio registers, or the legacy I/O port base */
	uintptr_t common, isr, devcfg, notify; /* modern PCI structures */
	uint32_t notify_mul;   /* modern PCI: queue_notify_off multiplier */
	int gsi;               /* interrupt line */
	int isa_irq;           /* PCI: route through the MADT (ISA IRQ), else -1 */
	uint64_t features;     /* negotiated */
	uint8_t status;        /* the last status written (§2.1): known, so never read back */
	const char *name;      /* for messages: "virtio-mmio@feb00e00", ... */
	char namebuf[32];
};

/* §2.7.5, §2.7.6, §2.7.8 */
struct virtq_desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags;
	uint16_t next;
};
#define VIRTQ_DESC_F_NEXT  1
#define VIRTQ_DESC_F_WRITE 2

struct virtq_avail {
	uint16_t flags;
	uint16_t idx;
	uint16_t ring[];
};
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1

struct virtq_used_elem {
	uint32_t id;
	uint32_t len;
};
struct virtq_used {
	uint16_t flags;
	uint16_t idx;
	struct virtq_used_elem ring[];
};
#define VIRTQ_USED_F_NO_NOTIFY 1

struct virtq {
	struct virtio_dev *dev;
	uint16_t index;         /* queue number */
	uint16_t size;          /* descriptors (a power of two) */
	uint16_t nfree;         /* free descriptors */
	uint16_t free_head;     /* free list through desc[].next */
	uint16_t last_used;     /* next used.idx to consume */
	uint16_t added;         /* made available since the last kick */
	struct virtq_desc *desc;
	volatile struct virtq_avail *avail;
	volatile struct virtq_used *used;
	void **token;           /* per chain head: the caller's cookie */
	uintptr_t notify_at;    /* modern PCI: the queue's notify address */
};

/* A buffer for virtq_add: device-readable (out) or device-writable (in). */
struct virtq_buf {
	void *addr;
	uint32_t len;
};

/*
 * Finds the first device of type device_type (PCI first; virtio-mmio slots
 * only when there is no PCI bus, so that no BAR of a PCI device is ever
 * read as if it were a virtio-mmio slot). On success d is filled and the
 * device is reset; -ENODEV when there is none. Cost: microvm, one PCI
 * probe on the first look (its answer is kept), and on the first look one
 * MMIO read per device there plus two (the slots' ids are kept), then one
 * per device found; pc/q35, one config read per PCI function.
 */
int virtio_find(uint16_t device_type, struct virtio_dev *d);

/*
 * §3.1.1 steps 1-6: reset, ACKNOWLEDGE, DRIVER, read the device's
 * features, accept (offered & wanted) plus VERSION_1 on modern transports
 * (which a modern device must offer), and on modern transports set and
 * check FEATURES_OK. 0, or -ENOTSUP (the device refused our features; it is
 * then marked FAILED). The result is in d->features.
 */
int virtio_negotiate(struct virtio_dev *d, uint64_t wanted);
static inline int virtio_has(const struct virtio_dev *d, int bit) { return (d->features >> bit) & 1; }

/*
 * §3.1.1 step 7 for queue index: allocates the rings for up to max_size
 * descriptors (limited by the device's maximum; legacy PCI must take the
 * device's size as it is) and tells the device where they are. 0, -ENOENT
 * (no such queue), -ENOMEM.
 */
int virtq_setup(struct virtio_dev *d, struct virtq *q, uint16_t index, uint16_t max_size);

/* §3.1.1 step 8: the device is live. */
void virtio_driver_ok(struct virtio_dev *d);
/* Marks the device FAILED (§2.1.2) after a setup error. */
void virtio_fail(struct virtio_dev *d);

/* Device-specific configuration space (§4.1.4.6, §4.2.2 Config), byte-wise. */
uint8_t virtio_config8(struct virtio_dev *d, unsigned off);
uint16_t virtio_config16(struct virtio_dev *d, unsigned off);
/*
 * n bytes of it from off into buf (a byte array field such as a MAC).
 * Byte by byte on a modern transport (§4.1.3.1, §4.2.2.2: 8-bit accesses
 * for 8-bit fields); on a legacy one, whose configuration space takes any
 * width, 32-bit (and then 16-bit) reads where off allows: each access is
 * a VM exit.
 */
void virtio_config_bytes(struct virtio_dev *d, unsigned off, uint8_t *buf, unsigned n);

/*
 * Interrupt handler context: reads (and so acknowledges) the ISR status:
 * bit 0 a used buffer, bit 1 a configuration change (§4.1.4.5, §4.2.2
 * InterruptStatus/InterruptACK). 0 means the interrupt was not ours.
 */
uint32_t virtio_isr_ack(struct virtio_dev *d);

/* Registers fn for the device's line and routes it. Loop/boot context. */
int virtio_irq_route(struct virtio_dev *d, void (*fn)(int vector, void *ctx), void *ctx);

/*
 * Makes the chain out[0..nout) then in[0..nin) available with token
 * (non-NULL) as its cookie (§2.7.13). 0, or -ENOSPC when too few
 * descriptors are free. The device sees the buffers at once; it is told
 * (notified) only by virtq_kick.
 */
int virtq_add(struct virtq *q, const struct virtq_buf *out, int nout,
	      const struct virtq_buf *in, int nin, void *token);

/* §2.7.13.3-4: notifies the device of buffers added since the last kick,
 * unless it asked not to be (VIRTQ_USED_F_NO_NOTIFY). */
void virtq_kick(struct virtq *q);

/*
 * §2.7.14: the next chain the device has used: returns its token, stores
 * the bytes the device wrote in *len and frees the chain's descriptors;
 * NULL when there is none.
 */
void *virtq_get(struct virtq *q, uint32_t *len);

/* Whether the device has used buffers not yet taken by virtq_get. */
int virtq_pending(const struct virtq *q);

/*
 * §2.7.7 used buffer notification suppression (without EVENT_IDX, a hint
 * to the device). virtq_intr_enable returns whether buffers were used in
 * the meantime, so that the caller takes them instead of waiting for an
 * interrupt that may have been suppressed.
 */
void virtq_intr_disable(struct virtq *q);
int virtq_intr_enable(struct virtq *q);

#endif
