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

static struct {
	int state; /* 0 not probed, 1 ready, <0 the probe's error */
	int busy;  /* in vc_write: a re-entry (a fault in it) goes to serial */
	struct virtio_dev dev;
	struct virtq q;
	/* Handed to the device by address: static, because a stack may
	 * live at an alias address that is not its physical one. */
	char buf[VIRTIO_CONSOLE_CHUNK] __attribute__((aligned(64)));
} vc;

/* Hands buf[0..n) to the device and waits till it has taken it. */
static int put(size_t n)
{
	struct virtq_buf out = { vc.buf, (uint32_t)n };
	uint64_t deadline;
	uint32_t len;

	if (virtq_add(&vc.q, &out, 1, 0, 0, vc.buf) < 0)
		return -ENOSPC;
	virtq_kick(&vc.q);
	deadline = 0;
	while (!virtq_get(&vc.q, &len)) {
		/* QEMU takes a notification at once under TCG; under KVM its
		 * main loop does (an ioeventfd), some microseconds later. */
		uint64_t now = clock_monotonic_ns();
		if (!deadline)
			deadline = now + (uint64_t)VIRTIO_CONSOLE_TIMEOUT_MS * 1000000;
		else if (now > deadline)
			return -ETIMEDOUT;
		cpu_relax();
	}
	return 0;
}

static void vc_write(const char *s, size_t len)
{
	size_t i = 0, n;

	if (vc.busy || vc.state != 1) {
		serial_write(s, len);
		return;
	}
	vc.busy = 1;
	while (i < len) {
		for (n = 0; i < len && n + 2 <= sizeof vc.buf; i++) {
			if (s[i] == '\n')
				vc.buf[n++] = '\r';
			vc.buf[n++] = s[i];
		}
		if (put(n) < 0) {
			/* The buffer stays with the device: never reused. */
			vc.state = -ETIMEDOUT;
			console_set_sink(serial_write);
			printf("\nconsole: %s stalled: serial now\n", vc.dev.name);
			serial_write(s + i, len - i); /* the rest of this write */
			break;
		}
	}
	vc.busy = 0;
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
		r = virtq_setup(&vc.dev, &vc.q, TRANSMITQ0, 4);
		if (r < 0)
			virtio_fail(&vc.dev);
	}
	if (r < 0) {
		vc.state = r;
		return r;
	}
	virtq_intr_disable(&vc.q);
	virtio_driver_ok(&vc.dev);
	vc.state = 1;
	console_set_sink(vc_write);
	return 0;
}

const char *virtio_console_name(void)
{
	return vc.state > 0 ? vc.dev.name : 0;
}
