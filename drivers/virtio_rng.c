/*
 * virtio-rng driver (virtio 1.2 §5.4): device id 4 (§5), no feature bits
 * (§5.4.3), no configuration (§5.4.4), queue 0 "requestq" (§5.4.2);
 * initialization §5.4.5, operation §5.4.6. See virtio_rng.h.
 */
#include "virtio_rng.h"
#include "virtio.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>
#include <string.h>

#define VIRTIO_ID_RNG 4
#define CHUNK 64

static struct {
	int state; /* 0 not probed, 1 ready, <0 the probe's error */
	struct virtio_dev dev;
	struct virtq q;
	/* Handed to the device by address: a static buffer, because a stack
	 * may live at an alias address that is not its physical one. */
	uint8_t buf[CHUNK] __attribute__((aligned(64)));
} rd;

int virtio_rng_init(void)
{
	int r;

	if (rd.state)
		return rd.state > 0 ? 0 : rd.state;
	r = virtio_find(VIRTIO_ID_RNG, &rd.dev);
	if (r == 0)
		r = virtio_negotiate(&rd.dev, 0);
	if (r == 0) {
		r = virtq_setup(&rd.dev, &rd.q, 0, 8);
		if (r < 0)
			virtio_fail(&rd.dev);
	}
	if (r < 0) {
		rd.state = r;
		return r;
	}
	/* Polled: ask the device not to interrupt (a hint, §2.7.7). */
	virtq_intr_disable(&rd.q);
	virtio_driver_ok(&rd.dev);
	rd.state = 1;
	return 0;
}

const char *virtio_rng_name(void)
{
	return rd.state > 0 ? rd.dev.name : 0;
}

/* One request of up to CHUNK bytes; the bytes the device wrote, or <0. */
static int request(size_t want)
{
	struct virtq_buf in = { rd.buf, (uint32_t)want };
	uint64_t deadline;
	uint32_t len = 0;
	void *tok;
	int r;

	r = virtq_add(&rd.q, 0, 0, &in, 1, rd.buf);
	if (r < 0)
		return r;
	virtq_kick(&rd.q);
	deadline = clock_monotonic_ns() + (uint64_t)VIRTIO_RNG_TIMEOUT_MS * 1000000;
	while (!(tok = virtq_get(&rd.q, &len))) {
		if (clock_monotonic_ns() > deadline) {
			/* The buffer stays with the device: no further
			 * request may reuse it. */
			rd.state = -ETIMEDOUT;
			return -ETIMEDOUT;
		}
		cpu_relax();
	}
	/* Deasserts a level-triggered line the device may have raised. */
	virtio_isr_ack(&rd.dev);
	if (len > want)
		len = (uint32_t)want;
	return (int)len;
}

int virtio_rng_read(void *buf, size_t len)
{
	uint8_t *p = buf;
	int r, empty = 0;

	r = virtio_rng_init();
	if (r < 0)
		return r;
	while (len) {
		r = request(len < CHUNK ? len : CHUNK);
		if (r < 0)
			return r;
		if (r == 0) {
			if (++empty > 16)
				return -EIO;
			continue;
		}
		memcpy(p, rd.buf, (size_t)r);
		memset(rd.buf, 0, (size_t)r);
		p += r;
		len -= (size_t)r;
	}
	return 0;
}
