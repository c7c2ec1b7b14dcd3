/*
 * entropy: the machine's sources of unpredictable bytes, for the crypto
 * module's DRBG and for seeding Math.random.
 *
 * Sources, looked for on the first call (never at boot unless asked):
 *   ENTROPY_RDSEED  the CPU's RDSEED (conditioned entropy, arch.h)
 *   ENTROPY_RDRAND  the CPU's RDRAND (a DRBG the CPU reseeds from its
 *                   own noise source)
 *   ENTROPY_VIRTIO  a virtio-rng device (drivers/virtio_rng.h)
 * The TSC or the clock is never a source. When there is none,
 * entropy_sources() is 0 and every read fails with -ENODEV: callers must
 * say so rather than fall back silently.
 *
 * Contexts: boot or loop context (virtio-rng polls its device).
 */
#ifndef ENTROPY_H
#define ENTROPY_H

#include <stddef.h>

#define ENTROPY_RDSEED 1
#define ENTROPY_RDRAND 2
#define ENTROPY_VIRTIO 4

/* The ENTROPY_* bits of the sources there are (probed once). */
unsigned entropy_sources(void);

/* Fills buf from the one source named: 0, -ENODEV (no such source here),
 * or the source's error (-EIO, -ETIMEDOUT). */
int entropy_read_source(unsigned source, void *buf, size_t len);

/* Fills buf from the first source that works, in the order RDSEED,
 * virtio-rng, RDRAND: 0, or -ENODEV when none does. */
int entropy_read(void *buf, size_t len);

/* "rdseed rdrand virtio-rng(virtio-mmio@feb00e00)", "none": for messages. */
const char *entropy_describe(void);

#endif
