/*
 * The lwIP port's glue (lwIP doc/NO_SYS_SampleCode.c and doc/rawapi.txt
 * describe the contract): sys_now, random numbers, the netif over
 * virtio-net, lwIP's timeouts on the event loop, and address configuration.
 *
 * Receive: each frame is copied out of the driver's buffer into a
 * right-sized pbuf, and the buffer goes back to the ring at once. So the
 * ring keeps the buffers it was given at boot, side by side, and a held
 * byte does not pin 1.5 KB. Handing the ring's buffer itself to lwIP
 * (PBUF_REF, no copy) made the ring take a new one from wherever the heap
 * had room at that moment, often among the big blocks of a busy moment;
 * those buffers then waited in the ring, standing alone in the middle of
 * the room the big blocks left, and an 8 MB guest with 3.9 MB free found
 * no 1 MiB in one piece (tests/attack, under load). That path remains
 * only for a frame whose copy finds no memory. The copy is one memcpy of
 * at most a frame, small beside what the bytes cost on their way to JS.
 * Both count as received data held against the budget (net/budget.h);
 * over it, segments that carry TCP data are dropped here. Transmit: a
 * frame over NET_TX_COPY_MAX goes to the device where its pbufs lie
 * (scatter-gather, the chain held until the device is done: tx_sg); a
 * short one, or one the ring has no descriptors for, is copied into a
 * driver slot; when the ring is full the frame waits, copied, in a short
 * queue that drains when the driver reports room, so TCP never sees a
 * spurious loss on a busy ring. net_tx_stats counts what was copied.
 *
 * Every call into lwIP's input and timers is bracketed with
 * net_tcp_lwip_enter/leave and followed by net_tcp_input_done: net/tcp.c
 * delivers nothing to the app while inside (docs/internals.md, "The
 * network path").
 *
 * Loopback: packets to 127.0.0.1 (netif "lo") or to our own address wait
 * on lwIP's loop queues; net_timers_update, which runs after every call
 * into lwIP, posts loop_ev when one is not empty, and loop_ev feeds the
 * packets back to ip_input (up to LOOP_BUDGET per pass).
 */
#include "net.h"
#include "budget.h"
#include "lwip_hooks.h"
#include "../arch/x86_64/arch.h"
#include "../drivers/virtio_net.h"
#include "../lib/clock.h"
#include "../lib/loop.h"
#include "../lib/trace.h"
#include "lwip/dhcp.h"
#include "lwip/etharp.h"
#include "lwip/init.h"
#include "lwip/ip.h"
#include "lwip/netif.h"
#include "lwip/pbuf.h"
#include "lwip/tcp.h"
#include "lwip/priv/tcp_priv.h"
#include "lwip/timeouts.h"
#include "netif/ethernet.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TXQ_MAX 256 /* frames waiting for ring room before we drop */
/* Frames up to this size are copied into a slot rather than sent where
 * they lie: a pure ACK or a short answer costs less to copy than to hold
 * (pbuf reference, a descriptor per piece, the free on completion). */
#define NET_TX_COPY_MAX 256
/* Looped packets fed back per loop pass, those queued meanwhile included:
 * a connection's handshake completes within one pass (as on a kernel's
 * loopback, where connect() returns with the peer's accept queued), and a
 * client and server in one app that answer each other at once still let
 * timers and other events run. */
#define LOOP_BUDGET 64

struct rxbuf {
	struct pbuf_custom pc;
	void *buf;
};

struct txwait {
	struct txwait *next;
	uint16_t len;
	uint8_t frame[];
};

static struct netif nif;
static int present, up, verbose, use_dhcp, was_bound;
static ip4_addr_t cfg_ip, cfg_mask, cfg_gw;
static struct loop_timer lwip_timer, start_timer, debug_timer, held_timer;
static struct loop_event loop_ev;
static struct txwait *txq_head, *txq_tail;
static int txq_len;
static void (*bound_cb)(void);
static struct net_tx_stats tx_stats;

/* ---- sys_arch for NO_SYS */

u32_t sys_now(void)
{
	return (u32_t)(clock_monotonic_ns() / 1000000);
}

static uint64_t mix64(uint64_t z);

/* splitmix64 over the TSC, the boot's wall clock second and a counter:
 * unpredictable enough for DHCP transaction ids and ephemeral ports,
 * which is all lwIP asks for. */
uint32_t net_random(void)
{
	static uint64_t s;
	if (!s)
		s = clock_realtime_s() << 32 | 1;
	s += 0x9e3779b97f4a7c15ull ^ rdtsc();
	return (uint32_t)mix64(s);
}

static uint64_t mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

u32_t net_tcp_isn(const ip_addr_t *local_ip, u16_t local_port,
		  const ip_addr_t *remote_ip, u16_t remote_port)
{
	static uint64_t key0, key1;
	uint64_t h;

	while (!key0) {
		key0 = (uint64_t)net_random() << 32 | net_random();
		key1 = (uint64_t)net_random() << 32 | net_random();
	}
	h = mix64(key0 ^ ip4_addr_get_u32(ip_2_ip4(local_ip)) ^
		  (uint64_t)ip4_addr_get_u32(ip_2_ip4(remote_ip)) << 32);
	h = mix64(h ^ key1 ^ ((uint64_t)local_port << 16 | remote_port));
	return (u32_t)(h >> 32) + (u32_t)(clock_monotonic_ns() / 4000);
}

/* ---- lwIP's timeouts on the loop */

static void lwip_timer_cb(struct loop_timer *t)
{
	(void)t;
	if (present)
		virtio_net_tx_reclaim(); /* segments the device has sent may be retransmitted */
	net_tcp_lwip_enter();
	sys_check_timeouts();
	net_tcp_lwip_leave();
	net_tcp_input_done();
	net_timers_update();
}

static int loop_queued(void)
{
	struct netif *n;

	NETIF_FOREACH(n)
		if (n->loop_first)
			return 1;
	return 0;
}

void net_timers_update(void)
{
	u32_t ms;
	uint64_t deadline;

	if (!up)
		return;
	if (!loop_event_queued(&loop_ev) && loop_queued())
		loop_event_post(&loop_ev);
	ms = sys_timeouts_sleeptime();
	if (ms == SYS_TIMEOUTS_SLEEPTIME_INFINITE) {
		loop_timer_stop(&lwip_timer);
		return;
	}
	/* one ms late rather than early: sys_now() counts whole ms */
	deadline = clock_monotonic_ns() + ((uint64_t)ms + 1) * 1000000;
	if (loop_timer_active(&lwip_timer) && lwip_timer.deadline <= deadline &&
	    deadline - lwip_timer.deadline < 1000000)
		return; /* armed for (nearly) that already */
	loop_timer_start(&lwip_timer, deadline);
}

/* ---- receive */

static void rx_free(struct pbuf *p)
{
	struct rxbuf *rb = (struct rxbuf *)p;
	net_budget_rx_give(virtio_net_rx_buf_size());
	virtio_net_rx_done(rb->buf);
}

/* Whether the first len bytes of an Ethernet frame hold an IPv4 header:
 * then its length (*ihl) and the datagram's total length (*tot). */
static int ipv4_header(const uint8_t *f, size_t len, size_t *ihl, size_t *tot)
{
	if (len < 14 + 20 || f[12] != 0x08 || f[13] != 0x00)
		return 0;
	*ihl = (size_t)(f[14] & 15) * 4;
	*tot = (size_t)f[16] << 8 | f[17];
	return 1;
}

/* Whether a TCP segment of total length tot (IPv4 header ihl bytes, TCP
 * header at th) carries data. */
static int tcp_has_data(const uint8_t *th, size_t ihl, size_t tot)
{
	return tot > ihl + (size_t)(th[12] >> 4) * 4;
}

/* The TCP header of an Ethernet frame that holds a whole IPv4 TCP
 * segment (not a fragment; both headers within len bytes), else NULL;
 * *ihl and *tot as ipv4_header's. */
static const uint8_t *tcp_segment(const uint8_t *f, size_t len, size_t *ihl, size_t *tot)
{
	const uint8_t *ip = f + 14;

	if (!ipv4_header(f, len, ihl, tot) || (ip[6] & 0x3f) || ip[7] || ip[9] != 6 || *ihl < 20 ||
	    *tot > len - 14 || *tot < *ihl + 20)
		return NULL;
	return ip + *ihl;
}

/* Whether an Ethernet frame is an IPv4 fragment or a TCP segment with data. */
static int tcp_data(const uint8_t *f, size_t len)
{
	const uint8_t *th;
	size_t ihl, tot;

	if (ipv4_header(f, len, &ihl, &tot) && ((f[14 + 6] & 0x3f) || f[14 + 7]))
		return 1; /* MF or an offset: a fragment, data by nature */
	th = tcp_segment(f, len, &ihl, &tot);
	return th && tcp_has_data(th, ihl, tot);
}

/* A received frame to lwIP (loop context: rx, held_cb). */
static void lwip_input(struct pbuf *p)
{
	net_tcp_lwip_enter();
	if (nif.input(p, &nif) != ERR_OK)
		pbuf_free(p);
	net_tcp_lwip_leave();
	net_tcp_input_done();
}

/*
 * SYNs that come while DHCP binds. QEMU's user network learns the guest's
 * address from its DHCP discover and at once sends the SYNs it held for
 * it (connections to a forwarded port made while the guest booted); they
 * reach lwIP before the address is set, and are dropped. The peer then
 * retransmits only after its RTO (slirp's: about 3 s; a pcap of a DHCP
 * boot showed the first connection answered ~8 ms after the ACK only
 * because bench/http/first200 opens another every 20 ms). So until DHCP
 * binds, a bare SYN is kept (a copy; at most HELD_MAX, the oldest goes)
 * and fed to lwIP from the loop once the address is set: lwIP then
 * answers it, or drops it if it was not for us. Nothing else is kept: a
 * SYN is the only segment that can be for a connection not yet made.
 */
#define HELD_MAX 8
static struct pbuf *held[HELD_MAX];
static int nheld;

static int tcp_syn(const uint8_t *f, size_t len)
{
	size_t ihl, tot;
	const uint8_t *th = tcp_segment(f, len, &ihl, &tot);

	return th && (th[13] & 0x17) == 0x02; /* SYN alone: not ACK, RST or FIN */
}

static void held_cb(struct loop_timer *t)
{
	int i, n = nheld;

	(void)t;
	nheld = 0;
	for (i = 0; i < n; i++)
		lwip_input(held[i]);
	net_timers_update();
}

/* trace=http (lib/trace.h): the first frame in, the first SYN to us, and
 * the first TCP segment out that carries data (for http-hello, the first
 * response). f is the frame's first bytes (an Ethernet header, IPv4 and
 * TCP headers). */
static void trace_frame(const uint8_t *f, size_t len, int out)
{
	size_t ihl, tot;
	const uint8_t *th;

	if (!out)
		trace_first("first rx");
	if (!ipv4_header(f, len, &ihl, &tot) || f[14 + 9] != 6 || ihl < 20 || len < 14 + ihl + 20)
		return;
	th = f + 14 + ihl;
	if (!out && (th[13] & 0x12) == 0x02) {
		trace_first("first syn");
	} else if (out && tcp_has_data(th, ihl, tot)) {
		trace_first("first data sent");
		trace_report_later();
	}
}

static void rx(void *ctx, void *buf, void *frame, size_t len)
{
	struct rxbuf *rb = buf; /* the driver's headroom holds our pbuf */
	struct pbuf *p;

	(void)ctx;
	if (trace_mode == TRACE_HTTP)
		trace_frame(frame, len, 0);
	if (!up) { /* lwIP starts on the first loop pass */
		virtio_net_rx_done(buf);
		return;
	}
	if (net_budget_rx_over() && tcp_data(frame, len)) {
		net_budget_rx_drop(); /* the sender retransmits; ACKs still pass */
		virtio_net_rx_done(buf);
		return;
	}
	if ((p = net_budget_pbuf(len, len))) {
		memcpy(p->payload, frame, len);
		virtio_net_rx_done(buf);
	} else {
		rb->buf = buf;
		rb->pc.custom_free_function = rx_free;
		p = pbuf_alloced_custom(PBUF_RAW, (u16_t)len, PBUF_REF, &rb->pc, frame, (u16_t)len);
		if (!p) {
			virtio_net_rx_done(buf);
			return;
		}
		net_budget_rx_take(virtio_net_rx_buf_size());
	}
	if (use_dhcp && !was_bound && tcp_syn(frame, len)) {
		if (nheld == HELD_MAX) {
			pbuf_free(held[0]);
			memmove(held, held + 1, (HELD_MAX - 1) * sizeof held[0]);
			nheld--;
		}
		held[nheld++] = p;
		return;
	}
	lwip_input(p);
	net_timers_update();
}

/* ---- loopback */

/* lwIP's netif_poll, one packet at a time. */
static void loop_one(struct netif *n)
{
	struct pbuf *in = n->loop_first, *end;

	for (end = in; end->len != end->tot_len; end = end->next)
		;
	if (end == n->loop_last)
		n->loop_first = n->loop_last = 0;
	else
		n->loop_first = end->next;
	end->next = 0;
	in->if_idx = netif_get_index(n);
	if (ip_input(in, n) != ERR_OK)
		pbuf_free(in);
}

static void loop_cb(struct loop_event *ev)
{
	struct netif *n;
	int budget = LOOP_BUDGET, more = 1;

	(void)ev;
	net_tcp_lwip_enter();
	while (more && budget > 0) {
		more = 0;
		NETIF_FOREACH(n) {
			if (n->loop_first) {
				loop_one(n);
				budget--;
				more = 1;
			}
		}
	}
	net_tcp_lwip_leave();
	net_tcp_input_done();
	net_timers_update(); /* and again if packets were queued meanwhile */
}

/* ---- transmit */

static int txq_drain(void)
{
	struct txwait *w;
	void *slot;

	while ((w = txq_head)) {
		if (!(slot = virtio_net_tx_buf())) {
			virtio_net_tx_want_space();
			return -1;
		}
		memcpy(slot, w->frame, w->len);
		virtio_net_tx_send(slot, w->len);
		txq_head = w->next;
		if (!txq_head)
			txq_tail = 0;
		txq_len--;
		memset(w->frame, 0, w->len);
		free(w);
	}
	return 0;
}

static void tx_space(void *ctx)
{
	(void)ctx;
	txq_drain();
}

/* The device is done with a frame sent where it lay: our reference goes
 * (for a TCP segment, lwIP may retransmit it again: tcp_output_segment_busy). */
static void tx_done(void *ctx, void *token)
{
	(void)ctx;
	pbuf_free(token);
}

/*
 * A frame whose pieces are lwIP's pbufs goes to the device as it lies:
 * each pbuf a descriptor, the chain held (pbuf_ref) until tx_done. lwIP
 * allows a driver to keep a pbuf so: TCP leaves a segment that is still
 * referenced alone (tcp_output_segment_busy: no retransmission rewrites
 * its headers while the device may read them), and nothing else of lwIP
 * writes to a pbuf it has passed to linkoutput. 0, or -1 to copy instead.
 */
static int tx_sg(struct pbuf *p)
{
	struct virtio_net_frag f[VIRTIO_NET_TX_SG_MAX];
	struct pbuf *q;
	int n = 0;

	for (q = p; q; q = q->next) {
		if (!q->len)
			continue;
		if (n == VIRTIO_NET_TX_SG_MAX)
			return -1;
		f[n].addr = q->payload;
		f[n].len = q->len;
		n++;
	}
	pbuf_ref(p);
	if (virtio_net_tx_sg(f, n, p) < 0) {
		pbuf_free(p); /* only ours: the caller still holds it */
		return -1;
	}
	tx_stats.sg_bytes += p->tot_len;
	return 0;
}

static err_t linkoutput(struct netif *n, struct pbuf *p)
{
	struct txwait *w;
	void *slot;

	(void)n;
	if (p->tot_len > VIRTIO_NET_FRAME_MAX)
		return ERR_BUF;
	tx_stats.frames++;
	tx_stats.bytes += p->tot_len;
	if (trace_mode == TRACE_HTTP) {
		uint8_t h[14 + 60 + 20];
		trace_frame(h, pbuf_copy_partial(p, h, sizeof h, 0), 1);
	}
	if (!txq_head && p->tot_len > NET_TX_COPY_MAX && tx_sg(p) == 0)
		return ERR_OK;
	tx_stats.copied_bytes += p->tot_len; /* into a slot, or a waiting frame */
	if (!txq_head && (slot = virtio_net_tx_buf())) {
		pbuf_copy_partial(p, slot, p->tot_len, 0);
		virtio_net_tx_send(slot, p->tot_len);
		return ERR_OK;
	}
	if (txq_len >= TXQ_MAX || !(w = malloc(sizeof *w + p->tot_len)))
		return ERR_MEM; /* TCP retransmits; nothing else is lost that matters */
	w->next = 0;
	w->len = p->tot_len;
	pbuf_copy_partial(p, w->frame, p->tot_len, 0);
	if (txq_tail)
		txq_tail->next = w;
	else
		txq_head = w;
	txq_tail = w;
	txq_len++;
	txq_drain();
	return ERR_OK;
}

static void link(void *ctx, int is_up)
{
	(void)ctx;
	if (!up)
		return; /* read when lwIP starts */
	if (is_up)
		netif_set_link_up(&nif);
	else
		netif_set_link_down(&nif);
	net_timers_update();
}

static const struct virtio_net_ops ops = { rx, tx_space, link, tx_done };

/* ---- the netif */

static void status_cb(struct netif *n)
{
	char ip[16], gw[16];
	int bits = 0;
	uint32_t m;

	if (ip4_addr_isany_val(*netif_ip4_addr(n))) {
		was_bound = 0;
		return;
	}
	if (was_bound)
		return;
	was_bound = 1;
	if (nheld) /* not from here: lwIP is inside its input */
		loop_timer_start(&held_timer, 0);
	if (verbose) {
		for (m = lwip_ntohl(ip4_addr_get_u32(netif_ip4_netmask(n))); m & 0x80000000u; m <<= 1)
			bits++;
		ip4addr_ntoa_r(netif_ip4_addr(n), ip, sizeof ip);
		ip4addr_ntoa_r(netif_ip4_gw(n), gw, sizeof gw);
		printf("net: %s/%d gw %s (%s) on %s", ip, bits, gw, use_dhcp ? "dhcp" : "static",
		       virtio_net_name());
		if (nheld)
			printf("; %d SYN%s kept while it bound", nheld, nheld == 1 ? "" : "s");
		printf("\n");
	}
	if (bound_cb)
		bound_cb();
}

static err_t nif_init(struct netif *n)
{
	n->name[0] = 'e';
	n->name[1] = 'n';
	n->mtu = 1500;
	n->hwaddr_len = 6;
	virtio_net_mac(n->hwaddr);
	n->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP | NETIF_FLAG_ETHERNET;
	n->output = etharp_output;
	n->linkoutput = linkoutput;
	return ERR_OK;
}

static int parse(const char *s, ip4_addr_t *a, const char **bad)
{
	if (s && !ip4addr_aton(s, a)) {
		*bad = s;
		return -EINVAL;
	}
	return 0;
}

/*
 * lwIP itself starts on the loop's first pass, not at boot: its first
 * timeout reads the clock, and under TCG the first clock read calibrates
 * the TSC (~8 ms), which the app's first statement should not wait for
 * (nor an app that never touches the network pay at all: the timer is
 * unref'd). net_tcp_listen/connect start it at once when they come first.
 */
static void start_cb(struct loop_timer *t)
{
	(void)t;
	net_start();
}

/* log=debug: the budget's counters and each connection's receive state, each second */
static void debug_cb(struct loop_timer *t)
{
	struct net_budget_stats s;
	struct tcp_pcb *pcb;

	net_budget_get_stats(&s);
	{
		struct net_tx_stats x;
		net_tx_get_stats(&x);
		printf("net: tx frames %llu bytes %llu; copies: by tcp_write %llu, into the ring %llu; "
		       "sent where they lay %llu, written without copy %llu\n",
		       (unsigned long long)x.frames, (unsigned long long)x.bytes,
		       (unsigned long long)x.tcp_copied, (unsigned long long)x.copied_bytes,
		       (unsigned long long)x.sg_bytes, (unsigned long long)x.tcp_nocopy);
	}
	printf("net: rx held %zu peak %zu max %zu dropped %llu syn refused %llu evicted %llu tw %llu\n",
	       s.rx_held, s.rx_peak, s.rx_max, (unsigned long long)s.rx_dropped,
	       (unsigned long long)s.syn_refused, (unsigned long long)s.syn_evicted,
	       (unsigned long long)s.tw_recycled);
	for (pcb = tcp_active_pcbs; pcb; pcb = pcb->next) {
		unsigned nseg = 0, nbytes = 0;
		struct tcp_seg *g;

		for (g = pcb->ooseq; g; g = g->next) {
			nseg++;
			nbytes += g->p->tot_len;
		}
		printf("net:  pcb %u st %d rcv_nxt %u wnd %u ann %u ooseq %u/%u refused %u\n",
		       pcb->remote_port, pcb->state, (unsigned)pcb->rcv_nxt, pcb->rcv_wnd,
		       pcb->rcv_ann_wnd, nseg, nbytes, pcb->refused_data ? pcb->refused_data->tot_len : 0);
	}
	loop_timer_start(t, clock_monotonic_ns() + 1000000000ull);
}

int net_init(const struct net_config *c, const char **bad)
{
	int r;

	ip4_addr_set_zero(&cfg_ip);
	ip4_addr_set_zero(&cfg_gw);
	IP4_ADDR(&cfg_mask, 255, 255, 255, 0);
	if ((r = parse(c->ip, &cfg_ip, bad)) < 0 || (r = parse(c->gw, &cfg_gw, bad)) < 0 ||
	    (r = parse(c->mask, &cfg_mask, bad)) < 0)
		return r;
	if (!c->ip)
		ip4_addr_set_zero(&cfg_mask);
	net_budget_init(0);
	r = virtio_net_init(&ops, 0, sizeof(struct rxbuf));
	if (r < 0)
		return r;
	present = 1;
	trace_boot("nic up");
	verbose = c->verbose;
	if (verbose)
		net_budget_init(1); /* the same figures, now said */
	use_dhcp = !c->ip;
	loop_timer_init(&start_timer, start_cb);
	loop_timer_unref(&start_timer);
	if (verbose > 1) {
		loop_timer_init(&debug_timer, debug_cb);
		loop_timer_unref(&debug_timer);
		loop_timer_start(&debug_timer, 0);
	}
	return loop_timer_start(&start_timer, 0);
}

int net_start(void)
{
	if (up)
		return 0;
	lwip_init(); /* with the loopback netif, up at 127.0.0.1 */
	loop_timer_init(&lwip_timer, lwip_timer_cb);
	loop_timer_unref(&lwip_timer);
	loop_timer_init(&held_timer, held_cb);
	loop_timer_unref(&held_timer);
	loop_event_init(&loop_ev, loop_cb);
	if (!present) { /* no NIC: loopback only */
		up = 1;
		net_timers_update();
		return 0;
	}
	loop_timer_stop(&start_timer);
	if (!netif_add(&nif, &cfg_ip, &cfg_mask, &cfg_gw, 0, nif_init, ethernet_input))
		return -ENOMEM;
	netif_set_status_callback(&nif, status_cb);
	netif_set_default(&nif);
	if (virtio_net_link_up())
		netif_set_link_up(&nif);
	up = 1;
	netif_set_up(&nif); /* with a static address, this reports it bound */
	/* The gratuitous ARP (or DHCP's discover) goes out now, not at the
	 * loop's next pass: net_start runs inside the app's listen(), and QEMU's
	 * user network holds a connection to the guest until it knows where
	 * the guest is; the rest of the app's first run and its 'listening'
	 * output (~70 us an exit per console byte under PVM) would come first. */
	virtio_net_kick_now();
	trace_boot("net up");
	if (use_dhcp && dhcp_start(&nif) != ERR_OK)
		return -ENOMEM;
	net_timers_update();
	return 0;
}

int net_up(void)
{
	return present;
}

int net_ipv4(uint32_t *ip, uint32_t *mask, uint32_t *gw)
{
	if (!present)
		return -ENODEV;
	if (!up)
		return -EAGAIN;
	*ip = ip4_addr_get_u32(netif_ip4_addr(&nif));
	*mask = ip4_addr_get_u32(netif_ip4_netmask(&nif));
	*gw = ip4_addr_get_u32(netif_ip4_gw(&nif));
	return *ip ? 0 : -EAGAIN;
}

void net_tx_get_stats(struct net_tx_stats *st)
{
	*st = tx_stats;
	net_tcp_tx_counts(&st->tcp_copied, &st->tcp_nocopy);
}

void net_on_bound(void (*fn)(void))
{
	bound_cb = fn;
}
