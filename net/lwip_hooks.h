/*
 * lwIP hooks (lwipopts.h names this file as LWIP_HOOK_FILENAME).
 *
 * net_tcp_isn: initial sequence numbers in the shape of RFC 6528: a keyed
 * hash of the connection's addresses and ports (key drawn at the first
 * call) plus a clock ticking every 4 us. lwIP's own ISN is a counter that
 * starts at the same value on every boot, which lets a blind attacker
 * guess sequence numbers.
 *
 * net_budget_tcp_inpacket (LWIP_HOOK_TCP_INPACKET_PCB, net/budget.c): sees
 * every TCP segment before lwIP hands it to a pcb; for a SYN to a listener
 * it enforces the network budget and the listen backlog (net/budget.h:
 * drops the SYN, or makes room by dropping the oldest half-open or
 * TIME_WAIT connection). Returns ERR_OK to let lwIP go on, else the
 * segment is dropped.
 */
#ifndef UNIJS_LWIP_HOOKS_H
#define UNIJS_LWIP_HOOKS_H

#include "lwip/ip_addr.h"
#include "lwip/err.h"

struct tcp_pcb;
struct tcp_hdr;
struct pbuf;

u32_t net_tcp_isn(const ip_addr_t *local_ip, u16_t local_port,
		  const ip_addr_t *remote_ip, u16_t remote_port);

err_t net_budget_tcp_inpacket(struct tcp_pcb *pcb, struct tcp_hdr *hdr, u16_t optlen,
			      u16_t opt1len, u8_t *opt2, struct pbuf *p);

#endif
