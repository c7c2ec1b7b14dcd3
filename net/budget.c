/*
 * The network's memory budget: net/budget.h has the figures and what
 * happens at each bound. lwIP's pools come from malloc (lwipopts.h:
 * MEMP_MEM_MALLOC), so MEMP_NUM_* bound nothing; the bounds are enforced
 * here instead, at the two places where a client makes the stack keep
 * memory: a SYN reaching a listener (LWIP_HOOK_TCP_INPACKET_PCB) and a
 * received frame (net/netif.c counts what lwIP holds of them).
 */
#include "budget.h"
#include "tcp.h"
#include "lwip_hooks.h"
#include "../lib/alloc.h"
#include "lwip/pbuf.h"
#include "lwip/tcp.h"
#include "lwip/priv/tcp_priv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCB_COST (4 * 1024) /* budget bytes per connection: pcb, handle, segments, a share of JS */
#define PCB_MIN  64
#define PCB_MAX  16384

static struct net_budget_stats st;

/* ---- memory that held network bytes is cleared before it is reused */

void net_mem_free(void *p)
{
	if (!p)
		return;
	net_tcp_pbuf_freed(p); /* a pbuf into a pinned buffer lets it go */
	memset(p, 0, malloc_usable_size(p));
	free(p);
}

struct bpbuf {
	struct pbuf_custom pc;
	size_t cap;
	uint8_t data[];
};

static void bp_free(struct pbuf *p)
{
	struct bpbuf *b = (struct bpbuf *)p;
	size_t n = malloc_usable_size(b);

	net_budget_rx_give(n);
	memset(b, 0, n);
	free(b);
}

struct pbuf *net_budget_pbuf(size_t len, size_t cap)
{
	struct bpbuf *b;

	if (len > cap || cap > 0xffff || !(b = malloc(sizeof *b + cap)))
		return 0;
	net_budget_rx_take(malloc_usable_size(b));
	b->cap = cap;
	b->pc.custom_free_function = bp_free;
	return pbuf_alloced_custom(PBUF_RAW, (u16_t)len, PBUF_REF, &b->pc, b->data, (u16_t)cap);
}

size_t net_budget_pbuf_room(const struct pbuf *p)
{
	const struct pbuf_custom *pc = (const struct pbuf_custom *)p;
	const struct bpbuf *b = (const struct bpbuf *)p;
	const uint8_t *end = (const uint8_t *)p->payload + p->len;

	if (!(p->flags & PBUF_FLAG_IS_CUSTOM) || pc->custom_free_function != bp_free ||
	    end < b->data || end > b->data + b->cap)
		return 0;
	return (size_t)(b->data + b->cap - end);
}

/* ---- the budget */

void net_budget_init(int verbose)
{
	struct alloc_stats as;
	size_t n;

	alloc_get_stats(&as);
	st.total = as.heap_total / 4;
	st.rx_max = st.total / 2;
	n = st.total / PCB_COST;
	st.pcb_max = n < PCB_MIN ? PCB_MIN : n > PCB_MAX ? PCB_MAX : (uint32_t)n;
	if (verbose)
		printf("net: budget %zu KB of %zu KB heap: %u connections, %zu KB received data\n",
		       st.total / 1024, as.heap_total / 1024, st.pcb_max, st.rx_max / 1024);
}

void net_budget_get_stats(struct net_budget_stats *out)
{
	*out = st;
}

void net_budget_rx_take(size_t n)
{
	st.rx_held += n;
	if (st.rx_held > st.rx_peak)
		st.rx_peak = st.rx_held;
}

void net_budget_rx_give(size_t n)
{
	st.rx_held -= n;
}

void net_budget_rx_drop(void)
{
	st.rx_dropped++;
}

/*
 * Over the bound, out-of-order data goes first: the sender still has it,
 * and it is what an attacker trickles in to pin memory (lwIP's own
 * answer to a short pbuf pool, pbuf_free_ooseq, does the same).
 */
int net_budget_rx_over(void)
{
	struct tcp_pcb *pcb;

	if (!st.rx_max || st.rx_held <= st.rx_max)
		return 0;
	for (pcb = tcp_active_pcbs; pcb; pcb = pcb->next)
		if (pcb->ooseq)
			tcp_free_ooseq(pcb);
	return st.rx_held > st.rx_max;
}

unsigned net_budget_oos_bytes(const void *pcb)
{
	(void)pcb;
	return st.rx_max && st.rx_held > st.rx_max ? 0 : TCP_WND;
}

unsigned net_budget_oos_pbufs(const void *pcb)
{
	(void)pcb;
	return st.rx_max && st.rx_held > st.rx_max ? 0 : NET_OOSEQ_PBUFS;
}

/* ---- connections */

static uint32_t count_pcbs(void)
{
	struct tcp_pcb *p;
	uint32_t n = 0;

	for (p = tcp_active_pcbs; p; p = p->next)
		n++;
	for (p = tcp_tw_pcbs; p; p = p->next)
		n++;
	return n;
}

/* The longest-waiting TIME_WAIT connection goes (lwIP's tcp_kill_timewait). */
static int evict_timewait(void)
{
	struct tcp_pcb *p, *old = 0;
	u32_t age = 0;

	for (p = tcp_tw_pcbs; p; p = p->next) {
		if ((u32_t)(tcp_ticks - p->tmr) >= age) {
			age = tcp_ticks - p->tmr;
			old = p;
		}
	}
	if (!old)
		return 0;
	tcp_abort(old); /* a TIME_WAIT pcb is removed and freed, nothing sent */
	st.tw_recycled++;
	return 1;
}

/*
 * The oldest half-open connection (of listener l, or of any) goes,
 * silently: under a SYN flood its peer is most likely a forged address,
 * and a real one retransmits its SYN. lwIP adds new pcbs at the head of
 * tcp_active_pcbs, so the last match is the oldest.
 */
static int evict_half_open(const struct tcp_pcb_listen *l)
{
	struct tcp_pcb *p, *old = 0;

	for (p = tcp_active_pcbs; p; p = p->next)
		if (p->state == SYN_RCVD && (!l || p->listener == l))
			old = p;
	if (!old)
		return 0;
	tcp_abandon(old, 0); /* gives its backlog slot back */
	st.syn_evicted++;
	return 1;
}

err_t net_budget_tcp_inpacket(struct tcp_pcb *pcb, struct tcp_hdr *hdr, u16_t optlen,
			      u16_t opt1len, u8_t *opt2, struct pbuf *p)
{
	struct tcp_pcb_listen *l;

	(void)optlen;
	(void)opt1len;
	(void)opt2;
	(void)p;
	if (pcb->state != LISTEN || (TCPH_FLAGS(hdr) & (TCP_SYN | TCP_ACK | TCP_RST)) != TCP_SYN)
		return ERR_OK;
	if (!st.pcb_max) /* lwIP started without net_init (host tests) */
		net_budget_init(0);
	l = (struct tcp_pcb_listen *)pcb;
	if (net_budget_rx_over()) {
		st.syn_refused++;
		return ERR_ABRT;
	}
	if (count_pcbs() >= st.pcb_max && !evict_timewait() && !evict_half_open(0)) {
		st.syn_refused++;
		return ERR_ABRT;
	}
	if (l->accepts_pending >= l->backlog && !evict_half_open(l)) {
		st.syn_refused++; /* the backlog is all established, not yet accepted */
		return ERR_ABRT;
	}
	return ERR_OK;
}
