/*
 * virtio-console (virtio 1.2 §5.3), for output. QEMU: `-device
 * virtio-serial-device,max_ports=2` (microvm; `virtio-serial-pci` on pc
 * and q35) and `-device virtserialport,chardev=ID,nr=1`, as scripts/run.sh
 * gives; a `virtconsole` (port 0) works too, but see below.
 *
 * Why a virtio console: the 16550's transmit register takes one byte per
 * port write, and a port write is an exit to the hypervisor; under PVM
 * (our machines' KVM) even `rep outsb` exits once per byte, ~70 us each on
 * a loaded host, so a 36-byte line cost ~2.5 ms. Here a write is one
 * notification (one exit) for a whole write.
 *
 * Why port 1: when the host cannot take the bytes yet (its reader is
 * slow, a pipe is full), QEMU holds a virtserialport's buffer until it
 * can, and the guest waits for it; a virtconsole's bytes it drops (QEMU's
 * hw/char/virtio-console.c, on purpose, for Linux's hvc driver). So the
 * driver negotiates MULTIPORT when the device offers it (it does when
 * max_ports > 1), sends DEVICE_READY, and writes to port 1 when the
 * device's DEVICE_ADD messages name it, else to port 0 (§5.3.6.2); then
 * PORT_READY and PORT_OPEN for that port. Without MULTIPORT (max_ports=1)
 * port 0 is the only one.
 *
 * virtio_console_init() looks for the device once (boot, after the heap):
 * when it is there and set up, it becomes lib/console's sink and every
 * later byte of stdout and stderr goes through it; when it is not (or it
 * names no port within seconds), the serial port stays the
 * sink. Input stays on the serial port (serial_rx_start): QEMU's stdin is
 * the serial console's.
 *
 * Writes do not wait for the device: a write is copied into free slots of
 * an 8 KiB buffer, handed over, and the device notified once; a write
 * waits only when every slot is still with the device. (Under KVM, QEMU's
 * main loop takes the notification some microseconds later, longer on a
 * busy host: waiting for it on every write made a service logging a line
 * per request 1.8x slower.) The bytes go out in the order written, and
 * virtio_console_flush(), which power_exit calls, waits till the device
 * has taken all of them, so none is lost at the end. A device that gives
 * no slot back for VIRTIO_CONSOLE_TIMEOUT_MS (a dead device, or a host
 * that stopped reading) is given up: a line on the serial port says so,
 * and the serial port is the sink again. '\n' is written as "\r\n", as
 * the serial console does, so the bytes are the same either way.
 *
 * Contexts: as console.h's sink (boot or loop, any core under the
 * console's lock; never an interrupt handler). Its interrupts are
 * suppressed (a hint the device takes: no EVENT_IDX) and never routed.
 */
#ifndef VIRTIO_CONSOLE_H
#define VIRTIO_CONSOLE_H

#define VIRTIO_CONSOLE_BUFFER 8192
#define VIRTIO_CONSOLE_TIMEOUT_MS 5000

/* 0 when the device is there and is now the console's sink; -ENODEV when
 * there is none; -ENOTSUP/-ENOMEM/-ENOENT when it could not be set up
 * (the serial port stays the sink). */
int virtio_console_init(void);

/* Waits till the device has taken every byte written (or given up on
 * it). Boot, loop or the end (power_exit); a no-op without the device. */
void virtio_console_flush(void);

/* The port written to (0 or 1) and *device the device's name; -1 when
 * the serial port is the sink. For log=debug. */
int virtio_console_port(const char **device);

#endif
