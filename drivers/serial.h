/*
 * 16550 UART on COM1, the console.
 *
 * serial_init() makes the port lib/console's sink; the UART itself is
 * programmed on first output or serial_rx_start (each port access is a VM
 * exit, kept off the boot path).
 * serial_write() may be called before serial_init() and from any context
 * except an interrupt handler (it polls the transmitter).
 *
 * Receiving (COM1 IRQ 4, through the IOAPIC; needs apic_init and
 * ioapic_init done): serial_rx_start(on_data) turns the receive interrupt
 * on; bytes are buffered by the interrupt handler (4 KiB ring, no
 * allocation) and on_data(buf, len) runs on the event loop with them, in
 * order, none lost: when the ring is full the UART holds the rest. buf is
 * valid only during the call. on_data may call serial_rx_stop() or
 * serial_rx_start() again (to swap callbacks). serial_rx_stop() pauses:
 * the interrupt goes off, bytes not yet delivered stay buffered (the ring,
 * then the UART) and the next serial_rx_start() delivers them first; input
 * that arrived before boot's serial_init is kept too (but see serial.c on a
 * byte QEMU may drop then). Neither takes a
 * loop reference: the caller holds loop_ref() while it wants input to keep
 * the app alive (Node: process.stdin is ref'd while flowing). Loop context.
 * 0, or a negative errno (-EINVAL for a NULL callback; the vector's or the
 * line's error from the first start).
 */
#ifndef SERIAL_H
#define SERIAL_H

#include <stddef.h>

void serial_init(void);
void serial_write(const char *buf, size_t len);
int serial_rx_start(void (*on_data)(const char *buf, size_t len));
void serial_rx_stop(void);

#endif
