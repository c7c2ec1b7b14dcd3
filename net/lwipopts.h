/*
 * lwIP 2.1.3 configuration for unijs (lwIP's opt.h lists every option and
 * its default). lwIP runs only from the event loop: NO_SYS with the raw
 * API, no threads, no locks, never from an interrupt handler.
 */
#ifndef UNIJS_LWIPOPTS_H
#define UNIJS_LWIPOPTS_H

#define NO_SYS                  1
#define SYS_LIGHTWEIGHT_PROT    0 /* nothing preempts lwIP: handlers only post loop events */
#define LWIP_NETCONN            0
#define LWIP_SOCKET             0
#define LWIP_RAW                0
#define LWIP_IPV4               1
#define LWIP_IPV6               0
#define LWIP_ARP                1
#define LWIP_ETHERNET           1
#define LWIP_ICMP               1 /* answers ping */
#define LWIP_UDP                1
#define LWIP_TCP                1
#define LWIP_DHCP               1
#define LWIP_DNS                1 /* net/dns.c: dns.lookup; the server comes from DHCP */
#define DNS_TABLE_SIZE          8
#define LWIP_IGMP               0
#define LWIP_AUTOIP             0
#define LWIP_STATS              0
#define LWIP_NETIF_STATUS_CALLBACK 1 /* to log the address once DHCP binds */
/*
 * 127.0.0.1 (an app that is its own client, as in Node) and the guest's
 * own address reach the stack again through lwIP's loopback: a second
 * netif "lo", whose queued packets net/netif.c feeds back from a loop
 * event (NO_SYS: nothing else calls netif_poll). With a NIC, en0 is the
 * default route; without one lwIP starts with lo alone, at the first
 * listen or connect.
 */
#define LWIP_SINGLE_NETIF       0
#define LWIP_NETIF_LOOPBACK     1
#define LWIP_HAVE_LOOPIF        1
#define LWIP_SUPPORT_CUSTOM_PBUF 1 /* received frames stay in the driver's buffers */

/*
 * A DHCP server on a virtual network hands out unique addresses, and the
 * ARP probe would hold the address back for half a second after the ACK:
 * the app's first outgoing connection would wait for nothing.
 */
#define DHCP_DOES_ARP_CHECK     0

/*
 * Memory: lwIP's heap (pbufs with copied TCP data, PBUF_RAM) and its pools
 * (PCBs, segments, timeouts) come from our malloc. Our allocator is O(1)
 * for small blocks and lwIP runs on one core's loop, so nothing is gained
 * by lwIP's own locked heap; a fixed MEM_SIZE arena would be RAM taken
 * from every image, used or not, and a ceiling that a busy server hits
 * long before the machine is out of memory. This way network memory grows
 * and shrinks with the load and shows in process.memoryUsage(). The price:
 * pools have no fixed count (MEMP_NUM_* are not limits): the bounds are
 * net/budget.h's, computed at boot from the heap's size and enforced
 * where clients make the stack hold memory (SYNs, received frames,
 * out-of-order queues).
 */
#define MEM_LIBC_MALLOC         1
#define MEMP_MEM_MALLOC         1
/* Blocks lwIP frees (copied send data, segments, PCBs) are cleared first:
 * the next malloc, perhaps a JS buffer, never sees a client's bytes. */
void net_mem_free(void *p);
#define mem_clib_free           net_mem_free
#define MEM_ALIGNMENT           8

/*
 * TCP for throughput on a virtual NIC with a sub-millisecond round trip.
 * MSS 1460: a full 1500-byte Ethernet payload. Window and send buffer just
 * under 64 KiB (44 segments): the most a 16-bit window carries without
 * window scaling, several round trips of data at the rates TCG reaches,
 * so the sender never waits on the window on a local link. The send queue
 * counts pbufs, not bytes: 4 per segment leaves room for small writes.
 */
#define TCP_MSS                 1460
#define TCP_WND                 (44 * TCP_MSS)
#define TCP_SND_BUF             (44 * TCP_MSS)
#define TCP_SND_QUEUELEN        (4 * TCP_SND_BUF / TCP_MSS)
#define TCP_OVERSIZE            TCP_MSS /* small copied writes fill up one segment */
#define TCP_LISTEN_BACKLOG      1
#define TCP_DEFAULT_LISTEN_BACKLOG 128
#define LWIP_TCP_KEEPALIVE      1
#define LWIP_WND_SCALE          0

/*
 * Out-of-order segments are kept (a lost segment's followers need not be
 * sent again), within bounds (net/budget.h): per connection one window of
 * bytes in at most NET_OOSEQ_PBUFS segments, and nothing at all while the
 * stack holds more received data than the budget allows. lwIP trims the
 * queue to these limits after each insertion, keeping the lowest
 * sequence numbers.
 */
#define TCP_QUEUE_OOSEQ         1
unsigned net_budget_oos_bytes(const void *pcb);
unsigned net_budget_oos_pbufs(const void *pcb);
#define TCP_OOSEQ_BYTES_LIMIT(pcb) net_budget_oos_bytes(pcb)
#define TCP_OOSEQ_PBUFS_LIMIT(pcb) net_budget_oos_pbufs(pcb)

/*
 * What the out-of-order queue holds is told to the sender in SACK blocks
 * (RFC 2018; lwIP sends them, it does not act on the peer's): without
 * them a Linux client on a reordering, lossy wire raised its duplicate-ACK
 * threshold to the reordering it saw (20+), stopped retransmitting fast,
 * and waited on its backed-off retransmission timer, up to 40 s per loss
 * (tests/attack-net: a 1 MB upload through 10 % loss and 20 % reordering
 * timed out about once in 20). 32 bytes per connection.
 */
#define LWIP_TCP_SACK_OUT       1
#define LWIP_TCP_MAX_SACK_NUM   4

/*
 * Checksums in software, both ways: user networking offers no offload.
 * Data copied by tcp_write is checksummed while it is copied, once, not
 * again on every (re)transmission.
 */
#define CHECKSUM_GEN_IP         1
#define CHECKSUM_GEN_UDP        1
#define CHECKSUM_GEN_TCP        1
#define CHECKSUM_GEN_ICMP       1
#define CHECKSUM_CHECK_IP       1
#define CHECKSUM_CHECK_UDP      1
#define CHECKSUM_CHECK_TCP      1
#define CHECKSUM_CHECK_ICMP     1
#define LWIP_CHECKSUM_ON_COPY   1
#define LWIP_CHKSUM_ALGORITHM   3

/* Unpredictable initial sequence numbers (net/lwip_hooks.h) */
#define LWIP_HOOK_FILENAME      "lwip_hooks.h"
#define LWIP_HOOK_TCP_ISN       net_tcp_isn
/* The budget and the listen backlog, enforced at a SYN (net/budget.h) */
#define LWIP_HOOK_TCP_INPACKET_PCB net_budget_tcp_inpacket

#define ETH_PAD_SIZE            0
#define ARP_QUEUEING            1 /* the first packets to a new neighbour wait for its ARP reply */
#define IP_REASSEMBLY           1
#define IP_FRAG                 1

#endif
