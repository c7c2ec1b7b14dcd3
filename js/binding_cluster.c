/*
 * binding_cluster.c: the network side of `cluster` (js/lib/cluster.js is
 * the API; docs/internals.md "cluster" walks the whole path).
 *
 * lwIP runs on core 0 alone. A cluster worker (a worker isolate started by
 * cluster.fork, js/binding_worker.c) that listens asks core 0 to listen
 * for it; core 0 listens once per port and hands each accepted connection
 * to the next worker listening on that port (Node's round-robin,
 * SCHED_RR). From then on the connection is a record on core 0 (struct
 * cl_conn, whose address the worker uses to name it: `ref`) and a number
 * on both sides (`id`, which core 0 uses to name it to the worker):
 *
 *   core 0 -> worker   CL_CONN (new connection), CL_DATA (received bytes,
 *                      one block of core 0's heap that the worker frees),
 *                      CL_END, CL_ERR, CL_WACK (bytes of the worker's
 *                      writes that lwIP took), CL_LISTENED, CL_CONNECTED
 *                      (the outcome of a CL_CONNECT)
 *   worker -> core 0   CL_LISTEN, CL_UNLISTEN, CL_CONNECT (net.connect: the
 *                      host in a block of the worker's heap; core 0 looks
 *                      it up, connects, and the connection is then a
 *                      record like an accepted one), CL_WRITE (one block of the
 *                      worker's heap that core 0 frees once lwIP copied it,
 *                      and the received bytes the worker's JS has taken
 *                      since it last said), CL_ACK (those bytes, when no
 *                      write carried them),
 *                      CL_CTL (pause, resume, shutdown, close, abort,
 *                      no-delay, keep-alive)
 *
 * Copies: received bytes are copied from lwIP's buffers into the block
 * (1) and from the block into the worker's Buffer (2); written bytes from
 * the worker's Buffer into the block (1) and by net_tcp_write into lwIP's
 * segment (2). One ring message per chunk each way. Acknowledgements
 * ride along or wait (CL_ACK_LAZY, below): a request answered at once
 * costs one message each way, not two.
 *
 * Back-pressure: core 0 counts the bytes it sent to the worker that the
 * worker's JS has not yet taken (CL_ACK); past CL_RX_BOUND it pauses the
 * lwIP connection (the TCP window closes) until they fall under half of
 * it. The worker's own pause() (its socket's readable buffer is full)
 * pauses it too. The worker counts its writes not yet taken by lwIP and
 * reports a short write past CL_TX_BOUND (js/lib/internal_cluster_net.js),
 * so net.js waits for 'writable' as with a local handle.
 *
 * Lazy acknowledgements. Each count is only there for back-pressure, so
 * it need not travel at once: the worker adds the bytes its JS took to
 * its next CL_WRITE on that connection (a request's answer carries its
 * acknowledgement) and sends a CL_ACK of its own only once CL_ACK_LAZY
 * bytes are due; core 0 likewise reports what lwIP took (CL_WACK) once
 * CL_ACK_LAZY bytes are due. Neither side can wait forever on a lagging
 * count: a side that waits (core 0's lwIP connection paused past
 * CL_RX_BOUND, the worker's writes short past TX_BOUND) goes on once the
 * count falls under half its bound, and fewer than CL_ACK_LAZY bytes (a
 * quarter of it) are ever left unreported: once the other side has taken
 * everything, its last count leaves less than that outstanding.
 *
 * Lifetimes: core 0 frees a record only when the worker closed or aborted
 * it (the worker names it no more afterwards) or when the worker is gone
 * (runtime_cluster_gone, at W_EXIT, the last message from its core, before
 * its heap goes back): then every connection of that worker is reset,
 * never left hanging, and the worker's write blocks still queued here are
 * freed. The worker names a connection by id and forgets unknown ones, so
 * a message about a connection it already closed is harmless.
 *
 * A worker time-shared with the primary on core 0 (lib/task.h) takes the
 * same path, its "core" the xmsg address of its isolate (xmsg.h
 * XMSG_LOCAL_ADDR): the same messages and copies, through the pair of
 * rings core 0 keeps for it, without an IPI.
 *
 * Rings that are full: each side keeps an outbox per destination (FIFO,
 * so order per connection holds), flushed when the receiver's IPI says it
 * made room (runtime_cluster_flush, from binding_worker.c's loop hook).
 *
 * Linked only into images that pack cluster and the network (mkimage.sh:
 * -u runtime_cluster_natives).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xmsg.h"
#include "net/dns.h"
#include "net/net.h"
#include "net/tcp.h"

#include "binding_buffer.h"
#include "runtime_internal.h"

enum {
	CL_LISTEN = XMSG_USER + 16, /* b: request, c: port | backlog << 16 */
	CL_LISTENED,                /* b: request, c: port, or a negative errno */
	CL_UNLISTEN,                /* c: port */
	CL_CONN,                    /* a: ref, b: id | local ip << 32, c: remote ip | port << 32 | local port << 48 */
	CL_DATA,                    /* a: struct cl_block *, b: ref, c: id */
	CL_END,                     /* c: id */
	CL_ERR,                     /* b: errno, c: id */
	CL_WACK,                    /* b: bytes, c: id */
	CL_WRITE,                   /* a: struct cl_block *, b: ref, c: bytes acknowledged (CL_ACK's) */
	CL_ACK,                     /* b: ref, c: bytes */
	CL_CTL,                     /* b: ref, c: op | arg << 8 */
	CL_CONNECT,                 /* a: struct cl_block * (the host, NUL-ended), b: request, c: port */
	CL_CONNECTED,               /* a: ref (0: failed), b: id | remote ip << 32,
	                               c: local ip | local port << 32, or a negative errno
	                               (| 1 << 32 when the name look-up failed) */
};

enum { OP_PAUSE, OP_RESUME, OP_SHUT, OP_CLOSE, OP_ABORT, OP_NODELAY, OP_KEEPALIVE };

#define CL_RX_BOUND (64u << 10)
#define CL_ACK_LAZY (16u << 10)  /* internal_cluster_net.js ACK_LAZY */
#define CL_CONNECT_ID 0x80000000u

/* An outbox entry; a data block is its own entry (the receiver frees it). */
struct cl_block {
	struct cl_block *next;
	struct xmsg m;
	int own;            /* free after sending (a control message) */
	size_t len, off;    /* data bytes; off: how far lwIP took them (core 0) */
	unsigned char data[];
};

struct cl_port {
	struct cl_port *next;
	uint16_t port;      /* asked (0: an ephemeral one, shared) */
	uint16_t bound;     /* what lwIP gave */
	struct net_tcp *l;
	uint32_t core[XMSG_ADDRS];  /* the listening workers' xmsg addresses */
	int n, rr;
};

struct cl_conn {
	struct cl_conn *next, *prev;
	uint32_t id, core;
	struct net_tcp *c;
	size_t inflight;    /* sent to the worker, not yet taken by its JS */
	size_t wack_due;    /* taken by lwIP, not yet reported (CL_WACK) */
	int wpaused, paused, dead, shut_due, close_due;
	struct cl_block *wq, *wq_tail; /* the worker's writes lwIP has not all taken */
	/* a connection the worker asked for (CL_CONNECT); its id is the
	 * worker's request | CL_CONNECT_ID, accepted ones' ids stay under */
	uint16_t port;      /* where to */
	int resolving;      /* its host name is being looked up (c is NULL) */
	int orphan;         /* the worker went meanwhile: the look-up's answer frees it */
};

struct cl_state {
	struct cl_block *out[XMSG_ADDRS], *out_tail[XMSG_ADDRS]; /* by xmsg address */
	/* core 0 */
	struct cl_port *ports;
	struct cl_conn *conns;
	uint32_t next_id;
	uint32_t accepted[XMSG_ADDRS]; /* open accepted connections, by worker address */
};

static struct cl_state main_cl;
static int handlers_set;

/* The running isolate's state: the main one's (core 0), or a cluster
 * worker's, on a core of its own or time-shared on core 0 (NULL in a
 * worker_threads worker and on an idle core). */
static struct cl_state *cl(void)
{
	struct cpu *c = this_cpu();
	struct isolate *I = c->js;

	if (I && I->worker)
		return I->cluster;
	return xmsg_self() == 0 ? &main_cl : 0;
}

/* ---- sending */

static void out_push(struct cl_state *s, uint32_t to, struct cl_block *b)
{
	b->next = 0;
	if (s->out_tail[to])
		s->out_tail[to]->next = b;
	else
		s->out[to] = b;
	s->out_tail[to] = b;
}

static void flush_to(struct cl_state *s, uint32_t to)
{
	struct cl_block *b;

	while ((b = s->out[to])) {
		struct cl_block *next = b->next; /* b is the receiver's once sent */
		int own = b->own;
		struct xmsg m = b->m;
		if (xmsg_send(to, &m) == -EAGAIN)
			return;
		s->out[to] = next;
		if (!next)
			s->out_tail[to] = 0;
		if (own)
			free(b);
	}
}

/* binding_worker.c's loop hook: a receiver made room */
void runtime_cluster_flush(void)
{
	struct cl_state *s = cl();

	if (!s)
		return;
	for (uint32_t i = 0; i < XMSG_ADDRS; i++)
		if (s->out[i])
			flush_to(s, i);
}

/* A control message: straight into the ring when nothing waits before it,
 * else behind what waits. Returns -ENOMEM when it could not be queued. */
static int send_ctl(uint32_t to, uint32_t type, uint64_t a, uint64_t b, uint64_t c)
{
	struct cl_state *s = cl();
	struct cl_block *q;
	struct xmsg m;

	memset(&m, 0, sizeof m);
	m.type = type;
	m.a = a;
	m.b = b;
	m.c = c;
	if (!s->out[to] && xmsg_send(to, &m) != -EAGAIN)
		return 0;
	q = malloc(sizeof *q);
	if (!q)
		return -ENOMEM;
	q->m = m;
	q->own = 1;
	q->len = q->off = 0;
	out_push(s, to, q);
	flush_to(s, to);
	return 0;
}

/* A data block (b->m filled in): the receiver frees it. */
static void send_block(uint32_t to, struct cl_block *b)
{
	struct cl_state *s = cl();
	struct xmsg m = b->m;

	b->own = 0;
	if (!s->out[to] && xmsg_send(to, &m) != -EAGAIN)
		return;
	out_push(s, to, b);
	flush_to(s, to);
}

static struct cl_block *block_new(size_t len)
{
	struct cl_block *b = malloc(sizeof *b + len);
	if (b) {
		memset(b, 0, sizeof *b);
		b->len = len;
	}
	return b;
}

/* ---- core 0: connections */

static uint32_t ip_pack(const char *ip)
{
	uint32_t v = 0, part = 0;
	for (; *ip; ip++) {
		if (*ip == '.') {
			v = v << 8 | (part & 0xff);
			part = 0;
		} else {
			part = part * 10 + (uint32_t)(*ip - '0');
		}
	}
	return v << 8 | (part & 0xff);
}

static void unlink_conn(struct cl_conn *r)
{
	struct cl_state *s = &main_cl;

	if (r->prev)
		r->prev->next = r->next;
	else if (s->conns == r)
		s->conns = r->next;
	if (r->next)
		r->next->prev = r->prev;
	r->next = r->prev = 0;
}

static void conn_free(struct cl_conn *r)
{
	while (r->wq) {
		struct cl_block *b = r->wq;
		r->wq = b->next;
		free(b); /* back to the worker's heap */
	}
	if (!(r->id & CL_CONNECT_ID) && r->core < XMSG_ADDRS && main_cl.accepted[r->core])
		main_cl.accepted[r->core]--;
	unlink_conn(r);
	free(r);
}

static void conn_rx_check(struct cl_conn *r)
{
	int want = r->wpaused || r->inflight > CL_RX_BOUND ||
		   (r->paused && r->inflight > CL_RX_BOUND / 2);
	if (r->dead || want == r->paused)
		return;
	r->paused = want;
	if (want)
		net_tcp_pause(r->c);
	else
		net_tcp_resume(r->c);
}

/* Hands lwIP what it takes of the worker's queued writes; reports it; then
 * a FIN or the close the worker asked for once nothing is left. */
static void conn_flush(struct cl_conn *r)
{
	size_t taken = 0;

	while (r->wq && !r->dead) {
		struct cl_block *b = r->wq;
		long n = net_tcp_write(r->c, b->data + b->off, b->len - b->off);
		if (n < 0) {
			/* the worker hears of it (its writes would wait for a
			 * CL_WACK that never comes); a later error callback's
			 * CL_ERR finds the socket already destroyed */
			r->dead = 1;
			if (!r->close_due)
				send_ctl(r->core, CL_ERR, 0, (uint64_t)(int64_t)n, r->id);
			break;
		}
		b->off += (size_t)n;
		taken += (size_t)n;
		if (b->off < b->len)
			break;
		r->wq = b->next;
		if (!r->wq)
			r->wq_tail = 0;
		free(b);
	}
	r->wack_due += taken;
	/* at once only when the worker may wait for it: lagging reports
	 * never keep it waiting ("Lazy acknowledgements" above) */
	if (r->wack_due && !r->close_due && r->wack_due >= CL_ACK_LAZY) {
		send_ctl(r->core, CL_WACK, 0, r->wack_due, r->id);
		r->wack_due = 0;
	}
	if (r->wq && !r->dead)
		return;
	if (r->shut_due) {
		r->shut_due = 0;
		if (!r->dead)
			net_tcp_shutdown(r->c);
	}
	if (r->close_due) {
		net_tcp_close(r->c);
		conn_free(r);
	}
}

static void on_tcp_data(struct net_tcp *c, const void *buf, size_t len)
{
	struct cl_conn *r = net_tcp_arg(c);
	struct cl_block *b;

	if (r->close_due)
		return;
	b = block_new(len);
	if (!b) { /* no memory for the copy: a reset rather than lost bytes */
		r->dead = 1;
		send_ctl(r->core, CL_ERR, 0, (uint64_t)(int64_t)-ENOMEM, r->id);
		net_tcp_pause(c);
		return;
	}
	memcpy(b->data, buf, len);
	b->m.type = CL_DATA;
	b->m.a = (uint64_t)(uintptr_t)b;
	b->m.b = (uint64_t)(uintptr_t)r;
	b->m.c = r->id;
	r->inflight += len;
	send_block(r->core, b);
	conn_rx_check(r);
}

static void on_tcp_end(struct net_tcp *c)
{
	struct cl_conn *r = net_tcp_arg(c);
	if (!r->close_due)
		send_ctl(r->core, CL_END, 0, 0, r->id);
}

static void on_tcp_writable(struct net_tcp *c)
{
	conn_flush(net_tcp_arg(c));
}

static void on_tcp_error(struct net_tcp *c, int err)
{
	struct cl_conn *r = net_tcp_arg(c);

	r->dead = 1;
	if (r->close_due) { /* the worker let go already */
		net_tcp_close(c);
		conn_free(r);
		return;
	}
	send_ctl(r->core, CL_ERR, 0, (uint64_t)(int64_t)err, r->id);
}

/* A connection the worker asked for has failed: it hears the errno (and
 * whether the name look-up failed); the record goes. */
static void connect_failed(struct cl_conn *r, int err, int lookup)
{
	send_ctl(r->core, CL_CONNECTED, 0, r->id, (uint32_t)err | (uint64_t)(lookup ? 1 : 0) << 32);
	if (r->c)
		net_tcp_abort(r->c);
	r->c = 0;
	conn_free(r);
}

/* net_tcp_connect's outcome, for a connection a worker asked for */
static void on_tcp_connect(struct net_tcp *c, int err)
{
	struct cl_conn *r = net_tcp_arg(c);
	char lip[16], rip[16];
	uint16_t lport = 0, rport = 0;

	if (err < 0) {
		connect_failed(r, err, 0);
		return;
	}
	if (net_tcp_local(c, lip, &lport) < 0)
		strcpy(lip, "0.0.0.0");
	if (net_tcp_remote(c, rip, &rport) < 0)
		strcpy(rip, "0.0.0.0");
	send_ctl(r->core, CL_CONNECTED, (uint64_t)(uintptr_t)r, r->id | (uint64_t)ip_pack(rip) << 32,
		 ip_pack(lip) | (uint64_t)lport << 32);
}

static const struct net_tcp_ops cl_tcp_ops = {
	.connect = on_tcp_connect,
	.data = on_tcp_data,
	.end = on_tcp_end,
	.writable = on_tcp_writable,
	.error = on_tcp_error,
};

/*
 * The listening worker that gets the next connection. Node's primary
 * hands connections out round-robin "with some built-in smarts to avoid
 * overloading a worker" (its docs); ours: the worker with the fewest open
 * connections wins, ties going round-robin (so with short connections, or
 * workers alike, it is plain round-robin), and a worker time-shared on
 * core 0 counts each of its open connections twice (with keep-alive
 * clients it gets one in three of them beside a worker on a core of its
 * own). That core also runs lwIP and relays every other worker's bytes,
 * so it has about half a core for its worker; with keep-alive clients
 * the count decides who serves for the connection's whole life. Measured
 * at -smp 2 (docs/figures.md "cluster"): with plain round-robin the
 * worker on core 1 got a third of the requests and idled two thirds of
 * the time while core 0 was full. (accepted[] could be counted from the
 * records at each accept; kept instead, as conn_free unkeeps it.)
 */
static uint32_t pick_worker(struct cl_port *p)
{
	struct cl_state *s = &main_cl;
	uint64_t best = UINT64_MAX;
	int k = 0;

	for (int i = 1; i <= p->n; i++) {
		int j = (p->rr + i) % p->n;
		uint32_t a = p->core[j];
		uint64_t load = a < XMSG_ADDRS ? s->accepted[a] : 0;
		if (XMSG_IS_LOCAL(a))
			load *= 2;
		if (load < best) {
			best = load;
			k = j;
		}
	}
	p->rr = k;
	return p->core[k];
}

static void on_accept(struct net_tcp *l, struct net_tcp *c)
{
	struct cl_port *p = net_tcp_arg(l);
	struct cl_state *s = &main_cl;
	struct cl_conn *r;
	char rip[16], lip[16];
	uint16_t rport = 0, lport = 0;
	uint32_t core;

	if (!p->n || !(r = calloc(1, sizeof *r))) {
		net_tcp_abort(c);
		return;
	}
	core = pick_worker(p);
	if (core < XMSG_ADDRS)
		s->accepted[core]++;
	s->next_id = (s->next_id + 1) & ~CL_CONNECT_ID;
	if (!s->next_id)
		s->next_id = 1;
	r->id = s->next_id;
	r->core = core;
	r->c = c;
	r->next = s->conns;
	if (s->conns)
		s->conns->prev = r;
	s->conns = r;
	net_tcp_set_ops(c, &cl_tcp_ops, r);
	if (net_tcp_remote(c, rip, &rport) < 0)
		strcpy(rip, "0.0.0.0");
	if (net_tcp_local(c, lip, &lport) < 0) {
		strcpy(lip, "0.0.0.0");
		lport = p->bound;
	}
	send_ctl(core, CL_CONN, (uint64_t)(uintptr_t)r, r->id | (uint64_t)ip_pack(lip) << 32,
		 ip_pack(rip) | (uint64_t)rport << 32 | (uint64_t)p->bound << 48);
}

static void port_drop(struct cl_port *p, uint32_t core)
{
	for (int i = 0; i < p->n; i++)
		if (p->core[i] == core) {
			memmove(&p->core[i], &p->core[i + 1], (size_t)(p->n - i - 1) * sizeof p->core[0]);
			p->n--;
			break;
		}
	if (p->rr >= p->n)
		p->rr = p->n ? p->n - 1 : 0;
}

static void ports_settle(void)
{
	for (struct cl_port **pp = &main_cl.ports; *pp;) {
		struct cl_port *p = *pp;
		if (p->n) {
			pp = &p->next;
			continue;
		}
		*pp = p->next;
		net_tcp_close(p->l); /* the last worker stopped listening (Node closes the shared handle) */
		free(p);
	}
}

/* binding_worker.c, core 0, at W_EXIT of the worker on core `core` (its
 * last message), before its heap goes back: every connection of it is
 * reset, its write blocks freed, its listens dropped, and what waits here
 * for its core is dropped. */
void runtime_cluster_gone(uint32_t core)
{
	struct cl_state *s = &main_cl;
	struct cl_block *b;

	for (struct cl_conn *r = s->conns, *next; r; r = next) {
		next = r->next;
		if (r->core != core)
			continue;
		if (r->resolving) { /* the look-up's answer frees it */
			unlink_conn(r);
			r->orphan = 1;
			continue;
		}
		net_tcp_abort(r->c);
		conn_free(r);
	}
	for (struct cl_port *p = s->ports; p; p = p->next)
		port_drop(p, core);
	ports_settle();
	if (core < XMSG_ADDRS) {
		while ((b = s->out[core])) {
			s->out[core] = b->next;
			free(b);
		}
		s->out_tail[core] = 0;
	}
}

/* ---- core 0: the workers' requests */

static int from_cluster_worker(const struct xmsg *m)
{
	return xmsg_self() == 0 && runtime_worker_cluster_on(m->from);
}

static void on_listen(const struct xmsg *m)
{
	struct cl_state *s = &main_cl;
	uint16_t port = (uint16_t)(m->c & 0xffff);
	int backlog = (int)((m->c >> 16) & 0xffff), err;
	struct cl_port *p;
	char ip[16];

	if (!from_cluster_worker(m))
		return;
	for (p = s->ports; p; p = p->next)
		if (p->port == port)
			break;
	if (!p) {
		p = calloc(1, sizeof *p);
		if (!p) {
			send_ctl(m->from, CL_LISTENED, 0, m->b, (uint64_t)(int64_t)-ENOMEM);
			return;
		}
		err = net_tcp_listen(port, backlog > 255 ? 255 : backlog, on_accept, p, &p->l);
		if (err < 0) {
			free(p);
			send_ctl(m->from, CL_LISTENED, 0, m->b, (uint64_t)(int64_t)err);
			return;
		}
		p->port = port;
		if (net_tcp_local(p->l, ip, &p->bound) < 0)
			p->bound = port;
		p->next = s->ports;
		s->ports = p;
	}
	port_drop(p, m->from); /* listening twice on one port: one place in the turn */
	p->core[p->n++] = m->from;
	send_ctl(m->from, CL_LISTENED, 0, m->b, p->bound);
}

static void on_unlisten(const struct xmsg *m)
{
	if (!from_cluster_worker(m))
		return;
	for (struct cl_port *p = main_cl.ports; p; p = p->next)
		if (p->bound == (uint16_t)m->c)
			port_drop(p, m->from);
	ports_settle();
}

/* Opens the lwIP connection of a record whose address is known; the
 * outcome goes to the worker from on_tcp_connect (or at once). */
static void connect_ip(struct cl_conn *r, uint32_t ip)
{
	const unsigned char *o = (const unsigned char *)&ip; /* network order */
	uint32_t a, mask, gw;
	char s[16];
	int err;

	if (o[0] != 127 && net_ipv4(&a, &mask, &gw) == -EAGAIN) {
		/* no address yet (DHCP): the worker asks again, as dns.js
		 * waits before the main isolate's connect */
		connect_failed(r, -EAGAIN, 0);
		return;
	}
	snprintf(s, sizeof s, "%u.%u.%u.%u", o[0], o[1], o[2], o[3]);
	err = net_tcp_connect(s, r->port, &cl_tcp_ops, r, &r->c);
	if (err < 0) {
		r->c = 0;
		connect_failed(r, err, 0);
	}
}

/* the look-up's outcome: the connection to ip, or the look-up's error */
static void resolved(struct cl_conn *r, int err, uint32_t ip)
{
	r->resolving = 0;
	if (err < 0)
		connect_failed(r, err, 1);
	else
		connect_ip(r, ip);
}

static void on_resolved(void *arg, int err, uint32_t ip)
{
	struct cl_conn *r = arg;

	if (r->orphan) { /* the worker is gone */
		free(r);
		return;
	}
	resolved(r, err, ip);
}

/* CL_CONNECT: a worker's net.connect. The host is looked up here as the
 * main isolate's would be (dotted quads and "localhost" answer at once);
 * then the connection is a record like an accepted one, on the worker's
 * core, whose bytes are relayed the same way. */
static void on_connect(const struct xmsg *m)
{
	struct cl_block *b = (struct cl_block *)(uintptr_t)m->a;
	struct cl_state *s = &main_cl;
	struct cl_conn *r;
	uint32_t ip = 0;
	int got;

	if (!from_cluster_worker(m)) {
		free(b);
		return;
	}
	r = calloc(1, sizeof *r);
	if (!r) {
		free(b);
		send_ctl(m->from, CL_CONNECTED, 0, ((uint32_t)m->b & ~CL_CONNECT_ID) | CL_CONNECT_ID,
			 (uint32_t)-ENOMEM);
		return;
	}
	r->id = ((uint32_t)m->b & ~CL_CONNECT_ID) | CL_CONNECT_ID;
	r->core = m->from;
	r->port = (uint16_t)m->c;
	r->next = s->conns;
	if (s->conns)
		s->conns->prev = r;
	s->conns = r;
	r->resolving = 1;
	b->data[b->len - 1] = 0;
	got = net_dns_lookup((const char *)b->data, &ip, on_resolved, r);
	free(b); /* back to the worker's heap */
	if (got == 0)
		return; /* on_resolved follows */
	resolved(r, got, ip);
}

static void take_ack(struct cl_conn *r, uint64_t n)
{
	r->inflight -= n < r->inflight ? n : r->inflight;
	conn_rx_check(r);
}

static void on_write(const struct xmsg *m)
{
	struct cl_block *b = (struct cl_block *)(uintptr_t)m->a;
	struct cl_conn *r = (struct cl_conn *)(uintptr_t)m->b;

	if (!from_cluster_worker(m)) {
		free(b);
		return;
	}
	if (m->c)
		take_ack(r, m->c);
	if (r->dead) {
		free(b);
		return;
	}
	b->next = 0;
	b->off = 0;
	if (r->wq_tail)
		r->wq_tail->next = b;
	else
		r->wq = b;
	r->wq_tail = b;
	if (r->wq == b)
		conn_flush(r);
}

static void on_ack(const struct xmsg *m)
{
	struct cl_conn *r = (struct cl_conn *)(uintptr_t)m->b;

	if (!from_cluster_worker(m))
		return;
	take_ack(r, m->c);
}

static void on_ctl(const struct xmsg *m)
{
	struct cl_conn *r = (struct cl_conn *)(uintptr_t)m->b;
	unsigned op = (unsigned)(m->c & 0xff);
	unsigned arg = (unsigned)(m->c >> 8);

	if (!from_cluster_worker(m))
		return;
	switch (op) {
	case OP_PAUSE:
	case OP_RESUME:
		r->wpaused = op == OP_PAUSE;
		conn_rx_check(r);
		break;
	case OP_SHUT:
		r->shut_due = 1;
		if (!r->wq)
			conn_flush(r);
		break;
	case OP_CLOSE:
		r->close_due = 1;
		if (r->dead || !r->wq)
			conn_flush(r); /* closes now (lwIP still sends what it took) */
		else if (r->paused) /* no more data for a worker that let go */
			net_tcp_resume(r->c);
		break;
	case OP_ABORT:
		net_tcp_abort(r->c);
		conn_free(r);
		break;
	case OP_NODELAY:
		if (!r->dead)
			net_tcp_nodelay(r->c, (int)arg);
		break;
	case OP_KEEPALIVE:
		if (!r->dead)
			net_tcp_keepalive(r->c, arg);
		break;
	}
}

/* ---- the worker's side */

/* Whether a cluster worker's isolate runs here and takes events: not on
 * an idle core, nor in a worker on its way out or a worker_threads one. */
static int worker_live(void)
{
	struct cpu *c = this_cpu();
	struct isolate *I = c->js;
	return I && I->worker && I->cluster && I->J && !runtime_dead() && runtime_worker_live();
}

/* Calls registry "unijs.clusterEvent"(kind, id, data | nums...) in this
 * worker's isolate. data (a block of core 0's heap) is freed once copied
 * into a Buffer, before any JS runs: the JS may end this isolate. */
static void call_js(const char *kind, double id, struct cl_block *data, int n, const double *nums)
{
	js_State *J = runtime_iso()->J;
	struct cl_block *volatile held = data;

	if (js_try(J)) {
		free(held);
		runtime_threw(J);
		return;
	}
	js_getregistry(J, "unijs.clusterEvent");
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		js_endtry(J);
		free(held);
		return;
	}
	js_pushundefined(J);
	js_pushstring(J, kind);
	js_pushnumber(J, id);
	if (data) {
		buffer_push_copy(J, data->data, data->len);
		held = 0;
		free(data); /* back to core 0's heap */
	}
	for (int i = 0; i < n; i++)
		js_pushnumber(J, nums[i]);
	js_call(J, 2 + (data != 0) + n);
	js_pop(J, 1);
	js_endtry(J);
	runtime_drain(J);
}

static void w_on_listened(const struct xmsg *m)
{
	double v = (double)(int64_t)m->c;
	if (worker_live())
		call_js("listened", (double)m->b, 0, 1, &v);
}

static void w_on_conn(const struct xmsg *m)
{
	/* ref, local ip, remote ip, remote port, local port */
	double v[5] = { (double)m->a, (double)(m->b >> 32), (double)(m->c & 0xffffffffu),
			(double)((m->c >> 32) & 0xffff), (double)(m->c >> 48) };
	if (worker_live())
		call_js("conn", (double)(uint32_t)m->b, 0, 5, v);
}

static void w_on_connected(const struct xmsg *m)
{
	/* request: ref, remote ip, local ip, local port;
	 * or 0, 0, errno, look-up failed */
	double v[4];

	if (!worker_live())
		return;
	if (m->a) {
		v[0] = (double)m->a;
		v[1] = (double)(m->b >> 32);
		v[2] = (double)(m->c & 0xffffffffu);
		v[3] = (double)((m->c >> 32) & 0xffff);
	} else {
		v[0] = v[1] = 0;
		v[2] = (double)(int32_t)(uint32_t)m->c;
		v[3] = (double)((m->c >> 32) & 1);
	}
	call_js("connected", (double)((uint32_t)m->b & ~CL_CONNECT_ID), 0, 4, v);
}

static void w_on_data(const struct xmsg *m)
{
	struct cl_block *b = (struct cl_block *)(uintptr_t)m->a;

	if (!worker_live()) {
		free(b); /* back to core 0's heap */
		return;
	}
	call_js("data", (double)(uint32_t)m->c, b, 0, 0);
}

static void w_on_event(const struct xmsg *m)
{
	if (!worker_live())
		return;
	double v = m->type == CL_ERR ? (double)(int64_t)m->b : (double)m->b;
	switch (m->type) {
	case CL_END: call_js("end", (double)(uint32_t)m->c, 0, 0, 0); break;
	case CL_ERR: call_js("error", (double)(uint32_t)m->c, 0, 1, &v); break;
	case CL_WACK: call_js("wack", (double)(uint32_t)m->c, 0, 1, &v); break;
	}
}

/* native.tcp in a cluster worker (js/lib/internal_cluster_net.js):
 *   listen(request, port, backlog), unlisten(port), connect(request, host, port),
 *   write(ref, buffer, start, end, acked), ack(ref, n), ctl(ref, op, arg),
 *   setup(fn), errname(err); remote: true */
static uint64_t ref_of(js_State *J, int idx)
{
	return (uint64_t)js_tonumber(J, idx);
}

static void ct_listen(js_State *J)
{
	uint32_t port = (uint32_t)js_toint32(J, 2) & 0xffff, backlog = (uint32_t)js_toint32(J, 3) & 0xffff;
	if (send_ctl(0, CL_LISTEN, 0, (uint64_t)js_tonumber(J, 1), port | backlog << 16) < 0)
		js_error(J, "out of memory");
	js_pushundefined(J);
}

/* connect(request, host, port): the answer is "connected" */
static void ct_connect(js_State *J)
{
	const char *host = js_tostring(J, 2);
	size_t n = strlen(host) + 1;
	struct cl_block *b = block_new(n);

	if (!b)
		js_error(J, "out of memory");
	memcpy(b->data, host, n);
	b->m.type = CL_CONNECT;
	b->m.a = (uint64_t)(uintptr_t)b;
	b->m.b = (uint64_t)js_tonumber(J, 1);
	b->m.c = (uint32_t)js_toint32(J, 3) & 0xffff;
	send_block(0, b);
	js_pushundefined(J);
}

static void ct_unlisten(js_State *J)
{
	send_ctl(0, CL_UNLISTEN, 0, 0, (uint32_t)js_toint32(J, 1) & 0xffff);
	js_pushundefined(J);
}

static void ct_write(js_State *J)
{
	uint64_t ref = ref_of(J, 1);
	size_t len;
	unsigned char *d = buffer_range(J, 2, &len, "write");
	struct cl_block *b;
	double acked;

	if (!len) { /* (the caller keeps what it would have acknowledged) */
		js_pushnumber(J, 0);
		return;
	}
	b = block_new(len);
	if (!b)
		js_error(J, "out of memory");
	memcpy(b->data, d, len);
	b->m.type = CL_WRITE;
	b->m.a = (uint64_t)(uintptr_t)b;
	b->m.b = ref;
	acked = js_tonumber(J, 5);
	b->m.c = acked > 0 ? (uint64_t)acked : 0; /* (NaN: none) */
	send_block(0, b);
	js_pushnumber(J, (double)len);
}

static void ct_ack(js_State *J)
{
	send_ctl(0, CL_ACK, 0, ref_of(J, 1), (uint64_t)js_tonumber(J, 2));
	js_pushundefined(J);
}

static void ct_ctl(js_State *J)
{
	uint64_t op = (uint64_t)js_toint32(J, 2) & 0xff, arg = (uint64_t)js_toint32(J, 3) & 0xffffff;
	if (send_ctl(0, CL_CTL, 0, ref_of(J, 1), op | arg << 8) < 0)
		js_error(J, "out of memory");
	js_pushundefined(J);
}

static void ct_setup(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, "unijs.clusterEvent");
	js_pushundefined(J);
}

static void ct_errname(js_State *J)
{
	js_pushstring(J, runtime_tcp_errname(js_toint32(J, 1)));
}

static void set_handlers(void)
{
	if (handlers_set)
		return;
	handlers_set = 1;
	/* core 0 */
	xmsg_handle(CL_LISTEN, on_listen);
	xmsg_handle(CL_UNLISTEN, on_unlisten);
	xmsg_handle(CL_WRITE, on_write);
	xmsg_handle(CL_ACK, on_ack);
	xmsg_handle(CL_CTL, on_ctl);
	xmsg_handle(CL_CONNECT, on_connect);
	/* the workers' cores */
	xmsg_handle(CL_LISTENED, w_on_listened);
	xmsg_handle(CL_CONN, w_on_conn);
	xmsg_handle(CL_DATA, w_on_data);
	xmsg_handle(CL_END, w_on_event);
	xmsg_handle(CL_ERR, w_on_event);
	xmsg_handle(CL_WACK, w_on_event);
	xmsg_handle(CL_CONNECTED, w_on_connected);
}

/* runtime.c, for every isolate: on core 0 the handlers (before any worker
 * can send); in a cluster worker its state and native.tcp (the remote
 * one, in place of binding_tcp.c's). Natives object on top. */
void runtime_cluster_natives(js_State *J)
{
	struct isolate *I;

	if (!runtime_in_worker()) {
		set_handlers();
		return;
	}
	if (!runtime_worker_cluster())
		return;
	I = runtime_iso();
	I->cluster = calloc(1, sizeof(struct cl_state));
	if (!I->cluster)
		js_error(J, "out of memory");
	js_newobject(J);
	js_pushboolean(J, 1);
	js_setproperty(J, -2, "remote");
	js_newcfunction(J, ct_listen, "listen", 3);
	js_setproperty(J, -2, "listen");
	js_newcfunction(J, ct_connect, "connect", 3);
	js_setproperty(J, -2, "connect");
	js_newcfunction(J, ct_unlisten, "unlisten", 1);
	js_setproperty(J, -2, "unlisten");
	js_newcfunction(J, ct_write, "write", 5);
	js_setproperty(J, -2, "write");
	js_newcfunction(J, ct_ack, "ack", 2);
	js_setproperty(J, -2, "ack");
	js_newcfunction(J, ct_ctl, "ctl", 3);
	js_setproperty(J, -2, "ctl");
	js_newcfunction(J, ct_setup, "setup", 1);
	js_setproperty(J, -2, "setup");
	js_newcfunction(J, ct_errname, "errname", 1);
	js_setproperty(J, -2, "errname");
	js_setproperty(J, -2, "tcp");
}
