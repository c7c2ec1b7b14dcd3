/*
 * xring.h: a bounded single-producer/single-consumer ring of fixed-size
 * messages between two cores, lock-free, and the wake-up protocol that
 * lets the consumer halt and the producer sleep on a full ring without a
 * message or a wake-up ever being lost. lib/xmsg.c builds the cross-core
 * messages on it; tests/unit/test_xring.c runs it between host threads.
 * Header-only and free of arch/: the host test includes it as it is.
 *
 * Contract:
 *   - exactly one core pushes into a ring (the producer) and exactly one
 *     pops from it (the consumer); neither may be an interrupt handler
 *     racing its own core's loop on the same ring;
 *   - messages come out in the order they went in, each exactly once;
 *   - xring_push on a full ring returns -EAGAIN (11) and leaves the ring
 *     as it was: the caller keeps its message and its loop runs on;
 *   - after a push, *wake says the consumer may be idle and must be woken
 *     (an IPI): it is set whenever the consumer is not inside a drain and
 *     had taken every earlier message, so a consumer that halts after
 *     xring_rx_end() said "nothing left" is always woken for new work;
 *   - after xring_push returned -EAGAIN, the producer is marked waiting:
 *     the consumer's next xring_rx_end() that frees a slot reports it
 *     (*wake_producer), so a producer that sleeps is always woken.
 *
 * Memory ordering (x86-TSO and the C11 model alike): slot contents are
 * published by a release store of tail and read after an acquire load of
 * it; slots are reused only after a release store of head that follows
 * the read. The two wake-ups are Dekker pairs, each side a store, a full
 * fence (__atomic_thread_fence(SEQ_CST): mfence on x86), then a load of
 * the other side's variable: producer (tail; awake, head), consumer at the
 * end of a drain (awake = 0; tail) for the first, producer (waiting; head)
 * and consumer (head; waiting) for the second. At least one side of each
 * pair sees the other's store, so either the consumer finds the message
 * or the producer sends the wake-up.
 */
#ifndef UNIJS_XRING_H
#define UNIJS_XRING_H

#include <stdint.h>

#define XRING_SLOTS 256 /* a power of two; 8 KiB of messages */
#define XRING_EAGAIN 11 /* errno.h's EAGAIN, which the host's may not share */

struct xmsg {
	uint32_t type; /* what: lib/xmsg.h XMSG_* */
	uint32_t from; /* sending core's index (xmsg_send fills it in) */
	uint64_t a, b, c;
};

/* Each side's variables on their own cache line: no false sharing. */
struct xring {
	/* producer-owned */
	uint64_t tail __attribute__((aligned(64)));
	uint64_t head_seen; /* the producer's last look at head */
	/* consumer-owned */
	uint64_t head __attribute__((aligned(64)));
	uint64_t tail_seen;
	/* set by the producer on -EAGAIN, cleared by the consumer */
	uint32_t waiting __attribute__((aligned(64)));
	struct xmsg slot[XRING_SLOTS] __attribute__((aligned(64)));
};

/* The consumer's one flag for all its rings: inside a drain or not. */
struct xring_rx {
	uint32_t awake __attribute__((aligned(64)));
};

#define XR_LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define XR_STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define XR_FENCE() __atomic_thread_fence(__ATOMIC_SEQ_CST)

/* Producer. 0 (and *wake) or -XRING_EAGAIN. */
static inline int xring_push(struct xring *r, struct xring_rx *rx, const struct xmsg *m, int *wake)
{
	uint64_t t = r->tail, h;

	*wake = 0;
	if (t - r->head_seen == XRING_SLOTS) {
		r->head_seen = XR_LOAD(&r->head);
		if (t - r->head_seen == XRING_SLOTS) {
			XR_STORE(&r->waiting, 1);
			XR_FENCE();
			r->head_seen = XR_LOAD(&r->head);
			if (t - r->head_seen == XRING_SLOTS)
				return -XRING_EAGAIN;
			/* room after all; a stale flag costs one spare wake-up */
		}
	}
	r->slot[t & (XRING_SLOTS - 1)] = *m;
	XR_STORE(&r->tail, t + 1);
	XR_FENCE();
	h = XR_LOAD(&r->head);
	r->head_seen = h;
	*wake = !XR_LOAD(&rx->awake) && h == t;
	return 0;
}

/* Consumer: starts a drain (before the first pop of a round). */
static inline void xring_rx_begin(struct xring_rx *rx)
{
	XR_STORE(&rx->awake, 1);
}

/* Consumer: 1 and the oldest message in *m, or 0 when (as far as this
 * core has seen) the ring is empty. */
static inline int xring_pop(struct xring *r, struct xmsg *m)
{
	uint64_t h = r->head;

	if (h == r->tail_seen) {
		r->tail_seen = XR_LOAD(&r->tail);
		if (h == r->tail_seen)
			return 0;
	}
	*m = r->slot[h & (XRING_SLOTS - 1)];
	XR_STORE(&r->head, h + 1);
	return 1;
}

/* Consumer, once per ring after a drain's last pop and the fence of
 * xring_rx_end: whether messages remain, and whether the producer waits
 * for room (then wake it: the flag is cleared here). */
static inline int xring_settle(struct xring *r, int *wake_producer)
{
	*wake_producer = 0;
	if (XR_LOAD(&r->waiting)) {
		XR_STORE(&r->waiting, 0);
		*wake_producer = 1;
	}
	r->tail_seen = XR_LOAD(&r->tail);
	return r->head != r->tail_seen;
}

/* Consumer: ends a drain. Call it, then xring_settle on every ring; when
 * one says messages remain, xring_rx_begin again and go on draining. */
static inline void xring_rx_end(struct xring_rx *rx)
{
	XR_STORE(&rx->awake, 0);
	XR_FENCE();
}

#endif
