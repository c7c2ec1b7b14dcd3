/*
 * virtio-console driver, output only (virtio 1.2 §5.3): device id 3 (§5),
 * no feature bits (§5.3.3: without MULTIPORT there is one port, port 0,
 * on queues 0 and 1), queue 1 "transmitq0" (§5.3.2); initialization
 * §5.3.5, output §5.3.6.1. See virtio_console.h.
 */
#include "virtio_console.h"
#include "virtio.h"
#include "serial.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

#define VIRTIO_ID_CONSOLE 3
#define TRANSMITQ0 1
#define SLOTS 8
#define SLOT (VIRTIO_CONSOLE_BUFFER / SLOTS)

static struct {
	int state; /* 0 not probed, 1 ready, <0 the probe's error */
	int busy;  /* in vc_write: a re-entry (a fault in it) goes to serial */
	unsigned free; /* bit i: slot i is ours (not with the device) */
	struct virtio_dev dev;
	struct virtq q;
	/* Handed to the device by address: static, because a stack may
	 * live at an alias address that is not its physical one. */
	char buf[SLOTS][SLOT] __attribute__((aligned(64)));
} vc;

/* Takes back the slots the device has used (written out). */
static void reclaim(void)
{
	uint32_t len;
	char *tok;

	while ((tok = virtq_get(&vc.q, &len)))
		vc.free |= 1u << ((tok - vc.buf[0]) / SLOT);
}

/*
 * Waits until the slots in want are all ours (want 0: any one), telling
 * the device of what it has not been told yet. QEMU takes a notification
 * at once under TCG; under KVM its main loop does (an ioeventfd), some
 * microseconds later, or later on a busy host. 0, or -ETIMEDOUT after
 * VIRTIO_CONSOLE_TIMEOUT_MS.
 */
static int wait_slots(unsigned want)
{
	uint64_t deadline = 0, now;

	for (;;) {
		reclaim();
		if (want ? (vc.free & want) == want : vc.free != 0)
			return 0;
		virtq_kick(&vc.q); /* what it was not told yet, if anything */
		now = clock_monotonic_ns();
		if (!deadline)
			deadline = now + (uint64_t)VIRTIO_CONSOLE_TIMEOUT_MS * 1000000;
		else if (now > deadline)
			return -ETIMEDOUT;
		cpu_relax();
	}
}

static void stalled(void)
{
	vc.state = -ETIMEDOUT; /* the slots it holds are never reused */
	console_set_sink(serial_write);
	printf("\nconsole: %s stalled: serial now\n", vc.dev.name);
}

static void vc_write(const char *s, size_t len)
{
	size_t i = 0, n;
	unsigned k;

	if (vc.busy || vc.state != 1) {
		serial_write(s, len);
		return;
	}
	vc.busy = 1;
	while (i < len) {
		struct virtq_buf out;
		if (wait_slots(0) < 0) {
			stalled();
			serial_write(s + i, len - i); /* the rest of this write */
			break;
		}
		k = (unsigned)__builtin_ctz(vc.free);
		for (n = 0; i < len && n + 2 <= SLOT; i++) {
			if (s[i] == '\n')
				vc.buf[k][n++] = '\r';
			vc.buf[k][n++] = s[i];
		}
		out.addr = vc.buf[k];
		out.len = (uint32_t)n;
		/* a descriptor per slot: the queue has as many as slots */
		virtq_add(&vc.q, &out, 1, 0, 0, vc.buf[k]);
		vc.free &= ~(1u << k);
	}
	virtq_kick(&vc.q);
	vc.busy = 0;
}

void virtio_console_flush(void)
{
	if (vc.state != 1 || vc.busy)
		return;
	if (wait_slots((1u << SLOTS) - 1) < 0)
		stalled();
}

int virtio_console_init(void)
{
	int r;

	if (vc.state)
		return vc.state > 0 ? 0 : vc.state;
	r = virtio_find(VIRTIO_ID_CONSOLE, &vc.dev);
	if (r == 0)
		r = virtio_negotiate(&vc.dev, 0);
	if (r == 0) {
		r = virtq_setup(&vc.dev, &vc.q, TRANSMITQ0, SLOTS);
		if (r < 0)
			virtio_fail(&vc.dev);
	}
	if (r < 0) {
		vc.state = r;
		return r;
	}
	if (vc.q.size < SLOTS) { /* a device with a smaller queue: one slot per descriptor */
		virtio_fail(&vc.dev);
		return vc.state = -ENOTSUP;
	}
	virtq_intr_disable(&vc.q);
	virtio_driver_ok(&vc.dev);
	vc.free = (1u << SLOTS) - 1;
	vc.state = 1;
	console_set_sink(vc_write);
	return 0;
}
