/*
 * test_xring.c: host tests of the cross-core ring (lib/xring.h), included
 * as the kernel uses it.
 *
 * One thread, step by step: capacity (exactly XRING_SLOTS, then -EAGAIN
 * with the ring unchanged), order, wrap-around, when a push asks to wake
 * the consumer, when the consumer's settle asks to wake the producer.
 *
 * Two threads, as two cores: a producer sends N sequence numbers, a
 * consumer checks them. Each side "halts" as a core does: the consumer
 * when a drain ended with nothing left, the producer when a push was
 * refused; each "IPI" is a post to the other's semaphore, which, like a
 * pending interrupt, is not lost when it comes before the wait. A lost
 * wake-up would leave both asleep: a watchdog thread reports that as a
 * failure (after 120 s without progress, a hang guard, not a timing).
 * Then the same with the consumer draining in small batches and a tiny
 * budget per round, so that both sides meet full and empty rings often.
 */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "libc_test.h"

/* the hang guard: seconds without progress that mean a lost wake-up */
#ifndef HANG_S
#define HANG_S 120
#endif
#include "../../lib/xring.h"

static struct xring ring;
static struct xring_rx rx;

static void reset(void)
{
	memset(&ring, 0, sizeof ring);
	memset(&rx, 0, sizeof rx);
}

static void single_thread(void)
{
	struct test_group g;
	struct xmsg m = { 0 }, out;
	int wake, r, i, round, wp;
	uint64_t next = 0, want = 0;

	group_begin(&g, "xring: capacity, order, wake-up flags");
	reset();
	m.a = next++;
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == 0 && wake == 1, "first push into an idle consumer's empty ring: r=%d wake=%d", r, wake);
	m.a = next++;
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == 0 && wake == 0, "second push (the first still queued): r=%d wake=%d", r, wake);
	for (i = 2; i < XRING_SLOTS; i++) {
		m.a = next++;
		r = xring_push(&ring, &rx, &m, &wake);
		check(&g, r == 0, "push %d of %d: r=%d", i, XRING_SLOTS, r);
	}
	m.a = next;
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == -XRING_EAGAIN, "push into a full ring: r=%d, want -EAGAIN", r);
	check(&g, ring.tail == XRING_SLOTS && ring.waiting == 1, "refused push: tail %llu, waiting %u",
	      (unsigned long long)ring.tail, ring.waiting);
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == -XRING_EAGAIN, "again: r=%d", r);

	/* consumer takes one: room, and the producer is to be woken once */
	xring_rx_begin(&rx);
	r = xring_pop(&ring, &out);
	check(&g, r == 1 && out.a == want, "pop: r=%d a=%llu want %llu", r, (unsigned long long)out.a,
	      (unsigned long long)want);
	want++;
	xring_rx_end(&rx);
	r = xring_settle(&ring, &wp);
	check(&g, r == 1 && wp == 1, "settle with %d left, producer waiting: more=%d wake=%d", XRING_SLOTS - 1, r, wp);
	r = xring_settle(&ring, &wp);
	check(&g, wp == 0, "the producer is woken once per wait: wake=%d", wp);
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == 0, "push after room was made: r=%d", r);
	next++;

	/* many rounds of fill and drain: wrap-around keeps order */
	for (round = 0; round < 50; round++) {
		xring_rx_begin(&rx);
		while (xring_pop(&ring, &out)) {
			check(&g, out.a == want, "round %d: got %llu want %llu", round, (unsigned long long)out.a,
			      (unsigned long long)want);
			want = out.a + 1;
		}
		xring_rx_end(&rx);
		r = xring_settle(&ring, &wp);
		check(&g, r == 0, "round %d: settle after a full drain says more=%d", round, r);
		for (i = 0; i < 1 + round * 5 % XRING_SLOTS; i++) {
			m.a = next;
			r = xring_push(&ring, &rx, &m, &wake);
			if (r < 0)
				break;
			check(&g, wake == (i == 0), "round %d push %d: wake=%d (consumer idle, ring %s)", round, i, wake,
			      i == 0 ? "empty" : "not empty");
			next++;
		}
	}
	/* a consumer inside a drain is not woken */
	xring_rx_begin(&rx);
	while (xring_pop(&ring, &out))
		want = out.a + 1;
	m.a = next++;
	r = xring_push(&ring, &rx, &m, &wake);
	check(&g, r == 0 && wake == 0, "push while the consumer drains: wake=%d", wake);
	r = xring_pop(&ring, &out);
	check(&g, r == 1 && out.a == want, "and it finds it: r=%d", r);
	xring_rx_end(&rx);
	group_end(&g);
}

/* ---- two threads */

static sem_t irq_consumer, irq_producer;
static volatile uint64_t progress;
static uint64_t n_msgs;
static unsigned batch; /* consumer's budget per round, 0: unbounded */
static uint64_t c_errors, c_got, c_first_bad, c_first_want, c_sleeps, p_sleeps, p_wakes, c_wakes;

static void *producer(void *arg)
{
	struct xmsg m = { 0 };
	uint64_t seq = 0;
	int wake, r;

	(void)arg;
	while (seq < n_msgs) {
		m.a = seq;
		m.b = ~seq;
		r = xring_push(&ring, &rx, &m, &wake);
		if (r == -XRING_EAGAIN) {
			p_sleeps++;
			sem_wait(&irq_producer); /* halt until the consumer's IPI */
			continue;
		}
		if (wake) {
			c_wakes++;
			sem_post(&irq_consumer);
		}
		seq++;
	}
	return 0;
}

static void *consumer(void *arg)
{
	struct xmsg m;
	int more, wp;
	unsigned done;

	(void)arg;
	while (c_got < n_msgs) {
		done = 0;
		do {
			xring_rx_begin(&rx);
			while ((!batch || done < batch) && xring_pop(&ring, &m)) {
				if (m.a != c_got || m.b != ~m.a) {
					if (!c_errors++) {
						c_first_bad = m.a;
						c_first_want = c_got;
					}
				}
				c_got = m.a + 1;
				done++;
				progress++;
			}
			xring_rx_end(&rx);
			more = xring_settle(&ring, &wp);
			if (wp) {
				p_wakes++;
				sem_post(&irq_producer);
			}
		} while (more && (!batch || done < batch));
		if (!more && c_got < n_msgs) {
			c_sleeps++;
			sem_wait(&irq_consumer); /* halt until the producer's IPI */
		}
	}
	return 0;
}

static void *watchdog(void *arg)
{
	uint64_t last = ~0ull;
	int still = 0;

	(void)arg;
	for (;;) {
		sleep(1);
		if (progress == last) {
			if (++still == HANG_S) {
				printf("not ok - xring threads: no progress for %d s at %llu of %llu: a lost wake-up\n",
				       HANG_S, (unsigned long long)c_got, (unsigned long long)n_msgs);
				printf("0 passed, 1 failed\n");
				fflush(stdout);
				_exit(1);
			}
		} else {
			still = 0;
			last = progress;
		}
	}
	return 0;
}

static void two_threads(const char *name, uint64_t n, unsigned b)
{
	struct test_group g;
	pthread_t p, c;

	group_begin(&g, name);
	reset();
	n_msgs = n;
	batch = b;
	c_errors = c_got = c_sleeps = p_sleeps = p_wakes = c_wakes = 0;
	sem_init(&irq_consumer, 0, 0);
	sem_init(&irq_producer, 0, 0);
	pthread_create(&c, 0, consumer, 0);
	pthread_create(&p, 0, producer, 0);
	pthread_join(p, 0);
	pthread_join(c, 0);
	check(&g, c_errors == 0, "%llu out-of-order or damaged messages, first %llu where %llu was due",
	      (unsigned long long)c_errors, (unsigned long long)c_first_bad, (unsigned long long)c_first_want);
	check(&g, c_got == n, "%llu of %llu arrived", (unsigned long long)c_got, (unsigned long long)n);
	check(&g, ring.head == n && ring.tail == n, "head %llu tail %llu after %llu",
	      (unsigned long long)ring.head, (unsigned long long)ring.tail, (unsigned long long)n);
	printf("# %s: producer slept %llu times (woken %llu), consumer slept %llu times (woken %llu)\n", name,
	       (unsigned long long)p_sleeps, (unsigned long long)p_wakes, (unsigned long long)c_sleeps,
	       (unsigned long long)c_wakes);
	sem_destroy(&irq_consumer);
	sem_destroy(&irq_producer);
	group_end(&g);
}

int main(void)
{
	pthread_t w;

	test_plan(3);
	pthread_create(&w, 0, watchdog, 0);
	single_thread();
	two_threads("xring threads: 10,000,000 messages, order kept, none lost", 10000000, 0);
	two_threads("xring threads: 2,000,000 messages, consumer in batches of 7", 2000000, 7);
	return test_summary();
}
