/*
 * lwIP hooks (lwipopts.h names this file as LWIP_HOOK_FILENAME).
 *
 * net_tcp_isn: initial sequence numbers in the shape of RFC 6528: a keyed
 * hash of the connection's addresses and ports (key drawn at the first
 * call) plus a clock ticking every 4 us. lwIP's own ISN is a counter that
 * starts at the same value on every boot, which lets a blind attacker
 * guess sequence numbers.
 */
#ifndef UNIJS_LWIP_HOOKS_H
#define UNIJS_LWIP_HOOKS_H

#include "lwip/ip_addr.h"

u32_t net_tcp_isn(const ip_addr_t *local_ip, u16_t local_port,
		  const ip_addr_t *remote_ip, u16_t remote_port);

#endif
