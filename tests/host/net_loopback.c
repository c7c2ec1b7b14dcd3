/*
 * net_loopback.c: net/tcp.h for the host build, as an in-process
 * loopback. Listeners and connections live in this process only: a
 * connect to 127.0.0.1:port reaches a listener of the same program, which
 * is what the Node-oracle tests need (a server and its client in one
 * script; node runs them over the real loopback).
 *
 * Each connection has a receive queue that its peer's writes fill, up to
 * LB_WINDOW bytes (then writes come back short and 'writable' follows once
 * the reader has drained). Everything reaches the other side through loop
 * events (lib/loop.h), never from inside the call that caused it, as with
 * a real stack. Errors follow net/tcp.h: no listener → -ECONNREFUSED at
 * connect; abort → -ECONNRESET at the peer; a port in use → -EADDRINUSE;
 * any address but 127.0.0.1/0.0.0.0/localhost → -EHOSTUNREACH.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/loop.h"
#include "net/tcp.h"

#define LB_WINDOW (64 * 1024)
#define LB_SEGMENT (16 * 1024)

struct net_tcp {
	int listener;
	uint16_t port, peer_port;
	const struct net_tcp_ops *ops;
	void *arg;
	void (*on_accept)(struct net_tcp *, struct net_tcp *);
	struct net_tcp *peer;       /* NULL once the peer is gone */
	unsigned char *rx;          /* bytes from the peer, not yet delivered */
	size_t rx_len, rx_cap;
	int paused, fin_in, fin_delivered, fin_out;
	int in_data, refused;       /* in ops->data(); it called net_tcp_refuse */
	int closed;                 /* closed from inside ops->data(): freed after it */
	int want_writable, writable_due; /* a short write / its notice due */
	int pending_err;            /* to report through ops->error or connect */
	int connecting, refd;
	struct loop_event ev;       /* deliver what is pending */
	struct net_tcp *next;       /* listeners list */
};

static struct net_tcp *listeners;
static uint16_t next_port = 40000;

static void lb_deliver(struct loop_event *ev);

static struct net_tcp *lb_new(void)
{
	struct net_tcp *c = calloc(1, sizeof *c);

	if (!c)
		return NULL;
	loop_event_init(&c->ev, lb_deliver);
	c->refd = 1;
	loop_ref();
	return c;
}

/* c gets no more deliveries and holds the loop no longer */
static void lb_quiet(struct net_tcp *c)
{
	loop_event_cancel(&c->ev);
	if (c->refd) {
		c->refd = 0;
		loop_unref();
	}
}

static void lb_free(struct net_tcp *c)
{
	lb_quiet(c);
	free(c->rx);
	free(c);
}

static struct net_tcp *lb_find(uint16_t port)
{
	struct net_tcp *l;

	for (l = listeners; l; l = l->next)
		if (l->port == port)
			return l;
	return NULL;
}

static uint16_t lb_ephemeral(void)
{
	while (lb_find(next_port))
		next_port++;
	return next_port++;
}

int net_tcp_listen(uint16_t port, int backlog,
		   void (*on_accept)(struct net_tcp *listener, struct net_tcp *conn), void *arg,
		   struct net_tcp **out)
{
	struct net_tcp *l;

	(void)backlog;
	if (port && lb_find(port))
		return -EADDRINUSE;
	l = lb_new();
	if (!l)
		return -ENOMEM;
	l->listener = 1;
	l->port = port ? port : lb_ephemeral();
	l->on_accept = on_accept;
	l->arg = arg;
	l->next = listeners;
	listeners = l;
	*out = l;
	return 0;
}

/* The accept happens on the server side's first event. */
int net_tcp_connect(const char *ip, uint16_t port, const struct net_tcp_ops *ops, void *arg,
		    struct net_tcp **out)
{
	struct net_tcp *c, *s, *l;

	if (strcmp(ip, "127.0.0.1") && strcmp(ip, "0.0.0.0"))
		return strspn(ip, "0123456789.") == strlen(ip) ? -EHOSTUNREACH : -EINVAL;
	c = lb_new();
	if (!c)
		return -ENOMEM;
	c->ops = ops;
	c->arg = arg;
	c->port = lb_ephemeral();
	c->peer_port = port;
	c->connecting = 1;
	l = lb_find(port);
	if (!l) {
		c->pending_err = -ECONNREFUSED;
	} else {
		s = lb_new();
		if (!s) {
			lb_free(c);
			return -ENOMEM;
		}
		s->port = port;
		s->peer_port = c->port;
		s->peer = c;
		c->peer = s;
		s->on_accept = l->on_accept; /* accepted on s's first event */
		s->arg = l;
		s->connecting = 1;
		loop_event_post(&s->ev);
	}
	loop_event_post(&c->ev);
	*out = c;
	return 0;
}

void net_tcp_set_ops(struct net_tcp *c, const struct net_tcp_ops *ops, void *arg)
{
	c->ops = ops;
	c->arg = arg;
	loop_event_post(&c->ev);
}

void *net_tcp_arg(const struct net_tcp *c)
{
	return c->arg;
}

/* One callback per event: the event is posted again before the call
 * (a close inside the callback cancels it), so a callback that frees c
 * is never followed by a touch of c. */
static void lb_deliver(struct loop_event *ev)
{
	struct net_tcp *c = (struct net_tcp *)((char *)ev - offsetof(struct net_tcp, ev));
	struct net_tcp *p = c->peer;
	int err;

	if (c->connecting && c->on_accept) { /* server side: the accept */
		struct net_tcp *l = c->arg;
		c->connecting = 0;
		c->on_accept = NULL;
		c->arg = NULL;
		l->on_accept(l, c); /* its net_tcp_set_ops posts the rest */
		return;
	}
	if (!c->ops)
		return;
	if (c->connecting || c->pending_err) {
		err = c->pending_err;
		c->pending_err = 0;
		if (!c->connecting) {
			c->rx_len = 0;
			if (c->ops->error)
				c->ops->error(c, err);
			return;
		}
		c->connecting = 0;
		if (!err)
			loop_event_post(&c->ev);
		if (c->ops->connect)
			c->ops->connect(c, err);
		return;
	}
	if (!c->paused && c->rx_len > 0) {
		size_t n = c->rx_len > LB_SEGMENT ? LB_SEGMENT : c->rx_len;
		unsigned char *seg = malloc(n);
		if (!seg)
			return;
		memcpy(seg, c->rx, n);
		memmove(c->rx, c->rx + n, c->rx_len - n);
		c->rx_len -= n;
		if (p && p->want_writable && c->rx_len <= LB_WINDOW / 2) {
			p->want_writable = 0;
			p->writable_due = 1;
			loop_event_post(&p->ev);
		}
		loop_event_post(&c->ev);
		if (c->ops->data) {
			c->in_data = 1;
			c->ops->data(c, seg, n);
			c->in_data = 0;
			if (c->closed) { /* the callback closed it: now it goes */
				free(seg);
				lb_free(c);
				return;
			}
		}
		if (c->refused) { /* back in front, held (net/tcp.h) */
			c->refused = 0;
			if (c->rx_len + n > c->rx_cap) {
				unsigned char *q = realloc(c->rx, c->rx_len + n);
				if (!q)
					abort();
				c->rx = q;
				c->rx_cap = c->rx_len + n;
			}
			memmove(c->rx + n, c->rx, c->rx_len);
			memcpy(c->rx, seg, n);
			c->rx_len += n;
			c->paused = 1;
		}
		free(seg);
		return;
	}
	if (!c->paused && c->fin_in && !c->fin_delivered) {
		c->fin_delivered = 1;
		loop_event_post(&c->ev);
		if (c->ops->end)
			c->ops->end(c);
		return;
	}
	if (c->writable_due) {
		c->writable_due = 0;
		if (c->ops->writable)
			c->ops->writable(c);
	}
}

long net_tcp_write(struct net_tcp *c, const void *buf, size_t len)
{
	struct net_tcp *p = c->peer;
	size_t room, n;

	if (c->listener)
		return -EINVAL;
	if (c->fin_out)
		return -EPIPE;
	if (!p || c->connecting)
		return -ENOTCONN;
	room = p->rx_len >= LB_WINDOW ? 0 : LB_WINDOW - p->rx_len;
	n = len < room ? len : room;
	if (p->rx_len + n > p->rx_cap) {
		size_t cap = p->rx_cap ? p->rx_cap : 4096;
		unsigned char *q;
		while (cap < p->rx_len + n)
			cap *= 2;
		q = realloc(p->rx, cap);
		if (!q)
			return -ENOMEM;
		p->rx = q;
		p->rx_cap = cap;
	}
	memcpy(p->rx + p->rx_len, buf, n);
	p->rx_len += n;
	if (n < len)
		c->want_writable = 1;
	if (n)
		loop_event_post(&p->ev);
	return (long)n;
}

/* The host's loopback copies (the peer's receive queue): the bytes are
 * free again at once, and release follows from the loop, as the contract
 * says it may. */
static void lb_pin_ev(struct loop_event *ev)
{
	struct net_tcp_pin *pin = (struct net_tcp_pin *)((char *)ev - offsetof(struct net_tcp_pin, ev));
	pin->release(pin);
}

void net_tcp_pin_init(struct net_tcp_pin *pin, void (*release)(struct net_tcp_pin *pin))
{
	pin->refs = 0;
	pin->release = release;
	loop_event_init(&pin->ev, lb_pin_ev);
}

long net_tcp_write_ref(struct net_tcp *c, const void *buf, size_t len, struct net_tcp_pin *pin)
{
	long n = net_tcp_write(c, buf, len);
	if (n > 0)
		loop_event_post(&pin->ev);
	return n;
}

size_t net_tcp_write_room(const struct net_tcp *c)
{
	const struct net_tcp *p = c->peer;

	return !p || p->rx_len >= LB_WINDOW ? 0 : LB_WINDOW - p->rx_len;
}

size_t net_tcp_unacked(const struct net_tcp *c)
{
	return c->peer ? c->peer->rx_len : 0;
}

int net_tcp_shutdown(struct net_tcp *c)
{
	if (!c->peer)
		return -ENOTCONN;
	if (!c->fin_out) {
		c->fin_out = 1;
		c->peer->fin_in = 1;
		loop_event_post(&c->peer->ev);
	}
	return 0;
}

void net_tcp_pause(struct net_tcp *c)
{
	c->paused = 1;
}

void net_tcp_resume(struct net_tcp *c)
{
	c->paused = 0;
	loop_event_post(&c->ev);
}

void net_tcp_refuse(struct net_tcp *c)
{
	if (!c->in_data)
		abort(); /* net/tcp.h: from inside data() only */
	c->refused = 1;
}

void net_tcp_nodelay(struct net_tcp *c, int on)
{
	(void)c;
	(void)on;
}

void net_tcp_keepalive(struct net_tcp *c, unsigned idle_s)
{
	(void)c;
	(void)idle_s;
}

static void lb_unlink(struct net_tcp *c)
{
	struct net_tcp **pp;

	for (pp = &listeners; *pp; pp = &(*pp)->next)
		if (*pp == c) {
			*pp = c->next;
			return;
		}
}

/* Ends c; the peer sees FIN (graceful) or a reset. Data already queued
 * for the peer is still delivered (it sits in the peer's queue). */
static void lb_end(struct net_tcp *c, int reset)
{
	struct net_tcp *p = c->peer;

	if (c->listener)
		lb_unlink(c);
	if (p) {
		p->peer = NULL;
		if (reset) {
			p->pending_err = -ECONNRESET;
		} else {
			p->fin_in = 1;
		}
		loop_event_post(&p->ev);
	}
	if (c->in_data) {
		/* closed by its own data callback (net/tcp.h allows it): the
		 * handle is dead to the caller and gets no more callbacks, but
		 * lb_deliver, on the stack, frees it once the callback returns
		 * (it used to be freed here, and lb_deliver wrote into it) */
		lb_quiet(c);
		c->closed = 1;
		return;
	}
	lb_free(c);
}

void net_tcp_close(struct net_tcp *c)
{
	lb_end(c, 0);
}

void net_tcp_abort(struct net_tcp *c)
{
	lb_end(c, 1);
}

void net_tcp_ref(struct net_tcp *c)
{
	if (!c->refd) {
		c->refd = 1;
		loop_ref();
	}
}

void net_tcp_unref(struct net_tcp *c)
{
	if (c->refd) {
		c->refd = 0;
		loop_unref();
	}
}

int net_tcp_remote(const struct net_tcp *c, char ip[16], uint16_t *port)
{
	if (c->listener)
		return -ENOTCONN;
	strcpy(ip, "127.0.0.1");
	*port = c->peer_port;
	return 0;
}

int net_tcp_local(const struct net_tcp *c, char ip[16], uint16_t *port)
{
	strcpy(ip, c->listener ? "0.0.0.0" : "127.0.0.1");
	*port = c->port;
	return 0;
}

/* ---- net/net.h and net/dns.h, as the host build has them: the loopback
 * address only, always bound; names other than localhost and dotted quads
 * are not found (answered from a loop event, as by a real server). */
#include "net/dns.h"
#include "net/net.h"

struct lb_dns {
	struct loop_event ev;
	void (*cb)(void *arg, int err, uint32_t ip);
	void *arg;
};

int net_ipv4(uint32_t *ip, uint32_t *mask, uint32_t *gw)
{
	*ip = 0x0100007f; /* 127.0.0.1, network byte order */
	*mask = 0x000000ff;
	*gw = 0;
	return 0;
}

void net_on_bound(void (*fn)(void))
{
	(void)fn; /* bound from the start */
}

static void lb_dns_answer(struct loop_event *ev)
{
	struct lb_dns *d = (struct lb_dns *)ev;

	loop_unref();
	d->cb(d->arg, -ENOENT, 0);
	free(d);
}

int net_dns_lookup(const char *name, uint32_t *ip, void (*cb)(void *arg, int err, uint32_t ip), void *arg)
{
	unsigned a, b, c, d;
	char tail;
	struct lb_dns *q;

	if (!name || !name[0] || strlen(name) >= 256)
		return -EINVAL;
	if (!strcmp(name, "localhost")) {
		*ip = 0x0100007f;
		return 1;
	}
	if (sscanf(name, "%u.%u.%u.%u%c", &a, &b, &c, &d, &tail) == 4 && a < 256 && b < 256 && c < 256 && d < 256) {
		*ip = a | b << 8 | c << 16 | (uint32_t)d << 24;
		return 1;
	}
	if (!(q = calloc(1, sizeof *q)))
		return -ENOMEM;
	loop_event_init(&q->ev, lb_dns_answer);
	q->cb = cb;
	q->arg = arg;
	loop_ref();
	loop_event_post(&q->ev);
	return 0;
}
