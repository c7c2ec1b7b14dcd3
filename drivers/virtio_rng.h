/*
 * virtio-rng, the entropy device (virtio 1.2 §5.4): one request queue
 * (§5.4.2) into which the driver posts device-writable buffers that the
 * device fills with random bytes (§5.4.6). QEMU's device draws them from
 * the host (rng-random on /dev/urandom by default): `-device
 * virtio-rng-device` on microvm's virtio-mmio, `-device virtio-rng-pci` on
 * pc/q35.
 *
 * The driver is synchronous: a read posts one buffer, notifies the device
 * and polls the used ring until the device has answered, or gives up after
 * VIRTIO_RNG_TIMEOUT_MS (a device that never answers is an error, not a
 * hang). Its interrupts are suppressed and acknowledged by the driver, so
 * it shares a PCI line with another device harmlessly.
 *
 * Contexts: boot or loop context only (never an interrupt handler). One
 * device. The device is looked for on the first call of either function.
 */
#ifndef VIRTIO_RNG_H
#define VIRTIO_RNG_H

#include <stddef.h>

#define VIRTIO_RNG_TIMEOUT_MS 2000

/* 0 when a virtio-rng device is there and set up; -ENODEV when there is
 * none, -ENOTSUP/-ENOMEM/-ENOENT when it could not be set up. The result
 * of the first call is kept. */
int virtio_rng_init(void);

/* Fills buf with len bytes from the device: 0, -ENODEV (no device),
 * -ETIMEDOUT (the device did not answer), -EIO (it answered nothing). */
int virtio_rng_read(void *buf, size_t len);

const char *virtio_rng_name(void); /* e.g. "virtio-mmio@feb00e00", or NULL */

#endif
