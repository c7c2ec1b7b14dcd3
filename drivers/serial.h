/*
 * 16550 UART on COM1, the console.
 *
 * serial_init() programs the port and makes it lib/console's sink.
 * serial_write() may be called before serial_init() and from any context
 * except an interrupt handler (it polls the transmitter).
 */
#ifndef SERIAL_H
#define SERIAL_H

#include <stddef.h>

void serial_init(void);
void serial_write(const char *buf, size_t len);

#endif
