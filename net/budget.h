/*
 * net/budget.h: the network's memory budget (docs/internals.md, "Network
 * memory budget"). A remote client must not be able to take the guest
 * down through the TCP/IP stack, so what clients make the stack hold is
 * bounded by figures computed once, at boot, from the heap the guest has:
 *
 *   total    = heap / 4              the network's share of the heap
 *   rx_max   = total / 2             bytes of received frames the stack
 *                                    holds (out of order, not yet read
 *                                    by the app, in flight); the driver's
 *                                    posted ring is apart (fixed, ~200 KB)
 *   pcb_max  = total / 4 KB          TCP connections in any state,
 *                                    [64, 16384]
 *
 * and per connection: out-of-order data up to NET_OOSEQ_BYTES (the
 * window) in at most NET_OOSEQ_PBUFS segments; a listener's backlog
 * (half-open and not yet accepted connections) as the app asked.
 *
 * What happens at the bounds (the newest work is refused, nothing waits):
 *  - rx held > rx_max: received TCP segments that carry data are dropped
 *    in the netif (the sender retransmits; pure ACKs still pass, so send
 *    buffers keep draining), out-of-order queues are emptied and keep
 *    nothing new, and new SYNs are dropped.
 *  - connections >= pcb_max: the oldest TIME_WAIT connection is recycled
 *    for a new SYN; when there is none, the oldest half-open one is
 *    dropped; when there is none either, the SYN is dropped.
 *  - a listener's backlog full: its oldest half-open (SYN_RCVD)
 *    connection is dropped, silently, for the new SYN (the SYN-flood
 *    defence); when all of the backlog is established and not yet
 *    accepted, the SYN is dropped.
 *
 * Frames are copied out of the driver's 1.5 KB receive buffer into a
 * right-sized one at once (net/netif.c says why), so a held byte costs
 * ~100 bytes, not a whole buffer. Every receive buffer is cleared
 * before its memory returns to the heap, as is every block lwIP frees
 * (copied send data, segments): malloc'd memory that JS or another
 * connection gets next never holds a client's bytes.
 *
 * Contexts: loop only (lwIP's context).
 */
#ifndef UNIJS_NET_BUDGET_H
#define UNIJS_NET_BUDGET_H

#include <stddef.h>
#include <stdint.h>

#define NET_OOSEQ_PBUFS 48  /* out-of-order segments held per connection: a full window of full frames */

struct pbuf;

struct net_budget_stats {
	size_t total, rx_max;   /* the budget (bytes) */
	uint32_t pcb_max;       /* connections */
	size_t rx_held, rx_peak;/* receive bytes held now, at most */
	uint64_t rx_dropped;    /* data segments dropped over rx_max */
	uint64_t syn_refused;   /* SYNs dropped: memory or connections at the bound */
	uint64_t syn_evicted;   /* half-open connections dropped for a new SYN */
	uint64_t tw_recycled;   /* TIME_WAIT connections dropped for a new SYN */
};

/* Computes the budget from the heap's size; logs it when verbose:
 *   net: budget 7.3 MB: 1872 connections, 3.6 MB received data */
void net_budget_init(int verbose);
void net_budget_get_stats(struct net_budget_stats *st);

/* Whether received bytes held are above rx_max (drop new data). */
int net_budget_rx_over(void);

/*
 * A custom pbuf of len bytes with room for cap (>= len) in one block of
 * the heap, counted as received data held, cleared and freed when its
 * last reference goes. NULL when the heap is short. The payload is at
 * q->payload; len/tot_len may grow up to cap by the owner.
 */
struct pbuf *net_budget_pbuf(size_t len, size_t cap);
/* Bytes free after p's payload (payload + len) up to cap: 0 when there
 * are none or p is not one of ours. */
size_t net_budget_pbuf_room(const struct pbuf *p);

/* For net/netif.c: a driver receive buffer of n bytes is held / given back. */
void net_budget_rx_take(size_t n);
void net_budget_rx_give(size_t n);
void net_budget_rx_drop(void);

#endif
