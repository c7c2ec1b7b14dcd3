/*
 * A test image without JavaScript: its own kernel_main brings the machine
 * up as js/main.c does (console, exit device, heap, command line,
 * interrupts, network) and serves, in C on the event loop:
 *   port 7  echo (RFC 862): every byte back, with flow control both ways;
 *           after the client's FIN, the rest is flushed and the connection
 *           closed;
 *   port 8  a connection prints the driver's counters, once the
 *           connections still open have ended (10 s at most), and ends
 *           the image with exit code 0;
 *   port 9  outgoing connections: the client sends "PORT\n"; the image
 *           connects to 10.0.2.2:PORT (the host, through user networking),
 *           answers "connect ERR\n" on the control connection (0 or a
 *           negative errno) and, when connected, sends 100000 bytes
 *           (byte i is i % 251) and closes;
 *   port 80 an HTTP/1.1 responder: each request head (up to its blank
 *           line) gets one fixed keep-alive 200 answer, the bytes
 *           examples/http-hello sends (its Date a fixed one of the same
 *           length). A request body is not read: the clients are GETs.
 *           bench/http-rps.sh loads it to show the platform's ceiling:
 *           requests/s with no JavaScript at all.
 * It exercises drivers/virtio*, net/netif.c and net/tcp.h end to end; see
 * tests/net/run.sh. Built by tests/net/net.mk as build/test/net-echo.elf.
 */
#include "../../arch/x86_64/arch.h"
#include "../../drivers/board.h"
#include "../../drivers/power.h"
#include "../../drivers/serial.h"
#include "../../drivers/virtio_net.h"
#include "../../lib/alloc.h"
#include "../../lib/cmdline.h"
#include "../../lib/loop.h"
#include "../../net/net.h"
#include "../../net/tcp.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct cmdline cmdline;
static long nconn, nactive, nerrors; /* nerrors: connections ended by an error (a peer reset) */
static long ninside; /* callbacks that ran with lwIP's input or timers on the stack: must stay 0 */

/* net/tcp.h promises callbacks from the loop, never from inside lwIP:
 * every callback here checks, and the quit line reports the count. */
static void check_context(void)
{
	if (net_tcp_in_lwip())
		ninside++;
}

struct echo {
	struct net_tcp *c;
	char *pend;            /* bytes the send buffer did not take yet */
	size_t npend, cap;
	int ended;
	int crlf; /* port 80: how much of "\r\n\r\n" the bytes so far end with */
};

static void echo_free(struct echo *e, int abort)
{
	if (abort)
		net_tcp_abort(e->c);
	else
		net_tcp_close(e->c); /* flushes what is queued, then FIN */
	free(e->pend);
	free(e);
	nactive--;
}

/* Sends len bytes, or keeps what the send buffer does not take (pausing
 * the client until echo_writable has caught up). -1: the connection is
 * gone. */
static int echo_send(struct echo *e, const void *buf, size_t len)
{
	long n = e->npend ? 0 : net_tcp_write(e->c, buf, len);

	if (n < 0) {
		echo_free(e, 1);
		return -1;
	}
	if ((size_t)n < len) {
		size_t rest = len - (size_t)n;
		if (e->npend + rest > e->cap) {
			size_t cap = (e->npend + rest) * 2;
			char *p = realloc(e->pend, cap);
			if (!p) {
				echo_free(e, 1);
				return -1;
			}
			e->pend = p;
			e->cap = cap;
		}
		memcpy(e->pend + e->npend, (const char *)buf + n, rest);
		e->npend += rest;
		net_tcp_pause(e->c); /* the client waits until we caught up */
	}
	return 0;
}

static void echo_data(struct net_tcp *c, const void *buf, size_t len)
{
	check_context();
	echo_send(net_tcp_arg(c), buf, len);
}

static void echo_writable(struct net_tcp *c)
{
	check_context();
	struct echo *e = net_tcp_arg(c);
	long n = net_tcp_write(c, e->pend, e->npend);

	if (n < 0) {
		echo_free(e, 1);
		return;
	}
	memmove(e->pend, e->pend + n, e->npend - (size_t)n);
	e->npend -= (size_t)n;
	if (e->npend)
		return;
	if (e->ended)
		echo_free(e, 0);
	else
		net_tcp_resume(c);
}

static void echo_end(struct net_tcp *c)
{
	check_context();
	struct echo *e = net_tcp_arg(c);
	e->ended = 1;
	if (!e->npend)
		echo_free(e, 0);
}

static void echo_error(struct net_tcp *c, int err)
{
	check_context();
	struct echo *e = net_tcp_arg(c);
	nerrors++;
	if (cmdline.log && strcmp(cmdline.log, "quiet"))
		printf("echo: connection error %d\n", err);
	echo_free(e, 0);
}

static const struct net_tcp_ops echo_ops = {
	.data = echo_data, .end = echo_end, .writable = echo_writable, .error = echo_error,
};

static void conn_accept(struct net_tcp *c, const struct net_tcp_ops *ops)
{
	check_context();
	struct echo *e = calloc(1, sizeof *e);
	if (!e) {
		net_tcp_abort(c);
		return;
	}
	e->c = c;
	nconn++;
	nactive++;
	net_tcp_set_ops(c, ops, e);
}

static void echo_accept(struct net_tcp *l, struct net_tcp *c)
{
	(void)l;
	conn_accept(c, &echo_ops);
}

/* ---- port 80: the HTTP responder */

static const char http_answer[] = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
				  "Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nConnection: keep-alive\r\n"
				  "Keep-Alive: timeout=5\r\nContent-Length: 17\r\n\r\nHello from unijs\n";

static void http_data(struct net_tcp *c, const void *buf, size_t len)
{
	check_context();
	struct echo *e = net_tcp_arg(c);
	const char *p = buf;
	size_t i;

	for (i = 0; i < len; i++) {
		char want = (e->crlf & 1) ? '\n' : '\r';
		if (p[i] == want)
			e->crlf++;
		else
			e->crlf = p[i] == '\r';
		if (e->crlf == 4) {
			e->crlf = 0;
			if (echo_send(e, http_answer, sizeof http_answer - 1) < 0)
				return;
		}
	}
}

static const struct net_tcp_ops http_ops = {
	.data = http_data, .end = echo_end, .writable = echo_writable, .error = echo_error,
};

static void http_accept(struct net_tcp *l, struct net_tcp *c)
{
	(void)l;
	conn_accept(c, &http_ops);
}

/* The quit line waits (up to QUIT_WAIT_NS) for the connections still
 * open to end: the ends the host sent before its quit (a close, QEMU's
 * user networking's FIN for a reset) may still be on their way on a
 * loaded machine, and "open" must count leaks, not the host's speed. */
#define QUIT_WAIT_NS 10000000000ull
static struct loop_timer quit_timer;
static uint64_t quit_deadline;
static int quitting;

static void quit_report(void)
{
	struct virtio_net_stats st;
	struct alloc_stats as;
	virtio_net_get_stats(&st);
	alloc_get_stats(&as);
	printf("echo: quit: %ld connections (%ld open, %ld ended by an error), %ld callbacks inside lwIP, "
	       "rx %llu frames, tx %llu, irqs %llu (and %llu that found nothing), "
	       "dropped %llu, heap %zu KiB (peak %zu)\n", nconn, nactive, nerrors, ninside,
	       (unsigned long long)st.rx_frames, (unsigned long long)st.tx_frames,
	       (unsigned long long)st.irqs, (unsigned long long)st.irqs_empty, (unsigned long long)st.rx_dropped,
	       as.heap_used / 1024, as.heap_peak / 1024);
	power_exit(0);
}

static void quit_wait(struct loop_timer *t)
{
	uint64_t now = clock_monotonic_ns();
	if (!nactive || now >= quit_deadline)
		quit_report();
	loop_timer_start(t, now + 50000000u);
}

static void quit_accept(struct net_tcp *l, struct net_tcp *c)
{
	check_context();
	(void)l;
	(void)c;
	if (quitting)
		return;
	quitting = 1;
	quit_deadline = clock_monotonic_ns() + QUIT_WAIT_NS;
	loop_timer_init(&quit_timer, quit_wait);
	quit_wait(&quit_timer);
}

/* ---- port 9: net_tcp_connect */

#define OUT_BYTES 100000
struct out {
	struct net_tcp *ctl, *c;
	size_t sent;
	char line[16];
	size_t nline;
};

static void out_maybe_free(struct out *o);

static void out_pump(struct net_tcp *c)
{
	check_context();
	struct out *o = net_tcp_arg(c);
	char buf[4096];
	long n;

	while (o->sent < OUT_BYTES) {
		size_t k, m = OUT_BYTES - o->sent < sizeof buf ? OUT_BYTES - o->sent : sizeof buf;
		for (k = 0; k < m; k++)
			buf[k] = (char)((o->sent + k) % 251);
		n = net_tcp_write(c, buf, m);
		if (n <= 0)
			break;
		o->sent += (size_t)n;
	}
	if (o->sent == OUT_BYTES) {
		net_tcp_close(c); /* lingers until the host has it all */
		o->c = 0;
		nactive--;
		out_maybe_free(o);
	}
}

static void out_connect(struct net_tcp *c, int err)
{
	check_context();
	struct out *o = net_tcp_arg(c);
	char msg[32];
	int n = snprintf(msg, sizeof msg, "connect %d\n", err);
	if (o->ctl)
		net_tcp_write(o->ctl, msg, (size_t)n);
	if (err) {
		net_tcp_close(c);
		o->c = 0;
		nactive--;
		out_maybe_free(o);
		return;
	}
	out_pump(c);
}

static void out_error(struct net_tcp *c, int err)
{
	check_context();
	struct out *o = net_tcp_arg(c);
	printf("echo: outgoing connection error %d\n", err);
	net_tcp_close(c);
	o->c = 0;
	nactive--;
	out_maybe_free(o);
}

static const struct net_tcp_ops out_ops = {
	.connect = out_connect, .writable = out_pump, .error = out_error,
};

static void ctl_data(struct net_tcp *c, const void *buf, size_t len)
{
	check_context();
	struct out *o = net_tcp_arg(c);
	const char *p = buf;
	size_t i;
	int r;

	for (i = 0; i < len && o->nline < sizeof o->line - 1; i++) {
		if (p[i] != '\n') {
			o->line[o->nline++] = p[i];
			continue;
		}
		o->line[o->nline] = 0;
		o->nline = 0;
		if (o->c)
			continue; /* one at a time */
		r = net_tcp_connect("10.0.2.2", (uint16_t)atoi(o->line), &out_ops, o, &o->c);
		if (r < 0) {
			char msg[32];
			int n = snprintf(msg, sizeof msg, "connect %d\n", r);
			net_tcp_write(c, msg, (size_t)n);
			o->c = 0;
		} else {
			nconn++;
			nactive++;
		}
	}
}

static void out_maybe_free(struct out *o)
{
	if (!o->ctl && !o->c)
		free(o);
}

static void ctl_end(struct net_tcp *c)
{
	check_context();
	struct out *o = net_tcp_arg(c);
	net_tcp_close(c);
	nactive--;
	o->ctl = 0; /* an outgoing connection goes on; the last one frees o */
	out_maybe_free(o);
}

static void ctl_error(struct net_tcp *c, int err)
{
	check_context();
	(void)err;
	ctl_end(c);
}

static const struct net_tcp_ops ctl_ops = {
	.data = ctl_data, .end = ctl_end, .error = ctl_error,
};

static void ctl_accept(struct net_tcp *l, struct net_tcp *c)
{
	check_context();
	struct out *o = calloc(1, sizeof *o);
	(void)l;
	if (!o) {
		net_tcp_abort(c);
		return;
	}
	o->ctl = c;
	nconn++;
	nactive++;
	net_tcp_set_ops(c, &ctl_ops, o);
}


void kernel_main(struct boot_info *bi)
{
	struct net_config nc;
	struct net_tcp *l7, *l8, *l9, *l80;
	const char *bad = 0;
	uint64_t t0, t1;
	int r;

	board_init(bi, &cmdline);

	nc.ip = cmdline.ip;
	nc.gw = cmdline.gw;
	nc.mask = cmdline.mask;
	nc.verbose = strcmp(cmdline.log, "quiet") != 0;
	t0 = rdtsc();
	r = net_init(&nc, &bad);
	t1 = rdtsc();
	if (!strcmp(cmdline.log, "debug")) /* the probe's cost, for docs/figures */
		printf("echo: net_init took %llu us\n", (unsigned long long)arch_tsc_to_ns(t1 - t0) / 1000);
	if (r < 0) {
		printf("echo: net_init: error %d%s%s\n", r, bad ? " at " : "", bad ? bad : "");
		power_exit(r == -EINVAL ? EXIT_BAD_CMDLINE : 1);
	}
	if ((r = net_tcp_listen(7, 0, echo_accept, 0, &l7)) < 0 ||
	    (r = net_tcp_listen(8, 0, quit_accept, 0, &l8)) < 0 ||
	    (r = net_tcp_listen(9, 0, ctl_accept, 0, &l9)) < 0 ||
	    (r = net_tcp_listen(80, 0, http_accept, 0, &l80)) < 0) {
		printf("echo: listen: error %d\n", r);
		power_exit(1);
	}
	printf("echo: listening on %s\n", virtio_net_name());
	loop_run();
	printf("echo: the loop ended\n");
	power_exit(2);
}
