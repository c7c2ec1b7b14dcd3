/*
 * 16550 UART driver (PC16550D data sheet). Output is polled: the transmit
 * FIFO holds 16 bytes, so we test "transmitter empty" once and then write up
 * to 16 bytes blind. That matters: every port access traps to the
 * hypervisor, and a per-byte status read would double the cost of output.
 */
#include "serial.h"
#include "../arch/x86_64/arch.h"
#include "../lib/console.h"

#define COM1 0x3f8
#define THR  0 /* transmit holding */
#define IER  1
#define FCR  2
#define LCR  3
#define MCR  4
#define LSR  5
#define LSR_THRE 0x20
#define FIFO_DEPTH 16

void serial_init(void)
{
	/* 115200 8N1, FIFOs on and cleared. QEMU ignores the rate; hardware does not. */
	outb(COM1 + IER, 0);
	outb(COM1 + LCR, 0x80);
	outb(COM1 + 0, 1);
	outb(COM1 + 1, 0);
	outb(COM1 + LCR, 0x03);
	outb(COM1 + FCR, 0x07);
	outb(COM1 + MCR, 0x03);
	console_set_sink(serial_write);
}

static void wait_thre(void)
{
	int spin = 1000000;
	while (!(inb(COM1 + LSR) & LSR_THRE) && --spin)
		cpu_relax();
}

void serial_write(const char *buf, size_t len)
{
	int room = 0;
	size_t i;
	for (i = 0; i < len; i++) {
		int crlf = buf[i] == '\n';
		if (room < 1 + crlf) {
			wait_thre();
			room = FIFO_DEPTH;
		}
		if (crlf) {
			outb(COM1 + THR, '\r');
			room--;
		}
		outb(COM1 + THR, buf[i]);
		room--;
	}
}
