/*
 * net/tcp.h: TCP for the runtime, over lwIP's raw API (net/tcp.c).
 *
 * A struct net_tcp is a listener or a connection. Handles are opaque and
 * owned by the caller from the moment they are handed out (by
 * net_tcp_listen, net_tcp_connect or an accept callback) until the caller
 * calls net_tcp_close() or net_tcp_abort() on them: exactly one of those,
 * exactly once, whatever happened to the connection meanwhile. The stack
 * never frees a handle behind the caller's back: when the peer resets,
 * times out or vanishes, the handle stays valid, reports the error, and
 * waits for close. After close/abort the pointer is dead, and no callback
 * will name it again (even one already on its way in the same pass).
 *
 * Event loop: an open handle holds a loop reference (loop_ref) until it is
 * closed, so a listening server or an open connection keeps the image
 * running (Node's rule); net_tcp_unref() lets one go (server.unref()).
 * After net_tcp_close() a connection keeps the loop alive only until the
 * peer has acknowledged the queued data and the FIN, or the connection
 * fails (reset, retransmissions unanswered), so that the last bytes reach
 * the peer before the image ends; never while lwIP waits out FIN_WAIT_2
 * or TIME_WAIT (Node's rule: a destroyed socket does not keep the
 * process alive).
 *
 * Contexts: every function here is for loop context (boot code, loop
 * callbacks), never an interrupt handler. Callbacks run from the handle's
 * own loop event, after lwIP's input or timer processing has returned:
 * never with lwIP on the stack (net/tcp.c panics if one would), and never
 * from inside a call to a function here. What lwIP reports meanwhile
 * (data, FIN, acknowledgements, errors, new connections) waits on the
 * handle. A callback may call any function here on any handle, its own
 * included (close, abort, write, pause, ...), and may open new
 * connections; nothing is delivered to a handle after its close/abort.
 *
 * Errors are negative errno values: -ECONNREFUSED (connect answered by a
 * reset), -ECONNRESET (reset later), -ETIMEDOUT (no answer to the SYN or
 * to retransmissions, or keep-alive probes), -EADDRINUSE (listen on a port
 * in use), -EHOSTUNREACH (no route, e.g. before DHCP has bound),
 * -ENOTCONN (the connection is gone), -EPIPE (write after shutdown),
 * -ENOMEM, -EINVAL, -ENODEV (no network).
 *
 * Addresses are dotted-quad strings (IPv4 only).
 */
#ifndef UNIJS_NET_TCP_H
#define UNIJS_NET_TCP_H

#include <stddef.h>
#include <stdint.h>

#include "../lib/loop.h"

struct net_tcp;

/*
 * A connection's callbacks (any may be NULL), set with net_tcp_set_ops.
 *
 * connect(c, err): net_tcp_connect's outcome, exactly once: 0 when
 *   established, else -ECONNREFUSED, -ETIMEDOUT, -EHOSTUNREACH, ...
 *   (after an error only close/abort remain useful).
 * data(c, buf, len): len > 0 bytes received, in order. buf is valid only
 *   during the call (it points into the received frame, or into the chunk
 *   that packed small frames together while they waited). The bytes count as consumed when the call returns (the
 *   TCP window reopens); to push back, call net_tcp_pause(); to give
 *   them back, net_tcp_refuse().
 * end(c): the peer sent FIN, after its last data(): no more data comes.
 *   Writing is still allowed (half-close) until net_tcp_shutdown/close.
 * writable(c): a write returned less than asked, and the send buffer has
 *   room again (at least half of it). Once per short write.
 * error(c, err): the connection died (-ECONNRESET, -ETIMEDOUT,
 *   -ECONNABORTED, ...); lwIP has freed its state. Data that arrived
 *   before the error is delivered first (then end() if a FIN came), unless
 *   the connection is paused: held data is then dropped, as a reset drops
 *   what a socket held. Only close/abort (and the address getters) remain.
 * On one handle, what is due is delivered in this order: connect, data,
 * end, writable, error.
 */
struct net_tcp_ops {
	void (*connect)(struct net_tcp *c, int err);
	void (*data)(struct net_tcp *c, const void *buf, size_t len);
	void (*end)(struct net_tcp *c);
	void (*writable)(struct net_tcp *c);
	void (*error)(struct net_tcp *c, int err);
};

/*
 * Listens on port (1..65535, or 0 for an ephemeral one: see
 * net_tcp_local) on every address, with up to backlog (1..255; 0 means
 * 128) connections being established at once. on_accept(listener, conn)
 * runs for each new connection with a fresh handle that the callee owns:
 * it should set the handle's ops there (data arriving before that is held
 * back, not lost). 0 and *out, or -EADDRINUSE, -ENOMEM, -ENODEV, -EINVAL.
 */
int net_tcp_listen(uint16_t port, int backlog,
		   void (*on_accept)(struct net_tcp *listener, struct net_tcp *conn),
		   void *arg, struct net_tcp **out);

/*
 * Connects to ip:port (ip a dotted quad). The handle is returned at once
 * (0 and *out) and ops->connect reports the outcome later; an error known
 * at once (-EINVAL for a bad address, -EHOSTUNREACH, -ENOMEM, -ENODEV) is
 * returned instead and no handle is made.
 */
int net_tcp_connect(const char *ip, uint16_t port, const struct net_tcp_ops *ops,
		    void *arg, struct net_tcp **out);

/* Sets a connection's callbacks and their argument; delivers held data
 * (from a later loop pass, never from inside this call). */
void net_tcp_set_ops(struct net_tcp *c, const struct net_tcp_ops *ops, void *arg);
void *net_tcp_arg(const struct net_tcp *c);

/*
 * Queues up to len bytes (copied) for sending. Returns how many were
 * queued (0..len): less than len when the send buffer (64 KB) is full, in
 * which case ops->writable follows once there is room. Negative errno:
 * -ENOTCONN (dead or still connecting), -EPIPE (after shutdown),
 * -EINVAL (a listener).
 */
long net_tcp_write(struct net_tcp *c, const void *buf, size_t len);

/*
 * Zero-copy writes. net_tcp_write_ref queues up to len bytes as
 * net_tcp_write does (same results, same short writes and writable()), but
 * without copying them: lwIP's segments point into buf and the device
 * reads the bytes from there (drivers/virtio_net.h, scatter-gather), when
 * it sends them and each time it resends them. So buf must stay allocated
 * and unchanged from the call until pin->release(pin) runs. That runs once,
 * from a loop event of its own, when the last of lwIP's references into
 * the bytes is gone (acknowledged by the peer and the device done with
 * every frame that held them, or the connection dropped them) - only when
 * the call returned more than 0; with 0 or an error nothing refers to buf
 * and release never runs. One pin per call (net_tcp_pin_init'ed, not
 * reused before its release). The bytes may be copied after all (then
 * release just comes early): when lwIP would make one of its buffers
 * span three pinned writes. Counted in net_tx_stats (net/net.h).
 */
struct net_tcp_pin {
	void (*release)(struct net_tcp_pin *pin);
	uint32_t refs;          /* net/tcp.c's: lwIP buffers into the bytes */
	struct loop_event ev;   /* net/tcp.c's */
};
void net_tcp_pin_init(struct net_tcp_pin *pin, void (*release)(struct net_tcp_pin *pin));
long net_tcp_write_ref(struct net_tcp *c, const void *buf, size_t len, struct net_tcp_pin *pin);

/* For net/budget.c: lwIP is freeing this block (a pbuf, maybe pinned). */
void net_tcp_pbuf_freed(const void *block);

/* Bytes that net_tcp_write would accept now. */
size_t net_tcp_write_room(const struct net_tcp *c);

/* Bytes queued and not yet acknowledged by the peer. */
size_t net_tcp_unacked(const struct net_tcp *c);

/* FIN after the queued data (Node's socket.end()); reading goes on.
 * 0, -ENOTCONN. Writes then fail with -EPIPE. */
int net_tcp_shutdown(struct net_tcp *c);

/* Flow control for received data (Node's pause/resume): while paused,
 * data() is not called and the TCP window closes; resume delivers what
 * was held from a later loop pass. */
void net_tcp_pause(struct net_tcp *c);
void net_tcp_resume(struct net_tcp *c);

/* From inside data() only: the bytes of this call were not taken (the app
 * had no memory for them). They go back in front of the held data, in
 * order, and the connection is paused: net_tcp_resume delivers them again.
 * Their share of the window was given back before data(); what comes
 * after them is held as paused data is, so the window closes and the
 * peer holds back (nothing is lost); should the connection die meanwhile,
 * they go as paused data does. */
void net_tcp_refuse(struct net_tcp *c);

/* TCP_NODELAY (Nagle off) and keep-alive (idle seconds, 0 = off). */
void net_tcp_nodelay(struct net_tcp *c, int on);
void net_tcp_keepalive(struct net_tcp *c, unsigned idle_s);

/*
 * Graceful end: frees the handle (see the top). A connection sends what is
 * queued, then FIN; received data not yet delivered is discarded. A
 * listener stops listening. Never fails.
 */
void net_tcp_close(struct net_tcp *c);

/* Immediate end: RST to the peer (for a connection), then as close. */
void net_tcp_abort(struct net_tcp *c);

/* Whether the handle holds the loop open (default yes). */
void net_tcp_ref(struct net_tcp *c);
void net_tcp_unref(struct net_tcp *c);

/*
 * The addresses, still available after the connection died. ip receives
 * a NUL-terminated dotted quad (16 bytes). 0, or -ENOTCONN when not known
 * (a connection that never got established has no remote port).
 */
int net_tcp_remote(const struct net_tcp *c, char ip[16], uint16_t *port);
int net_tcp_local(const struct net_tcp *c, char ip[16], uint16_t *port);

#endif
