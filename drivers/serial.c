/*
 * 16550 UART driver (PC16550D data sheet). Output is polled: the transmit
 * FIFO holds 16 bytes, so we test "transmitter empty" once and then write up
 * to 16 bytes blind. That matters: every port access traps to the
 * hypervisor, and a per-byte status read would double the cost of output.
 *
 * Input is interrupt driven (data sheet: IER bit 0 "received data
 * available", which with FIFOs on also covers the character timeout), on
 * ISA IRQ 4 through the IOAPIC. The handler drains the receive FIFO into a
 * ring and posts one loop event; the loop hands the bytes to the consumer
 * straight out of the ring. When the ring is full the handler turns the
 * receive interrupt off instead of dropping bytes: the UART (or QEMU's
 * chardev behind it, which then stops reading its stdin) holds the rest
 * until the loop has made room.
 */
#include "serial.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"
#include "../lib/loop.h"
#include <errno.h>

#define COM1 0x3f8
#define COM1_IRQ 4
#define THR  0 /* transmit holding */
#define RBR  0 /* receive buffer */
#define IER  1
#define FCR  2
#define LCR  3
#define MCR  4
#define LSR  5
#define IER_RDA  0x01
#define MCR_OUT2 0x08 /* gates the UART's interrupt line on PC boards */
#define LSR_DR   0x01
#define LSR_THRE 0x20
#define FIFO_DEPTH 16

#define RX_RING 4096 /* a power of two: indices wrap by masking */

static char rx_ring[RX_RING];
/* head: written by the handler only; tail: by the loop only. Free-running. */
static volatile uint32_t rx_head, rx_tail;

/*
 * Programming the UART is done on first use, not at boot: each port access
 * is a VM exit to QEMU (~25 us on our machines), and an app's first
 * statement should not wait for nine of them. serial_init() only installs
 * the console sink.
 */
static int uart_ready;

static void uart_setup(void)
{
	uint64_t quiet;

	uart_ready = 1;

	/*
	 * 115200 8N1, FIFOs on and cleared. QEMU ignores the rate; hardware
	 * does not. Receive trigger at 14 bytes: a burst costs one interrupt per
	 * 14 bytes, and a lone keystroke still comes within 4 character times
	 * (the FIFO timeout, ~350 us at this rate).
	 */
	outb(COM1 + IER, 0);
	outb(COM1 + LCR, 0x80);
	outb(COM1 + 0, 1);
	outb(COM1 + 1, 0);
	outb(COM1 + LCR, 0x03);
	/*
	 * Turning the FIFOs on empties them (data sheet, FCR bit 0), and input
	 * piped to QEMU may already wait in the receive register: keep it for
	 * serial_rx_start. QEMU hands over the next byte some time after each
	 * read, so read until none has come for ~1 ms, then turn the FIFOs on
	 * at once: a byte landing between the last look and that write is
	 * still lost (QEMU's model, like the chip, drops it), a small window.
	 * Costs one port read when no input waits, the usual case.
	 */
	if (inb(COM1 + LSR) & LSR_DR) {
		quiet = rdtsc();
		while (rdtsc() - quiet < 2500000 && rx_head < RX_RING) {
			if (inb(COM1 + LSR) & LSR_DR) {
				rx_ring[rx_head++] = (char)inb(COM1 + RBR);
				quiet = rdtsc();
			} else {
				/* Look only every ~20 us: under TCG each port access takes
				 * QEMU's big lock, and back-to-back ones starve the thread
				 * that would deliver the next byte. */
				uint64_t t = rdtsc();
				while (rdtsc() - t < 50000)
					cpu_relax();
			}
		}
	}
	outb(COM1 + FCR, 0xc7);
	outb(COM1 + MCR, 0x03);
}

void serial_init(void)
{
	console_set_sink(serial_write);
}

static void wait_thre(void)
{
	int spin = 1000000;
	while (!(inb(COM1 + LSR) & LSR_THRE) && --spin)
		cpu_relax();
}

/*
 * Up to a FIFO's worth of bytes, '\n' made "\r\n", per "transmitter empty"
 * check, and written with one `rep outsb`: on a hypervisor every port
 * access is an exit, and KVM carries a string write to the device model in
 * one exit instead of one per byte (console output was the largest cost of
 * a short app's run).
 */
void serial_write(const char *buf, size_t len)
{
	char chunk[FIFO_DEPTH];
	size_t i = 0;

	if (!uart_ready)
		uart_setup();
	while (i < len) {
		size_t n = 0;
		while (i < len && n < FIFO_DEPTH) {
			if (buf[i] == '\n') {
				if (n + 2 > FIFO_DEPTH)
					break;
				chunk[n++] = '\r';
			}
			chunk[n++] = buf[i++];
		}
		wait_thre();
		arch_outsb(COM1 + THR, chunk, n);
	}
}

/* ---- receive */

static volatile int rx_throttled; /* the handler turned IER_RDA off: ring full */
static int rx_routed;
static void (*rx_cb)(const char *buf, size_t len);
static struct loop_event rx_event;

/* Interrupts off (handler, or loop code under irq_save). */
static void rx_drain(void)
{
	uint32_t head = rx_head, n = 0;
	while (head - rx_tail < RX_RING) {
		if (!(inb(COM1 + LSR) & LSR_DR))
			break;
		rx_ring[head++ & (RX_RING - 1)] = (char)inb(COM1 + RBR);
		n++;
	}
	if (head - rx_tail == RX_RING) {
		/* full: leave the rest in the UART until the loop drains */
		outb(COM1 + IER, 0);
		rx_throttled = 1;
	}
	barrier(); /* the bytes before the index that publishes them */
	rx_head = head;
	if (n || rx_throttled)
		loop_event_post(&rx_event);
}

static void rx_irq(int vector, void *ctx)
{
	(void)vector;
	(void)ctx;
	rx_drain();
	arch_irq_eoi();
}

/* On the loop: give the consumer every byte in the ring, in at most two runs. */
static void rx_deliver(struct loop_event *ev)
{
	(void)ev;
	while (rx_cb && rx_tail != rx_head) {
		uint32_t tail = rx_tail, head = rx_head;
		uint32_t off = tail & (RX_RING - 1);
		uint32_t len = head - tail;
		if (len > RX_RING - off)
			len = RX_RING - off;
		rx_cb(rx_ring + off, len); /* may stop receiving, or start again */
		barrier();
		rx_tail = tail + len;
	}
	if (rx_throttled && rx_cb) {
		uint64_t f = irq_save();
		rx_throttled = 0;
		outb(COM1 + IER, IER_RDA); /* also re-raises the line if bytes wait */
		irq_restore(f);
	}
}

int serial_rx_start(void (*on_data)(const char *buf, size_t len))
{
	if (!uart_ready)
		uart_setup();
	uint64_t f;
	int r;

	if (!on_data)
		return -EINVAL;
	if (!rx_routed) {
		loop_event_init(&rx_event, rx_deliver);
		r = arch_irq_register(ARCH_VEC_GSI(COM1_IRQ), rx_irq, 0);
		if (r < 0)
			return r;
		r = ioapic_route_isa(COM1_IRQ, ARCH_VEC_GSI(COM1_IRQ));
		if (r < 0)
			return r;
		rx_routed = 1;
	}
	rx_cb = on_data;
	f = irq_save();
	rx_throttled = 0;
	outb(COM1 + MCR, 0x03 | MCR_OUT2);
	outb(COM1 + IER, IER_RDA);
	irq_restore(f);
	/* Bytes that came before start wait in the FIFO, and an edge-triggered
	 * line may have no edge left to give for them. */
	f = irq_save();
	rx_drain();
	if (rx_head != rx_tail) /* kept from before: boot input, or a pause */
		loop_event_post(&rx_event);
	irq_restore(f);
	return 0;
}

/*
 * Pausing, as Node's stream.pause(): bytes already in the ring stay there
 * and the rest waits in the UART (and behind it in QEMU), so a later start
 * resumes without a gap.
 */
void serial_rx_stop(void)
{
	uint64_t f = irq_save();
	outb(COM1 + IER, 0);
	rx_throttled = 0;
	irq_restore(f);
	rx_cb = 0;
	if (rx_routed)
		loop_event_cancel(&rx_event);
}
