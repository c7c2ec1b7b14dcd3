/*
 * net/tcp.h over lwIP's raw TCP API (lwIP doc/rawapi.txt; tcp.h). The
 * rules of that API this file lives by:
 *  - lwIP frees a pcb on its own after calling the err callback (reset,
 *    timeout) and, silently, once both sides have sent FIN and the app
 *    shut its side; so a handle forgets its pcb at those two moments and
 *    never touches it again.
 *  - Data passed to the recv callback counts against the window until
 *    tcp_recved(); we call it when the app has had the bytes.
 *
 * Nothing of the app runs inside lwIP. lwIP's callbacks (recv, sent, err,
 * connected, accept) only record what happened on the handle (received
 * pbufs on rxq, peer_fin, writable_due, err_due, a listener's queue of
 * accepted connections) and post the handle's loop event; the loop runs
 * deliver() once lwIP's input (or timer) processing has returned. So the
 * app's callbacks always find lwIP between packets: they may close, abort
 * or write to any handle, and lwIP never sees a pcb freed under its feet
 * (no ERR_ABRT bookkeeping, no nesting depth). The one frame of ours that
 * can be on the stack while the app closes a handle is deliver() itself,
 * for the handle it delivers: `delivering` names it, and its memory is
 * freed when deliver() returns. net_tcp_in_lwip() says whether lwIP's
 * input or timers are on the stack; deliver() panics if they are (the
 * invariant, checked on every delivery).
 *
 * Per handle, what is due goes out in this order: connect, data (while
 * not paused), end (after the last data), writable, error (after the data
 * that came before it, unless the app paused: then that data is dropped,
 * as a reset drops what the socket held).
 *
 * Closing a connection sends FIN after the queued data (tcp_shutdown, not
 * tcp_close: lwIP keeps calling us, and frees nothing silently but a
 * TIME_WAIT pcb) and the handle lives on, holding its loop reference,
 * until the peer has acknowledged everything including the FIN or the
 * connection has failed. Acknowledgement of a bare FIN reaches no
 * callback (the sent callback counts data bytes only): FIN_WAIT_1 ->
 * FIN_WAIT_2 and CLOSING -> TIME_WAIT happen silently inside tcp_input.
 * So every handle whose FIN is out sits on a watch list that is looked
 * at after each batch of received packets (net_tcp_input_done, from
 * net/netif.c, once lwIP's input has returned): settle() then lets the
 * pcb go to lwIP and frees a closed handle.
 */
#include "tcp.h"
#include "net.h"
#include "budget.h"
#include "../lib/loop.h"
#include "../lib/panic.h"
#include "../lib/trace.h"
#include "lwip/ip4_addr.h"
#include "lwip/tcp.h"
#include "lwip/priv/tcp_priv.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#if TCP_WND > 0xffff || LWIP_WND_SCALE
#error "held receive data is chained with pbuf_cat: its 16-bit tot_len needs TCP_WND < 64 KiB"
#endif

struct net_tcp {
	struct tcp_pcb *pcb;      /* NULL once lwIP has freed it or we let it go */
	const struct net_tcp_ops *ops;
	void *arg;
	void (*on_accept)(struct net_tcp *listener, struct net_tcp *conn);
	struct pbuf *rxq;         /* received, not yet delivered (whole pbufs) */
	uint16_t head_recved;     /* bytes at rxq's head already given back to the
	                           * window: data() refused them (net_tcp_refuse) */
	struct loop_event ev;     /* deliver() what is due */
	struct net_tcp *acc_head, *acc_tail; /* listener: accepted, not yet handed out */
	struct net_tcp *acc_next;
	struct net_tcp *cnext;    /* connected list (see on_connected) */
	struct net_tcp *onext;    /* output list (see want_output) */
	ip4_addr_t rip, lip;
	uint16_t rport, lport;
	int err_due;              /* an error (or connect failure) to report */
	struct net_tcp *wnext, **wprev; /* watch list: our FIN is out, pcb still ours */
	uint8_t listener, connecting, connect_due, have_remote, paused, peer_fin, end_sent, shut;
	uint8_t want_writable, writable_due, closed, dead, refd, in_cq, in_oq, refused;
};

static struct net_tcp *watched;
static uint64_t tx_copied, tx_nocopy; /* bytes written with / without lwIP's copy */
static struct net_tcp *delivering;   /* the handle deliver() is working on */
static struct net_tcp *connected;    /* connects to report once input returns */
static int in_lwip;                  /* lwIP's input or timers on the stack */
static struct net_tcp *outq;         /* written to, tcp_output still to call */
static struct loop_event out_ev;

static int to_errno(err_t e, int connecting)
{
	switch (e) {
	case ERR_OK: return 0;
	case ERR_MEM: return -ENOMEM;
	case ERR_BUF: return -ENOBUFS;
	case ERR_TIMEOUT: return -ETIMEDOUT;
	case ERR_RTE: return -EHOSTUNREACH;
	case ERR_INPROGRESS: return -EINPROGRESS;
	case ERR_VAL: return -EINVAL;
	case ERR_WOULDBLOCK: return -EWOULDBLOCK;
	case ERR_USE: return -EADDRINUSE;
	case ERR_ALREADY: return -EALREADY;
	case ERR_ISCONN: return -EISCONN;
	case ERR_CONN: return -ENOTCONN;
	case ERR_IF: return -ENETDOWN;
	/* lwIP aborts a pcb itself only when retransmissions (of the SYN
	 * too) or keep-alives went unanswered, or to reclaim memory */
	case ERR_ABRT: return -ETIMEDOUT;
	case ERR_RST: return connecting ? -ECONNREFUSED : -ECONNRESET;
	case ERR_CLSD: return -ENOTCONN;
	case ERR_ARG: return -EINVAL;
	default: return -EIO;
	}
}

void net_tcp_tx_counts(uint64_t *copied, uint64_t *nocopy)
{
	*copied = tx_copied;
	*nocopy = tx_nocopy;
}

void net_tcp_lwip_enter(void)
{
	in_lwip++;
}

void net_tcp_lwip_leave(void)
{
	in_lwip--;
}

int net_tcp_in_lwip(void)
{
	return in_lwip;
}

/* ---- handle lifetime */

static void watch(struct net_tcp *c)
{
	if (c->wprev || !c->pcb)
		return;
	c->wnext = watched;
	if (watched)
		watched->wprev = &c->wnext;
	watched = c;
	c->wprev = &watched;
}

static void unwatch(struct net_tcp *c)
{
	if (!c->wprev)
		return;
	*c->wprev = c->wnext;
	if (c->wnext)
		c->wnext->wprev = c->wprev;
	c->wnext = 0;
	c->wprev = 0;
}

static void uncq(struct net_tcp *c)
{
	struct net_tcp **pp;

	if (!c->in_cq)
		return;
	for (pp = &connected; *pp; pp = &(*pp)->cnext)
		if (*pp == c) {
			*pp = c->cnext;
			break;
		}
	c->in_cq = 0;
}

/*
 * Output is sent once the app's callback is over, not at each write: the
 * head and body an HTTP response writes one after the other leave in one
 * segment (as they did when the app ran inside lwIP's input, where lwIP
 * defers output), Nagle or not. deliver_ev flushes after the app's
 * callbacks for its handle; writes from elsewhere (timers, other events)
 * are flushed by out_ev, which runs in the next pass.
 */
static void flush_output(void)
{
	struct net_tcp *c;

	while ((c = outq)) {
		outq = c->onext;
		c->onext = 0;
		c->in_oq = 0;
		if (c->pcb && !c->listener)
			tcp_output(c->pcb);
	}
}

static void out_cb(struct loop_event *ev)
{
	(void)ev;
	flush_output();
	net_timers_update();
}

static void want_output(struct net_tcp *c)
{
	if (!c->in_oq) {
		c->in_oq = 1;
		c->onext = outq;
		outq = c;
	}
	if (!delivering) {
		if (!out_ev.cb)
			loop_event_init(&out_ev, out_cb);
		if (!loop_event_queued(&out_ev))
			loop_event_post(&out_ev);
	}
}

static void unoq(struct net_tcp *c)
{
	struct net_tcp **pp;

	if (!c->in_oq)
		return;
	for (pp = &outq; *pp; pp = &(*pp)->onext)
		if (*pp == c) {
			*pp = c->onext;
			break;
		}
	c->in_oq = 0;
}

static void destroy(struct net_tcp *c)
{
	unwatch(c);
	uncq(c);
	unoq(c);
	loop_event_cancel(&c->ev);
	if (c->rxq)
		pbuf_free(c->rxq);
	if (c->refd)
		loop_unref();
	free(c);
}

/* The handle's memory goes now, or when deliver() is done with it. */
static void release(struct net_tcp *c)
{
	c->dead = 1;
	if (c != delivering)
		destroy(c);
}

/* Stop hearing from pcb; lwIP finishes (or frees) it on its own. */
static void detach(struct net_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;
	if (!pcb)
		return;
	tcp_arg(pcb, 0);
	if (!c->listener) {
		tcp_recv(pcb, 0);
		tcp_sent(pcb, 0);
		tcp_err(pcb, 0);
		tcp_poll(pcb, 0, 0);
	}
	c->pcb = 0;
	unwatch(c);
}

static void drop_rxq(struct net_tcp *c)
{
	if (!c->rxq)
		return;
	if (c->pcb) /* consumed, as far as the window is concerned */
		tcp_recved(c->pcb, (u16_t)(c->rxq->tot_len - c->head_recved));
	pbuf_free(c->rxq);
	c->rxq = 0;
	c->head_recved = 0;
}

static void deliver_ev(struct loop_event *ev);

static struct net_tcp *alloc_handle(void)
{
	struct net_tcp *c = calloc(1, sizeof *c);
	if (!c)
		return 0;
	c->refd = 1;
	loop_ref();
	loop_event_init(&c->ev, deliver_ev);
	return c;
}

/* Whether deliver() has something to do for c now. */
static int due(const struct net_tcp *c)
{
	if (c->closed)
		return 0;
	if (c->listener)
		return c->acc_head != 0;
	if (!c->ops)
		return 0;
	return c->connect_due || c->writable_due || c->err_due ||
	       (!c->paused && (c->rxq || (c->peer_fin && !c->end_sent)));
}

/* Posts c's event when something is due (from lwIP's callbacks too: the
 * loop runs it after lwIP has returned). */
static void deliver_later(struct net_tcp *c)
{
	if (due(c) && !loop_event_queued(&c->ev))
		loop_event_post(&c->ev);
}

/* ---- receiving */

/*
 * Our FIN is out (see the top): whether lwIP has moved the pcb to where we
 * must let go of it. TIME_WAIT: both FINs are acknowledged and lwIP frees
 * the pcb on its own, later. FIN_WAIT_2: all we sent is acknowledged; a
 * closed handle is done, and tcp_close hands the pcb to lwIP, which waits
 * (boundedly) for the peer's FIN. Other states wait for the peer's ACK,
 * or end in on_err (reset, timeout, LAST_ACK's last ACK). Never called
 * from inside lwIP.
 */
static void settle(struct net_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;

	if (!pcb || !c->shut)
		return;
	if (pcb->state == TIME_WAIT) {
		c->peer_fin = 1; /* its recv(NULL) came already: input has returned */
		detach(c);
		if (c->closed)
			release(c);
		else
			deliver_later(c);
	} else if (pcb->state == FIN_WAIT_2 && c->closed) {
		detach(c);
		tcp_close(pcb); /* cannot fail in FIN_WAIT_2 */
		release(c);
	}
}

void net_tcp_input_done(void)
{
	struct net_tcp *c, *next;

	/* connects after the accepts that the same input caused (on_connected) */
	while ((c = connected)) {
		connected = c->cnext;
		c->in_cq = 0;
		deliver_later(c);
	}
	for (c = watched; c; c = next) {
		next = c->wnext;
		settle(c);
	}
}

static void deliver_accepts(struct net_tcp *l)
{
	struct net_tcp *c;

	while ((c = l->acc_head) && !l->closed) {
		l->acc_head = c->acc_next;
		if (!l->acc_head)
			l->acc_tail = 0;
		c->acc_next = 0;
		l->on_accept(l, c); /* c is the callee's from here */
	}
}

static void deliver(struct net_tcp *c)
{
	if (in_lwip)
		panic("net/tcp: delivery to %p with lwIP on the stack", (void *)c);
	if (c->listener) {
		deliver_accepts(c);
		return;
	}
	if (c->connect_due && !c->closed && c->ops) {
		c->connect_due = 0;
		if (c->ops->connect)
			c->ops->connect(c, 0);
	}
	while (c->rxq && !c->closed && !c->paused && c->ops) {
		struct pbuf *h = c->rxq;
		c->rxq = h->next;   /* the chain's reference to the rest is now ours */
		h->next = 0;
		h->tot_len = h->len;
		if (h->len) {
			if (c->pcb && h->len > c->head_recved) /* before data(), so a close there is a FIN, not a RST */
				tcp_recved(c->pcb, (u16_t)(h->len - c->head_recved));
			c->head_recved = 0;
			if (c->ops->data)
				c->ops->data(c, h->payload, h->len);
			if (c->refused) { /* not taken: back in front, held */
				c->refused = 0;
				if (!c->closed) {
					if (c->rxq)
						h->tot_len = (u16_t)(h->tot_len + c->rxq->tot_len);
					h->next = c->rxq;
					c->rxq = h;
					c->head_recved = h->len;
					c->paused = 1;
					continue;
				}
			}
		}
		pbuf_free(h);
	}
	if (!c->rxq && c->peer_fin && !c->end_sent && !c->closed && !c->paused && c->ops) {
		c->end_sent = 1;
		if (c->ops->end)
			c->ops->end(c);
	}
	if (c->writable_due && !c->closed && c->ops) {
		c->writable_due = 0;
		if (c->ops->writable)
			c->ops->writable(c);
	}
	if (c->err_due && !c->closed && c->ops) {
		int e = c->err_due;
		c->err_due = 0;
		if (c->rxq) { /* held while paused: a reset drops it */
			pbuf_free(c->rxq);
			c->rxq = 0;
			c->head_recved = 0;
		}
		if (c->connecting) {
			c->connecting = 0;
			if (c->ops->connect)
				c->ops->connect(c, e);
		} else if (c->ops->error) {
			c->ops->error(c, e);
		}
	}
}

static void deliver_ev(struct loop_event *ev)
{
	struct net_tcp *c = (struct net_tcp *)((char *)ev - offsetof(struct net_tcp, ev));

	delivering = c;
	deliver(c);
	delivering = 0;
	flush_output(); /* what the app wrote in its callbacks, together */
	if (c->dead)
		destroy(c);
	net_timers_update();
}

/*
 * Held data (the app paused, or has not set its ops yet, or the loop has
 * not delivered it yet) can arrive in pieces as small as a byte, each in
 * its own pbuf: a window's worth would cost ~100 bytes of heap per byte
 * held. So a small piece joins the tail when the tail is one of our chunks
 * with room, or starts a new chunk of RXQ_CHUNK bytes: held data costs
 * about what it weighs.
 */
#define RXQ_SMALL 512
#define RXQ_CHUNK 2048

static void rxq_append(struct net_tcp *c, struct pbuf *p)
{
	struct pbuf *t, *q;
	size_t n = p->tot_len;

	if (!c->rxq) {
		c->rxq = p;
		return;
	}
	for (t = c->rxq; t->next; t = t->next)
		;
	if (n <= RXQ_SMALL) {
		if (t->ref == 1 && net_budget_pbuf_room(t) >= n) {
			pbuf_copy_partial(p, (uint8_t *)t->payload + t->len, (u16_t)n, 0);
			t->len = (u16_t)(t->len + n);
			for (q = c->rxq; q; q = q->next)
				q->tot_len = (u16_t)(q->tot_len + n);
			pbuf_free(p);
			return;
		}
		if ((q = net_budget_pbuf(n, RXQ_CHUNK))) {
			pbuf_copy_partial(p, q->payload, (u16_t)n, 0);
			pbuf_free(p);
			p = q;
		}
	}
	pbuf_cat(c->rxq, p);
}

static err_t on_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	struct net_tcp *c = arg;

	if (!c || c->closed) { /* not ours any more, or lingering after close: discard */
		if (p) {
			tcp_recved(pcb, p->tot_len);
			pbuf_free(p);
		} else if (c) {
			c->peer_fin = 1; /* settle() sees TIME_WAIT once input returns */
		}
		return ERR_OK;
	}
	if (p && err != ERR_OK) {
		pbuf_free(p);
		return ERR_OK;
	}
	if (!p)
		c->peer_fin = 1;
	else
		rxq_append(c, p);
	deliver_later(c);
	return ERR_OK;
}

/* ---- sending */

static void finish_close(struct net_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;
	detach(c);
	if (pcb && tcp_close(pcb) != ERR_OK)
		tcp_abort(pcb); /* no memory for the FIN: a reset is the only way out left */
	release(c);
}

static err_t on_sent(void *arg, struct tcp_pcb *pcb, u16_t len)
{
	struct net_tcp *c = arg;

	(void)len;
	if (!c || c->closed) /* a closed one: settle() looks once input returns */
		return ERR_OK;
	if (c->want_writable && tcp_sndbuf(pcb) >= TCP_SND_BUF / 2 &&
	    tcp_sndqueuelen(pcb) < TCP_SND_QUEUELEN / 2) {
		c->want_writable = 0;
		c->writable_due = 1;
		deliver_later(c);
	}
	return ERR_OK;
}

static void on_err(void *arg, err_t err)
{
	struct net_tcp *c = arg;

	if (!c)
		return;
	c->pcb = 0; /* already freed by lwIP */
	unwatch(c);
	if (c->closed) {
		release(c);
		return;
	}
	c->connect_due = 0;
	if (err == ERR_CLSD) /* an orderly end after our shutdown: keep what came */
		return;
	c->err_due = to_errno(err, c->connecting);
	deliver_later(c);
}

static void set_callbacks(struct net_tcp *c, struct tcp_pcb *pcb)
{
	c->pcb = pcb;
	tcp_arg(pcb, c);
	tcp_recv(pcb, on_recv);
	tcp_sent(pcb, on_sent);
	tcp_err(pcb, on_err);
}

static void save_addrs(struct net_tcp *c, struct tcp_pcb *pcb)
{
	ip4_addr_copy(c->rip, *ip_2_ip4(&pcb->remote_ip));
	ip4_addr_copy(c->lip, *ip_2_ip4(&pcb->local_ip));
	c->rport = pcb->remote_port;
	c->lport = pcb->local_port;
	c->have_remote = 1;
}

/* ---- connections */

static err_t on_connected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	struct net_tcp *c = arg;

	(void)err; /* always ERR_OK in lwIP 2.1 */
	if (!c)
		return ERR_OK;
	c->connecting = 0;
	save_addrs(c, pcb);
	/* posted once this input has returned (net_tcp_input_done), not now:
	 * over loopback the handshake's last ACK is still to come in the same
	 * batch, and the listener's accept should be posted first (as Node
	 * sees it: the kernel completes both sides before either app hears of
	 * it); data that arrives meanwhile waits behind it (deliver) */
	c->connect_due = 1;
	if (!c->in_cq) {
		c->in_cq = 1;
		c->cnext = connected;
		connected = c;
	}
	return ERR_OK;
}

int net_tcp_connect(const char *ip, uint16_t port, const struct net_tcp_ops *ops,
		    void *arg, struct net_tcp **out)
{
	struct net_tcp *c;
	struct tcp_pcb *pcb;
	ip_addr_t addr;
	err_t e;
	int r;

	if ((r = net_start()) < 0)
		return r;
	if (!ip || !ip4addr_aton(ip, ip_2_ip4(&addr)) || !port)
		return -EINVAL;
	IP_SET_TYPE_VAL(addr, IPADDR_TYPE_V4);
	if (!(c = alloc_handle()))
		return -ENOMEM;
	if (!(pcb = tcp_new_ip_type(IPADDR_TYPE_V4))) {
		release(c);
		return -ENOMEM;
	}
	set_callbacks(c, pcb);
	c->ops = ops;
	c->arg = arg;
	c->connecting = 1;
	e = tcp_connect(pcb, &addr, port, on_connected);
	if (e != ERR_OK) {
		detach(c);
		tcp_abort(pcb);
		release(c);
		return to_errno(e, 1);
	}
	ip4_addr_copy(c->rip, *ip_2_ip4(&addr));
	c->rport = port;
	*out = c;
	net_timers_update();
	return 0;
}

/* ---- listeners */

static err_t on_accept(void *arg, struct tcp_pcb *newpcb, err_t err)
{
	struct net_tcp *l = arg, *c;

	if (!l || err != ERR_OK || !newpcb || l->closed)
		return ERR_VAL; /* lwIP aborts newpcb */
	if (!(c = alloc_handle()))
		return ERR_MEM;
	set_callbacks(c, newpcb);
	save_addrs(c, newpcb);
	/* handed out from the loop (deliver_accepts); data and errors that
	 * come meanwhile wait on c until its owner sets its ops */
	if (l->acc_tail)
		l->acc_tail->acc_next = c;
	else
		l->acc_head = c;
	l->acc_tail = c;
	deliver_later(l);
	return ERR_OK;
}

int net_tcp_listen(uint16_t port, int backlog,
		   void (*on_accept_cb)(struct net_tcp *listener, struct net_tcp *conn),
		   void *arg, struct net_tcp **out)
{
	struct net_tcp *l;
	struct tcp_pcb *pcb, *lpcb;
	err_t e;
	int r;

	if ((r = net_start()) < 0)
		return r;
	if (!on_accept_cb || backlog < 0 || backlog > 255)
		return -EINVAL;
	if (!(pcb = tcp_new_ip_type(IPADDR_TYPE_V4)))
		return -ENOMEM;
	ip_set_option(pcb, SOF_REUSEADDR); /* as Node: TIME_WAIT leftovers do not block a restart */
	e = tcp_bind(pcb, IP4_ADDR_ANY, port);
	if (e != ERR_OK) {
		tcp_close(pcb);
		return to_errno(e, 0);
	}
	lpcb = tcp_listen_with_backlog_and_err(pcb, (u8_t)(backlog ? backlog : TCP_DEFAULT_LISTEN_BACKLOG), &e);
	if (!lpcb) {
		tcp_close(pcb);
		return to_errno(e, 0);
	}
	if (!(l = alloc_handle())) {
		tcp_close(lpcb);
		return -ENOMEM;
	}
	l->listener = 1;
	l->pcb = lpcb;
	l->on_accept = on_accept_cb;
	l->arg = arg;
	l->lport = lpcb->local_port;
	tcp_arg(lpcb, l);
	tcp_accept(lpcb, on_accept);
	trace_first("listen");
	*out = l;
	return 0;
}

/* ---- the rest of the API */

void net_tcp_set_ops(struct net_tcp *c, const struct net_tcp_ops *ops, void *arg)
{
	c->ops = ops;
	c->arg = arg;
	deliver_later(c);
}

void *net_tcp_arg(const struct net_tcp *c)
{
	return c->arg;
}

static int writable_pcb(const struct net_tcp *c)
{
	return c->pcb && !c->listener && !c->connecting && !c->closed;
}

size_t net_tcp_write_room(const struct net_tcp *c)
{
	if (!writable_pcb(c) || c->shut || tcp_sndqueuelen(c->pcb) >= TCP_SND_QUEUELEN - 1)
		return 0;
	return tcp_sndbuf(c->pcb);
}

size_t net_tcp_unacked(const struct net_tcp *c)
{
	if (!writable_pcb(c))
		return 0;
	return TCP_SND_BUF - tcp_sndbuf(c->pcb);
}

/* ---- zero-copy writes: which lwIP pbufs point into a pinned buffer */

/*
 * Every ROM pbuf that a no-copy tcp_write made into a pinned buffer is in
 * this table (open addressing, linear probing, backward-shift deletion),
 * with the pin(s) whose bytes it covers: two at most, because lwIP may
 * extend the last unsent ROM pbuf over the next write's bytes when they
 * follow on in memory (tcp_write's extendlen), which a write of at least
 * one MSS can do to a pbuf only once; net_tcp_write_ref copies instead
 * when a third would be needed. lwIP frees a pbuf through mem_clib_free
 * (net_mem_free, net/budget.c: MEMP_MEM_MALLOC), which calls
 * net_tcp_pbuf_freed: the exact moment nothing (segment queue, driver,
 * ARP queue) references the bytes any more.
 */
struct pin_slot {
	const struct pbuf *p;
	struct net_tcp_pin *pin[2];
};

static struct pin_slot *pins;
static size_t pins_cap, pins_n;
static uint64_t pins_live; /* pins with references: the free hook's fast test */

static size_t pin_hash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ull;
	return (size_t)(x >> 32) & (pins_cap - 1);
}

static struct pin_slot *pin_find(const struct pbuf *p)
{
	size_t i;

	if (!pins_n)
		return 0;
	for (i = pin_hash(p); pins[i].p; i = (i + 1) & (pins_cap - 1))
		if (pins[i].p == p)
			return &pins[i];
	return 0;
}

static int pin_grow(void)
{
	struct pin_slot *old = pins, *nw;
	size_t oc = pins_cap, nc = oc ? oc * 2 : 64, i, j;

	if (!(nw = calloc(nc, sizeof *nw)))
		return -1;
	pins = nw;
	pins_cap = nc;
	for (i = 0; i < oc; i++) {
		if (!old[i].p)
			continue;
		for (j = pin_hash(old[i].p); pins[j].p; j = (j + 1) & (nc - 1))
			;
		pins[j] = old[i];
	}
	free(old);
	return 0;
}

static struct pin_slot *pin_insert(const struct pbuf *p)
{
	size_t i;

	if ((pins_n + 1) * 2 > pins_cap && pin_grow() < 0)
		return 0;
	for (i = pin_hash(p); pins[i].p; i = (i + 1) & (pins_cap - 1))
		;
	pins[i].p = p;
	pins[i].pin[0] = pins[i].pin[1] = 0;
	pins_n++;
	return &pins[i];
}

static void pin_remove(struct pin_slot *e)
{
	size_t i = (size_t)(e - pins), j = i, k;

	pins[i].p = 0;
	pins_n--;
	for (;;) { /* backward shift: no tombstones */
		j = (j + 1) & (pins_cap - 1);
		if (!pins[j].p)
			return;
		k = pin_hash(pins[j].p);
		if ((j > i && (k <= i || k > j)) || (j < i && (k <= i && k > j))) {
			pins[i] = pins[j];
			pins[j].p = 0;
			i = j;
		}
	}
}

static void pin_ev(struct loop_event *ev)
{
	struct net_tcp_pin *pin = (struct net_tcp_pin *)((char *)ev - offsetof(struct net_tcp_pin, ev));
	pin->release(pin);
}

static void pin_unref(struct net_tcp_pin *pin)
{
	if (--pin->refs == 0) {
		pins_live--;
		loop_event_post(&pin->ev); /* never from inside lwIP */
	}
}

static void pin_ref(struct net_tcp_pin *pin)
{
	if (pin->refs++ == 0)
		pins_live++;
}

void net_tcp_pbuf_freed(const void *block)
{
	struct pin_slot *e;
	struct net_tcp_pin *a, *b;

	if (!pins_live || !(e = pin_find(block)))
		return;
	a = e->pin[0];
	b = e->pin[1];
	pin_remove(e);
	if (a)
		pin_unref(a);
	if (b)
		pin_unref(b);
}

static int is_rom(const struct pbuf *p)
{
	return p->type_internal == PBUF_ROM;
}

/* The last pbuf of the last unsent segment: what tcp_write may extend. */
static struct pbuf *last_unsent_pbuf(const struct tcp_pcb *pcb)
{
	struct tcp_seg *g = pcb->unsent;
	struct pbuf *p;

	if (!g)
		return 0;
	while (g->next)
		g = g->next;
	for (p = g->p; p->next; p = p->next)
		;
	return p;
}

/* net_tcp_write_ref's way out: copied after all, so nothing will refer to
 * the bytes; the release the caller waits for comes from the loop. */
static long write_copied(struct net_tcp *c, const void *buf, size_t len, struct net_tcp_pin *pin)
{
	long n = net_tcp_write(c, buf, len);
	if (n > 0 && !pin->refs)
		loop_event_post(&pin->ev);
	return n;
}

long net_tcp_write_ref(struct net_tcp *c, const void *buf, size_t len, struct net_tcp_pin *pin)
{
	const uint8_t *b = buf;
	struct pbuf *last, *p;
	struct pin_slot *e;
	struct tcp_seg *g;
	size_t n;
	err_t e2 = ERR_OK;

	if (c->closed)
		panic("net_tcp_write_ref: handle %p used after close", (void *)c);
	if (c->listener)
		return -EINVAL;
	if (!writable_pcb(c))
		return -ENOTCONN;
	if (c->shut)
		return -EPIPE;
	n = net_tcp_write_room(c);
	if (n > len)
		n = len;
	if (!n) {
		c->want_writable = 1;
		return 0;
	}
	/* an extension that would make a pbuf cover a third pin: copy this one */
	last = last_unsent_pbuf(c->pcb);
	if (last && is_rom(last) && (const uint8_t *)last->payload + last->len == b &&
	    (!(e = pin_find(last)) || (e->pin[1] && e->pin[1] != pin)))
		return write_copied(c, buf, len, pin);
	/* room in the table for every pbuf this can make, before lwIP makes them */
	while ((pins_n + n / (TCP_MSS / 2) + 4) * 2 > pins_cap)
		if (pin_grow() < 0)
			return write_copied(c, buf, len, pin);
	while (n) {
		e2 = tcp_write(c->pcb, buf, (u16_t)n, n < len ? TCP_WRITE_FLAG_MORE : 0);
		if (e2 == ERR_OK)
			break;
		if (e2 != ERR_MEM)
			return to_errno(e2, 0);
		n /= 2;
	}
	if (n) {
		/* the pbufs that now point into b[0..n): new ones start inside it;
		 * the extended one (last, if lwIP grew it) starts before */
		for (g = c->pcb->unsent; g; g = g->next)
			for (p = g->p; p; p = p->next) {
				const uint8_t *d = p->payload;
				if (!is_rom(p))
					continue;
				if (d >= b && d < b + n) {
					if (!pin_find(p)) {
						if (!(e = pin_insert(p))) /* room was made above */
							panic("net_tcp_write_ref: pin table full");
						e->pin[0] = pin;
						pin_ref(pin);
					}
				} else if (p == last && d + p->len > b && (e = pin_find(p)) &&
					   e->pin[0] != pin && e->pin[1] != pin) {
					e->pin[1] = pin;
					pin_ref(pin);
				}
			}
		if (!pin->refs)
			panic("net_tcp_write_ref: %zu bytes written, no pbuf found in them", n);
		tx_nocopy += n;
	}
	if (n < len)
		c->want_writable = 1;
	if (n)
		want_output(c);
	net_timers_update();
	return (long)n;
}

void net_tcp_pin_init(struct net_tcp_pin *pin, void (*release)(struct net_tcp_pin *pin))
{
	pin->refs = 0;
	pin->release = release;
	loop_event_init(&pin->ev, pin_ev);
}

long net_tcp_write(struct net_tcp *c, const void *buf, size_t len)
{
	size_t n;
	err_t e = ERR_OK;

	if (c->closed)
		panic("net_tcp_write: handle %p used after close", (void *)c);
	if (c->listener)
		return -EINVAL;
	if (!writable_pcb(c))
		return -ENOTCONN;
	if (c->shut)
		return -EPIPE;
	n = net_tcp_write_room(c);
	if (n > len)
		n = len;
	while (n) {
		e = tcp_write(c->pcb, buf, (u16_t)n, TCP_WRITE_FLAG_COPY | (n < len ? TCP_WRITE_FLAG_MORE : 0));
		if (e == ERR_OK)
			break;
		if (e != ERR_MEM)
			return to_errno(e, 0);
		n /= 2; /* the segment queue or the heap is short: try less */
	}
	tx_copied += n;
	if (n < len)
		c->want_writable = 1;
	if (n)
		want_output(c);
	net_timers_update();
	return (long)n;
}

int net_tcp_shutdown(struct net_tcp *c)
{
	err_t e;
	if (!writable_pcb(c))
		return -ENOTCONN;
	if (c->shut)
		return 0;
	e = tcp_shutdown(c->pcb, 0, 1);
	if (e != ERR_OK)
		return to_errno(e, 0);
	c->shut = 1;
	watch(c);
	net_timers_update();
	return 0;
}

void net_tcp_pause(struct net_tcp *c)
{
	c->paused = 1;
}

void net_tcp_resume(struct net_tcp *c)
{
	c->paused = 0;
	deliver_later(c);
}

void net_tcp_refuse(struct net_tcp *c)
{
	if (c != delivering)
		panic("net_tcp_refuse: %p is not in its data()", (void *)c);
	c->refused = 1;
}

void net_tcp_nodelay(struct net_tcp *c, int on)
{
	if (!c->pcb || c->listener)
		return;
	if (on)
		tcp_nagle_disable(c->pcb);
	else
		tcp_nagle_enable(c->pcb);
}

void net_tcp_keepalive(struct net_tcp *c, unsigned idle_s)
{
	if (!c->pcb || c->listener)
		return;
	if (idle_s) {
		ip_set_option(c->pcb, SOF_KEEPALIVE);
		c->pcb->keep_idle = (u32_t)idle_s * 1000;
	} else {
		ip_reset_option(c->pcb, SOF_KEEPALIVE);
	}
}

void net_tcp_close(struct net_tcp *c)
{
	if (c->closed)
		panic("net_tcp_close: handle %p closed twice", (void *)c);
	c->closed = 1;
	c->ops = 0;
	loop_event_cancel(&c->ev);
	drop_rxq(c);
	if (c->listener) {
		struct tcp_pcb *pcb = c->pcb;
		struct net_tcp *a;
		detach(c);
		if (pcb)
			tcp_close(pcb); /* never fails for a listener */
		while ((a = c->acc_head)) { /* accepted, never handed out: ours to end */
			c->acc_head = a->acc_next;
			net_tcp_abort(a);
		}
		c->acc_tail = 0;
		release(c);
	} else if (c->pcb && !c->connecting) {
		/* FIN after the queued data; the callbacks stay until the peer
		 * has acknowledged it all (settle) or the connection fails */
		if (!c->shut) {
			if (tcp_shutdown(c->pcb, 0, 1) != ERR_OK) {
				struct tcp_pcb *pcb = c->pcb;
				detach(c);
				tcp_abort(pcb);
				release(c);
				net_timers_update();
				return;
			}
			c->shut = 1;
			watch(c);
		}
		settle(c); /* it may be in FIN_WAIT_2 or TIME_WAIT already */
	} else {
		finish_close(c);
	}
	net_timers_update();
}

void net_tcp_abort(struct net_tcp *c)
{
	struct tcp_pcb *pcb = c->pcb;

	if (c->closed)
		panic("net_tcp_abort: handle %p closed twice", (void *)c);
	if (c->listener) {
		net_tcp_close(c);
		return;
	}
	c->closed = 1;
	c->ops = 0;
	loop_event_cancel(&c->ev);
	if (c->rxq) {
		pbuf_free(c->rxq);
		c->rxq = 0;
	}
	detach(c);
	if (pcb)
		tcp_abort(pcb);
	release(c);
	net_timers_update();
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
	if (c->listener || !c->have_remote)
		return -ENOTCONN;
	ip4addr_ntoa_r(&c->rip, ip, 16);
	*port = c->rport;
	return 0;
}

int net_tcp_local(const struct net_tcp *c, char ip[16], uint16_t *port)
{
	if (!c->listener && !c->have_remote)
		return -ENOTCONN;
	ip4addr_ntoa_r(&c->lip, ip, 16);
	*port = c->lport;
	return 0;
}
