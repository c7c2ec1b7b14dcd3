/*
 * dns.h: host name look-ups (A records) through lwIP's DNS client.
 *
 * The DNS server comes with the DHCP lease (QEMU user networking: 10.0.2.3);
 * with a static ip= there is none and every look-up of a name fails with
 * -ENXIO. "localhost" and dotted quads answer at once, as do names still in
 * lwIP's cache (DNS_TABLE_SIZE entries, each for the TTL the server gave).
 *
 * net_dns_lookup(name, ip, cb, arg):
 *   1   answered now: *ip holds the address (network byte order)
 *   0   asked: cb(arg, err, ip) runs once, later, from a loop event (never
 *       inside lwIP or this call); err 0 with ip, or -ENOENT (no such name,
 *       or no answer after lwIP's retries: DNS_MAX_RETRIES)
 *   -EINVAL    not a host name (empty, or DNS_MAX_NAME_LENGTH or longer)
 *   -EAGAIN    no address yet (DHCP still running): ask again once bound
 *              (net_on_bound, net.h)
 *   -ENXIO     no DNS server known (static configuration), or no network
 *   -ENOMEM    out of memory, or lwIP's table of pending queries is full
 * Loop context only.
 */
#ifndef UNIJS_NET_DNS_H
#define UNIJS_NET_DNS_H

#include <stdint.h>

int net_dns_lookup(const char *name, uint32_t *ip, void (*cb)(void *arg, int err, uint32_t ip), void *arg);

#endif
