/*
 * binding_crypto_pk.c: the public-key natives of js/lib/crypto.js (added to
 * native.crypto by runtime_crypto_pk_init), on mbedTLS 2.28's pk layer: RSA
 * and ECDSA keys and signatures.
 *
 *   keyParse(buf, private, pass) an RSA or EC key from PEM or DER (SPKI,
 *                          PKCS #1, SEC1, PKCS #8, encrypted with pass, a
 *                          Buffer or undefined); private: only a private
 *                          key will do, else a public one (or a private one,
 *                          whose public half is used); throws an Error whose
 *                          code is the reason (see key_error)
 *   keyInfo(k)             { type: 'rsa'|'ec', bits, curve, e, private }
 *   keyExport(k, what)     DER: 'spki', 'pkcs1' (RSAPublicKey), 'private'
 *                          (PKCS #1 RSAPrivateKey or SEC1 ECPrivateKey)
 *   sign(k, md, data, padding, saltlen)        a signature (ECDSA: DER)
 *   verify(k, md, data, sig, padding, saltlen) true or false
 *                          padding 1 PKCS #1 v1.5, 6 PSS (Node's constants);
 *                          saltlen as Node's RSA_PSS_SALTLEN_* (-1 digest,
 *                          -2 max when signing / any when verifying)
 *
 * Signing draws from binding_crypto.c's CTR-DRBG (RSA blinding, ECDSA's k).
 * About 160 KB of mbedTLS (bignum, RSA, ECP, ASN.1, PEM): linked only into
 * images whose code names the public-key API (mkimage.sh adds -u
 * runtime_crypto_pk_init), so an app that only hashes (etag, uuid) stays
 * small.
 */
#include <stdlib.h>
#include <string.h>

#include "mbedtls/ecp.h"
#include "mbedtls/md.h"
#include "mbedtls/pk.h"
#include "mbedtls/pkcs5.h"
#include "mbedtls/platform_util.h"
#include "mbedtls/rsa.h"

#include "binding_buffer.h"
#include "binding_crypto.h"
#include "runtime_internal.h"

#define KEY_TAG "crypto.Key"
#define KEY_PROTO "unijs.crypto.key"

static void key_finalize(js_State *J, void *p)
{
	(void)J;
	mbedtls_pk_free(p);
	free(p);
}

static mbedtls_pk_context *key_arg(js_State *J, int idx)
{
	if (!js_isuserdata(J, idx, KEY_TAG))
		js_typeerror(J, "not a key");
	return js_touserdata(J, idx, KEY_TAG);
}

/* An Error with code set to why: crypto.js words it as Node does. */
static void key_error(js_State *J, const char *why, int r)
{
	js_newerror(J, "cannot read the key");
	js_pushstring(J, why);
	js_setproperty(J, -2, "code");
	js_pushnumber(J, r);
	js_setproperty(J, -2, "mbedtls");
	js_throw(J);
}

static void cr_key_parse(js_State *J)
{
	size_t len, plen = 0;
	unsigned char *d = buffer_data(J, 1, &len), *copy, *pass = NULL;
	int want_private = js_toboolean(J, 2), r, pem;
	mbedtls_pk_context *k;
	size_t i;

	if (!d)
		js_typeerror(J, "key must be a Buffer");
	if (js_isdefined(J, 3) && !(pass = buffer_data(J, 3, &plen)))
		js_typeerror(J, "passphrase must be a Buffer");
	/* mbedTLS takes PEM with its terminating NUL counted */
	for (pem = 0, i = 0; !pem && i + 10 <= len; i++)
		pem = !memcmp(d + i, "-----BEGIN", 10);
	copy = malloc(len + 1);
	k = calloc(1, sizeof *k);
	if (!copy || !k) {
		free(copy);
		free(k);
		js_rangeerror(J, "out of memory");
	}
	memcpy(copy, d, len);
	copy[len] = 0;
	mbedtls_pk_init(k);
	r = mbedtls_pk_parse_key(k, copy, len + pem, pass, plen);
	if (r && !want_private && r != MBEDTLS_ERR_PK_PASSWORD_REQUIRED && r != MBEDTLS_ERR_PK_PASSWORD_MISMATCH) {
		mbedtls_pk_free(k);
		mbedtls_pk_init(k);
		r = mbedtls_pk_parse_public_key(k, copy, len + pem);
	}
	mbedtls_platform_zeroize(copy, len);
	free(copy);
	if (r) {
		key_finalize(J, k);
		if (r == MBEDTLS_ERR_PK_PASSWORD_REQUIRED)
			key_error(J, "passphrase-required", r);
		if (r == MBEDTLS_ERR_PK_PASSWORD_MISMATCH)
			key_error(J, "bad-decrypt", r);
		/* mbedTLS 2.28's PBES2 knows only the HMAC-SHA1 PRF (OpenSSL 3
		 * writes HMAC-SHA256) */
		if (r == MBEDTLS_ERR_PKCS5_FEATURE_UNAVAILABLE)
			key_error(J, "unsupported-encryption", r);
		key_error(J, "unsupported", r);
	}
	if (js_try(J)) {
		key_finalize(J, k);
		js_throw(J);
	}
	js_getregistry(J, KEY_PROTO);
	js_newuserdata(J, KEY_TAG, k, key_finalize);
	js_endtry(J);
}

static int key_has_private(mbedtls_pk_context *k)
{
	/* the parser checked the key; only a private one has D */
	if (mbedtls_pk_get_type(k) == MBEDTLS_PK_RSA)
		return mbedtls_mpi_cmp_int(&mbedtls_pk_rsa(*k)->D, 0) != 0;
	return mbedtls_mpi_cmp_int(&mbedtls_pk_ec(*k)->d, 0) != 0;
}

static void cr_key_info(js_State *J)
{
	mbedtls_pk_context *k = key_arg(J, 1);
	mbedtls_pk_type_t t = mbedtls_pk_get_type(k);

	js_newobject(J);
	js_pushnumber(J, (double)mbedtls_pk_get_bitlen(k));
	js_setproperty(J, -2, "bits");
	js_pushboolean(J, key_has_private(k));
	js_setproperty(J, -2, "private");
	if (t == MBEDTLS_PK_RSA) {
		mbedtls_mpi e;
		unsigned char b[8] = { 0 };
		double v = 0;
		size_t i;

		js_pushliteral(J, "rsa");
		js_setproperty(J, -2, "type");
		mbedtls_mpi_init(&e);
		if (mbedtls_rsa_export(mbedtls_pk_rsa(*k), NULL, NULL, NULL, NULL, &e) == 0 &&
		    mbedtls_mpi_size(&e) <= sizeof b && mbedtls_mpi_write_binary(&e, b, sizeof b) == 0)
			for (i = 0; i < sizeof b; i++)
				v = v * 256 + b[i];
		mbedtls_mpi_free(&e);
		js_pushnumber(J, v);
		js_setproperty(J, -2, "e");
	} else {
		const mbedtls_ecp_curve_info *c = mbedtls_ecp_curve_info_from_grp_id(mbedtls_pk_ec(*k)->grp.id);

		js_pushliteral(J, "ec");
		js_setproperty(J, -2, "type");
		js_pushstring(J, c ? c->name : "unknown");
		js_setproperty(J, -2, "curve");
	}
}

static void cr_key_export(js_State *J)
{
	mbedtls_pk_context *k = key_arg(J, 1);
	const char *what = js_tostring(J, 2);
	size_t size = 4096 + mbedtls_pk_get_len(k) * 8;
	unsigned char *buf = malloc(size), *p;
	int r;

	if (!buf)
		js_rangeerror(J, "out of memory");
	if (!strcmp(what, "spki"))
		r = mbedtls_pk_write_pubkey_der(k, buf, size);
	else if (!strcmp(what, "pkcs1")) {
		p = buf + size;
		r = mbedtls_pk_write_pubkey(&p, buf, k);
	} else if (!strcmp(what, "private"))
		r = mbedtls_pk_write_key_der(k, buf, size);
	else
		r = MBEDTLS_ERR_PK_BAD_INPUT_DATA;
	if (r < 0) {
		free(buf);
		js_error(J, "cannot write the key (mbedTLS error -0x%04x)", (unsigned)-r);
	}
	/* mbedTLS writes at the end of the buffer */
	if (js_try(J)) {
		mbedtls_platform_zeroize(buf, size);
		free(buf);
		js_throw(J);
	}
	buffer_push_copy(J, buf + size - r, (size_t)r);
	js_endtry(J);
	mbedtls_platform_zeroize(buf, size);
	free(buf);
}

/* The digest of the Buffer at idx, by md name at idx - 1. */
static const mbedtls_md_info_t *sig_digest(js_State *J, int idx, unsigned char *hash)
{
	const mbedtls_md_info_t *info = crypto_md_by_name(js_tostring(J, idx - 1));
	size_t len;
	unsigned char *d = buffer_data(J, idx, &len);

	if (!info)
		js_error(J, "Invalid digest");
	if (!d)
		js_typeerror(J, "data must be a Buffer");
	if (mbedtls_md(info, d, len, hash))
		js_error(J, "digest failed");
	return info;
}

static void cr_sign(js_State *J)
{
	mbedtls_pk_context *k = key_arg(J, 1);
	unsigned char hash[MBEDTLS_MD_MAX_SIZE], sig[MBEDTLS_PK_SIGNATURE_MAX_SIZE];
	const mbedtls_md_info_t *info = sig_digest(J, 3, hash);
	mbedtls_md_type_t md = mbedtls_md_get_type(info);
	unsigned hlen = mbedtls_md_get_size(info);
	int padding = js_toint32(J, 4), saltlen = js_toint32(J, 5), r;
	size_t n = 0;

	if (!key_has_private(k))
		js_typeerror(J, "a private key is needed to sign");
	crypto_rng_need(J);
	if (mbedtls_pk_get_type(k) == MBEDTLS_PK_RSA && padding == 6) {
		mbedtls_rsa_context *rsa = mbedtls_pk_rsa(*k);
		size_t olen = mbedtls_rsa_get_len(rsa);

		if (saltlen == -1)
			saltlen = (int)hlen;
		else if (saltlen == -2)
			saltlen = (int)(olen - hlen - 2);
		mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V21, md); /* MGF1 with md */
		r = mbedtls_rsa_rsassa_pss_sign_ext(rsa, crypto_rng_bytes, NULL, md, hlen, hash, saltlen, sig);
		mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V15, MBEDTLS_MD_NONE);
		n = olen;
	} else {
		r = mbedtls_pk_sign(k, md, hash, hlen, sig, &n, crypto_rng_bytes, NULL);
	}
	if (r)
		js_error(J, "signing failed (mbedTLS error -0x%04x)", (unsigned)-r);
	buffer_push_copy(J, sig, n);
}

static void cr_verify(js_State *J)
{
	mbedtls_pk_context *k = key_arg(J, 1);
	unsigned char hash[MBEDTLS_MD_MAX_SIZE];
	const mbedtls_md_info_t *info = sig_digest(J, 3, hash);
	mbedtls_md_type_t md = mbedtls_md_get_type(info);
	unsigned hlen = mbedtls_md_get_size(info);
	size_t slen;
	unsigned char *sig = buffer_data(J, 4, &slen);
	int padding = js_toint32(J, 5), saltlen = js_toint32(J, 6), r;

	if (!sig)
		js_typeerror(J, "signature must be a Buffer");
	if (mbedtls_pk_get_type(k) == MBEDTLS_PK_RSA) {
		mbedtls_rsa_context *rsa = mbedtls_pk_rsa(*k);

		/* mbedTLS reads exactly the modulus's length */
		if (slen != mbedtls_rsa_get_len(rsa)) {
			js_pushboolean(J, 0);
			return;
		}
		if (padding == 6)
			r = mbedtls_rsa_rsassa_pss_verify_ext(rsa, NULL, NULL, MBEDTLS_RSA_PUBLIC, md, hlen, hash, md,
							      saltlen == -1 ? (int)hlen : saltlen < 0 ? MBEDTLS_RSA_SALT_LEN_ANY : saltlen,
							      sig);
		else
			r = mbedtls_rsa_rsassa_pkcs1_v15_verify(rsa, NULL, NULL, MBEDTLS_RSA_PUBLIC, md, hlen, hash, sig);
	} else {
		r = mbedtls_pk_verify(k, md, hash, hlen, sig, slen);
	}
	js_pushboolean(J, r == 0);
}

static void pk_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

void runtime_crypto_pk_init(js_State *J)
{
	js_newobject(J);
	js_setregistry(J, KEY_PROTO);
	pk_func(J, "keyParse", cr_key_parse, 3);
	pk_func(J, "keyInfo", cr_key_info, 1);
	pk_func(J, "keyExport", cr_key_export, 2);
	pk_func(J, "sign", cr_sign, 5);
	pk_func(J, "verify", cr_verify, 6);
}
