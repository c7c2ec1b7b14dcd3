/*
 * binding_zlib.c: the natives of js/lib/zlib.js (native.zlib), on zlib
 * 1.2.13 built with Z_SOLO (build/libz.a), its memory from lib/alloc.c.
 *
 *   create(mode, level, windowBits, memLevel, strategy, dictionary)
 *       a stream for one of Node's modes (DEFLATE 1, INFLATE 2, GZIP 3,
 *       GUNZIP 4, DEFLATERAW 5, INFLATERAW 6, UNZIP 7); dictionary is a
 *       Buffer or undefined
 *   write(h, flush, buf, chunkSize, maxOutput)
 *       runs the whole of buf through the stream with flush (Z_NO_FLUSH
 *       ... Z_FINISH) and returns the output as an array of Buffers of at
 *       most chunkSize bytes. After the end of a compressed stream the
 *       rest of the input is ignored, except that GUNZIP/UNZIP go on with
 *       a following gzip member (as Node does).
 *   reset(h)         back to the state after create
 *   params(h, level, strategy)  deflateParams (after a Z_SYNC_FLUSH)
 *   crc32(buf, crc)  CRC-32 of the Buffer's bytes, continuing crc
 *
 * zlib's errors become Node's: an Error whose message is zlib's (or
 * Node's default for the code), with errno (the Z_* number) and code (its
 * name); running out of output room (maxOutput) is Node's RangeError
 * ERR_BUFFER_TOO_LARGE; a Z_FINISH that leaves an inflate stream short
 * of its end is Z_BUF_ERROR "unexpected end of file".
 *
 * Linked only into images that pack the zlib module (mkimage.sh adds
 * -u runtime_zlib_init); runtime.c calls it through a weak reference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zlib.h"

#include "binding_buffer.h"
#include "runtime_internal.h"

#define ZS_TAG "zlib.Stream"
#define ZS_PROTO "unijs.zlib.stream"

enum { DEFLATE = 1, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP };

struct zs {
	z_stream s;
	int mode;
	int live;  /* deflateInit/inflateInit succeeded */
	int ended; /* Z_STREAM_END seen: the rest of the input is ignored */
	int gzip;  /* for member continuation: the stream reads gzip (-1 not known yet) */
	unsigned char *dict;
	size_t dict_len;
	unsigned char *out;
	size_t out_size;
};

static int is_deflate(int mode) { return mode == DEFLATE || mode == GZIP || mode == DEFLATERAW; }

static void *zs_alloc(void *opaque, unsigned items, unsigned size)
{
	(void)opaque;
	return calloc(items, size);
}

static void zs_free(void *opaque, void *p)
{
	(void)opaque;
	free(p);
}

static void zs_end(struct zs *z)
{
	if (z->live)
		is_deflate(z->mode) ? deflateEnd(&z->s) : inflateEnd(&z->s);
	z->live = 0;
}

static void zs_finalize(js_State *J, void *p)
{
	struct zs *z = p;

	(void)J;
	zs_end(z);
	free(z->dict);
	free(z->out);
	free(z);
}

static const char *code_name(int err)
{
	switch (err) {
	case Z_NEED_DICT: return "Z_NEED_DICT";
	case Z_ERRNO: return "Z_ERRNO";
	case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
	case Z_DATA_ERROR: return "Z_DATA_ERROR";
	case Z_MEM_ERROR: return "Z_MEM_ERROR";
	case Z_BUF_ERROR: return "Z_BUF_ERROR";
	case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
	}
	return "Z_UNKNOWN";
}

/* Node's messages where zlib gives none (node_zlib.cc) */
static const char *default_msg(int err)
{
	switch (err) {
	case Z_NEED_DICT: return "Missing dictionary";
	case Z_BUF_ERROR: return "unexpected end of file";
	case Z_MEM_ERROR: return "out of memory";
	case Z_DATA_ERROR: return "invalid data";
	}
	return "zlib error";
}

static void zs_throw(js_State *J, int err, const char *msg)
{
	js_newerror(J, msg ? msg : default_msg(err));
	js_pushnumber(J, err);
	js_setproperty(J, -2, "errno");
	js_pushstring(J, code_name(err));
	js_setproperty(J, -2, "code");
	js_throw(J);
}

static struct zs *zs_arg(js_State *J, int idx)
{
	if (!js_isuserdata(J, idx, ZS_TAG))
		js_typeerror(J, "not a zlib stream");
	return js_touserdata(J, idx, ZS_TAG);
}

static int zs_init(struct zs *z, int level, int wbits, int memlevel, int strategy)
{
	int r;

	memset(&z->s, 0, sizeof z->s);
	z->s.zalloc = zs_alloc;
	z->s.zfree = zs_free;
	z->ended = 0;
	switch (z->mode) {
	case GZIP: wbits += 16; break;
	case GUNZIP: wbits += 16; break;
	case UNZIP: wbits += 32; break;
	case DEFLATERAW: case INFLATERAW: wbits = -wbits; break;
	}
	/* UNZIP: decided by the first byte (gzip's magic 1f 8b, else zlib) */
	z->gzip = z->mode == GUNZIP ? 1 : z->mode == UNZIP ? -1 : 0;
	if (is_deflate(z->mode)) {
		r = deflateInit2(&z->s, level, Z_DEFLATED, wbits, memlevel, strategy);
		if (r == Z_OK && z->dict)
			r = deflateSetDictionary(&z->s, z->dict, (uInt)z->dict_len);
	} else {
		r = inflateInit2(&z->s, wbits);
		/* raw inflate takes the dictionary at once: it has no header
		 * that would ask for it */
		if (r == Z_OK && z->dict && z->mode == INFLATERAW)
			r = inflateSetDictionary(&z->s, z->dict, (uInt)z->dict_len);
	}
	z->live = r == Z_OK;
	return r;
}

static void zl_create(js_State *J)
{
	struct zs *z = calloc(1, sizeof *z);
	size_t dlen;
	unsigned char *d;
	int r;

	if (!z)
		zs_throw(J, Z_MEM_ERROR, 0);
	z->mode = js_toint32(J, 1);
	if (z->mode < DEFLATE || z->mode > UNZIP) {
		free(z);
		js_rangeerror(J, "bad zlib mode");
	}
	if ((d = buffer_data(J, 6, &dlen))) {
		z->dict = malloc(dlen ? dlen : 1);
		if (!z->dict) {
			free(z);
			zs_throw(J, Z_MEM_ERROR, 0);
		}
		memcpy(z->dict, d, dlen);
		z->dict_len = dlen;
	}
	r = zs_init(z, js_toint32(J, 2), js_toint32(J, 3), js_toint32(J, 4), js_toint32(J, 5));
	if (r != Z_OK) {
		zs_finalize(J, z);
		zs_throw(J, r, r == Z_STREAM_ERROR ? "Init error" : r == Z_DATA_ERROR ? "Bad dictionary" : 0);
	}
	if (js_try(J)) {
		zs_finalize(J, z);
		js_throw(J);
	}
	js_getregistry(J, ZS_PROTO);
	js_newuserdata(J, ZS_TAG, z, zs_finalize);
	js_endtry(J);
}

static void zl_write(js_State *J)
{
	struct zs *z = zs_arg(J, 1);
	int flush = js_toint32(J, 2);
	size_t len, chunk = (size_t)js_tonumber(J, 4), n = 0;
	unsigned char *in = buffer_data(J, 3, &len);
	double max = js_tonumber(J, 5), total = 0;
	int inflating = !is_deflate(z->mode), r;

	if (!in)
		js_typeerror(J, "input must be a Buffer");
	if (!z->live)
		js_error(J, "zlib binding closed");
	if (chunk < 64)
		chunk = 64;
	if (z->out_size != chunk) {
		unsigned char *o = realloc(z->out, chunk);
		if (!o)
			zs_throw(J, Z_MEM_ERROR, 0);
		z->out = o;
		z->out_size = chunk;
	}
	js_newarray(J);
	/* a member ended exactly at the end of an earlier write: more gzip
	 * input that is not zero padding starts the next member */
	if (z->ended && inflating && z->gzip > 0 && len && in[0] != 0) {
		inflateReset(&z->s);
		z->ended = 0;
	}
	if (z->ended)
		return;
	if (z->gzip < 0 && len)
		z->gzip = in[0] == 0x1f;
	z->s.next_in = in;
	z->s.avail_in = (uInt)len;
	for (;;) {
		size_t made;

		z->s.next_out = z->out;
		z->s.avail_out = (uInt)chunk;
		r = inflating ? inflate(&z->s, flush) : deflate(&z->s, flush);
		made = chunk - z->s.avail_out;
		if (made) {
			total += (double)made;
			if (total > max) {
				char m[80];
				snprintf(m, sizeof m, "Cannot create a Buffer larger than %.0f bytes", max);
				js_newrangeerror(J, m);
				js_pushliteral(J, "ERR_BUFFER_TOO_LARGE");
				js_setproperty(J, -2, "code");
				js_throw(J);
			}
			buffer_push_copy(J, z->out, made);
			js_setindex(J, -2, (int)n++);
		}
		if (r == Z_NEED_DICT && z->dict) {
			/* a wrong dictionary is Z_NEED_DICT "Bad dictionary", as
			 * in Node, to tell it from bad input */
			if (inflateSetDictionary(&z->s, z->dict, (uInt)z->dict_len) != Z_OK)
				zs_throw(J, Z_NEED_DICT, "Bad dictionary");
			continue;
		}
		if (r == Z_STREAM_END) {
			/* RFC 1952 §2.2: a gzip file may hold several members.
			 * Zero bytes after one are padding and end it (Node's
			 * rule); anything else must be another member. */
			if (inflating && z->gzip > 0 && z->s.avail_in && z->s.next_in[0] != 0) {
				inflateReset(&z->s);
				continue;
			}
			z->ended = 1;
			break;
		}
		if ((r == Z_OK || r == Z_BUF_ERROR) && z->s.avail_out == 0)
			continue; /* the output was full: there may be more */
		if (r == Z_BUF_ERROR)
			break; /* no progress possible: more input needed */
		if (r != Z_OK)
			zs_throw(J, r, r == Z_NEED_DICT ? "Missing dictionary" : z->s.msg);
		if (z->s.avail_in == 0 || !inflating)
			break;
	}
	z->s.next_in = NULL;
	z->s.avail_in = 0;
	if (inflating && flush == Z_FINISH && !z->ended)
		zs_throw(J, Z_BUF_ERROR, "unexpected end of file");
}

static void zl_reset(js_State *J)
{
	struct zs *z = zs_arg(J, 1);
	int r;

	if (!z->live)
		js_error(J, "zlib binding closed");
	r = is_deflate(z->mode) ? deflateReset(&z->s) : inflateReset(&z->s);
	if (r == Z_OK && z->dict && z->mode == DEFLATE)
		r = deflateSetDictionary(&z->s, z->dict, (uInt)z->dict_len);
	if (r != Z_OK)
		zs_throw(J, r, "Failed to reset stream");
	z->ended = 0;
	js_pushundefined(J);
}

/* deflateParams after the caller's Z_SYNC_FLUSH; pushes what it wrote
 * (a Buffer, usually empty). */
static void zl_params(js_State *J)
{
	struct zs *z = zs_arg(J, 1);
	int r;

	if (!z->live || !is_deflate(z->mode))
		js_error(J, "zlib binding closed");
	if (!z->out && !(z->out = malloc(z->out_size = 64)))
		zs_throw(J, Z_MEM_ERROR, 0);
	z->s.next_in = NULL;
	z->s.avail_in = 0;
	z->s.next_out = z->out;
	z->s.avail_out = (uInt)z->out_size;
	r = deflateParams(&z->s, js_toint32(J, 2), js_toint32(J, 3));
	if (r != Z_OK)
		zs_throw(J, r, "Failed to set parameters");
	buffer_push_copy(J, z->out, z->out_size - z->s.avail_out);
}

static void zl_close(js_State *J)
{
	zs_end(zs_arg(J, 1));
	js_pushundefined(J);
}

static void zl_crc32(js_State *J)
{
	size_t len;
	unsigned char *d = buffer_data(J, 1, &len);
	uLong crc = (uLong)js_touint32(J, 2);

	if (!d)
		js_typeerror(J, "crc32 needs a Buffer");
	while (len) {
		uInt k = len > 0x40000000 ? 0x40000000 : (uInt)len;
		crc = crc32(crc, d, k);
		d += k;
		len -= k;
	}
	js_pushnumber(J, (double)crc);
}

static void zl_func(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

void runtime_zlib_init(js_State *J)
{
	js_newobject(J);
	js_setregistry(J, ZS_PROTO);

	js_getregistry(J, RUNTIME_NATIVE);
	js_newobject(J);
	zl_func(J, "create", zl_create, 6);
	zl_func(J, "write", zl_write, 5);
	zl_func(J, "reset", zl_reset, 1);
	zl_func(J, "params", zl_params, 3);
	zl_func(J, "close", zl_close, 1);
	zl_func(J, "crc32", zl_crc32, 2);
	js_pushnumber(J, ZLIB_VERNUM);
	js_setproperty(J, -2, "vernum");
	js_pushstring(J, ZLIB_VERSION);
	js_setproperty(J, -2, "version");
	js_setproperty(J, -2, "zlib");
	js_pop(J, 1);
}
