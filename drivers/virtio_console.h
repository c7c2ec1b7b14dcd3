/*
 * virtio-console (virtio 1.2 §5.3), for output: port 0 without the
 * MULTIPORT feature, its transmit queue ("transmitq0", queue 1). QEMU:
 * `-device virtio-serial-device` (microvm) or `virtio-serial-pci` (pc,
 * q35) and `-device virtconsole,chardev=ID`; scripts/run.sh adds them.
 *
 * Why: the 16550's transmit register takes one byte per port write, and a
 * port write is an exit to the hypervisor; under PVM (our machines' KVM)
 * even `rep outsb` exits once per byte, ~70 us each on a loaded host, so
 * a 36-byte line cost ~2.5 ms. Here a write is one notification (one
 * exit) for a whole write.
 *
 * virtio_console_init() looks for the device once (boot, after the heap):
 * when it is there and set up, it becomes lib/console's sink and every
 * later byte of stdout and stderr goes through it; when it is not, the
 * serial port stays the sink. Input stays on the serial port
 * (serial_rx_start): QEMU's stdin is the serial console's.
 *
 * Writes do not wait for the device: a write is copied into free slots of
 * an 8 KiB buffer, handed over, and the device notified once; a write
 * waits only when every slot is still with the device. (Under KVM, QEMU's
 * main loop takes the notification some microseconds later, longer on a
 * busy host: waiting for it on every write made a service logging a line
 * per request 1.8x slower.) The bytes go out in the order written, and
 * virtio_console_flush(), which power_exit calls, waits till the device
 * has taken all of them, so none is lost at the end. A device that takes
 * nothing for VIRTIO_CONSOLE_TIMEOUT_MS is given up: a line on the serial
 * port says so, and the serial port is the sink again. '\n' is written
 * as "\r\n", as the serial console does, so the bytes are the same
 * either way.
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

#endif
