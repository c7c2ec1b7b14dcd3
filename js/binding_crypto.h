/*
 * binding_crypto.h: what js/binding_crypto.c (digests, HMAC, PBKDF2, the
 * CTR-DRBG) shares with js/binding_crypto_pk.c (keys and signatures).
 */
#ifndef UNIJS_BINDING_CRYPTO_H
#define UNIJS_BINDING_CRYPTO_H

#include <stddef.h>

#include "mbedtls/md.h"
#include "mujs.h"

/* The mbedTLS digest of Node's name ("sha256", ...; crypto.js normalizes
 * OpenSSL's spellings first), or NULL. */
const mbedtls_md_info_t *crypto_md_by_name(const char *name);

/* Throws (a JavaScript Error) unless the CTR-DRBG is seeded or can be:
 * without an entropy source it says which sources are missing. */
void crypto_rng_need(js_State *J);

/* mbedTLS's f_rng: len bytes of the CTR-DRBG; call crypto_rng_need first.
 * 0, or an mbedTLS error. */
int crypto_rng_bytes(void *unused, unsigned char *out, size_t len);

/* Adds the key and signature natives to the native.crypto object on top
 * of the stack. Weak: linked only into images whose code names the
 * public-key API (mkimage.sh adds -u runtime_crypto_pk_init); without it
 * crypto.js says so when a key is made. */
void runtime_crypto_pk_init(js_State *J);
#pragma weak runtime_crypto_pk_init

#endif
