/*
 * binding_tcp.c: TCP handles for js/lib/net.js, over net/tcp.h.
 *
 * A handle is a mujs userdata object (tag "TCP") around a struct net_tcp.
 * While the connection or listener is open the object sits in a runtime
 * slot (runtime_hold), so the collector cannot take it while the stack may
 * still call back; close() gives the net_tcp back (net_tcp_close or
 * net_tcp_abort, exactly once, as net/tcp.h asks), releases the slot, and
 * from then on the object is an inert shell that GC frees.
 *
 * native.tcp:
 *   listen(port, backlog)  a listening handle, or a negative errno
 *   connect(ip, port)      a connecting handle, or a negative errno
 *   errname(err)           "ECONNREFUSED" for -ECONNREFUSED, ...
 * Handle methods (each a no-op, or -ENOTCONN, once closed):
 *   write(buffer[, start, end[, nocopy]])  bytes queued (maybe fewer:
 *                  then onwritable follows) or a negative errno; with
 *                  nocopy and a result > 0 the bytes are sent from the
 *                  Buffer itself, which is held (and must stay unchanged)
 *                  until onrelease()
 *   shutdown()     FIN after the queued data
 *   close(), abort()   graceful end / reset; frees the connection
 *   pause(), resume(), setNoDelay(on), setKeepAlive(on, seconds),
 *   ref(), unref()
 *   remote(), local()  { address, port }, or undefined when unknown
 *   unacked()      bytes sent and not yet acknowledged
 * Callbacks, looked up on the handle when an event comes (missing ones
 * are skipped), each run under js_try: an exception is the app's
 * uncaught exception (runtime_threw):
 *   onconnection(handle)  listener: a new connection (a fresh handle)
 *   onpressure()          listener: a new connection was reset, the heap
 *                         being short of its reserve (runtime_heap_admit)
 *   onconnect(err)        0, or a negative errno
 *   ondata(buffer)        bytes received (a new Buffer). When the heap
 *                         has no room for the Buffer even after a
 *                         collection, the bytes are not dropped: they are
 *                         given back to net/tcp.c (net_tcp_refuse), whose
 *                         window then holds the peer back, and offered
 *                         again after 10 ms, 20, ... up to 1 s apart until
 *                         they fit (the app freeing what it holds). The
 *                         app sees them late, never lost nor reordered.
 *   onend()               the peer sent FIN
 *   onwritable()          room in the send buffer after a short write
 *   onrelease()           a nocopy write's bytes are no longer referenced
 *   onerror(err)          the connection died (a negative errno)
 * A handle may have a consumer of its received bytes from C instead of
 * ondata (runtime_tcp_consume, runtime_internal.h: the http server's
 * parser): it gets them where net/tcp.c holds them, without a Buffer.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "lib/clock.h"
#include "lib/loop.h"
#include "net/tcp.h"

#include "binding_buffer.h"
#include "runtime_internal.h"

#define TCP_TAG "TCP"
#define TCP_PROTO "unijs.TCP.prototype"

struct tcp_js {
	struct net_tcp *c; /* NULL once closed */
	int slot;          /* runtime_hold slot of the JS object while open */
	/* received bytes refused for want of memory (ondata above) wait
	 * while retry runs, then are offered again unless the app paused */
	struct loop_timer retry;
	uint32_t retry_ms;     /* the next wait: 10 ms, doubling to 1 s */
	uint8_t app_paused;    /* the app's pause(), not undone by resume() yet */
	/* the consumer of the received bytes, in ondata's place (NULL: none;
	 * runtime_tcp_consume) */
	const struct runtime_tcp_consumer *consumer;
	void *consumer_arg;
};

#define TCP_RETRY_FIRST_MS 10
#define TCP_RETRY_MAX_MS 1000

static js_State *tcp_J;

const char *runtime_tcp_errname(int err)
{
	switch (-err) {
	case ECONNREFUSED: return "ECONNREFUSED";
	case ECONNRESET: return "ECONNRESET";
	case ECONNABORTED: return "ECONNABORTED";
	case ETIMEDOUT: return "ETIMEDOUT";
	case EADDRINUSE: return "EADDRINUSE";
	case EHOSTUNREACH: return "EHOSTUNREACH";
	case ENOTCONN: return "ENOTCONN";
	case EPIPE: return "EPIPE";
	case ENOMEM: return "ENOMEM";
	case EINVAL: return "EINVAL";
	case ENODEV: return "ENETDOWN";
	default: return "EIO";
	}
}

/* Which arguments a callback gets. */
enum tcp_args { ARGS_NONE, ARGS_ERR, ARGS_DATA, ARGS_HANDLE };

static void tcp_push_handle(js_State *J, struct net_tcp *c);

static int tcp_call_js(struct tcp_js *t, const char *name, enum tcp_args args, int err,
		       const void *buf, size_t len, struct net_tcp *conn);

/*
 * Calls handle[name](...) for the handle of t; exceptions are uncaught
 * exceptions of the app. Then, as Node does after each I/O callback, the
 * process.nextTick and microtask queues are drained: one delivery of
 * net/tcp.c may make several calls (data, then end), and each should see
 * the ticks its predecessors queued run first. net/tcp.c calls these only
 * from the loop, never from inside lwIP nor from inside a call of ours
 * into it, so they never nest. Returns 1 when the data of an ARGS_DATA
 * call found no memory for its Buffer (nothing was called), else 0.
 */
static int tcp_call(struct tcp_js *t, const char *name, enum tcp_args args, int err,
		    const void *buf, size_t len, struct net_tcp *conn)
{
	int starved = tcp_call_js(t, name, args, err, buf, len, conn);

	if (!starved && !runtime_dead())
		runtime_drain(tcp_J);
	return starved;
}

/* Pushes a new Buffer of buf's len bytes: 1, or 0 (nothing pushed) when
 * the heap has no room for it even after the collection the failing
 * allocation ran (runtime.c's OOM hook). */
static int push_data(js_State *J, const void *buf, size_t len)
{
	if (js_try(J)) {
		js_pop(J, 1);
		return 0;
	}
	buffer_push_copy(J, buf, len);
	js_endtry(J);
	return 1;
}

static int tcp_call_js(struct tcp_js *t, const char *name, enum tcp_args args, int err,
		       const void *buf, size_t len, struct net_tcp *conn)
{
	js_State *J = tcp_J;
	int n = args == ARGS_NONE ? 0 : 1;

	if (runtime_dead()) {
		if (conn) /* nobody will ever own it */
			net_tcp_abort(conn);
		return 0;
	}
	if (js_try(J)) {
		runtime_threw(J);
		return 0;
	}
	runtime_push_held(J, t->slot);
	js_getproperty(J, -1, name);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 2);
		js_endtry(J);
		if (conn)
			net_tcp_abort(conn);
		return 0;
	}
	js_rot2(J); /* function, this */
	switch (args) {
	case ARGS_NONE:
		break;
	case ARGS_ERR:
		js_pushnumber(J, err);
		break;
	case ARGS_DATA:
		if (!push_data(J, buf, len)) {
			js_pop(J, 2);
			js_endtry(J);
			return 1;
		}
		break;
	case ARGS_HANDLE:
		tcp_push_handle(J, conn);
		break;
	}
	js_call(J, n);
	js_pop(J, 1);
	js_endtry(J);
	return 0;
}

static void on_connect(struct net_tcp *c, int err)
{
	tcp_call(net_tcp_arg(c), "onconnect", ARGS_ERR, err, NULL, 0, NULL);
}

static void on_data(struct net_tcp *c, const void *buf, size_t len)
{
	struct tcp_js *t = net_tcp_arg(c);

	if (t->consumer) {
		/* the bytes where net/tcp.c holds them: no Buffer, no ondata;
		 * the ticks after, as tcp_call's */
		t->consumer->data(t->consumer_arg, buf, len);
		if (!runtime_dead())
			runtime_drain(tcp_J);
		t->retry_ms = 0;
		return;
	}
	if (!tcp_call(t, "ondata", ARGS_DATA, 0, buf, len, NULL)) {
		t->retry_ms = 0;
		return;
	}
	net_tcp_refuse(c);
	t->retry_ms = t->retry_ms ? t->retry_ms * 2 : TCP_RETRY_FIRST_MS;
	if (t->retry_ms > TCP_RETRY_MAX_MS)
		t->retry_ms = TCP_RETRY_MAX_MS;
	loop_timer_start(&t->retry, clock_monotonic_ns() + t->retry_ms * 1000000ull);
}

/* Refused bytes (on_data) are offered again, unless the app paused. */
static void tcp_retry(struct loop_timer *lt)
{
	struct tcp_js *t = (struct tcp_js *)((char *)lt - offsetof(struct tcp_js, retry));

	if (t->c && !t->app_paused)
		net_tcp_resume(t->c);
}

/* A new tcp_js, not yet wrapped; NULL when out of memory. */
static struct tcp_js *tcp_js_new(void)
{
	struct tcp_js *t = calloc(1, sizeof *t);

	if (!t)
		return NULL;
	t->slot = -1;
	loop_timer_init(&t->retry, tcp_retry);
	loop_timer_unref(&t->retry); /* the open handle keeps the loop alive */
	return t;
}

static void on_end(struct net_tcp *c)
{
	tcp_call(net_tcp_arg(c), "onend", ARGS_NONE, 0, NULL, 0, NULL);
}

static void on_writable(struct net_tcp *c)
{
	tcp_call(net_tcp_arg(c), "onwritable", ARGS_NONE, 0, NULL, 0, NULL);
}

static void on_error(struct net_tcp *c, int err)
{
	tcp_call(net_tcp_arg(c), "onerror", ARGS_ERR, err, NULL, 0, NULL);
}

static const struct net_tcp_ops tcp_ops = {
	.connect = on_connect,
	.data = on_data,
	.end = on_end,
	.writable = on_writable,
	.error = on_error,
};

/*
 * A new connection gets its JavaScript objects only while the heap has
 * its reserve free (runtime_heap_admit). Otherwise it is reset here,
 * before any object is made for it, and the listener is told
 * (onpressure: the http pool lets its oldest idle connection go), so the
 * pressure goes and a later connection is taken.
 */
static void on_accept(struct net_tcp *listener, struct net_tcp *conn)
{
	if (!runtime_dead() && !runtime_heap_admit()) {
		net_tcp_abort(conn);
		tcp_call(net_tcp_arg(listener), "onpressure", ARGS_NONE, 0, NULL, 0, NULL);
		return;
	}
	tcp_call(net_tcp_arg(listener), "onconnection", ARGS_HANDLE, 0, NULL, 0, conn);
}

static void tcp_finalize(js_State *J, void *p)
{
	(void)J;
	free(p); /* an open handle is held, so never collected: c is NULL here */
}

/* Pushes the object for t, whose handle t->c is open, and holds it while
 * open; on failure the handle is dropped with give_up and the error thrown. */
static void tcp_wrap(js_State *J, struct tcp_js *t, void (*give_up)(struct net_tcp *))
{
	if (js_try(J)) {
		give_up(t->c);
		t->c = NULL;
		js_throw(J);
	}
	js_getregistry(J, TCP_PROTO);
	js_newuserdatax(J, TCP_TAG, t, NULL, NULL, NULL, tcp_finalize);
	t->slot = runtime_hold(J, -1);
	js_endtry(J);
}

/* Pushes a new handle object for c (its ops are set to ours), held while
 * open. On failure c is aborted and the error thrown. */
static void tcp_push_handle(js_State *J, struct net_tcp *c)
{
	struct tcp_js *t = tcp_js_new();

	if (!t) {
		net_tcp_abort(c);
		js_rangeerror(J, "out of memory");
	}
	t->c = c;
	tcp_wrap(J, t, net_tcp_abort);
	net_tcp_set_ops(c, &tcp_ops, t);
}

static struct tcp_js *tcp_self(js_State *J)
{
	if (!js_isuserdata(J, 0, TCP_TAG))
		js_typeerror(J, "not a TCP handle");
	return js_touserdata(J, 0, TCP_TAG);
}

/* the handle at stack index idx, NULL when it is none */
static struct tcp_js *tcp_at(js_State *J, int idx)
{
	return js_isuserdata(J, idx, TCP_TAG) ? js_touserdata(J, idx, TCP_TAG) : NULL;
}

struct net_tcp *runtime_tcp_conn(js_State *J, int idx)
{
	struct tcp_js *t = tcp_at(J, idx);

	return t ? t->c : NULL;
}

static void tcp_unconsume(struct tcp_js *t)
{
	const struct runtime_tcp_consumer *ops = t->consumer;

	if (ops) {
		t->consumer = NULL;
		ops->release(t->consumer_arg);
	}
}

int runtime_tcp_consume(js_State *J, int idx, const struct runtime_tcp_consumer *ops, void *arg)
{
	struct tcp_js *t = tcp_at(J, idx);

	if (!t || !t->c || t->consumer)
		return 0;
	t->consumer = ops;
	t->consumer_arg = arg;
	return 1;
}

void runtime_tcp_unconsume(js_State *J, int idx, void *arg)
{
	struct tcp_js *t = tcp_at(J, idx);

	if (t && t->consumer && t->consumer_arg == arg)
		tcp_unconsume(t);
}

static void tcp_release(js_State *J, struct tcp_js *t)
{
	tcp_unconsume(t);
	t->c = NULL;
	loop_timer_stop(&t->retry);
	if (t->slot >= 0)
		runtime_release(J, t->slot);
	t->slot = -1;
}

static void nt_listen(js_State *J)
{
	struct net_tcp *l;
	struct tcp_js *t;
	int port = js_toint32(J, 1), backlog = js_toint32(J, 2), err;

	t = tcp_js_new();
	if (!t)
		js_rangeerror(J, "out of memory");
	err = net_tcp_listen((uint16_t)port, backlog > 255 ? 255 : backlog < 0 ? 0 : backlog,
			     on_accept, t, &l);
	if (err < 0) {
		free(t);
		js_pushnumber(J, err);
		return;
	}
	t->c = l;
	tcp_wrap(J, t, net_tcp_close);
}

static void nt_connect(js_State *J)
{
	struct net_tcp *c;
	int err = net_tcp_connect(js_tostring(J, 1), (uint16_t)js_toint32(J, 2), &tcp_ops, NULL, &c);

	if (err < 0) {
		js_pushnumber(J, err);
		return;
	}
	tcp_push_handle(J, c);
}

static void nt_errname(js_State *J)
{
	js_pushstring(J, runtime_tcp_errname(js_toint32(J, 1)));
}

/*
 * A zero-copy write's hold on its Buffer (net/tcp.h, net_tcp_write_ref):
 * the Buffer and the handle object stay reachable until lwIP has let go
 * of the bytes; then handle.onrelease() runs, if the handle is still open.
 */
struct tcp_pin {
	struct net_tcp_pin pin;
	struct tcp_js *t;
	int buf_slot, handle_slot;
};

static void tcp_pin_release(struct net_tcp_pin *np)
{
	struct tcp_pin *p = (struct tcp_pin *)np;
	struct tcp_js *t = p->t;

	if (!runtime_dead() && t->c)
		tcp_call(t, "onrelease", ARGS_NONE, 0, NULL, 0, NULL);
	runtime_release(tcp_J, p->buf_slot);
	runtime_release(tcp_J, p->handle_slot);
	free(p);
}

/* write(buffer, start, end, nocopy): with nocopy, the bytes are sent from
 * the Buffer itself (the caller leaves it unchanged until onrelease). */
static void th_write(js_State *J)
{
	struct tcp_js *t = tcp_self(J);
	size_t len;
	unsigned char *d = buffer_range(J, 1, &len, "write");
	struct tcp_pin *p;
	long n;

	if (!t->c) {
		js_pushnumber(J, -ENOTCONN);
		return;
	}
	if (!js_toboolean(J, 4) || !(p = calloc(1, sizeof *p))) {
		js_pushnumber(J, (double)net_tcp_write(t->c, d, len));
		return;
	}
	p->t = t;
	p->buf_slot = p->handle_slot = -1;
	if (js_try(J)) {
		if (p->buf_slot >= 0)
			runtime_release(J, p->buf_slot);
		free(p);
		js_throw(J);
	}
	p->buf_slot = runtime_hold(J, 1);
	p->handle_slot = runtime_hold(J, 0);
	js_endtry(J);
	net_tcp_pin_init(&p->pin, tcp_pin_release);
	n = net_tcp_write_ref(t->c, d, len, &p->pin);
	if (n <= 0) { /* nothing refers to the bytes: no release will come */
		runtime_release(J, p->buf_slot);
		runtime_release(J, p->handle_slot);
		free(p);
	}
	js_pushnumber(J, (double)n);
}

static void th_shutdown(js_State *J)
{
	struct tcp_js *t = tcp_self(J);

	js_pushnumber(J, t->c ? net_tcp_shutdown(t->c) : -ENOTCONN);
}

static void th_close(js_State *J)
{
	struct tcp_js *t = tcp_self(J);

	if (t->c) {
		net_tcp_close(t->c);
		tcp_release(J, t);
	}
	js_pushundefined(J);
}

static void th_abort(js_State *J)
{
	struct tcp_js *t = tcp_self(J);

	if (t->c) {
		net_tcp_abort(t->c);
		tcp_release(J, t);
	}
	js_pushundefined(J);
}

/* The simple methods: one net/tcp.h call each on an open handle. */
enum { OP_PAUSE, OP_RESUME, OP_NODELAY, OP_KEEPALIVE, OP_REF, OP_UNREF };

static void th_op(js_State *J)
{
	struct tcp_js *t = tcp_self(J);
	int op = (int)(long)js_currentfunctiondata(J);

	if (t->c) {
		switch (op) {
		case OP_PAUSE:
			t->app_paused = 1;
			net_tcp_pause(t->c);
			break;
		case OP_RESUME: /* refused bytes wait for their retry */
			t->app_paused = 0;
			if (!loop_timer_active(&t->retry))
				net_tcp_resume(t->c);
			break;
		case OP_NODELAY: net_tcp_nodelay(t->c, js_toboolean(J, 1)); break;
		case OP_KEEPALIVE:
			net_tcp_keepalive(t->c, js_toboolean(J, 1) ? (unsigned)js_toint32(J, 2) : 0);
			break;
		case OP_REF: net_tcp_ref(t->c); break;
		case OP_UNREF: net_tcp_unref(t->c); break;
		}
	}
	js_pushundefined(J);
}

static void th_addr(js_State *J)
{
	struct tcp_js *t = tcp_self(J);
	char ip[16];
	uint16_t port;
	int remote = js_currentfunctiondata(J) != NULL;

	if (!t->c || (remote ? net_tcp_remote(t->c, ip, &port) : net_tcp_local(t->c, ip, &port)) < 0) {
		js_pushundefined(J);
		return;
	}
	js_newobject(J);
	js_pushstring(J, ip);
	js_setproperty(J, -2, "address");
	js_pushnumber(J, port);
	js_setproperty(J, -2, "port");
}

static void th_unacked(js_State *J)
{
	struct tcp_js *t = tcp_self(J);

	js_pushnumber(J, t->c ? (double)net_tcp_unacked(t->c) : 0);
}

static void tcp_method(js_State *J, const char *name, js_CFunction fn, int n, long data)
{
	js_newcfunctionx(J, fn, name, n, (void *)data, NULL);
	js_defproperty(J, -2, name, JS_DONTENUM);
}

void runtime_tcp_init(js_State *J)
{
	tcp_J = J;
	js_newobject(J);
	tcp_method(J, "write", th_write, 4, 0);
	tcp_method(J, "shutdown", th_shutdown, 0, 0);
	tcp_method(J, "close", th_close, 0, 0);
	tcp_method(J, "abort", th_abort, 0, 0);
	tcp_method(J, "pause", th_op, 0, OP_PAUSE);
	tcp_method(J, "resume", th_op, 0, OP_RESUME);
	tcp_method(J, "setNoDelay", th_op, 1, OP_NODELAY);
	tcp_method(J, "setKeepAlive", th_op, 2, OP_KEEPALIVE);
	tcp_method(J, "ref", th_op, 0, OP_REF);
	tcp_method(J, "unref", th_op, 0, OP_UNREF);
	tcp_method(J, "remote", th_addr, 0, 1);
	tcp_method(J, "local", th_addr, 0, 0);
	tcp_method(J, "unacked", th_unacked, 0, 0);
	js_setregistry(J, TCP_PROTO);

	js_getregistry(J, RUNTIME_NATIVE);
	js_newobject(J);
	js_newcfunction(J, nt_listen, "listen", 2);
	js_setproperty(J, -2, "listen");
	js_newcfunction(J, nt_connect, "connect", 2);
	js_setproperty(J, -2, "connect");
	js_newcfunction(J, nt_errname, "errname", 1);
	js_setproperty(J, -2, "errname");
	js_setproperty(J, -2, "tcp");
	runtime_dns_natives(J); /* binding_dns.c: comes with the network */
	js_pop(J, 1);
}
