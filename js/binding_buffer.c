/*
 * binding_buffer.c: the C half of Buffer (js/lib/buffer.js has the API).
 *
 * A Buffer is the engine's own Uint8Array (patches/mujs/0060: bytes in C
 * memory shared with its ArrayBuffer, b[i] served by the interpreter's
 * property access) whose prototype is Buffer.prototype, itself inheriting
 * from Uint8Array.prototype as in Node. This file makes them
 * (js_newtypedarray with Buffer.prototype) and does the byte work on any
 * typed array's memory; the engine counts the bytes for the collector.
 *
 * String conversions go between mujs's internal strings (UTF-8, with NUL
 * as C0 80, a lone surrogate as its 3-byte form, and surrogate pairs either
 * as two 3-byte forms or one 4-byte form) and the encodings Node names:
 * utf8, hex, base64, base64url, latin1 (binary), ascii, utf16le (ucs2).
 * UTF-8 decoding replaces each maximal invalid subpart with U+FFFD
 * (WHATWG, as V8 does); encoding turns a lone surrogate into U+FFFD.
 *
 * native.buffer (numbers in ranges that buffer.js has already checked;
 * "buf" is any typed array or DataView, taken as its bytes):
 *   setup(proto)                       Buffer.prototype for new Buffers
 *   alloc(size)                        new zero-filled Buffer
 *   isUint8Array(v)                    a Uint8Array (so also a Buffer)
 *   fromString(str, enc)               new Buffer with str encoded
 *   fromArray(arrayLike)               bytes = each element & 255
 *   byteLength(str, enc)
 *   toString(buf, enc, start, end)
 *   write(buf, str, offset, max, enc)  bytes written (whole characters)
 *   copy(src, dst, dstStart, srcStart, srcEnd)  bytes copied (memmove)
 *   compare(a, aStart, aEnd, b, bStart, bEnd)   -1, 0 or 1
 *   fill(buf, byteOrBuffer, start, end)
 *   indexOf(buf, needleBuf, offset, last)       index or -1
 *   readInt(buf, off, n, signed, le)   n = 1..6
 *   writeInt(buf, value, off, n, le)
 *   readFloat(buf, off, n, le)         n = 4 or 8
 *   writeFloat(buf, value, off, n, le)
 *   toArray(buf)                       array of the byte values
 *   swap(buf, n)                       swaps each n-byte group in place
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "binding_buffer.h"
#include "runtime_internal.h"

#define BUFFER_PROTO "unijs.Buffer.prototype"

enum { ENC_UTF8, ENC_HEX, ENC_BASE64, ENC_BASE64URL, ENC_LATIN1, ENC_ASCII, ENC_UTF16LE };

/* The bytes of a typed array argument. */
struct buffer {
	unsigned char *data;
	size_t len;
};

unsigned char *buffer_push(js_State *J, size_t len)
{
	js_getregistry(J, BUFFER_PROTO);
	return js_newtypedarray(J, JS_TA_UINT8, len);
}

void buffer_push_copy(js_State *J, const void *data, size_t len)
{
	unsigned char *p = buffer_push(J, len);

	if (len)
		memcpy(p, data, len);
}

unsigned char *buffer_data(js_State *J, int idx, size_t *len)
{
	int kind;
	unsigned char *p = js_totypedarray(J, idx, &kind, len);

	return p && kind != JS_TA_ARRAYBUFFER ? p : NULL;
}

unsigned char *buffer_range(js_State *J, int idx, size_t *len, const char *who)
{
	size_t all, start, end;
	unsigned char *d = buffer_data(J, idx, &all);

	if (!d)
		js_typeerror(J, "%s needs a Buffer", who);
	end = js_isdefined(J, idx + 2) ? (size_t)js_tonumber(J, idx + 2) : all;
	start = js_isdefined(J, idx + 1) ? (size_t)js_tonumber(J, idx + 1) : 0;
	if (end > all)
		end = all;
	if (start > end)
		start = end;
	*len = end - start;
	return d + start;
}

static struct buffer buffer_arg(js_State *J, int idx)
{
	struct buffer b;

	b.data = buffer_data(J, idx, &b.len);
	if (!b.data)
		js_typeerror(J, "argument must be a Buffer");
	return b;
}

/* Argument idx as an offset clamped to [0, max]. */
static size_t buffer_size_arg(js_State *J, int idx, size_t max)
{
	double d = js_tonumber(J, idx);

	if (!(d > 0))
		return 0;
	return d >= (double)max ? max : (size_t)d;
}

/* ---- strings: decoding mujs's internal form */

/* Next code point of internal string s (advanced); surrogates come out as
 * themselves, the caller pairs them. */
static uint32_t str_next(const unsigned char **sp)
{
	const unsigned char *s = *sp;
	uint32_t c = s[0];

	if (c < 0x80) {
		*sp = s + 1;
		return c;
	}
	if ((c & 0xe0) == 0xc0 && (s[1] & 0xc0) == 0x80) {
		*sp = s + 2;
		return ((c & 0x1f) << 6) | (s[1] & 0x3f);
	}
	if ((c & 0xf0) == 0xe0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		*sp = s + 3;
		return ((c & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
	}
	if ((c & 0xf8) == 0xf0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80 &&
	    (s[3] & 0xc0) == 0x80) {
		*sp = s + 4;
		return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
		       ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
	}
	*sp = s + 1;
	return 0xfffd;
}

/* Next code point with surrogate pairs joined; a lone surrogate is
 * returned as is (0xd800..0xdfff). */
static uint32_t str_next_cp(const unsigned char **sp)
{
	uint32_t c = str_next(sp);

	if (c >= 0xd800 && c < 0xdc00 && **sp) {
		const unsigned char *t = *sp;
		uint32_t d = str_next(&t);
		if (d >= 0xdc00 && d < 0xe000) {
			*sp = t;
			return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
		}
	}
	return c;
}

/* Next UTF-16 unit: a supplementary character gives its high surrogate
 * and leaves the low one in *pend (0: none) for the next call. */
static uint32_t str_unit_next(const unsigned char **sp, uint32_t *pend)
{
	uint32_t c = *pend;

	if (c) {
		*pend = 0;
		return c;
	}
	c = str_next(sp);
	if (c >= 0x10000) {
		*pend = 0xdc00 + ((c - 0x10000) & 0x3ff);
		return 0xd800 + ((c - 0x10000) >> 10);
	}
	return c;
}

static size_t utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static size_t utf8_put(unsigned char *o, uint32_t c)
{
	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xc0 | (c >> 6));
		o[1] = (unsigned char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (c >> 12));
		o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (c >> 18));
	o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (c & 0x3f));
	return 4;
}

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

static int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/*
 * Encodes internal string s as enc into out (NULL: only count), at most
 * max bytes and only whole characters; returns the byte count.
 */
static size_t str_encode(const char *str, int enc, unsigned char *out, size_t max)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = 0;
	uint32_t c;

	switch (enc) {
	case ENC_HEX: {
		/* Node reads each UTF-16 unit's low byte; stops at a bad pair */
		uint32_t u[2], pend = 0;
		int k = 0;
		while (n < max && (pend || *s)) {
			u[k++] = str_unit_next(&s, &pend) & 0xff;
			if (k < 2)
				continue;
			k = 0;
			if (hex_value((unsigned char)u[0]) < 0 || hex_value((unsigned char)u[1]) < 0)
				break;
			if (out)
				out[n] = (unsigned char)(hex_value((unsigned char)u[0]) << 4 |
							 hex_value((unsigned char)u[1]));
			n++;
		}
		return n;
	}
	case ENC_BASE64:
	case ENC_BASE64URL: {
		/* whitespace and other characters are skipped, '=' ends the data;
		 * like hex, by each UTF-16 unit's low byte */
		uint32_t acc = 0, pend = 0;
		int bits = 0;
		while (n < max && (pend || *s)) {
			uint32_t c2 = str_unit_next(&s, &pend) & 0xff;
			int v;

			if (c2 == '=')
				break;
			v = b64_value((unsigned char)c2);
			if (v < 0)
				continue;
			acc = (acc << 6) | (uint32_t)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				if (out)
					out[n] = (unsigned char)(acc >> bits);
				n++;
			}
		}
		return n;
	}
	case ENC_LATIN1:
	case ENC_ASCII: { /* each UTF-16 unit's low byte */
		uint32_t pend = 0;
		while (n < max && (pend || *s)) {
			c = str_unit_next(&s, &pend);
			if (out)
				out[n] = (unsigned char)c;
			n++;
		}
		return n;
	}
	case ENC_UTF16LE:
		while (*s && n + 2 <= max) {
			c = str_next(&s);
			if (c >= 0x10000) {
				if (n + 4 > max)
					break;
				uint32_t hi = 0xd800 + ((c - 0x10000) >> 10);
				if (out) {
					out[n] = (unsigned char)hi;
					out[n + 1] = (unsigned char)(hi >> 8);
				}
				n += 2;
				c = 0xdc00 + ((c - 0x10000) & 0x3ff);
			}
			if (out) {
				out[n] = (unsigned char)c;
				out[n + 1] = (unsigned char)(c >> 8);
			}
			n += 2;
		}
		return n;
	default:
		while (*s) {
			if (*s < 0x80) { /* ASCII: the byte itself (most text is runs of it) */
				if (n >= max)
					break;
				if (out)
					out[n] = *s;
				n++;
				s++;
				continue;
			}
			c = str_next_cp(&s);
			if (c >= 0xd800 && c < 0xe000)
				c = 0xfffd;
			if (n + utf8_len(c) > max)
				break;
			if (out)
				utf8_put(out + n, c);
			n += utf8_len(c);
		}
		return n;
	}
}

/* 8 bytes read at once, from an 8-byte boundary: such a word holding
 * a byte of a string lies in the string's page, as strlen reads */
typedef uint64_t __attribute__((__may_alias__)) ascii_word;
#define ASCII_ONES ((uint64_t)-1 / 0xff) /* 0x0101...01 */
#define ASCII_HIGHS (ASCII_ONES * 0x80)   /* 0x8080...80 */

size_t buffer_encode(const char *s, int latin1, unsigned char *out, size_t max)
{
	size_t n = 0;
	uint64_t w;

	/* a run of ASCII is the same bytes in both encodings: copied as it
	 * is (HTTP heads are all ASCII but for rare header values). Found
	 * a word at a time from the first 8-byte boundary on: a word with a
	 * NUL or a byte of 0x80 or more has a high bit set in w or w - ONES
	 * (below the lowest NUL no byte borrows), and the run ends in it */
	while (n < max && ((uintptr_t)(s + n) & 7) && (unsigned char)s[n] - 1u < 0x7f)
		n++;
	if (!((uintptr_t)(s + n) & 7)) {
		while (max - n >= 8) {
			w = *(const ascii_word *)(s + n);
			if (((w - ASCII_ONES) | w) & ASCII_HIGHS)
				break;
			n += 8;
		}
	}
	while (n < max && (unsigned char)s[n] - 1u < 0x7f)
		n++;
	if (out)
		memcpy(out, s, n);
	if (!s[n] || n == max)
		return n;
	return n + str_encode(s + n, latin1 ? ENC_LATIN1 : ENC_UTF8, out ? out + n : NULL, max - n);
}

/* ---- strings: building mujs's internal form */

struct sbuf {
	char *p;
	size_t n, cap;
};

static void sbuf_grow(js_State *J, struct sbuf *sb, size_t more)
{
	char *p;
	size_t cap;

	if (sb->n + more <= sb->cap)
		return;
	cap = sb->cap ? sb->cap : 64;
	while (cap < sb->n + more)
		cap *= 2;
	p = realloc(sb->p, cap);
	if (!p) {
		free(sb->p);
		sb->p = NULL;
		js_rangeerror(J, "Array buffer allocation failed");
	}
	sb->p = p;
	sb->cap = cap;
}

/* Appends code point c (NUL as C0 80, as mujs keeps it). */
static void sbuf_cp(struct sbuf *sb, uint32_t c)
{
	if (c == 0) {
		sb->p[sb->n++] = (char)0xc0;
		sb->p[sb->n++] = (char)0x80;
	} else {
		sb->n += utf8_put((unsigned char *)sb->p + sb->n, c);
	}
}

/* WHATWG UTF-8 decoding of d[0..len) into sb. */
static void decode_utf8(js_State *J, struct sbuf *sb, const unsigned char *d, size_t len)
{
	size_t i = 0;

	sbuf_grow(J, sb, len * 3 + 1);
	while (i < len) {
		unsigned char b = d[i];
		uint32_t c;
		size_t need, k;
		unsigned char lo = 0x80, hi = 0xbf;

		if (b < 0x80) {
			if (b)
				sb->p[sb->n++] = (char)b;
			else
				sbuf_cp(sb, 0);
			i++;
			continue;
		}
		if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			c = b & 0x1f;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			c = b & 0x0f;
			if (b == 0xe0)
				lo = 0xa0;
			if (b == 0xed)
				hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			c = b & 0x07;
			if (b == 0xf0)
				lo = 0x90;
			if (b == 0xf4)
				hi = 0x8f;
		} else {
			sbuf_cp(sb, 0xfffd);
			i++;
			continue;
		}
		for (k = 1; k <= need; k++) {
			if (i + k >= len || d[i + k] < lo || d[i + k] > hi)
				break;
			c = (c << 6) | (d[i + k] & 0x3f);
			lo = 0x80;
			hi = 0xbf;
		}
		if (k <= need) { /* the maximal subpart d[i..i+k) is one U+FFFD */
			sbuf_cp(sb, 0xfffd);
			i += k;
			continue;
		}
		sbuf_cp(sb, c);
		i += need + 1;
	}
}

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static void str_decode(js_State *J, struct sbuf *sb, int enc, const unsigned char *d, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	switch (enc) {
	case ENC_HEX:
		sbuf_grow(J, sb, len * 2 + 1);
		for (i = 0; i < len; i++) {
			sb->p[sb->n++] = hex[d[i] >> 4];
			sb->p[sb->n++] = hex[d[i] & 15];
		}
		break;
	case ENC_BASE64:
	case ENC_BASE64URL: {
		const char *t = enc == ENC_BASE64 ? b64_std : b64_url;
		sbuf_grow(J, sb, (len + 2) / 3 * 4 + 1);
		for (i = 0; i + 2 < len; i += 3) {
			uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
			sb->p[sb->n++] = t[v >> 18];
			sb->p[sb->n++] = t[(v >> 12) & 63];
			sb->p[sb->n++] = t[(v >> 6) & 63];
			sb->p[sb->n++] = t[v & 63];
		}
		if (i < len) {
			uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < len ? (uint32_t)d[i + 1] << 8 : 0);
			sb->p[sb->n++] = t[v >> 18];
			sb->p[sb->n++] = t[(v >> 12) & 63];
			if (i + 1 < len)
				sb->p[sb->n++] = t[(v >> 6) & 63];
			if (enc == ENC_BASE64) {
				if (i + 1 >= len)
					sb->p[sb->n++] = '=';
				sb->p[sb->n++] = '=';
			}
		}
		break;
	}
	case ENC_LATIN1:
	case ENC_ASCII:
		sbuf_grow(J, sb, len * 2 + 1);
		for (i = 0; i < len; i++)
			sbuf_cp(sb, enc == ENC_ASCII ? d[i] & 0x7f : d[i]);
		break;
	case ENC_UTF16LE:
		sbuf_grow(J, sb, len / 2 * 3 + 1);
		for (i = 0; i + 1 < len; i += 2) {
			uint32_t c = d[i] | (uint32_t)d[i + 1] << 8;
			if (c >= 0xd800 && c < 0xdc00 && i + 3 < len) {
				uint32_t e = d[i + 2] | (uint32_t)d[i + 3] << 8;
				if (e >= 0xdc00 && e < 0xe000) {
					c = 0x10000 + ((c - 0xd800) << 10) + (e - 0xdc00);
					i += 2;
				}
			}
			sbuf_cp(sb, c);
		}
		break;
	default:
		decode_utf8(J, sb, d, len);
		break;
	}
}

/* Pushes d[0..len) decoded as enc. */
static void buffer_push_string(js_State *J, int enc, const unsigned char *d, size_t len)
{
	struct sbuf sb = { NULL, 0, 0 };

	str_decode(J, &sb, enc, d, len);
	sbuf_grow(J, &sb, 1);
	sb.p[sb.n] = 0;
	if (js_try(J)) {
		free(sb.p);
		js_throw(J);
	}
	js_pushlstring(J, sb.p, (int)sb.n);
	js_endtry(J);
	free(sb.p);
}

int buffer_push_text(js_State *J, const char *enc, const void *data, size_t len)
{
	int e = !strcmp(enc, "hex") ? ENC_HEX : !strcmp(enc, "base64") ? ENC_BASE64 : -1;

	if (e < 0)
		return 0;
	buffer_push_string(J, e, data, len);
	return 1;
}

/* ---- native.buffer functions */

static void nb_setup(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, BUFFER_PROTO);
	js_pushundefined(J);
}

static void nb_alloc(js_State *J)
{
	double d = js_tonumber(J, 1);

	buffer_push(J, d > 0 ? (size_t)d : 0);
}

static void nb_is_uint8array(js_State *J)
{
	int kind;

	js_pushboolean(J, js_totypedarray(J, 1, &kind, NULL) && kind == JS_TA_UINT8);
}

static void nb_from_string(js_State *J)
{
	const char *s = js_tostring(J, 1);
	int enc = js_toint32(J, 2);
	size_t n = str_encode(s, enc, NULL, (size_t)-1);

	str_encode(s, enc, buffer_push(J, n), n);
}

static void nb_from_array(js_State *J)
{
	int n = js_getlength(J, 1), i;
	unsigned char *p = buffer_push(J, n > 0 ? (size_t)n : 0);

	for (i = 0; i < n; i++) {
		js_getindex(J, 1, i);
		p[i] = (unsigned char)js_toint32(J, -1);
		js_pop(J, 1);
	}
}

static void nb_byte_length(js_State *J)
{
	js_pushnumber(J, (double)str_encode(js_tostring(J, 1), js_toint32(J, 2), NULL, (size_t)-1));
}

static void nb_to_string(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t end = buffer_size_arg(J, 4, b.len);
	size_t start = buffer_size_arg(J, 3, end);

	buffer_push_string(J, js_toint32(J, 2), b.data + start, end - start);
}

static void nb_write(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	const char *s = js_tostring(J, 2);
	size_t off = buffer_size_arg(J, 3, b.len);
	size_t max = buffer_size_arg(J, 4, b.len - off);

	js_pushnumber(J, (double)str_encode(s, js_toint32(J, 5), b.data + off, max));
}

static void nb_copy(js_State *J)
{
	struct buffer src = buffer_arg(J, 1), dst = buffer_arg(J, 2);
	size_t dstart = buffer_size_arg(J, 3, dst.len);
	size_t send = buffer_size_arg(J, 5, src.len);
	size_t sstart = buffer_size_arg(J, 4, send);
	size_t n = send - sstart;

	if (n > dst.len - dstart)
		n = dst.len - dstart;
	if (n)
		memmove(dst.data + dstart, src.data + sstart, n);
	js_pushnumber(J, (double)n);
}

static void nb_compare(js_State *J)
{
	struct buffer a = buffer_arg(J, 1), b = buffer_arg(J, 4);
	size_t aend = buffer_size_arg(J, 3, a.len), astart = buffer_size_arg(J, 2, aend);
	size_t bend = buffer_size_arg(J, 6, b.len), bstart = buffer_size_arg(J, 5, bend);
	size_t an = aend - astart, bn = bend - bstart;
	int r = memcmp(a.data + astart, b.data + bstart, an < bn ? an : bn);

	if (r == 0)
		r = an < bn ? -1 : an > bn;
	js_pushnumber(J, r < 0 ? -1 : r > 0);
}

static void nb_fill(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t end = buffer_size_arg(J, 4, b.len);
	size_t start = buffer_size_arg(J, 3, end);
	size_t plen, i;
	unsigned char *pat = buffer_data(J, 2, &plen);

	/* (a pattern is copied once, then the filled part doubles: a byte
	 * loop with a division per byte took 8 instructions a byte, and
	 * Buffer.alloc(size, 'x') is a common way to make a big buffer; the
	 * first copy is a memmove: buf.fill(buf.subarray(...)) may overlap) */
	if (!pat || plen == 1) {
		memset(b.data + start, pat ? pat[0] : js_toint32(J, 2) & 255, end - start);
	} else if (plen && end > start) {
		size_t n = end - start;
		i = plen < n ? plen : n;
		memmove(b.data + start, pat, i);
		while (i < n) {
			size_t c = i < n - i ? i : n - i;
			memcpy(b.data + start + i, b.data + start, c);
			i += c;
		}
	}
	js_pushundefined(J);
}

static void nb_index_of(js_State *J)
{
	struct buffer b = buffer_arg(J, 1), n = buffer_arg(J, 2);
	double off = js_tonumber(J, 3);
	int last = js_toboolean(J, 4);
	long long i, start;

	if (n.len > b.len) {
		js_pushnumber(J, -1);
		return;
	}
	if (!last) {
		start = off > 0 ? (long long)off : 0;
		for (i = start; i + (long long)n.len <= (long long)b.len; i++)
			if (!memcmp(b.data + i, n.data, n.len)) {
				js_pushnumber(J, (double)i);
				return;
			}
	} else {
		start = (long long)(b.len - n.len);
		if (off < (double)start)
			start = (long long)off;
		for (i = start; i >= 0; i--)
			if (!memcmp(b.data + i, n.data, n.len)) {
				js_pushnumber(J, (double)i);
				return;
			}
	}
	js_pushnumber(J, -1);
}

static void nb_read_int(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t off = (size_t)js_tonumber(J, 2);
	int n = js_toint32(J, 3), sign = js_toboolean(J, 4), le = js_toboolean(J, 5), i;
	uint64_t v = 0;

	if (n < 1 || n > 6 || off > b.len || b.len - off < (size_t)n)
		js_rangeerror(J, "offset out of range");
	for (i = 0; i < n; i++)
		v = v << 8 | b.data[off + (le ? n - 1 - i : i)];
	if (sign && (v >> (8 * n - 1)) & 1)
		js_pushnumber(J, (double)(int64_t)(v - ((uint64_t)1 << (8 * n))));
	else
		js_pushnumber(J, (double)v);
}

static void nb_write_int(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	double d = js_tonumber(J, 2);
	size_t off = (size_t)js_tonumber(J, 3);
	int n = js_toint32(J, 4), le = js_toboolean(J, 5), i;
	uint64_t v = (uint64_t)(int64_t)d;

	if (n < 1 || n > 6 || off > b.len || b.len - off < (size_t)n)
		js_rangeerror(J, "offset out of range");
	for (i = 0; i < n; i++)
		b.data[off + (le ? i : n - 1 - i)] = (unsigned char)(v >> (8 * i));
	js_pushnumber(J, (double)(off + (size_t)n));
}

static void nb_read_float(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t off = (size_t)js_tonumber(J, 2);
	int n = js_toint32(J, 3), le = js_toboolean(J, 4), i;
	unsigned char t[8];

	if ((n != 4 && n != 8) || off > b.len || b.len - off < (size_t)n)
		js_rangeerror(J, "offset out of range");
	for (i = 0; i < n; i++) /* x86 is little-endian */
		t[i] = b.data[off + (le ? i : n - 1 - i)];
	if (n == 4) {
		float f;
		memcpy(&f, t, 4);
		js_pushnumber(J, f);
	} else {
		double f;
		memcpy(&f, t, 8);
		js_pushnumber(J, f);
	}
}

static void nb_write_float(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	double d = js_tonumber(J, 2);
	size_t off = (size_t)js_tonumber(J, 3);
	int n = js_toint32(J, 4), le = js_toboolean(J, 5), i;
	unsigned char t[8];

	if ((n != 4 && n != 8) || off > b.len || b.len - off < (size_t)n)
		js_rangeerror(J, "offset out of range");
	if (n == 4) {
		float f = (float)d;
		memcpy(t, &f, 4);
	} else {
		memcpy(t, &d, 8);
	}
	for (i = 0; i < n; i++)
		b.data[off + (le ? i : n - 1 - i)] = t[i];
	js_pushnumber(J, (double)(off + (size_t)n));
}

static void nb_to_array(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t i;

	js_newarray(J);
	for (i = 0; i < b.len; i++) {
		js_pushnumber(J, b.data[i]);
		js_setindex(J, -2, (int)i);
	}
}

static void nb_swap(js_State *J)
{
	struct buffer b = buffer_arg(J, 1);
	size_t n = (size_t)js_toint32(J, 2), i, k;

	for (i = 0; n && i + n <= b.len; i += n)
		for (k = 0; k < n / 2; k++) {
			unsigned char t = b.data[i + k];
			b.data[i + k] = b.data[i + n - 1 - k];
			b.data[i + n - 1 - k] = t;
		}
	js_copy(J, 1);
}

/* Globals that live in a core module (Buffer in js/lib/buffer.js,
 * TextEncoder and TextDecoder in js/lib/util.js): the first read loads the
 * module, then the global becomes a plain property. */
static const struct lazy_global {
	const char *name, *module;
} lazy_globals[] = {
	{ "Buffer", "buffer" },
	{ "TextEncoder", "util" },
	{ "TextDecoder", "util" },
};

static void lazy_global_get(js_State *J)
{
	const struct lazy_global *g = js_currentfunctiondata(J);

	runtime_module_load(J, g->module, 0);
	js_getproperty(J, -1, g->name);
	js_copy(J, -1);
	js_delglobal(J, g->name);
	js_defglobal(J, g->name, JS_DONTENUM);
}

static void lazy_global_set(js_State *J)
{
	const struct lazy_global *g = js_currentfunctiondata(J);

	js_copy(J, 1);
	js_delglobal(J, g->name);
	js_defglobal(J, g->name, JS_DONTENUM);
	js_pushundefined(J);
}

/* get %TypedArray%.prototype[Symbol.toStringTag] (ES2015 22.2.3.32): the
 * typed array's type name, undefined for anything else (a brand check:
 * safe-stable-stringify, so logform and winston, tests typed arrays with
 * it). "\xff@Symbol.toStringTag" is the engine's Symbol.toStringTag's key
 * (patches/mujs/0213). */
static void typedarray_tostringtag(js_State *J)
{
	static const char *const names[JS_TA_KINDS] = {
		"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array",
	};
	int kind = -1;

	js_totypedarray(J, 0, &kind, NULL); /* NULL bytes for an empty one */
	if (kind >= 0 && kind < JS_TA_KINDS)
		js_pushliteral(J, names[kind]);
	else
		js_pushundefined(J);
}

/* (cold: runs once, at boot; compiled for size, hello.elf's bound) */
void __attribute__((cold)) runtime_buffer_init(js_State *J)
{
	static const struct {
		const char *name;
		js_CFunction fn;
		int n;
	} fns[] = {
		{ "setup", nb_setup, 1 },
		{ "alloc", nb_alloc, 1 },
		{ "isUint8Array", nb_is_uint8array, 1 },
		{ "fromString", nb_from_string, 2 },
		{ "fromArray", nb_from_array, 1 },
		{ "byteLength", nb_byte_length, 2 },
		{ "toString", nb_to_string, 4 },
		{ "write", nb_write, 5 },
		{ "copy", nb_copy, 5 },
		{ "compare", nb_compare, 6 },
		{ "fill", nb_fill, 4 },
		{ "indexOf", nb_index_of, 4 },
		{ "readInt", nb_read_int, 5 },
		{ "writeInt", nb_write_int, 5 },
		{ "readFloat", nb_read_float, 4 },
		{ "writeFloat", nb_write_float, 5 },
		{ "toArray", nb_to_array, 1 },
		{ "swap", nb_swap, 2 },
	};
	size_t i;

	js_getregistry(J, RUNTIME_NATIVE);
	js_newobject(J);
	for (i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		js_newcfunction(J, fns[i].fn, fns[i].name, fns[i].n);
		js_setproperty(J, -2, fns[i].name);
	}
	js_setproperty(J, -2, "buffer");
	js_pop(J, 1);

	js_pushglobal(J);
	for (i = 0; i < sizeof lazy_globals / sizeof lazy_globals[0]; i++) {
		/* js_newcfunctionx: data is a const table entry, never freed */
		js_newcfunctionx(J, lazy_global_get, lazy_globals[i].name, 0, (void *)&lazy_globals[i], NULL);
		js_newcfunctionx(J, lazy_global_set, lazy_globals[i].name, 1, (void *)&lazy_globals[i], NULL);
		js_defaccessor(J, -3, lazy_globals[i].name, JS_DONTENUM);
	}
	js_pop(J, 1);

	/* %TypedArray%.prototype: Object.getPrototypeOf(Uint8Array.prototype) */
	js_getglobal(J, "Object");
	js_getproperty(J, -1, "getPrototypeOf");
	js_pushundefined(J);
	js_getglobal(J, "Uint8Array");
	js_getproperty(J, -1, "prototype");
	js_rot2pop1(J);
	js_call(J, 1);
	js_newcfunction(J, typedarray_tostringtag, "get [Symbol.toStringTag]", 0);
	js_pushundefined(J);
	js_defaccessor(J, -3, "\xff@Symbol.toStringTag", JS_DONTENUM);
	js_pop(J, 2);
}
