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
/* bignum divides 128 by 64 bits in C, not with __udivti3: the kernel links
 * no libgcc */
#define MBEDTLS_NO_UDBL_DIVISION

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

/* public-key signatures (crypto.createPublicKey/createPrivateKey, sign,
 * verify): RSA (PKCS #1 v1.5 and PSS) and ECDSA on the curves JOSE and TLS
 * name, keys read from and written to PEM/DER (SPKI, PKCS #1, SEC1,
 * unencrypted PKCS #8). Linked only into images whose code requires crypto
 * and, through the archive, only what binding_crypto.c reaches. */
#define MBEDTLS_BIGNUM_C
#define MBEDTLS_OID_C
#define MBEDTLS_ASN1_PARSE_C
#define MBEDTLS_ASN1_WRITE_C
#define MBEDTLS_BASE64_C
#define MBEDTLS_PEM_PARSE_C
#define MBEDTLS_PEM_WRITE_C
#define MBEDTLS_PK_C
#define MBEDTLS_PK_PARSE_C
#define MBEDTLS_PK_WRITE_C
#define MBEDTLS_RSA_C
#define MBEDTLS_PKCS1_V15
#define MBEDTLS_PKCS1_V21
#define MBEDTLS_ECP_C
#define MBEDTLS_ECDSA_C
#define MBEDTLS_ECP_DP_SECP256R1_ENABLED
#define MBEDTLS_ECP_DP_SECP384R1_ENABLED
#define MBEDTLS_ECP_DP_SECP521R1_ENABLED
#define MBEDTLS_ECP_DP_SECP256K1_ENABLED
#define MBEDTLS_ECP_NIST_OPTIM
/* encrypted keys: PKCS #8 PBES2 (PBKDF2 + AES-CBC) and OpenSSL's legacy
 * encrypted PEM with AES (a passphrase) */
#define MBEDTLS_CIPHER_C
#define MBEDTLS_CIPHER_MODE_CBC

/* The accumulator needs this many bytes from strong sources before it
 * hands out a seed (mbedtls_entropy_func's default is 32). */
#define MBEDTLS_ENTROPY_MAX_SOURCES 4

#include "mbedtls/check_config.h"

#endif
