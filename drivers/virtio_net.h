/*
 * virtio-net (virtio 1.2 §5.1): one network device, its receive queue 0
 * and transmit queue 1, without offloads (QEMU's user networking offers
 * none; checksums are the stack's job). Frames are plain Ethernet frames
 * without FCS, up to VIRTIO_NET_FRAME_MAX bytes.
 *
 * Receive, zero copy: the driver keeps up to a target number of receive
 * buffers posted (malloc'd, refilled from the loop). A received frame is
 * handed to ops->rx together with its buffer, which then belongs to the
 * consumer until it calls virtio_net_rx_done(buf) (at once or much later:
 * a TCP stack may hold it in a queue). The first `headroom` bytes of each
 * buffer are the consumer's (lwIP's pbuf header lives there), followed by
 * the virtio-net header and the frame.
 *
 * Transmit, two ways. Scatter-gather, no copy: virtio_net_tx_sg() gives
 * the device the frame where it lies, in up to VIRTIO_NET_TX_SG_MAX pieces
 * (a descriptor each, after one for the all-zero header, the layout
 * §5.1.6.2 allows with or without ANY_LAYOUT); the pieces must stay
 * unchanged until the device is done, which ops->tx_done(ctx, token)
 * reports. One copy: virtio_net_tx_buf() lends a frame-sized slot of a
 * ring of preallocated buffers (NULL when all are in flight), the caller
 * writes the frame there and passes it to virtio_net_tx_send(); slots keep
 * their descriptors, so a copied frame can go out whenever a slot is free,
 * however many scatter-gather frames are in flight. The device is notified
 * once per loop pass, not once per frame. Completed frames are reclaimed
 * without interrupts (the transmit queue's interrupts stay suppressed):
 * on the way, by the next transmit, by the device's event (a received
 * frame) and by virtio_net_tx_reclaim(); after virtio_net_tx_want_space()
 * interrupts are armed until ops->tx_space has run once.
 *
 * Interrupts: the handler reads the ISR status (which acknowledges it),
 * posts the device's loop event and returns; it allocates nothing and
 * touches no FPU state. Everything else runs on the loop: ops callbacks
 * run from that event, never from the handler.
 *
 * Contexts: all functions are for loop (or boot) context. One device.
 */
#ifndef VIRTIO_NET_H
#define VIRTIO_NET_H

#include <stddef.h>
#include <stdint.h>

#define VIRTIO_NET_FRAME_MAX 1518 /* 14-byte header, 1500 payload, a VLAN tag */

struct virtio_net_ops {
	/* A frame of len bytes at frame, inside buf; buf is the callee's
	 * until virtio_net_rx_done(buf). */
	void (*rx)(void *ctx, void *buf, void *frame, size_t len);
	/* Transmit slots are free again (after virtio_net_tx_want_space). */
	void (*tx_space)(void *ctx);
	/* The link went up or down (VIRTIO_NET_F_STATUS); may be NULL. */
	void (*link)(void *ctx, int up);
	/* The device is done with the frame virtio_net_tx_sg queued with
	 * token (its pieces are the caller's again). NULL: no scatter-gather
	 * (virtio_net_tx_sg then fails with -EINVAL). Runs from
	 * virtio_net_tx_reclaim, virtio_net_tx_buf, virtio_net_tx_sg and the
	 * device's loop event: loop context, possibly inside the caller's own
	 * transmit path. */
	void (*tx_done)(void *ctx, void *token);
};

#define VIRTIO_NET_TX_SG_MAX 16

struct virtio_net_frag {
	const void *addr;
	uint32_t len;
};

/*
 * Finds the device (virtio_find), negotiates MAC and STATUS (and
 * VERSION_1 / ANY_LAYOUT where they apply), sets up both queues, routes
 * the interrupt, posts the receive buffers and sets DRIVER_OK. headroom:
 * bytes reserved at the start of each receive buffer for the consumer.
 * 0, -ENODEV (no virtio-net: nothing was touched beyond the probe),
 * -ENOTSUP, -ENOMEM, or the interrupt routing's error.
 */
int virtio_net_init(const struct virtio_net_ops *ops, void *ctx, size_t headroom);

void virtio_net_mac(uint8_t mac[6]);
int virtio_net_link_up(void);
const char *virtio_net_name(void); /* e.g. "virtio-mmio-legacy@feb00e00" */

/* A slot for one frame of up to VIRTIO_NET_FRAME_MAX bytes, or NULL. */
void *virtio_net_tx_buf(void);
/* Queues the frame written into the slot; the slot returns to the driver. */
void virtio_net_tx_send(void *frame, size_t len);
/* Asks for ops->tx_space once slots are free again. */
void virtio_net_tx_want_space(void);
/*
 * Notify the device now of what waits (frames queued since the last
 * notification, and receive buffers), instead of at the loop's next pass:
 * for a frame whose answer the caller is about to wait for outside the
 * loop (net/netif.c: the gratuitous ARP that tells QEMU's user network
 * where the guest is, sent from inside the app's listen()). One exit.
 */
void virtio_net_kick_now(void);

/*
 * Queues one frame of n pieces (1..VIRTIO_NET_TX_SG_MAX, VIRTIO_NET_FRAME_MAX
 * bytes in all) without copying it; token (non-NULL) comes back through
 * ops->tx_done once the device has read it. 0; -EAGAIN when the ring has
 * too few descriptors to spare (nothing was queued: copy it instead, or
 * wait); -EINVAL (no tx_done, bad sizes).
 */
int virtio_net_tx_sg(const struct virtio_net_frag *frag, int n, void *token);

/* Takes back what the device has finished sending (ops->tx_done for
 * scatter-gather frames). Cheap when there is nothing: one used-index read. */
void virtio_net_tx_reclaim(void);

/* Gives a receive buffer back (reposted, or cleared and freed beyond the
 * target: its memory never reaches another malloc with a frame in it). */
void virtio_net_rx_done(void *buf);
/* The size of each receive buffer (headroom, header, frame): what one
 * held buffer costs. */
size_t virtio_net_rx_buf_size(void);

struct virtio_net_stats {
	uint64_t rx_frames, tx_frames, irqs, rx_dropped;
	/* handler runs that found nothing of the device's (ISR 0): another
	 * device's interrupt on a shared PCI INTx line; thousands of them are
	 * a line that no driver lowers, an interrupt storm (tests/net) */
	uint64_t irqs_empty;
	uint64_t tx_sg_frames; /* of tx_frames, sent by scatter-gather */
	uint32_t rx_posted, tx_free;
};
void virtio_net_get_stats(struct virtio_net_stats *st);

#endif
