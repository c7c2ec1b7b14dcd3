/*
 * mbedtls_config.h: the mbedTLS 2.28 configuration of unijs
 * (MBEDTLS_CONFIG_FILE for build/libmbedcrypto.a and js/binding_crypto.c).
 *
 * Only what the crypto module uses: the digests and HMAC (md), PBKDF2
 * (pkcs5), and the CTR-DRBG (with AES) seeded through mbedTLS's entropy
 * accumulator from the sources unijs adds at run time (drivers/entropy.h:
 * RDSEED/RDRAND, virtio-rng). There is no platform entropy (no /dev/urandom)
 * and no timing module: the machine has no OS, and the TSC is never an
 * entropy source. No assembly (MBEDTLS_HAVE_ASM), no AES-NI: plain C built
 * with the kernel's flags. calloc/free are lib/alloc.c's.
 */
#ifndef UNIJS_MBEDTLS_CONFIG_H
#define UNIJS_MBEDTLS_CONFIG_H

/* system support */
#define MBEDTLS_NO_PLATFORM_ENTROPY
#define MBEDTLS_DEPRECATED_REMOVED

/* modules */
#define MBEDTLS_MD_C
#define MBEDTLS_MD5_C
#define MBEDTLS_SHA1_C
#define MBEDTLS_SHA256_C /* SHA-224 and SHA-256 */
#define MBEDTLS_SHA512_C /* SHA-384 and SHA-512 */
#define MBEDTLS_PKCS5_C
#define MBEDTLS_AES_C
#define MBEDTLS_CTR_DRBG_C
#define MBEDTLS_ENTROPY_C

/* The accumulator needs this many bytes from strong sources before it
 * hands out a seed (mbedtls_entropy_func's default is 32). */
#define MBEDTLS_ENTROPY_MAX_SOURCES 4

#include "mbedtls/check_config.h"

#endif
