/*
 * dns.c: net/dns.h over lwIP's DNS client (core/dns.c, LWIP_DNS in
 * lwipopts.h). Each pending query is a request carrying a loop event, so
 * that the answer reaches the caller from the loop: lwIP calls found()
 * from inside its UDP input, or even from inside dns_gethostbyname when it
 * gives up at once.
 */
#include "dns.h"
#include "net.h"
#include "../lib/loop.h"
#include "lwip/dns.h"
#include "lwip/ip_addr.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct dns_req {
	struct loop_event ev;
	void (*cb)(void *arg, int err, uint32_t ip);
	void *arg;
	int err;
	uint32_t ip;
};

static void dns_deliver(struct loop_event *ev)
{
	struct dns_req *r = (struct dns_req *)ev;

	loop_unref();
	r->cb(r->arg, r->err, r->ip);
	free(r);
}

static void dns_found(const char *name, const ip_addr_t *addr, void *arg)
{
	struct dns_req *r = arg;

	(void)name;
	if (addr && IP_IS_V4(addr)) {
		r->err = 0;
		r->ip = ip4_addr_get_u32(ip_2_ip4(addr));
	} else {
		r->err = -ENOENT;
	}
	loop_event_post(&r->ev);
}

int net_dns_lookup(const char *name, uint32_t *ip, void (*cb)(void *arg, int err, uint32_t ip), void *arg)
{
	struct dns_req *r;
	ip_addr_t addr;
	uint32_t self, mask, gw;
	err_t e;
	int rc;

	if (!name || !name[0] || strlen(name) >= DNS_MAX_NAME_LENGTH)
		return -EINVAL;
	if ((rc = net_start()) < 0)
		return rc;
	if (!strcmp(name, "localhost") || ip4addr_aton(name, ip_2_ip4(&addr))) {
		*ip = strcmp(name, "localhost") ? ip4_addr_get_u32(ip_2_ip4(&addr)) : PP_HTONL(0x7f000001UL);
		return 1;
	}
	rc = net_ipv4(&self, &mask, &gw);
	if (rc == -ENODEV)
		return -ENXIO;
	if (rc < 0)
		return rc;
	if (ip_addr_isany(dns_getserver(0)))
		return -ENXIO;
	if (!(r = calloc(1, sizeof *r)))
		return -ENOMEM;
	loop_event_init(&r->ev, dns_deliver);
	r->cb = cb;
	r->arg = arg;
	e = dns_gethostbyname_addrtype(name, &addr, dns_found, r, LWIP_DNS_ADDRTYPE_IPV4);
	if (e == ERR_OK) {
		free(r);
		*ip = ip4_addr_get_u32(ip_2_ip4(&addr));
		return 1;
	}
	if (e != ERR_INPROGRESS) {
		/* found() may have run already (lwIP gave up at once) */
		if (loop_event_queued(&r->ev))
			loop_event_cancel(&r->ev);
		free(r);
		return e == ERR_MEM ? -ENOMEM : -EINVAL;
	}
	/* a pending query keeps the app alive, as Node's getaddrinfo does */
	loop_ref();
	net_timers_update();
	return 0;
}
