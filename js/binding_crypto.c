/*
 * binding_crypto.c: the natives of js/lib/crypto.js (native.crypto), on
 * mbedTLS 2.28 (js/mbedtls_config.h) and the machine's entropy sources
 * (drivers/entropy.h).
 *
 *   hash(name, key)        a digest context (HMAC when key, a Buffer, is
 *                          given), or null for a name mbedTLS lacks
 *   update(h, data)        feeds the Buffer's bytes, or a string's UTF-8
 *   digest(h[, enc])       the result as a Buffer, or a string when enc is
 *                          "hex" or "base64"; h cannot be fed again
 *   copy(h)                a new context in h's state (not for HMAC)
 *   pbkdf2(pass, salt, iterations, keylen, name)  a Buffer (PKCS #5 2.0)
 *   randomFill(buf, off, n) n bytes of the CTR-DRBG into the Buffer
 *   entropy()              the sources there are ("none" when none)
 *   (and, from binding_crypto_pk.c when the image links it, the key and
 *   signature natives: keyParse, keyInfo, keyExport, sign, verify)
 *
 * Random bytes come from mbedTLS's CTR-DRBG (NIST SP 800-90A, AES-256),
 * seeded and reseeded through mbedTLS's entropy accumulator, into which
 * every source the machine has (RDSEED, RDRAND, virtio-rng) is added as a
 * strong source. Without any, randomFill throws; nothing falls back to the
 * clock.
 *
 * Linked only into images that pack the crypto module (mkimage.sh adds
 * -u runtime_crypto_init); runtime.c calls it through a weak reference.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/entropy.h"
#include "mbedtls/ctr_drbg.h"
#include "mbedtls/entropy.h"
#include "mbedtls/md.h"
#include "mbedtls/pkcs5.h"
#include "mbedtls/platform_util.h"

#include "binding_buffer.h"
#include "binding_crypto.h"
#include "runtime_internal.h"

#define HASH_TAG "crypto.Hash"
#define HASH_PROTO "unijs.crypto.hash"
#define ENTROPY_THRESHOLD 32 /* bytes each source gives per seeding */

struct hash {
	mbedtls_md_context_t md;
	int hmac;
	int done;
};

static const struct {
	const char *name;
	mbedtls_md_type_t type;
} hashes[] = {
	{ "md5", MBEDTLS_MD_MD5 },       { "sha1", MBEDTLS_MD_SHA1 },
	{ "sha224", MBEDTLS_MD_SHA224 }, { "sha256", MBEDTLS_MD_SHA256 },
	{ "sha384", MBEDTLS_MD_SHA384 }, { "sha512", MBEDTLS_MD_SHA512 },
};

const mbedtls_md_info_t *crypto_md_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof hashes / sizeof hashes[0]; i++)
		if (!strcmp(hashes[i].name, name))
			return mbedtls_md_info_from_type(hashes[i].type);
	return NULL;
}

static void hash_finalize(js_State *J, void *p)
{
	struct hash *h = p;

	(void)J;
	mbedtls_md_free(&h->md);
	free(h);
}

static struct hash *hash_arg(js_State *J, int idx)
{
	if (!js_isuserdata(J, idx, HASH_TAG))
		js_typeerror(J, "not a hash context");
	return js_touserdata(J, idx, HASH_TAG);
}

/* A new context for info, pushed as a userdata object. */
static struct hash *hash_push(js_State *J, const mbedtls_md_info_t *info, int hmac)
{
	struct hash *h = calloc(1, sizeof *h);

	if (!h)
		js_rangeerror(J, "out of memory");
	mbedtls_md_init(&h->md);
	h->hmac = hmac;
	if (mbedtls_md_setup(&h->md, info, hmac) != 0) {
		free(h);
		js_rangeerror(J, "out of memory");
	}
	if (js_try(J)) {
		hash_finalize(J, h);
		js_throw(J);
	}
	js_getregistry(J, HASH_PROTO);
	js_newuserdata(J, HASH_TAG, h, hash_finalize);
	js_endtry(J);
	return h;
}

static void cr_hash(js_State *J)
{
	const mbedtls_md_info_t *info = crypto_md_by_name(js_tostring(J, 1));
	size_t klen = 0;
	unsigned char *key = NULL;
	struct hash *h;

	if (!info) {
		js_pushnull(J);
		return;
	}
	if (js_isdefined(J, 2) && !(key = buffer_data(J, 2, &klen)))
		js_typeerror(J, "key must be a Buffer");
	h = hash_push(J, info, key != NULL);
	if (key ? mbedtls_md_hmac_starts(&h->md, key, klen) : mbedtls_md_starts(&h->md))
		js_error(J, "cannot start the digest");
}

static int hash_feed(struct hash *h, const unsigned char *d, size_t len)
{
	return h->hmac ? mbedtls_md_hmac_update(&h->md, d, len) : mbedtls_md_update(&h->md, d, len);
}

/* A string is fed as its UTF-8 bytes (buffer_encode, the bytes
 * Buffer.from(s, 'utf8') holds): etag hashes every response body given
 * as a string, and a Buffer made for it was an allocation and a
 * collection per request. */
static void cr_update(js_State *J)
{
	struct hash *h = hash_arg(J, 1);
	size_t len;
	unsigned char *d, small[256];
	int fail;

	if (h->done)
		js_error(J, "Digest already called");
	if (js_isstring(J, 2)) {
		const char *s = js_tostring(J, 2);
		len = buffer_encode(s, 0, NULL, (size_t)-1);
		d = len <= sizeof small ? small : malloc(len);
		if (!d) /* as the Buffer it stands for */
			js_rangeerror(J, "Array buffer allocation failed");
		buffer_encode(s, 0, d, len);
		fail = hash_feed(h, d, len);
		if (d != small)
			free(d);
	} else {
		d = buffer_data(J, 2, &len);
		if (!d)
			js_typeerror(J, "data must be a Buffer");
		fail = hash_feed(h, d, len);
	}
	if (fail)
		js_error(J, "digest update failed");
	js_pushundefined(J);
}

static void cr_digest(js_State *J)
{
	struct hash *h = hash_arg(J, 1);
	unsigned char out[MBEDTLS_MD_MAX_SIZE];
	size_t n = mbedtls_md_get_size(h->md.md_info);

	if (h->done)
		js_error(J, "Digest already called");
	if (h->hmac ? mbedtls_md_hmac_finish(&h->md, out) : mbedtls_md_finish(&h->md, out))
		js_error(J, "digest failed");
	h->done = 1;
	/* "hex" or "base64" (crypto.js asks no other): the string, without a
	 * Buffer made for it first (etag asks each response body's sha1 in
	 * base64) */
	if (js_isstring(J, 2) && buffer_push_text(J, js_tostring(J, 2), out, n))
		return;
	buffer_push_copy(J, out, n);
}

static void cr_copy(js_State *J)
{
	struct hash *h = hash_arg(J, 1), *c;

	if (h->hmac || h->done)
		js_error(J, "cannot copy this context");
	c = hash_push(J, h->md.md_info, 0);
	if (mbedtls_md_clone(&c->md, &h->md))
		js_error(J, "cannot copy the digest");
}

static void cr_pbkdf2(js_State *J)
{
	size_t plen, slen;
	unsigned char *pass = buffer_data(J, 1, &plen), *salt = buffer_data(J, 2, &slen);
	double iter = js_tonumber(J, 3), keylen = js_tonumber(J, 4);
	const mbedtls_md_info_t *info = crypto_md_by_name(js_tostring(J, 5));
	mbedtls_md_context_t md;
	unsigned char *out;
	int r;

	if (!pass || !salt)
		js_typeerror(J, "password and salt must be Buffers");
	if (!info)
		js_error(J, "Invalid digest");
	if (!(iter >= 1 && iter <= 2147483647.0) || !(keylen >= 0 && keylen <= 2147483647.0))
		js_rangeerror(J, "iterations or keylen out of range");
	out = buffer_push(J, (size_t)keylen);
	mbedtls_md_init(&md);
	r = mbedtls_md_setup(&md, info, 1);
	if (r == 0 && keylen > 0)
		r = mbedtls_pkcs5_pbkdf2_hmac(&md, pass, plen, salt, slen, (unsigned)iter, (uint32_t)keylen, out);
	mbedtls_md_free(&md);
	if (r == MBEDTLS_ERR_MD_ALLOC_FAILED)
		js_rangeerror(J, "out of memory");
	if (r)
		js_error(J, "pbkdf2 failed (mbedTLS error -0x%04x)", (unsigned)-r);
}

/* ---- random bytes */

/* One generator per isolate (struct isolate, crypto_rng), made on first
 * use in the isolate's heap: two cores never share its state. */
struct crypto_rng {
	int state; /* 0 not seeded, 1 seeded, <0 the seeding's mbedTLS error */
	mbedtls_entropy_context entropy;
	mbedtls_ctr_drbg_context drbg;
};

static struct crypto_rng *rng_get(void)
{
	struct isolate *I = runtime_iso();
	if (!I->crypto_rng)
		I->crypto_rng = calloc(1, sizeof(struct crypto_rng));
	return I->crypto_rng;
}

static int source_poll(void *data, unsigned char *out, size_t len, size_t *olen)
{
	unsigned src = (unsigned)(uintptr_t)data;

	if (entropy_read_source(src, out, len) < 0) {
		*olen = 0;
		return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
	}
	*olen = len;
	return 0;
}

static const char *no_entropy_msg(void)
{
	return "no entropy source: this machine has no RDRAND/RDSEED and no "
	       "virtio-rng device (QEMU: -cpu max or -device virtio-rng-device / "
	       "virtio-rng-pci)";
}

/* Seeds the DRBG from every source there is; 0 or <0. */
static int rng_seed(void)
{
	static const unsigned srcs[] = { ENTROPY_RDSEED, ENTROPY_RDRAND, ENTROPY_VIRTIO };
	static const char pers[] = "unijs crypto";
	unsigned have = entropy_sources(), i;
	struct crypto_rng *rng = rng_get();
	int r;

	if (!rng)
		return -ENOMEM;
	if (rng->state)
		return rng->state > 0 ? 0 : rng->state;
	/* virtio-rng is a device of core 0's: a worker's isolate uses the
	 * CPU's own instructions only */
	if (runtime_in_worker())
		have &= ~(unsigned)ENTROPY_VIRTIO;
	mbedtls_entropy_init(&rng->entropy);
	mbedtls_ctr_drbg_init(&rng->drbg);
	for (i = 0; i < sizeof srcs / sizeof srcs[0]; i++)
		if (have & srcs[i])
			mbedtls_entropy_add_source(&rng->entropy, source_poll, (void *)(uintptr_t)srcs[i],
						   ENTROPY_THRESHOLD, MBEDTLS_ENTROPY_SOURCE_STRONG);
	if (!have)
		r = -ENODEV;
	else
		r = mbedtls_ctr_drbg_seed(&rng->drbg, mbedtls_entropy_func, &rng->entropy,
					  (const unsigned char *)pers, sizeof pers - 1);
	rng->state = r ? (r < 0 ? r : -r) : 1;
	return r ? rng->state : 0;
}

static void cr_random_fill(js_State *J)
{
	size_t len;
	unsigned char *d = buffer_data(J, 1, &len);
	double off = js_tonumber(J, 2), n = js_tonumber(J, 3);
	int r;

	if (!d)
		js_typeerror(J, "randomFill needs a Buffer");
	if (!(off >= 0 && n >= 0 && off + n <= (double)len))
		js_rangeerror(J, "randomFill: range outside the Buffer");
	r = rng_seed();
	if (r == -ENODEV)
		js_error(J, "%s", no_entropy_msg());
	if (r)
		js_error(J, "the entropy sources failed (mbedTLS error -0x%04x)", (unsigned)-r);
	d += (size_t)off;
	len = (size_t)n;
	while (len) {
		size_t k = len < MBEDTLS_CTR_DRBG_MAX_REQUEST ? len : MBEDTLS_CTR_DRBG_MAX_REQUEST;
		r = mbedtls_ctr_drbg_random(&rng_get()->drbg, d, k);
		if (r)
			js_error(J, "random generator failed (mbedTLS error -0x%04x)", (unsigned)-r);
		d += k;
		len -= k;
	}
	js_pushundefined(J);
}

int crypto_rng_bytes(void *p, unsigned char *out, size_t len)
{
	(void)p;
	while (len) {
		size_t k = len < MBEDTLS_CTR_DRBG_MAX_REQUEST ? len : MBEDTLS_CTR_DRBG_MAX_REQUEST;
		int r = mbedtls_ctr_drbg_random(&rng_get()->drbg, out, k);
		if (r)
			return r;
		out += k;
		len -= k;
	}
	return 0;
}

/* Throws unless the generator can run (signing needs random numbers: RSA
 * blinding, ECDSA's k). */
void crypto_rng_need(js_State *J)
{
	int r = rng_seed();

	if (r == -ENODEV)
		js_error(J, "%s", no_entropy_msg());
	if (r)
		js_error(J, "the entropy sources failed (mbedTLS error -0x%04x)", (unsigned)-r);
}

static void cr_entropy(js_State *J)
{
	js_pushstring(J, entropy_describe());
}

static void cr_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

/* The global `crypto` (Node 20's globalThis.crypto, the Web Crypto
 * object): require('crypto').webcrypto, loaded on first use. */
static void global_crypto_define(js_State *J, int idx)
{
	js_pushglobal(J);
	js_delproperty(J, -1, "crypto");
	js_copy(J, idx < 0 ? idx - 1 : idx);
	js_defproperty(J, -2, "crypto", JS_DONTENUM);
	js_pop(J, 1);
}

static void global_crypto(js_State *J)
{
	runtime_module_load(J, "crypto", 0);
	js_getproperty(J, -1, "webcrypto");
	global_crypto_define(J, -1); /* a plain value from now on */
}

/* Assignable, as in Node: the new value replaces the accessor. */
static void global_crypto_set(js_State *J)
{
	global_crypto_define(J, 1);
	js_pushundefined(J);
}

void runtime_crypto_init(js_State *J)
{
	js_newobject(J);
	js_setregistry(J, HASH_PROTO);

	js_getregistry(J, RUNTIME_NATIVE);
	js_newobject(J);
	cr_func(J, "hash", cr_hash, 2);
	cr_func(J, "update", cr_update, 2);
	cr_func(J, "digest", cr_digest, 1);
	cr_func(J, "copy", cr_copy, 1);
	cr_func(J, "pbkdf2", cr_pbkdf2, 5);
	cr_func(J, "randomFill", cr_random_fill, 3);
	cr_func(J, "entropy", cr_entropy, 0);
	if (runtime_crypto_pk_init)
		runtime_crypto_pk_init(J);
	js_setproperty(J, -2, "crypto");
	js_pop(J, 1);

	js_pushglobal(J);
	js_newcfunction(J, global_crypto, "get crypto", 0);
	js_newcfunction(J, global_crypto_set, "set crypto", 1);
	js_defaccessor(J, -3, "crypto", JS_DONTENUM);
	js_pop(J, 1);

	/* One line at boot when random bytes cannot be had (the probe is a
	 * cpuid and a look for a virtio-rng device). */
	if (!entropy_sources())
		runtime_puts("unijs: no entropy source (no RDRAND/RDSEED, no virtio-rng): "
			     "crypto.randomBytes and friends will throw\n");
}
