/*
 * net.h: the network at boot (lwIP over the virtio-net device).
 *
 * net_init finds a virtio-net device (drivers/virtio_net.h) and, when there
 * is one, brings it up and has lwIP start on it from the event loop's
 * first pass (or earlier, at the first net_tcp_listen/connect: see
 * net_start). The address comes from the command line
 * (ip=, and optionally gw=, mask=; mask defaults to 255.255.255.0) or, when
 * no ip= is given, from DHCP, started here and completed in the background
 * while the app runs. Listening on the any-address works at once; outgoing
 * connections before the lease is bound fail with -EHOSTUNREACH (the JS
 * side, js/lib/dns.js, waits for net_on_bound before it connects).
 * When the address is bound and verbose is set, one line is printed:
 *   net: 10.0.2.15/24 gw 10.0.2.2 (dhcp) on virtio-mmio-legacy@feb00e00
 *
 * Nothing of the network keeps the event loop alive by itself (lwIP's
 * timers are unref'd): handles of net/tcp.h do, while open.
 *
 * Returns 0; -ENODEV when there is no virtio-net device (cost: one PCI
 * probe and up to 8 MMIO reads, no clock reads, nothing started: lwIP
 * starts on loopback alone at the first listen or connect); -EINVAL
 * with *bad set to the offending word's value for an ip=/gw=/mask= that
 * is not a dotted quad (checked before the device is probed, so a bad
 * command line is reported even on a machine without a NIC); or the
 * driver's negative errno. Boot context, once, after ioapic_init and with
 * interrupts enabled.
 */
#ifndef UNIJS_NET_H
#define UNIJS_NET_H

#include <stdint.h>

struct net_config {
	const char *ip, *gw, *mask; /* NULL: not given */
	/* log=info (1): the address when bound; log=debug (2): also the
	 * budget's counters and each connection's receive state, each second */
	int verbose;
};

int net_init(const struct net_config *c, const char **bad);

/* Whether net_init found a device (lwIP may not have started yet). */
int net_up(void);

/*
 * Starts lwIP now if it has not started yet (the first clock read may
 * calibrate the TSC, ~8 ms under TCG). Without a device (or before
 * net_init) lwIP starts with its loopback netif alone: 127.0.0.1 works,
 * other destinations are unreachable. 0, or -ENOMEM.
 * Loop or boot context; net/tcp.c calls it before any lwIP call.
 */
int net_start(void);

/*
 * The IPv4 address, mask and gateway in network byte order (0 while DHCP
 * has not bound). 0 when an address is bound, -EAGAIN while waiting for
 * DHCP (or for lwIP to start), -ENODEV without a network.
 */
int net_ipv4(uint32_t *ip, uint32_t *mask, uint32_t *gw);

/*
 * Called once each time the address becomes bound (DHCP lease or static
 * configuration), on the loop. One listener; NULL removes it.
 */
void net_on_bound(void (*fn)(void));

/*
 * Transmit copies, counted in bytes since boot (log=debug prints them each
 * second; bench/http-icount.sh reads them): what the app wrote to TCP and
 * lwIP copied (tcp_copied) or referenced (tcp_nocopy), and what left
 * through the device: frames, bytes, of which copied into a ring slot or
 * a waiting frame (copied_bytes) or sent where they lay (sg_bytes).
 */
struct net_tx_stats {
	uint64_t frames, bytes, copied_bytes, sg_bytes;
	uint64_t tcp_copied, tcp_nocopy;
};
void net_tx_get_stats(struct net_tx_stats *st);
/* net/tcp.c's part of it. */
void net_tcp_tx_counts(uint64_t *copied, uint64_t *nocopy);

/*
 * For net/tcp.c: after any call into lwIP from outside its own callbacks,
 * re-arms the loop timer that drives lwIP's timeouts (sys_check_timeouts)
 * for the next one lwIP has pending.
 */
void net_timers_update(void);

/*
 * For net/netif.c: after lwIP has processed received (or looped) packets,
 * or run its timers; net/tcp.c posts the connects that input completed
 * and looks at the connections whose state may have moved without a
 * callback (net/tcp.c, "Closing").
 */
void net_tcp_input_done(void);

/*
 * For net/netif.c: brackets every call into lwIP's input (netif input,
 * ip_input of looped packets) and timers (sys_check_timeouts). While
 * inside, net/tcp.c only records events; delivering one to the app there
 * is a broken invariant (panic). net_tcp_in_lwip() says whether inside.
 */
void net_tcp_lwip_enter(void);
void net_tcp_lwip_leave(void);
int net_tcp_in_lwip(void);

#endif
