/*
 * virtio-net driver (virtio 1.2 §5.1): feature bits §5.1.3, configuration
 * layout §5.1.4, device initialization §5.1.5, header §5.1.6, transmission
 * §5.1.6.2, receive buffers §5.1.6.3, incoming packets §5.1.6.4.
 * See virtio_net.h for the contract.
 */
#include "virtio_net.h"
#include "virtio.h"
#include "../arch/x86_64/arch.h"
#include "../lib/loop.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* §5.1.3 */
#define VIRTIO_NET_F_MAC    5
#define VIRTIO_NET_F_STATUS 16
#define VIRTIO_NET_S_LINK_UP 1

#define RXQ 0
#define TXQ 1
#define RX_TARGET 128  /* posted receive buffers: two 64 KB windows of full frames */
/*
 * Posted at boot; the rest RX_GROW_NS after the first kick. Each fresh page
 * a buffer lies on costs a hypervisor fault at its first touch (~20 us
 * under PVM): 128 buffers are ~50 pages, a millisecond before the first
 * packet could be answered. Until then the device holds what does not fit
 * (QEMU queues a frame while the ring is empty): nothing is dropped.
 */
#define RX_BOOT 16
#define RX_GROW_NS 30000000ull
#define TX_SLOTS  64   /* copied frames in flight towards the device */
#define TX_SG_MAX VIRTIO_NET_TX_SG_MAX
#define RX_BUDGET 64   /* frames per loop pass, so timers and other events interleave */
#define QUEUE_MAX 256

static struct {
	struct virtio_dev dev;
	struct virtq rxq, txq;
	const struct virtio_net_ops *ops;
	void *ctx;
	size_t headroom, hdr_len, rx_size, tx_stride;
	int split_hdr;    /* legacy without ANY_LAYOUT: header in its own descriptor */
	int tx_sg;        /* scatter-gather transmit offered (tx_done given) */
	int want_space;
	int link_up;
	uint8_t mac[6];
	uint32_t rx_posted, rx_target, rx_full;
	uint8_t *tx_mem;
	size_t tx_mem_len;
	void *tx_free[TX_SLOTS];
	uint32_t ntx_free, ntx;
	uint32_t tx_sg_inflight;
	volatile uint32_t isr; /* ISR bits the handler saw, for service() */
	int watched; /* rx_watch is one of the loop's poll watches */
	struct loop_event ev, kick_ev;
	struct loop_timer retry, grow;
	struct virtio_net_stats st;
} nd;

static void irq(int vector, void *ctx)
{
	uint32_t v;

	(void)vector;
	(void)ctx;
	if ((v = virtio_isr_ack(&nd.dev))) {
		nd.isr |= v;
		nd.st.irqs++;
		loop_event_post(&nd.ev);
	} else {
		nd.st.irqs_empty++;
	}
	arch_irq_eoi();
}

static void kick_soon(void)
{
	if (!loop_event_queued(&nd.kick_ev))
		loop_event_post(&nd.kick_ev);
}

/* §5.1.6.3: each buffer holds the header and a whole frame */
static int rx_post(uint8_t *buf)
{
	struct virtq_buf in[2];
	uint8_t *h = buf + nd.headroom;
	int r;

	if (nd.split_hdr) {
		in[0] = (struct virtq_buf){ h, (uint32_t)nd.hdr_len };
		in[1] = (struct virtq_buf){ h + nd.hdr_len, VIRTIO_NET_FRAME_MAX };
		r = virtq_add(&nd.rxq, 0, 0, in, 2, buf);
	} else {
		in[0] = (struct virtq_buf){ h, (uint32_t)(nd.hdr_len + VIRTIO_NET_FRAME_MAX) };
		r = virtq_add(&nd.rxq, 0, 0, in, 1, buf);
	}
	if (r == 0)
		nd.rx_posted++;
	return r;
}

static void refill(void)
{
	while (nd.rx_posted < nd.rx_target) {
		uint8_t *buf = malloc(nd.rx_size);
		if (!buf) {
			/* Out of memory: try again later rather than leave the
			 * ring empty with no interrupt to come. */
			if (!loop_timer_active(&nd.retry))
				loop_timer_start(&nd.retry, loop_now_ns() + 50000000);
			break;
		}
		if (rx_post(buf) < 0) {
			free(buf);
			break;
		}
	}
}

static void retry_cb(struct loop_timer *t)
{
	(void)t;
	refill();
	virtq_kick(&nd.rxq);
}

void virtio_net_rx_done(void *buf)
{
	if (nd.rx_posted < nd.rx_target && rx_post(buf) == 0) {
		kick_soon();
		return;
	}
	/* it held a client's bytes: cleared before the heap hands it out again */
	memset(buf, 0, nd.rx_size);
	free(buf);
}

size_t virtio_net_rx_buf_size(void)
{
	return nd.rx_size;
}

/* A used chain is a copy slot of tx_mem, or a scatter-gather frame whose
 * token goes back to its owner (ops->tx_done). */
static int is_slot(const void *p)
{
	return (const uint8_t *)p >= nd.tx_mem && (const uint8_t *)p < nd.tx_mem + nd.tx_mem_len;
}

void virtio_net_tx_reclaim(void)
{
	uint32_t len;
	void *tok;
	while ((tok = virtq_get(&nd.txq, &len))) {
		if (is_slot(tok)) {
			nd.tx_free[nd.ntx_free++] = tok;
		} else {
			nd.tx_sg_inflight--;
			nd.ops->tx_done(nd.ctx, tok);
		}
	}
}

static void tx_reclaim(void)
{
	virtio_net_tx_reclaim();
}

/* Descriptors a copied frame needs (kept free for it: see tx_sg). */
static uint32_t slot_descs(void)
{
	return nd.split_hdr ? 2 : 1;
}

void *virtio_net_tx_buf(void)
{
	if (!nd.ntx_free || nd.txq.nfree < slot_descs())
		tx_reclaim();
	if (!nd.ntx_free || nd.txq.nfree < slot_descs())
		return 0;
	return (uint8_t *)nd.tx_free[nd.ntx_free - 1] + nd.hdr_len;
}

void virtio_net_tx_send(void *frame, size_t len)
{
	uint8_t *slot = (uint8_t *)frame - nd.hdr_len;
	struct virtq_buf out[2];
	int r;

	if (!nd.ntx_free || nd.tx_free[nd.ntx_free - 1] != slot || len > VIRTIO_NET_FRAME_MAX)
		return; /* not the slot virtio_net_tx_buf lent: a caller bug */
	/* §5.1.6.2: no offloads, so the header is all zero */
	memset(slot, 0, nd.hdr_len);
	if (nd.split_hdr) {
		out[0] = (struct virtq_buf){ slot, (uint32_t)nd.hdr_len };
		out[1] = (struct virtq_buf){ frame, (uint32_t)len };
		r = virtq_add(&nd.txq, out, 2, 0, 0, slot);
	} else {
		out[0] = (struct virtq_buf){ slot, (uint32_t)(nd.hdr_len + len) };
		r = virtq_add(&nd.txq, out, 1, 0, 0, slot);
	}
	if (r < 0)
		return; /* cannot happen: a slot never needs more descriptors than we keep */
	nd.ntx_free--;
	nd.st.tx_frames++;
	kick_soon();
}

/* The header of every scatter-gather frame: no offloads, so all zero
 * (§5.1.6.2), and only ever read by the device. */
static const uint8_t zero_hdr[12];

int virtio_net_tx_sg(const struct virtio_net_frag *frag, int n, void *token)
{
	struct virtq_buf out[1 + TX_SG_MAX];
	size_t len = 0;
	int i;

	if (!nd.tx_sg || n < 1 || n > TX_SG_MAX || !token || is_slot(token))
		return -EINVAL;
	for (i = 0; i < n; i++) {
		out[1 + i] = (struct virtq_buf){ (void *)frag[i].addr, frag[i].len };
		len += frag[i].len;
	}
	if (len > VIRTIO_NET_FRAME_MAX)
		return -EINVAL;
	/* the slots' descriptors stay theirs: a copy can always go out */
	if (nd.txq.nfree < (uint32_t)(1 + n) + (nd.ntx_free * slot_descs()))
		tx_reclaim();
	if (nd.txq.nfree < (uint32_t)(1 + n) + (nd.ntx_free * slot_descs()))
		return -EAGAIN;
	out[0] = (struct virtq_buf){ (void *)zero_hdr, (uint32_t)nd.hdr_len };
	if (virtq_add(&nd.txq, out, 1 + n, 0, 0, token) < 0)
		return -EAGAIN;
	nd.tx_sg_inflight++;
	nd.st.tx_frames++;
	nd.st.tx_sg_frames++;
	kick_soon();
	return 0;
}

void virtio_net_tx_want_space(void)
{
	nd.want_space = 1;
	if (virtq_intr_enable(&nd.txq))
		loop_event_post(&nd.ev);
}

static void grow_cb(struct loop_timer *t)
{
	(void)t;
	nd.rx_target = nd.rx_full;
	refill();
	virtq_kick(&nd.rxq);
}

static void kick_cb(struct loop_event *ev)
{
	(void)ev;
	/* the loop runs (and so has read its clock): time to post the rest */
	if (nd.rx_target < nd.rx_full && !loop_timer_active(&nd.grow))
		loop_timer_start(&nd.grow, loop_now_ns() + RX_GROW_NS);
	virtq_kick(&nd.txq);
	virtq_kick(&nd.rxq);
}

void virtio_net_kick_now(void)
{
	virtq_kick(&nd.txq);
	virtq_kick(&nd.rxq);
}

static void read_link(void)
{
	int up = 1;
	if (virtio_has(&nd.dev, VIRTIO_NET_F_STATUS))
		up = virtio_config16(&nd.dev, 6) & VIRTIO_NET_S_LINK_UP;
	if (up != nd.link_up) {
		nd.link_up = up;
		if (nd.ops->link)
			nd.ops->link(nd.ctx, up);
	}
}

/* The device's loop event: everything the interrupt announced. */
static void service(struct loop_event *ev)
{
	uint32_t len, n = 0;
	uint8_t *buf;

	tx_reclaim();
	if (nd.want_space && nd.ntx_free) {
		nd.want_space = 0;
		virtq_intr_disable(&nd.txq);
		nd.ops->tx_space(nd.ctx);
	}
	/* the link status only on a configuration change (ISR bit 1): a
	 * read is an exit to the device model, on every interrupt else */
	if (nd.isr & 2) {
		uint64_t f = irq_save();
		nd.isr &= ~2u;
		irq_restore(f);
		if (virtio_has(&nd.dev, VIRTIO_NET_F_STATUS))
			read_link();
	}

	virtq_intr_disable(&nd.rxq);
	while (n < RX_BUDGET) {
		buf = virtq_get(&nd.rxq, &len);
		if (!buf) {
			/* the loop looks again (rx_watch, open): it re-enables
			 * the interrupt only before it halts. Without the watch
			 * (not yet added), §2.7.7: re-enable, then look once
			 * more for what came meanwhile. */
			if (!nd.watched && virtq_intr_enable(&nd.rxq))
				continue;
			break;
		}
		nd.rx_posted--;
		n++;
		if (len <= nd.hdr_len + 14 || len > nd.hdr_len + VIRTIO_NET_FRAME_MAX) {
			nd.st.rx_dropped++;
			virtio_net_rx_done(buf);
			continue;
		}
		nd.st.rx_frames++;
		nd.ops->rx(nd.ctx, buf, buf + nd.headroom + nd.hdr_len, len - nd.hdr_len);
	}
	if (n == RX_BUDGET)
		loop_event_post(ev); /* more next pass; interrupts stay off until then */
	refill();
	virtq_kick(&nd.rxq);
	virtq_kick(&nd.txq);
}

/*
 * The receive ring, watched by the loop (loop.h loop_add_poll_watch).
 * While the loop runs, the device's interrupt for received frames stays
 * off and the loop looks at the used ring once a pass: under load the
 * frames that come while the app works are found by that look, not by an
 * interrupt (2 exits to QEMU, its injection and EOI under KVM). Before a
 * halt the interrupt is enabled again, and the ring looked at once more
 * (§2.7.7): a frame used after that interrupts.
 */
static int rx_watch(int open)
{
	if (open) {
		virtq_intr_disable(&nd.rxq);
		if (!virtq_pending(&nd.rxq))
			return 0;
	} else if (!virtq_intr_enable(&nd.rxq)) {
		return 0;
	}
	loop_event_post(&nd.ev);
	return 1;
}

int virtio_net_init(const struct virtio_net_ops *ops, void *ctx, size_t headroom)
{
	uint64_t want = 1ull << VIRTIO_NET_F_MAC | 1ull << VIRTIO_NET_F_STATUS |
			1ull << VIRTIO_F_ANY_LAYOUT;
	uint32_t i, descs;
	int r, modern;

	r = virtio_find(VIRTIO_ID_NET, &nd.dev);
	if (r < 0)
		return r;
	r = virtio_negotiate(&nd.dev, want);
	if (r < 0)
		return r;
	nd.ops = ops;
	nd.ctx = ctx;
	nd.tx_sg = ops->tx_done != 0;
	modern = virtio_has(&nd.dev, VIRTIO_F_VERSION_1);
	/* §5.1.6: num_buffers is part of the header with VERSION_1 (or
	 * MRG_RXBUF, which we do not take); the legacy header is 10 bytes. */
	nd.hdr_len = modern ? 12 : 10;
	/* §5.1.6.6 legacy: without ANY_LAYOUT the header has its own descriptor */
	nd.split_hdr = !modern && !virtio_has(&nd.dev, VIRTIO_F_ANY_LAYOUT);
	nd.headroom = (headroom + 15) & ~(size_t)15;
	nd.rx_size = nd.headroom + nd.hdr_len + VIRTIO_NET_FRAME_MAX;
	nd.tx_stride = (nd.hdr_len + VIRTIO_NET_FRAME_MAX + 15) & ~(size_t)15;

	if ((r = virtq_setup(&nd.dev, &nd.rxq, RXQ, QUEUE_MAX)) < 0 ||
	    (r = virtq_setup(&nd.dev, &nd.txq, TXQ, QUEUE_MAX)) < 0)
		goto fail;
	descs = nd.split_hdr ? 2 : 1;
	nd.rx_full = nd.rxq.size / descs < RX_TARGET ? nd.rxq.size / descs : RX_TARGET;
	nd.rx_target = nd.rx_full < RX_BOOT ? nd.rx_full : RX_BOOT;
	nd.ntx = nd.txq.size / descs < TX_SLOTS ? nd.txq.size / descs : TX_SLOTS;
	nd.tx_mem_len = nd.ntx * nd.tx_stride;
	/* not calloc: a slot's pages are first touched when it is first used
	 * (a hypervisor fault each), and its header is zeroed with each frame */
	nd.tx_mem = malloc(nd.ntx * nd.tx_stride);
	if (!nd.tx_mem) {
		r = -ENOMEM;
		goto fail;
	}
	for (i = 0; i < nd.ntx; i++)
		nd.tx_free[nd.ntx_free++] = nd.tx_mem + (size_t)i * nd.tx_stride;

	if (virtio_has(&nd.dev, VIRTIO_NET_F_MAC)) {
		virtio_config_bytes(&nd.dev, 0, nd.mac, 6);
	} else {
		/* locally administered, from the TSC: good enough for one guest */
		uint64_t t = rdtsc();
		nd.mac[0] = 0x52;
		for (i = 1; i < 6; i++)
			nd.mac[i] = (uint8_t)(t >> (8 * i));
	}
	nd.link_up = virtio_has(&nd.dev, VIRTIO_NET_F_STATUS) ?
		     virtio_config16(&nd.dev, 6) & VIRTIO_NET_S_LINK_UP : 1;

	loop_event_init(&nd.ev, service);
	loop_event_init(&nd.kick_ev, kick_cb);
	loop_timer_init(&nd.retry, retry_cb);
	loop_timer_unref(&nd.retry);
	loop_timer_init(&nd.grow, grow_cb);
	loop_timer_unref(&nd.grow);
	virtq_intr_disable(&nd.txq); /* reclaimed on the way, see tx_want_space */

	r = virtio_irq_route(&nd.dev, irq, 0);
	if (r < 0)
		goto fail;
	/* §5.1.5: receive buffers before DRIVER_OK, so nothing is dropped */
	refill();
	virtio_driver_ok(&nd.dev);
	virtq_kick(&nd.rxq);
	/* the loop the NIC's events go to (the boot core's main loop) */
	nd.watched = loop_add_poll_watch(rx_watch) == 0;
	return 0;
fail:
	virtio_fail(&nd.dev);
	return r;
}

void virtio_net_mac(uint8_t mac[6])
{
	memcpy(mac, nd.mac, 6);
}

int virtio_net_link_up(void)
{
	return nd.link_up;
}

const char *virtio_net_name(void)
{
	return nd.dev.name;
}

void virtio_net_get_stats(struct virtio_net_stats *st)
{
	*st = nd.st;
	st->rx_posted = nd.rx_posted;
	st->tx_free = nd.ntx_free;
}
