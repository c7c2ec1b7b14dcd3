/*
 * binding_dns.c: host name look-ups and the wait for the network address,
 * for js/lib/dns.js (and through it net.js's connect). Linked with the
 * network stack: runtime_tcp_init installs these natives.
 *
 * native.dns:
 *   lookup(name, cb)  "a.b.c.d" when answered at once; 0 when asked:
 *                     cb(err, address) follows from the loop (err 0, or
 *                     a negative errno, -ENOENT: no such name); or a
 *                     negative errno (net/dns.h: -EAGAIN no address yet,
 *                     -ENXIO no DNS server, -EINVAL, -ENOMEM)
 *   state()           0 with an address, -EAGAIN while DHCP (or lwIP's
 *                     start) is under way, -ENODEV without a network
 *   onbound           a function the binding calls (no arguments) each
 *                     time the address becomes bound
 * Callbacks run under js_try: an exception is the app's uncaught one.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lib/loop.h"
#include "net/dns.h"
#include "net/net.h"

#include "runtime_internal.h"

static js_State *dns_J;
static struct loop_event dns_bound_ev;

static void dns_call(int slot, int nargs, int err, uint32_t ip)
{
	js_State *J = dns_J;
	char buf[16];

	if (runtime_dead())
		return;
	if (js_try(J)) {
		runtime_threw(J);
		return;
	}
	if (slot >= 0) {
		runtime_push_held(J, slot);
	} else {
		js_getregistry(J, RUNTIME_NATIVE);
		js_getproperty(J, -1, "dns");
		js_getproperty(J, -1, "onbound");
		js_rot3pop2(J);
	}
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		js_endtry(J);
		return;
	}
	js_pushundefined(J);
	if (nargs) {
		js_pushnumber(J, err);
		snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip & 255, (ip >> 8) & 255, (ip >> 16) & 255, ip >> 24);
		js_pushstring(J, buf);
	}
	js_call(J, nargs);
	js_pop(J, 1);
	js_endtry(J);
	if (!runtime_dead())
		runtime_drain(J);
}

static void dns_answer(void *arg, int err, uint32_t ip)
{
	int slot = (int)(intptr_t)arg;

	dns_call(slot, 2, err, ip);
	runtime_release(dns_J, slot);
}

static void dns_bound_run(struct loop_event *ev)
{
	(void)ev;
	dns_call(-1, 0, 0, 0);
}

/* net_on_bound runs inside lwIP's DHCP input: the JS side runs from the loop */
static void dns_bound(void)
{
	if (!loop_event_queued(&dns_bound_ev))
		loop_event_post(&dns_bound_ev);
}

static void nd_lookup(js_State *J)
{
	uint32_t ip;
	int slot, r;
	char buf[16];

	if (!js_iscallable(J, 2))
		js_typeerror(J, "dns lookup: callback is not a function");
	slot = runtime_hold(J, 2);
	r = net_dns_lookup(js_tostring(J, 1), &ip, dns_answer, (void *)(intptr_t)slot);
	if (r != 0)
		runtime_release(J, slot);
	if (r == 1) {
		snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip & 255, (ip >> 8) & 255, (ip >> 16) & 255, ip >> 24);
		js_pushstring(J, buf);
	} else {
		js_pushnumber(J, r);
	}
}

static void nd_state(js_State *J)
{
	uint32_t ip, mask, gw;

	js_pushnumber(J, net_ipv4(&ip, &mask, &gw));
}

void runtime_dns_natives(js_State *J)
{
	dns_J = J;
	loop_event_init(&dns_bound_ev, dns_bound_run);
	net_on_bound(dns_bound);
	js_newobject(J);
	js_newcfunction(J, nd_lookup, "lookup", 2);
	js_setproperty(J, -2, "lookup");
	js_newcfunction(J, nd_state, "state", 0);
	js_setproperty(J, -2, "state");
	js_setproperty(J, -2, "dns");
}
