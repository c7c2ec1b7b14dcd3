/*
 * virtio-console driver, output only (virtio 1.2 §5.3): device id 3 (§5).
 * With VIRTIO_CONSOLE_F_MULTIPORT (§5.3.3, §5.3.6.2) the driver finds the
 * device's ports through the control queues (2 and 3) and writes to port
 * 1 (transmitq1, queue 5) when there is one, else to port 0 (transmitq0,
 * queue 1), which is also the only port without MULTIPORT. Initialization
 * §5.3.5, output §5.3.6.1. See virtio_console.h for why port 1.
 */
#include "virtio_console.h"
#include "virtio.h"
#include "serial.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define VIRTIO_ID_CONSOLE 3
#define VIRTIO_CONSOLE_F_MULTIPORT 1
#define TRANSMITQ0 1
#define CONTROL_RX 2
#define CONTROL_TX 3
#define TRANSMITQ1 5 /* port n >= 1: receiveq 2n+2, transmitq 2n+3 */
#define SLOTS 8
#define SLOT (VIRTIO_CONSOLE_BUFFER / SLOTS)
#define CTRL_BUFS 4

/* §5.3.6.2: a control message; events the driver sends or reads */
struct ctrl {
	uint32_t id;
	uint16_t event, value;
};
enum { DEVICE_READY = 0, DEVICE_ADD = 1, PORT_READY = 3, PORT_OPEN = 6 };
/* In TSC ticks, not clock_monotonic_ns: the clock is not calibrated yet
 * at boot, and a first read would calibrate it before the LAPIC is set
 * up. Some 1-4 ms at 1-4 GHz: after the first DEVICE_ADD, how long the
 * control queue may stay quiet before the list of ports is taken as
 * complete (QEMU sends them all in one go, as it handles DEVICE_READY);
 * some 2.5-10 s: how long the device may take to say anything. */
#define PORTS_QUIET_TICKS 4000000ull
#define PORTS_FIRST_TICKS 10000000000ull

static struct {
	int state; /* 0 not probed, 1 ready, <0 the probe's error */
	int busy;  /* in vc_write: a re-entry (a fault in it) goes to serial */
	int port;  /* the port written to */
	unsigned free; /* bit i: slot i is ours (not with the device) */
	struct virtio_dev dev;
	struct virtq q, q0, crx, ctx;
	/* Handed to the device by address: static, because a stack may
	 * live at an alias address that is not its physical one. */
	char buf[SLOTS][SLOT] __attribute__((aligned(64)));
	struct ctrl in[CTRL_BUFS], out[3];
} vc;

/* Takes back the slots the device has used (written out); whether any. */
static int reclaim(void)
{
	uint32_t len;
	char *tok;
	int got = 0;

	while ((tok = virtq_get(&vc.q, &len))) {
		vc.free |= 1u << ((tok - vc.buf[0]) / SLOT);
		got = 1;
	}
	return got;
}

/*
 * Waits until the slots in want are all ours (want 0: any one), telling
 * the device of what it has not been told yet. QEMU takes a notification
 * at once under TCG; under KVM its main loop does (an ioeventfd), some
 * microseconds later, or later on a busy host; on port 1 it holds a slot
 * for as long as the host does not read. 0, or -ETIMEDOUT when no slot
 * came back for VIRTIO_CONSOLE_TIMEOUT_MS.
 */
static int wait_slots(unsigned want)
{
	uint64_t deadline = 0, now;

	for (;;) {
		int progress = reclaim();
		if (want ? (vc.free & want) == want : vc.free != 0)
			return 0;
		virtq_kick(&vc.q); /* what it was not told yet, if anything */
		now = clock_monotonic_ns();
		if (!deadline || progress)
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

/* Queues one control message (the k-th of vc.out) to the device. */
static void control(int k, uint32_t id, uint16_t event, uint16_t value)
{
	struct virtq_buf b = { &vc.out[k], sizeof vc.out[k] };

	vc.out[k].id = id;
	vc.out[k].event = event;
	vc.out[k].value = value;
	virtq_add(&vc.ctx, &b, 1, 0, 0, &vc.out[k]);
	virtq_kick(&vc.ctx);
}

/*
 * §5.3.6.2: DEVICE_READY, then the device's DEVICE_ADD for each port.
 * Returns the port to write to: 1 when the device has it, else 0; -1 when
 * the device said nothing in PORTS_FIRST_TICKS.
 */
static int find_port(void)
{
	uint64_t start = rdtsc(), last = 0, now;
	int i, seen0 = 0;

	for (i = 0; i < CTRL_BUFS; i++) {
		struct virtq_buf b = { &vc.in[i], sizeof vc.in[i] };
		virtq_add(&vc.crx, 0, 0, &b, 1, &vc.in[i]);
	}
	virtq_kick(&vc.crx);
	control(0, 0, DEVICE_READY, 1);
	for (;;) {
		struct ctrl *m;
		uint32_t len;
		while ((m = virtq_get(&vc.crx, &len))) {
			struct virtq_buf b = { m, sizeof *m };
			if (len >= sizeof *m && m->event == DEVICE_ADD) {
				if (m->id == 1)
					return 1;
				seen0 |= m->id == 0;
				last = rdtsc();
			}
			virtq_add(&vc.crx, 0, 0, &b, 1, m);
			virtq_kick(&vc.crx);
		}
		now = rdtsc();
		if (last && now - last > PORTS_QUIET_TICKS)
			return seen0 ? 0 : -1;
		if (now - start > PORTS_FIRST_TICKS)
			return -1;
		cpu_relax();
	}
}

static int setup(void)
{
	int r, multi;

	r = virtio_find(VIRTIO_ID_CONSOLE, &vc.dev);
	if (r == 0)
		r = virtio_negotiate(&vc.dev, 1ull << VIRTIO_CONSOLE_F_MULTIPORT);
	if (r < 0)
		return r;
	multi = virtio_has(&vc.dev, VIRTIO_CONSOLE_F_MULTIPORT);
	r = virtq_setup(&vc.dev, &vc.q0, TRANSMITQ0, SLOTS);
	if (r == 0 && multi)
		r = virtq_setup(&vc.dev, &vc.crx, CONTROL_RX, CTRL_BUFS);
	if (r == 0 && multi)
		r = virtq_setup(&vc.dev, &vc.ctx, CONTROL_TX, 4);
	if (r == 0 && multi && virtq_setup(&vc.dev, &vc.q, TRANSMITQ1, SLOTS) < 0)
		vc.q.size = 0; /* no port 1's queues (max_ports=1 offers no MULTIPORT, but) */
	if (r == 0 && (vc.q0.size < SLOTS || (multi && (vc.crx.size < CTRL_BUFS || vc.ctx.size < 4))))
		r = -ENOTSUP; /* a device with smaller queues: one slot per descriptor */
	if (r < 0) {
		virtio_fail(&vc.dev);
		return r;
	}
	/* Polled, every queue: the device is asked not to interrupt (a hint,
	 * §2.7.7, which QEMU keeps without EVENT_IDX). On pc and q35 its PCI
	 * INTx line is shared (virtio-net's IRQ 11 with the console's): the
	 * control queue's messages at start-up left the line high, no handler
	 * lowered it, and virtio-net's handler ran again at each EOI, an
	 * interrupt storm that took its echo under KVM to ~0.3 MB/s (1,000
	 * times slower than on microvm). The line is lowered at the end. */
	virtq_intr_disable(&vc.q0);
	if (multi) {
		virtq_intr_disable(&vc.crx);
		virtq_intr_disable(&vc.ctx);
		if (vc.q.size)
			virtq_intr_disable(&vc.q);
	}
	virtio_driver_ok(&vc.dev);
	vc.port = 0;
	if (multi) {
		vc.port = find_port();
		if (vc.port < 0 || (vc.port == 1 && vc.q.size < SLOTS)) {
			virtio_fail(&vc.dev);
			printf("console: %s has no port to write to: serial\n", vc.dev.name);
			return -ENODEV;
		}
		/* §5.3.6.2: the driver is ready for the port and has it open */
		control(1, (uint32_t)vc.port, PORT_READY, 1);
		control(2, (uint32_t)vc.port, PORT_OPEN, 1);
	}
	if (vc.port == 0)
		vc.q = vc.q0;
	virtq_intr_disable(&vc.q);
	/* whatever it raised before the queues were told (read clears) */
	virtio_isr_ack(&vc.dev);
	return 0;
}

int virtio_console_init(void)
{
	int r;

	if (vc.state)
		return vc.state > 0 ? 0 : vc.state;
	r = setup();
	if (r < 0)
		return vc.state = r;
	vc.free = (1u << SLOTS) - 1;
	vc.state = 1;
	console_set_sink(vc_write);
	return 0;
}

int virtio_console_port(const char **device)
{
	if (vc.state != 1)
		return -1;
	*device = vc.dev.name;
	return vc.port;
}
