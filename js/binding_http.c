/*
 * binding_http.c: HTTP/1.x parsing for js/lib/http.js, by http-parser
 * 2.9.4 (Debian's source package, unmodified; the parser Node used before
 * llhttp).
 *
 * native.http.Parser(kind) makes a parser object (kind 0: requests, 1:
 * responses), a mujs userdata whose C side holds the http_parser and the
 * pieces of the message being read. http-parser calls back once per piece
 * of a URL or header; those pieces are gathered in C, and JavaScript is
 * called only at the three points it cares about, as methods of the parser
 * object:
 *
 *   parser.onHeaders(rawHeaders, method, url, versionMajor, versionMinor,
 *       flags)  rawHeaders = [name, value, ...]; a response parser gives
 *       statusCode and statusMessage in method's and url's places; flags
 *       add up 1 (upgrade), 2 (should keep alive), 4 (a Host field is
 *       there), 8 (an Expect field is there); a true result means "no
 *       body follows" (the response to a HEAD request)
 *   parser.onBody(buffer)   a piece of the body (chunked encoding removed),
 *                           a new Buffer
 *   parser.onComplete(rawTrailers)  the end of one message; without
 *                           trailers, no argument (an empty array made
 *                           for each message, and never kept)
 *   parser.onMessageOpen(headDone)  (optional) at the end of an execute
 *       that leaves a message begun and not complete, once per message;
 *       headDone: its head has come whole (onHeaders ran). The server's
 *       timeouts count from here: a message that comes whole within one
 *       execute, as most do, costs no call (an onMessageBegin was one per
 *       message, and a clock read; it is gone, as was its look-up by
 *       name at every message once nothing set it)
 *
 * Methods:
 *   parser.execute(buffer[, start, end])  parses; returns the byte count
 *       consumed, or an Error with code "HPE_..." (HPE_HEADER_OVERFLOW
 *       when the head passes HTTP_JS_MAX_HEADER, Node's 16 KiB) and
 *       bytesParsed. An exception thrown by a callback stops parsing and
 *       leaves execute; the parser is then unusable (reset it).
 *   parser.finish()  end of input (a response without a length ends here);
 *       returns 0 or an Error as execute does
 *   parser.reset(kind)  ready for a new message stream
 *   parser.pause(on)  from a callback: execute stops after it and returns
 *       the bytes consumed so far; execute does nothing until pause(false)
 *   parser.close()   frees the gathered pieces now (the finalizer does it
 *                    otherwise)
 *   parser.consume(handle)  Node's parser.consume: the TCP handle's
 *       received bytes come here where net/tcp.c holds them (binding_tcp.c,
 *       runtime_tcp_consume), in place of its ondata and its Buffer: each
 *       delivery calls parser.onConsume(n), which runs the socket's and
 *       the connection's bookkeeping and then
 *         parser.executeConsumed()  execute's work on those n bytes
 *         parser.consumedRest(from) a new Buffer of them from byte from
 *       both of which throw outside onConsume. true when taken; false
 *       when the handle is no open TCP handle or has a consumer.
 *   parser.unconsume(handle)  the handle's bytes go to its ondata again
 *       (also when the handle closes)
 * After an upgrade (or CONNECT) message the parser stops: execute returns
 * the bytes up to the end of that head, and onHeaders had flag 1 (upgrade).
 *
 * Strict as Node 20's llhttp, where http-parser (even with
 * HTTP_PARSER_STRICT, its default, which we build with) is lenient: a
 * request head is checked here before onHeaders can run, so a handler
 * never sees a request that Node refuses (request smuggling shapes):
 *   - a bare LF (HPE_CR_EXPECTED) or bare CR (HPE_LF_EXPECTED) in the
 *     head, and obs-fold, a header line starting with SP or HT
 *     (HPE_INVALID_HEADER_TOKEN): http-parser takes all three;
 *   - Transfer-Encoding in a request whose last coding is not chunked, or
 *     with "chunked" anywhere but last (HPE_INVALID_TRANSFER_ENCODING):
 *     http-parser finds the first only after on_headers_complete, so the
 *     handler would already have answered;
 *   - a chunk-size line of a request body other than llhttp's grammar
 *     (http_ck_scan: hex digits, then ;name[=token|"quoted"] extensions,
 *     then CRLF): http-parser takes any byte but CR and LF after the size,
 *     a NUL included. As in Node the handler has run by then (the head was
 *     good); the error stops the body (HPE_STRICT, or
 *     HPE_INVALID_CHUNK_SIZE for a byte between the digits and ';').
 * Strings (URL, status message, header names and values) are latin1, one
 * character per byte, as Node decodes them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/clock.h"
#include "net/tcp.h"

#include "binding_buffer.h"
#include "http_parser.h"
#include "runtime_internal.h"

#define HTTP_JS_TAG "HTTPParser"
#define HTTP_JS_PROTO "unijs.HTTPParser.prototype"
#define HTTP_JS_MAX_HEADER (16 * 1024)

/* A growing byte string. */
struct http_str {
	char *p;
	size_t n, cap;
};

struct http_js {
	http_parser parser;
	js_State *J;
	struct http_str url, status;
	struct http_str fields; /* name NUL value NUL ... */
	int nfields;
	enum { IN_NONE, IN_NAME, IN_VALUE } state; /* of the last header piece */
	int oom;       /* a piece could not be stored */
	/* the head scanner (requests): see http_scan */
	int scan;      /* scanning the head of the current message */
	int scanned;   /* the current message's scan has begun */
	int sc_prev;   /* the byte before */
	int sc_len;    /* bytes in this line so far, CR not counted */
	int sc_first;  /* still in the request line */
	const char *end;          /* of the buffer being parsed */
	const char *head_end;     /* the byte after the head, in that buffer */
	/* the chunked-body scanner (requests): see http_ck_scan */
	int ck;                   /* its state; CK_NONE: not in a chunked body */
	uint64_t ck_left;         /* size of the chunk (in CK_SIZE) / bytes left of its data */
	const char *err, *errmsg; /* a refusal of our own: code, message */
	/* onMessageOpen: a message has begun and not ended; it was told;
	 * its head has come whole */
	int open, told, head_done;
	/* consuming a TCP handle (parser.consume): the parser object held
	 * (runtime_hold; -1: not consuming), and the bytes of the delivery
	 * being consumed (NULL outside onConsume) */
	int fslot;
	const char *fbuf;
	size_t flen;
};

static int http_str_add(struct http_js *h, struct http_str *s, const char *at, size_t len)
{
	if (s->n + len + 1 > s->cap) {
		size_t cap = s->cap ? s->cap : 128;
		char *p;
		while (cap < s->n + len + 1)
			cap *= 2;
		p = realloc(s->p, cap);
		if (!p) {
			h->oom = 1;
			return -1;
		}
		s->p = p;
		s->cap = cap;
	}
	memcpy(s->p + s->n, at, len);
	s->n += len;
	s->p[s->n] = 0;
	return 0;
}

static void http_str_free(struct http_str *s)
{
	free(s->p);
	s->p = NULL;
	s->n = s->cap = 0;
}

/* Refuses the message with Node's code; the callback then returns -1. */
static int http_refuse(struct http_js *h, const char *code, const char *msg)
{
	h->err = code;
	h->errmsg = msg;
	h->scan = 0;
	return -1;
}

/* Scans head bytes from p to end, until the empty line that ends the
 * head; 0, or -1 with the refusal set. It starts at the URL (on_url) and
 * goes on at the start of each following buffer until the head ends, so
 * that every byte of a head is seen before on_headers_complete. */
static int http_scan(struct http_js *h, const char *p, const char *end)
{
	/* (the state in locals, written back at the end: stores through h
	 * at every byte could alias the bytes read, and were reloaded) */
	int prev = h->sc_prev, len = h->sc_len, first = h->sc_first;

	if (!h->scan)
		return 0;
	for (; p < end; p++) {
		int c = (unsigned char)*p;
		if (c > '\r') {
			/* a run of bytes past CR (most of a head) in a tighter
			 * loop: only its first byte is checked (after a CR, at
			 * the start of a line), the rest counted */
			const char *run = p;
			if (prev == '\r')
				return http_refuse(h, "HPE_LF_EXPECTED", "Missing expected LF after CR");
			if (len == 0 && !first && c == ' ')
				return http_refuse(h, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char (obs-fold)");
			while (++p < end && (unsigned char)*p > '\r')
				;
			len += (int)(p - run);
			prev = (unsigned char)p[-1];
			if (p == end)
				break;
			c = (unsigned char)*p;
		}
		if (prev == '\r' && c != '\n')
			return http_refuse(h, "HPE_LF_EXPECTED", "Missing expected LF after CR");
		if (c == '\n') {
			if (prev != '\r')
				return http_refuse(h, "HPE_CR_EXPECTED", "Missing expected CR after header value");
			if (len == 0 && !first) {
				h->scan = 0; /* the empty line: the head ends */
				h->head_end = p + 1;
				first = 0;
				prev = c;
				break;
			}
			first = 0;
			len = 0;
		} else if (c != '\r') {
			if (len == 0 && !first && (c == ' ' || c == '\t'))
				return http_refuse(h, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char (obs-fold)");
			len++;
		}
		prev = c;
	}
	h->sc_prev = prev;
	h->sc_len = len;
	h->sc_first = first;
	return 0;
}

/* The chunked body of a request, scanned ahead of http-parser from the
 * end of the head (on_headers_complete) and at the start of each later
 * buffer, until the empty line after the last chunk's trailers. Only
 * the chunk-size lines are checked (RFC 9112 7.1.1, as llhttp checks
 * them):
 *   chunk-size [ ";" name [ "=" ( token | quoted-string ) ] ]... CRLF
 * with no white space anywhere; data and trailers are skipped (http-parser
 * checks the trailer fields as it checks header fields). */
enum {
	CK_NONE, CK_SIZE, CK_EXT, CK_NAME, CK_VAL0, CK_VAL, CK_Q, CK_QPAIR, CK_QEND,
	CK_LF, CK_DATA, CK_DATA_CR, CK_DATA_LF, CK_TRAILER, CK_TRAILER_LINE
};

/* RFC 9110 tchar, by a bit per byte below 128: setHeader checks every
 * byte of a name (strchr over the punctuation was most of it) */
static const uint32_t http_tchars[4] = {
	0,
	/* ! # $ % & ' * + - . 0-9 */
	(1u << ('!' - 32)) | (1u << ('#' - 32)) | (1u << ('$' - 32)) | (1u << ('%' - 32)) | (1u << ('&' - 32)) |
	(1u << ('\'' - 32)) | (1u << ('*' - 32)) | (1u << ('+' - 32)) | (1u << ('-' - 32)) | (1u << ('.' - 32)) |
	(0x3ffu << ('0' - 32)),
	/* A-Z ^ _ */
	(0x3ffffffu << ('A' - 64)) | (1u << ('^' - 64)) | (1u << ('_' - 64)),
	/* ` a-z | ~ */
	(1u << ('`' - 96)) | (0x3ffffffu << ('a' - 96)) | (1u << ('|' - 96)) | (1u << ('~' - 96)),
};

static int http_tchar(int c)
{
	return (unsigned)c < 128 && (http_tchars[c >> 5] >> (c & 31)) & 1;
}

static int http_hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int http_ck_bad(struct http_js *h, const char *what)
{
	h->ck = CK_NONE;
	if (!h->err)
		http_refuse(h, "HPE_STRICT", what);
	return -1;
}

static int http_ck_scan(struct http_js *h, const char *p, const char *end)
{
	for (; h->ck != CK_NONE && p < end; p++) {
		int c = (unsigned char)*p;
		if (c == '\n' && h->ck <= CK_QEND && !h->err) { /* a bare LF in a size line */
			h->ck = CK_NONE;
			return http_refuse(h, "HPE_CR_EXPECTED", "Missing expected CR after chunk extension");
		}
		switch (h->ck) {
		case CK_SIZE:
			if (http_hex(c) >= 0) {
				/* http-parser refuses an overflow itself; saturate */
				h->ck_left = h->ck_left >> 60 ? UINT64_MAX : h->ck_left * 16 + http_hex(c);
			} else if (c == ';') {
				h->ck = CK_EXT;
			} else if (c == '\r') {
				h->ck = CK_LF;
			} else {
				h->ck = CK_NONE;
				if (!h->err)
					http_refuse(h, "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size");
				return -1;
			}
			break;
		case CK_EXT: /* after ';': a name must follow */
			if (!http_tchar(c))
				return http_ck_bad(h, "Invalid character in chunk extensions");
			h->ck = CK_NAME;
			break;
		case CK_NAME:
		case CK_VAL:
			if (c == ';')
				h->ck = CK_EXT;
			else if (c == '\r')
				h->ck = CK_LF;
			else if (c == '=' && h->ck == CK_NAME)
				h->ck = CK_VAL0;
			else if (!http_tchar(c))
				return http_ck_bad(h, h->ck == CK_NAME ? "Invalid character in chunk extensions name"
								       : "Invalid character in chunk extensions value");
			break;
		case CK_VAL0: /* after '=': a token, a quoted string, or nothing */
			if (c == '"')
				h->ck = CK_Q;
			else if (c == ';')
				h->ck = CK_EXT;
			else if (c == '\r')
				h->ck = CK_LF;
			else if (http_tchar(c))
				h->ck = CK_VAL;
			else
				return http_ck_bad(h, "Invalid character in chunk extensions value");
			break;
		case CK_Q: /* qdtext: HTAB, SP, VCHAR but '"' and '\', obs-text */
			if (c == '"')
				h->ck = CK_QEND;
			else if (c == '\\')
				h->ck = CK_QPAIR;
			else if (c != '\t' && (c < 0x20 || c == 0x7f))
				return http_ck_bad(h, "Invalid character in chunk extensions quoted value");
			break;
		case CK_QPAIR:
			if (c != '\t' && (c < 0x20 || c == 0x7f))
				return http_ck_bad(h, "Invalid quoted-pair in chunk extensions quoted value");
			h->ck = CK_Q;
			break;
		case CK_QEND:
			if (c == ';')
				h->ck = CK_EXT;
			else if (c == '\r')
				h->ck = CK_LF;
			else
				return http_ck_bad(h, "Invalid character in chunk extensions quoted value");
			break;
		case CK_LF:
			if (c != '\n')
				return http_ck_bad(h, "Missing expected LF after chunk size");
			h->ck = h->ck_left ? CK_DATA : CK_TRAILER;
			break;
		case CK_DATA: {
			uint64_t n = (uint64_t)(end - p);
			if (n > h->ck_left)
				n = h->ck_left;
			p += n - 1;
			h->ck_left -= n;
			if (!h->ck_left)
				h->ck = CK_DATA_CR;
			break;
		}
		case CK_DATA_CR: /* http-parser checks the CRLF after the data */
			h->ck = CK_DATA_LF;
			break;
		case CK_DATA_LF:
			h->ck = CK_SIZE;
			h->ck_left = 0;
			break;
		case CK_TRAILER: /* at the start of a trailer line */
			if (c == '\r' || c == '\n')
				h->ck = c == '\n' ? CK_NONE : CK_TRAILER; /* the empty line */
			else
				h->ck = CK_TRAILER_LINE;
			break;
		case CK_TRAILER_LINE:
			if (c == '\n')
				h->ck = CK_TRAILER;
			break;
		}
	}
	return 0;
}

/* A request's Transfer-Encoding must end in chunked, and name chunked only
 * there (RFC 9112 6.1; over all Transfer-Encoding lines as one list). */
static int http_te_ok(struct http_js *h)
{
	const char *s = h->fields.p, *end = s + h->fields.n, *v, *t;
	int i, chunked = 0;

	for (i = 0; i < h->nfields && s < end; i++) {
		v = s + strlen(s) + 1;
		if (v > end)
			break;
		if (!strcasecmp(s, "transfer-encoding")) {
			for (t = v; *t;) {
				size_t n;
				while (*t == ' ' || *t == '\t' || *t == ',')
					t++;
				if (!*t)
					break;
				if (chunked)
					return 0; /* a coding after chunked */
				n = strcspn(t, ",");
				while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
					n--;
				chunked = n == 7 && !strncasecmp(t, "chunked", 7);
				t += strcspn(t, ",");
			}
		}
		s = v + strlen(v) + 1;
	}
	return chunked;
}

static void http_clear(struct http_js *h)
{
	h->url.n = h->status.n = h->fields.n = 0;
	h->nfields = 0;
	h->state = IN_NONE;
}

static int http_method(js_State *J, const char *name);

static struct http_js *http_of(http_parser *p)
{
	return p->data;
}

static int on_message_begin(http_parser *p)
{
	struct http_js *h = http_of(p);

	http_clear(h);
	h->scan = h->scanned = 0;
	h->ck = CK_NONE;
	h->open = 1;
	h->told = h->head_done = 0;
	return 0;
}

static int on_url(http_parser *p, const char *at, size_t len)
{
	struct http_js *h = http_of(p);

	if (!h->scanned) {
		h->scanned = h->scan = 1;
		h->sc_first = 1;
		h->sc_prev = 0;
		h->sc_len = 1;
		if (http_scan(h, at, h->end))
			return -1;
	}
	return http_str_add(h, &h->url, at, len) ? -1 : 0;
}

static int on_status(http_parser *p, const char *at, size_t len)
{
	struct http_js *h = http_of(p);
	return http_str_add(h, &h->status, at, len) ? -1 : 0;
}

/* Names and values are NUL-terminated in fields. http-parser may hand
 * over one name or value in several pieces (across reads), and gives an
 * empty value as a 0-byte piece; a name after a value, or a value after a
 * name, ends the previous string. Pieces never hold a NUL: http-parser
 * rejects it in names and values. */
static int on_header_field(http_parser *p, const char *at, size_t len)
{
	struct http_js *h = http_of(p);

	if (h->state != IN_NAME) {
		if (h->state == IN_VALUE && http_str_add(h, &h->fields, "", 1))
			return -1;
		h->nfields++;
		h->state = IN_NAME;
	}
	return http_str_add(h, &h->fields, at, len) ? -1 : 0;
}

static int on_header_value(http_parser *p, const char *at, size_t len)
{
	struct http_js *h = http_of(p);

	if (h->state == IN_NAME) {
		if (http_str_add(h, &h->fields, "", 1))
			return -1;
		h->state = IN_VALUE;
	}
	return http_str_add(h, &h->fields, at, len) ? -1 : 0;
}

/* Pushes u (n bytes of UTF-8) and frees it, also when the push throws. */
static void http_push_free(js_State *J, char *u, size_t n)
{
	if (js_try(J)) {
		free(u);
		js_throw(J);
	}
	js_pushlstring(J, u, (int)n);
	js_endtry(J);
	free(u);
}

/* Pushes s (n bytes) as latin1: one character per byte. */
static void http_push_latin1(js_State *J, const char *s, size_t n)
{
	size_t i, high = 0;
	uint64_t w;
	char *u;

	/* (ASCII, the usual field, 8 bytes at a time) */
	for (i = 0; n - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
	}
	for (; i < n; i++)
		high += (unsigned char)s[i] >= 0x80;
	if (!high) {
		js_pushlstring(J, s, (int)n);
		return;
	}
	u = malloc(n + high);
	if (!u)
		js_rangeerror(J, "out of memory");
	for (i = high = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c < 0x80) {
			u[high++] = c;
		} else {
			u[high++] = 0xc0 | (c >> 6);
			u[high++] = 0x80 | (c & 0x3f);
		}
	}
	http_push_free(J, u, high);
}

/* Pushes [name, value, ...] from the gathered fields. A value's trailing
 * spaces and tabs are left out (RFC 9110 5.5, as llhttp and so Node do;
 * http-parser skips only the leading ones). */
static void http_push_fields(js_State *J, struct http_js *h)
{
	const char *s = h->fields.p, *end;
	int i = 0;

	js_newarray(J);
	if (!h->nfields)
		return;
	end = s + h->fields.n;
	while (s < end && i < 2 * h->nfields) {
		size_t n = strlen(s), k = n;
		if (i & 1)
			while (k && (s[k - 1] == ' ' || s[k - 1] == '\t'))
				k--;
		http_push_latin1(J, s, k);
		js_setindex(J, -2, i++);
		s += n + 1;
	}
	if (i & 1) { /* a name without a value (a trailer cut short) */
		js_pushliteral(J, "");
		js_setindex(J, -2, i);
	}
}

/* Pushes this[name] and this for a call, or returns 0 when there is no
 * such method. An exception from the call unwinds through
 * http_parser_execute to execute's caller: the parser holds nothing that
 * needs freeing on the way. */
static int http_method(js_State *J, const char *name)
{
	js_getproperty(J, 0, name);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		return 0;
	}
	js_copy(J, 0);
	return 1;
}

/* onHeaders' flags (js/lib/http.js reads them by these values) */
#define HEAD_UPGRADE 1
#define HEAD_KEEP_ALIVE 2
#define HEAD_HOST 4   /* a Host field is there */
#define HEAD_EXPECT 8 /* an Expect field is there */

/* Which of Host and Expect the head has: the server decides on them for
 * every request, and without this it would make req.headers to look. */
static int http_head_names(struct http_js *h)
{
	const char *s = h->fields.p, *end = s + h->fields.n;
	int i, f = 0;

	for (i = 0; i < 2 * h->nfields && s < end; i++) {
		size_t n = strlen(s);
		if (!(i & 1)) {
			if (n == 4 && !strcasecmp(s, "host"))
				f |= HEAD_HOST;
			else if (n == 6 && !strcasecmp(s, "expect"))
				f |= HEAD_EXPECT;
		}
		s += n + 1;
	}
	return f;
}

static int on_headers_complete(http_parser *p)
{
	struct http_js *h = http_of(p);
	js_State *J = h->J;
	int skip;

	if (h->oom)
		return -1;
	if (h->scan)
		return http_refuse(h, "HPE_INVALID_HEADER_TOKEN", "Incomplete head");
	if (p->type == HTTP_REQUEST && p->uses_transfer_encoding && (!(p->flags & F_CHUNKED) || !http_te_ok(h)))
		return http_refuse(h, "HPE_INVALID_TRANSFER_ENCODING",
			"Request has invalid `Transfer-Encoding`");
	h->head_done = 1;
	if (p->type == HTTP_REQUEST && (p->flags & F_CHUNKED) && !p->upgrade && h->head_end &&
	    h->head_end <= h->end) {
		/* the body's chunk-size lines from here on; a refusal stops the
		 * body at the next chunk callback, after the handler has run */
		h->ck = CK_SIZE;
		h->ck_left = 0;
		http_ck_scan(h, h->head_end, h->end);
	}
	h->head_end = NULL;
	if (!http_method(J, "onHeaders"))
		return p->upgrade ? 2 : 0;
	/* onHeaders(rawHeaders, method or statusCode, url or statusMessage,
	 * versionMajor, versionMinor, flags): arguments, not an object
	 * made and read once per message */
	http_push_fields(J, h);
	if (p->type == HTTP_REQUEST) {
		js_pushstring(J, http_method_str(p->method));
		http_push_latin1(J, h->url.n ? h->url.p : "", h->url.n);
	} else {
		js_pushnumber(J, p->status_code);
		http_push_latin1(J, h->status.n ? h->status.p : "", h->status.n);
	}
	js_pushnumber(J, p->http_major);
	js_pushnumber(J, p->http_minor);
	js_pushnumber(J, (p->upgrade ? HEAD_UPGRADE : 0) | (http_should_keep_alive(p) ? HEAD_KEEP_ALIVE : 0) |
		http_head_names(h));
	http_clear(h);
	js_call(J, 6);
	skip = js_toboolean(J, -1);
	js_pop(J, 1);
	/* 1: no body; 2: no body and no more messages (upgrade) */
	return p->upgrade ? 2 : skip ? 1 : 0;
}

/* A refusal found ahead by http_ck_scan stops the parser here. */
static int on_chunk_header(http_parser *p)
{
	return http_of(p)->err ? -1 : 0;
}

static int on_body(http_parser *p, const char *at, size_t len)
{
	struct http_js *h = http_of(p);
	js_State *J = h->J;

	if (h->err)
		return -1;
	if (http_method(J, "onBody")) {
		buffer_push_copy(J, at, len);
		js_call(J, 1);
		js_pop(J, 1);
	}
	return 0;
}

static int on_message_complete(http_parser *p)
{
	struct http_js *h = http_of(p);
	js_State *J = h->J;

	if (h->oom || h->err)
		return -1;
	h->open = 0;
	if (http_method(J, "onComplete")) {
		if (h->nfields) {
			http_push_fields(J, h); /* the trailers */
			http_clear(h);
			js_call(J, 1);
		} else {
			js_call(J, 0);
		}
		js_pop(J, 1);
	}
	http_clear(h);
	return 0;
}

static const http_parser_settings http_settings = {
	.on_message_begin = on_message_begin,
	.on_url = on_url,
	.on_status = on_status,
	.on_header_field = on_header_field,
	.on_header_value = on_header_value,
	.on_headers_complete = on_headers_complete,
	.on_body = on_body,
	.on_chunk_header = on_chunk_header,
	.on_message_complete = on_message_complete,
};

static void http_finalize(js_State *J, void *p)
{
	struct http_js *h = p;

	(void)J;
	http_str_free(&h->url);
	http_str_free(&h->status);
	http_str_free(&h->fields);
	free(h);
}

static struct http_js *http_self(js_State *J)
{
	if (!js_isuserdata(J, 0, HTTP_JS_TAG))
		js_typeerror(J, "not an HTTP parser");
	return js_touserdata(J, 0, HTTP_JS_TAG);
}

static void http_init(struct http_js *h, int kind)
{
	http_parser_init(&h->parser, kind ? HTTP_RESPONSE : HTTP_REQUEST);
	h->parser.data = h;
	http_clear(h);
	h->oom = 0;
	h->scan = h->scanned = 0;
	h->ck = CK_NONE;
	h->head_end = NULL;
	h->err = h->errmsg = NULL;
	h->open = h->told = h->head_done = 0;
}

static void hp_new(js_State *J)
{
	struct http_js *h = calloc(1, sizeof *h);

	if (!h)
		js_rangeerror(J, "out of memory");
	h->J = J;
	h->fslot = -1;
	http_init(h, js_toint32(J, 1));
	js_getregistry(J, HTTP_JS_PROTO);
	js_newuserdatax(J, HTTP_JS_TAG, h, NULL, NULL, NULL, http_finalize);
}

/* Runs the parser over data; pushes the count or the error. */
static void http_run(js_State *J, struct http_js *h, const char *data, size_t len)
{
	size_t n;
	enum http_errno err;
	const char *had;

	/* callbacks reach this frame's "this" as stack index 0 */
	h->J = J;
	h->end = data + len;
	had = h->err;
	if (!had && h->ck)
		http_ck_scan(h, data, data + len); /* a refusal stops the parser at its next chunk */
	if (had || (h->scan && http_scan(h, data, data + len))) {
		n = 0; /* refused: nothing more is parsed */
	} else {
		n = http_parser_execute(&h->parser, &http_settings, data, len);
	}
	err = HTTP_PARSER_ERRNO(&h->parser);
	if (h->oom) {
		h->oom = 0;
		js_rangeerror(J, "out of memory");
	}
	if (h->err) {
		js_newerror(J, h->errmsg);
		js_pushstring(J, h->err);
		js_setproperty(J, -2, "code");
		js_pushnumber(J, (double)n);
		js_setproperty(J, -2, "bytesParsed");
		return;
	}
	if (err == HPE_OK || err == HPE_PAUSED || h->parser.upgrade) {
		if (h->open && !h->told) {
			h->told = 1;
			if (http_method(J, "onMessageOpen")) {
				js_pushboolean(J, h->head_done);
				js_call(J, 1);
				js_pop(J, 1);
			}
		}
		js_pushnumber(J, (double)n);
		return;
	}
	js_newerror(J, http_errno_description(err));
	js_pushstring(J, "HPE_");
	js_pushstring(J, http_errno_name(err) + 4); /* without "HPE_" */
	js_concat(J);
	js_setproperty(J, -2, "code");
	js_pushnumber(J, (double)n);
	js_setproperty(J, -2, "bytesParsed");
}

/* parser.execute(buf[, start, end]). When the parser has an onThrow
 * method and a callback it runs throws, onThrow is called on the parser
 * before the exception goes on (the server's, js/lib/http.js: its try, in
 * JavaScript a function apart called at every received segment). The
 * method is looked up only then: a try costs less than a look-up by
 * name, which every execute made to learn whether to try. */
static void http_execute(js_State *J, struct http_js *h, const char *d, size_t len)
{
	if (js_try(J)) {
		if (http_method(J, "onThrow")) {
			js_call(J, 0);
			js_pop(J, 1);
		}
		js_throw(J); /* the exception, under what onThrow left */
	}
	http_run(J, h, d, len);
	js_endtry(J);
}

static void hp_execute(js_State *J)
{
	struct http_js *h = http_self(J);
	size_t len;
	unsigned char *d = buffer_range(J, 1, &len, "parser.execute");

	http_execute(J, h, (const char *)d, len);
}

/* A delivery for a consuming parser (binding_tcp.c's on_data): the
 * parser's onConsume(n) with the bytes where they lie. An exception is
 * the app's uncaught one, as from ondata (binding_tcp.c, tcp_call_js). */
static void http_consumed(void *arg, const void *buf, size_t len)
{
	struct http_js *h = arg;
	js_State *J = h->J;

	if (runtime_dead())
		return;
	if (js_try(J)) {
		h->fbuf = NULL;
		runtime_threw(J);
		return;
	}
	h->fbuf = buf;
	h->flen = len;
	runtime_push_held(J, h->fslot);
	js_getproperty(J, -1, "onConsume");
	js_rot2(J); /* function, this */
	js_pushnumber(J, (double)len);
	js_call(J, 1);
	js_pop(J, 1);
	js_endtry(J);
	h->fbuf = NULL;
}

static void http_consumer_release(void *arg)
{
	struct http_js *h = arg;
	int slot = h->fslot;

	if (slot >= 0) {
		h->fslot = -1;
		runtime_release(h->J, slot);
	}
}

static const struct runtime_tcp_consumer http_consumer = {
	.data = http_consumed,
	.release = http_consumer_release,
};

static void hp_consume(js_State *J)
{
	struct http_js *h = http_self(J);

	if (h->fslot >= 0) {
		js_pushboolean(J, 0);
		return;
	}
	h->J = J;
	h->fslot = runtime_hold(J, 0);
	if (!runtime_tcp_consume(J, 1, &http_consumer, h)) {
		http_consumer_release(h);
		js_pushboolean(J, 0);
		return;
	}
	js_pushboolean(J, 1);
}

static void hp_unconsume(js_State *J)
{
	runtime_tcp_unconsume(J, 1, http_self(J));
	js_pushundefined(J);
}

static struct http_js *http_feeding(js_State *J, const char *what)
{
	struct http_js *h = http_self(J);

	if (!h->fbuf)
		js_error(J, "parser.%s: no bytes being consumed", what);
	return h;
}

static void hp_execute_consumed(js_State *J)
{
	struct http_js *h = http_feeding(J, "executeConsumed");

	http_execute(J, h, h->fbuf, h->flen);
}

static void hp_consumed_rest(js_State *J)
{
	struct http_js *h = http_feeding(J, "consumedRest");
	double from = js_tonumber(J, 1);
	size_t at = from > 0 ? (from < (double)h->flen ? (size_t)from : h->flen) : 0;

	buffer_push_copy(J, h->fbuf + at, h->flen - at);
}

static void hp_finish(js_State *J)
{
	http_run(J, http_self(J), NULL, 0);
}

static void hp_reset(js_State *J)
{
	http_init(http_self(J), js_toint32(J, 1));
	js_pushundefined(J);
}

static void hp_pause(js_State *J)
{
	http_parser_pause(&http_self(J)->parser, js_toboolean(J, 1));
	js_pushundefined(J);
}

static void hp_close(js_State *J)
{
	struct http_js *h = http_self(J);

	http_str_free(&h->url);
	http_str_free(&h->status);
	http_str_free(&h->fields);
	js_pushundefined(J);
}

/*
 * native.http.head(msg[, body, enc, trailer]): one new Buffer holding an
 * OutgoingMessage of js/lib/http.js as it is sent: the head, then the body
 * when it is given, so that head and body leave in one socket write and
 * usually one TCP segment. _makeHeader took Node's decisions and left in
 * msg what the head is made of:
 *   msg._headLine CRLF, then for each [lowercase name, name, value] of
 *   msg._hdrs "name: value" CRLF (one line per element when value is an
 *   array, but Cookie's elements joined by "; " when two or more, as
 *   Node; a value not a string as '' + value), then msg._headExtra (the
 *   lines Node adds, each ending in CRLF), then "Content-Length: N" CRLF
 *   when msg._headLength is a number N >= 0, then CRLF.
 * body is a Buffer, or a string in utf8 (enc "latin1": latin1); trailer,
 * when a string, asks for chunked framing: the body (when not empty) as
 * one chunk, then the last chunk with trailer (lines ending in CRLF) and
 * the final CRLF.
 * The head's bytes are latin1 (each UTF-16 code unit's low byte, as
 * Buffer.from(head, 'latin1')), but for a string body in utf8 without
 * chunks: Node's _send writes head + body as one string in the body's
 * encoding, so a header value above U+007F then leaves UTF-8 encoded, and
 * so it does here. What JavaScript would do with a new string per +=
 * (each a mujs allocation) is a count and a copy here.
 *
 * The head is written in one pass into the C stack's HTTP_DIRECT_MAX
 * bytes (then copied into the Buffer), as Node makes it once: a header
 * value's toString is asked once here; a head that does not fit is
 * counted, then written (and a toString that answers otherwise the second
 * time is an error, never an overflow).
 *
 * native.http.head(msg, body, enc, trailer, handle), handle a TCP handle
 * (binding_tcp.c): the same bytes, but when they are at most
 * HTTP_DIRECT_MAX and the connection takes them whole now, they are
 * written to it from the C stack and the result is their count, a number
 * (no Buffer made, no socket write: js/lib/http.js passes the handle only
 * when the socket's write would do just that, directHandle); otherwise
 * the Buffer, nothing written.
 *
 * native.http.head(msg, body, enc, trailer, handle, headLine, hdrs,
 * headExtra, headLength): msg's four fields as given (end()'s call, which
 * has just made them: reading them here is a look-up by a C string
 * each).
 */
#define HTTP_DIRECT_MAX 4096 /* bytes; below net.js's zero-copy size */

/* Where bytes go: p NULL only counts them in n; never past max. bad: an
 * object's toString gave a longer string in the write than in the count. */
struct http_out {
	unsigned char *p;
	size_t n, max;
	int latin1, bad;
};

static void http_out_str(struct http_out *o, const char *s)
{
	o->n += buffer_encode(s, o->latin1, o->p ? o->p + o->n : NULL, o->max - o->n);
}

static void http_out_raw(struct http_out *o, const char *s, size_t n)
{
	if (n > o->max - o->n)
		n = o->max - o->n;
	if (o->p)
		memcpy(o->p + o->n, s, n);
	o->n += n;
}

/* n in decimal into d (room for 20 digits); returns the digit count. */
static size_t http_decimal(uint64_t n, char *d)
{
	char t[20];
	size_t k = 0, i = 0;

	do {
		t[k++] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	while (k)
		d[i++] = t[--k];
	return i;
}

/* "name: value" CRLF for the value on the stack's top. */
static void http_out_line(js_State *J, struct http_out *o, const char *name)
{
	int obj = js_isobject(J, -1);
	const char *v = js_tostring(J, -1);

	http_out_str(o, name);
	http_out_raw(o, ": ", 2);
	/* strings and numbers give the same bytes in both passes; an object
	 * is asked again, and may answer otherwise */
	if (o->p && obj && buffer_encode(v, o->latin1, NULL, (size_t)-1) > o->max - o->n)
		o->bad = 1;
	http_out_str(o, v);
	http_out_raw(o, "\r\n", 2);
}

/* Whether the _hdrs entry under its name and value on the stack is
 * Cookie's (its lowercase name, element 0). */
static int http_is_cookie(js_State *J)
{
	int yes;

	js_getindex(J, -3, 0);
	yes = !strcmp(js_tostring(J, -1), "cookie");
	js_pop(J, 1);
	return yes;
}

/* The head, counted or written, from msg's fields on the stack from index
 * f: _headLine, _hdrs, _headExtra, _headLength. */
static void http_out_head(js_State *J, struct http_out *o, int f)
{
	int i, j, n = js_getlength(J, f + 1), m;
	double len = js_isnumber(J, f + 3) ? js_tonumber(J, f + 3) : -1;
	char digits[24];

	http_out_str(o, js_tostring(J, f));
	http_out_raw(o, "\r\n", 2);
	for (i = 0; i < n; i++) {
		js_getindex(J, f + 1, i);
		js_getindex(J, -1, 1);
		js_getindex(J, -2, 2);
		m = js_isarray(J, -1) ? js_getlength(J, -1) : -1;
		if (m >= 2 && http_is_cookie(J)) {
			/* Node joins two or more cookies into one line */
			js_getproperty(J, -1, "join");
			js_copy(J, -2);
			js_pushliteral(J, "; ");
			js_call(J, 1);
			http_out_line(J, o, js_tostring(J, -3));
			js_pop(J, 1);
		} else if (m >= 0) {
			for (j = 0; j < m; j++) {
				js_getindex(J, -1, j);
				http_out_line(J, o, js_tostring(J, -3));
				js_pop(J, 1);
			}
		} else {
			http_out_line(J, o, js_tostring(J, -2));
		}
		js_pop(J, 3);
	}
	http_out_str(o, js_tostring(J, f + 2));
	if (len >= 0) {
		http_out_raw(o, "Content-Length: ", 16);
		http_out_raw(o, digits, http_decimal((uint64_t)len, digits));
		http_out_raw(o, "\r\n", 2);
	}
	http_out_raw(o, "\r\n", 2);
}

/* The chunk-size line of an n-byte chunk, hex digits and CRLF, into line;
 * returns its length. */
static size_t http_chunk_line(size_t n, char *line)
{
	char d[2 * sizeof n];
	size_t k = 0, i = 0;

	do {
		d[k++] = "0123456789abcdef"[n & 15];
		n >>= 4;
	} while (n);
	while (k)
		line[i++] = d[--k];
	line[i++] = '\r';
	line[i++] = '\n';
	return i;
}

/* The body at stack index body (a string when sbody, in latin1 when
 * latin1, else bn bytes of a Buffer) after its chunk size line (line, cn
 * bytes; none when cn is 0, and then no CRLF after it either), then, when
 * trailer is a stack index, the last chunk with that trailer. */
static void http_out_body(js_State *J, struct http_out *o, int body, int sbody, int latin1, size_t bn,
			  const char *line, size_t cn, int trailer)
{
	http_out_raw(o, line, cn);
	o->latin1 = latin1;
	if (sbody)
		http_out_str(o, js_tostring(J, body));
	else if (bn)
		http_out_raw(o, (const char *)buffer_data(J, body, &bn), bn);
	if (cn)
		http_out_raw(o, "\r\n", 2);
	if (trailer) {
		o->latin1 = 1;
		http_out_raw(o, "0\r\n", 3);
		http_out_str(o, js_tostring(J, trailer));
		http_out_raw(o, "\r\n", 2);
	}
}

static void hp_head(js_State *J)
{
	int sbody = js_isstring(J, 2), chunked = js_isstring(J, 4);
	int blatin1 = js_isstring(J, 3) && !strcmp(js_tostring(J, 3), "latin1");
	int given = js_gettop(J) >= 10, f = given ? 6 : js_gettop(J);
	struct http_out o = { NULL, 0, (size_t)-1, 1, 0 };
	size_t hn, bn = 0, cn = 0, tn = 0, total;
	char line[2 * sizeof(size_t) + 2];
	unsigned char scratch[HTTP_DIRECT_MAX + 8];
	struct net_tcp *c;
	int fit = 0, direct;

	if (!given) {
		js_getproperty(J, 1, "_headLine");
		js_getproperty(J, 1, "_hdrs");
		js_getproperty(J, 1, "_headExtra");
		js_getproperty(J, 1, "_headLength");
	}
	if (sbody && !chunked)
		o.latin1 = blatin1;
	/* one pass straight into scratch, as Node makes the head once (a
	 * header value's toString is asked once); a head cut short there
	 * ends past HTTP_DIRECT_MAX (a character is at most 4 bytes) and is
	 * counted, then written again below */
	o.p = scratch;
	o.max = sizeof scratch;
	http_out_head(J, &o, f);
	fit = o.n <= HTTP_DIRECT_MAX;
	o.p = NULL;
	o.max = (size_t)-1;
	if (!fit) {
		o.n = 0;
		o.bad = 0;
		http_out_head(J, &o, f);
	}
	hn = o.n;
	if (sbody) {
		bn = buffer_encode(js_tostring(J, 2), blatin1, NULL, (size_t)-1);
	} else if (js_isdefined(J, 2)) {
		if (!buffer_data(J, 2, &bn))
			js_typeerror(J, "head: the body must be a Buffer or a string");
	}
	if (chunked) {
		if (bn) /* an empty body is no chunk: a chunk of 0 would end the body */
			cn = http_chunk_line(bn, line);
		tn = 3 + buffer_encode(js_tostring(J, 4), 1, NULL, (size_t)-1) + 2;
	}
	total = hn + cn + bn + (cn ? 2 : 0) + tn;
	c = runtime_tcp_conn(J, 5); /* (asked again: a toString may have run JavaScript) */
	direct = fit && c && total <= HTTP_DIRECT_MAX && net_tcp_write_room(c) >= total;
	if (fit) {
		o.p = direct ? scratch : buffer_push(J, total); /* may collect: every argument stays on the stack */
		if (!direct)
			memcpy(o.p, scratch, hn);
		o.n = hn;
	} else {
		o.p = buffer_push(J, total);
		o.n = 0;
		o.max = hn;
		http_out_head(J, &o, f);
		if (o.bad || o.n != hn)
			js_error(J, "head: a header value's toString gave another string the second time");
	}
	o.max = total;
	http_out_body(J, &o, 2, sbody, blatin1, bn, line, cn, chunked ? 4 : 0);
	if (!direct)
		return;
	/* (no JavaScript ran since c and its room were asked: the body and
	 * the trailer are a string or a Buffer, read as they are) */
	if (net_tcp_write(c, scratch, total) == (long)total) {
		js_pushnumber(J, (double)total);
		return;
	}
	memcpy(buffer_push(J, total), scratch, total);
}

/*
 * native.http.chunk(body, enc[, trailer]): one new Buffer holding body as
 * one chunk of a chunked body, its size in hex, CRLF, its bytes and CRLF
 * (nothing for an empty body: a chunk of 0 would end the body); then,
 * when trailer is a string, the last chunk: "0" CRLF, trailer (lines
 * ending in CRLF) and the final CRLF. body is a Buffer, a string in utf8
 * (enc "latin1": latin1) or undefined. OutgoingMessage.write sends a chunk
 * as one socket write with it (and end(data) the last one too), where
 * JavaScript made three Buffers and three writes: the size line, the
 * data and the CRLF.
 */
static void hp_chunk(js_State *J)
{
	int sbody = js_isstring(J, 1), last = js_isstring(J, 3);
	int blatin1 = js_isstring(J, 2) && !strcmp(js_tostring(J, 2), "latin1");
	struct http_out o = { NULL, 0, 0, 1, 0 };
	size_t bn = 0, cn = 0, tn = 0;
	char line[2 * sizeof(size_t) + 2];

	if (sbody) {
		bn = buffer_encode(js_tostring(J, 1), blatin1, NULL, (size_t)-1);
	} else if (js_isdefined(J, 1)) {
		if (!buffer_data(J, 1, &bn))
			js_typeerror(J, "chunk: the body must be a Buffer or a string");
	}
	if (bn)
		cn = http_chunk_line(bn, line);
	if (last)
		tn = 3 + buffer_encode(js_tostring(J, 3), 1, NULL, (size_t)-1) + 2;
	o.max = cn + bn + (cn ? 2 : 0) + tn;
	o.p = buffer_push(J, o.max); /* may collect: every argument stays on the stack */
	http_out_body(J, &o, 1, sbody, blatin1, bn, line, cn, last ? 3 : 0);
}

/*
 * native.http.make(msg, firstLine): OutgoingMessage.prototype._makeHeader
 * of js/lib/http.js, Node's decisions about the head, taken here: the
 * Date line, the Connection (and Keep-Alive) lines, Content-Length or
 * chunks. It reads and writes msg's fields in the order the JavaScript
 * does (_last, _headLength, chunkedEncoding, _headExtra, then _headLine)
 * and returns true; the JavaScript cost some 5,000 guest instructions a
 * response (hello's ~90,000), this about half. It returns false, having
 * read nothing of msg but _hdrs, when it cannot decide as the JavaScript
 * would:
 *   an app's Connection or Transfer-Encoding header that is not a string
 *   of printable ASCII and tabs (the JavaScript tests String(value) with
 *   regular expressions whose \s and case folding go past ASCII), or an
 *   entry of _hdrs that is not an array.
 * http.js then calls the JavaScript. Both take the Date line from
 * http_date_now (the JavaScript by native.http.dateLine): the clock, not
 * the app's Date.now, as Node's comes from its primordial Date whatever
 * an app does to Date.now.
 */

/* Whether the string at idx is printable ASCII and tabs. */
static int http_plain(js_State *J, int idx)
{
	const unsigned char *s = (const unsigned char *)js_tostring(J, idx);

	for (; *s; s++)
		if ((*s < 0x20 && *s != '\t') || *s >= 0x7f)
			return 0;
	return 1;
}

static int http_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Whether the n bytes at s are word (lowercase), ASCII letters in any case. */
static int http_word(const char *s, const char *word, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] | 0x20) != word[i])
			return 0;
	return 1;
}

/* /(^|,)\s*close\s*(,|$)/i on a plain string: one of its comma-separated
 * items is "close", whitespace around it. */
static int http_has_close(const char *s)
{
	const char *a, *b;

	for (;;) {
		for (a = s; http_space(*a); a++)
			;
		for (b = a; *b && *b != ','; b++)
			;
		s = b;
		while (b > a && http_space(b[-1]))
			b--;
		if (b - a == 5 && http_word(a, "close", 5))
			return 1;
		if (!*s)
			return 0;
		s++;
	}
}

/* /chunked\s*$/i on a plain string. */
static int http_ends_chunked(const char *s)
{
	size_t n = strlen(s);

	while (n && http_space(s[n - 1]))
		n--;
	return n >= 7 && http_word(s + n - 7, "chunked", 7);
}

/* The Date line of the current second ("Date: Sun, 06 Nov 1994 08:49:37
 * GMT\r\n"), made again when the second changes: the clock Date.now
 * reads, the calendar gmtime_r's. Its length in *n. */
static struct {
	int64_t s;
	size_t n;
	char text[48];
} http_date = { -1, 0, "" };

static void http_two(char *d, int v)
{
	d[0] = (char)('0' + v / 10);
	d[1] = (char)('0' + v % 10);
}

static const char *http_date_now(size_t *n)
{
	static const char days[] = "SunMonTueWedThuFriSat";
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int64_t s = (int64_t)(clock_realtime_ns() / 1000000000u);
	char *d = http_date.text;
	time_t t = (time_t)s;
	struct tm tm;
	size_t k;

	if (s != http_date.s) {
		gmtime_r(&t, &tm);
		memcpy(d, "Date: ", 6);
		memcpy(d + 6, days + 3 * tm.tm_wday, 3);
		memcpy(d + 9, ", ", 2);
		http_two(d + 11, tm.tm_mday);
		d[13] = ' ';
		memcpy(d + 14, months + 3 * tm.tm_mon, 3);
		d[17] = ' ';
		k = 18 + http_decimal((uint64_t)tm.tm_year + 1900, d + 18);
		d[k++] = ' ';
		http_two(d + k, tm.tm_hour);
		d[k + 2] = ':';
		http_two(d + k + 3, tm.tm_min);
		d[k + 5] = ':';
		http_two(d + k + 6, tm.tm_sec);
		memcpy(d + k + 8, " GMT\r\n", 6);
		http_date.n = k + 14;
		http_date.s = s;
	}
	*n = http_date.n;
	return d;
}

/* native.http.dateLine(): the Date line of this second, for _makeHeader
 * when native.http.make declines */
static void hp_dateline(js_State *J)
{
	size_t n;
	const char *d = http_date_now(&n);

	js_pushlstring(J, d, (int)n);
}

static void http_set(js_State *J, const char *name, int yes)
{
	js_pushboolean(J, yes);
	js_setproperty(J, 1, name);
}

static void hp_make(js_State *J)
{
	/* each of date, connection, content-length, transfer-encoding: its
	 * last entry's index in _hdrs (-1: none) */
	int at[4] = { -1, -1, -1, -1 }, i, n, k, hdrs, conn = 0, te = 0, keep;
	int date = 0, len = 0, tchunk = 0, lines = 0, close = 0, chunked = 0;
	const char *name;
	char extra[256];
	size_t en = 0;

	js_getproperty(J, 1, "_hdrs");
	hdrs = js_gettop(J) - 1;
	n = js_isarray(J, hdrs) ? js_getlength(J, hdrs) : 0;
	for (i = 0; i < n; i++) {
		js_getindex(J, hdrs, i);
		if (!js_isarray(J, -1)) {
			js_pushboolean(J, 0);
			return;
		}
		js_getindex(J, -1, 0);
		if (js_isstring(J, -1)) {
			name = js_tostring(J, -1);
			k = name[0] == 'd' ? (strcmp(name, "date") ? -1 : 0)
			  : name[0] == 'c' ? (!strcmp(name, "connection") ? 1 : !strcmp(name, "content-length") ? 2 : -1)
			  : name[0] == 't' ? (strcmp(name, "transfer-encoding") ? -1 : 3) : -1;
			if (k >= 0)
				at[k] = i;
		}
		js_pop(J, 2);
	}
	/* (the JavaScript's variables: a header is there when its value is
	 * not undefined) */
	for (k = 0; k < 4; k++) {
		if (at[k] < 0)
			continue;
		js_getindex(J, hdrs, at[k]);
		js_getindex(J, -1, 2);
		if (k == 0)
			date = js_isdefined(J, -1);
		else if (k == 2)
			len = js_isdefined(J, -1);
		else if (js_isdefined(J, -1)) {
			if (!js_isstring(J, -1) || !http_plain(J, -1)) {
				js_pushboolean(J, 0);
				return;
			}
			if (k == 1)
				conn = 1, close = http_has_close(js_tostring(J, -1));
			else
				te = 1, chunked = http_ends_chunked(js_tostring(J, -1));
		}
		js_pop(J, 2);
	}
	js_getproperty(J, 1, "sendDate");
	if (js_toboolean(J, -1) && !date) {
		const char *d = http_date_now(&en);

		memcpy(extra, d, en);
	}
	js_pop(J, 1);
	js_getproperty(J, 1, "shouldKeepAlive");
	keep = js_toboolean(J, -1);
	js_pop(J, 1);
	if (keep && !len) {
		js_getproperty(J, 1, "useChunkedEncodingByDefault");
		keep = js_toboolean(J, -1);
		js_pop(J, 1);
		if (!keep) {
			js_getproperty(J, 1, "agent");
			keep = js_toboolean(J, -1);
			js_pop(J, 1);
		}
	}
	if (conn) {
		if (close)
			http_set(J, "_last", 1);
	} else {
		if (keep) {
			js_getproperty(J, 1, "maxRequestsOnConnectionReached");
			lines = !js_toboolean(J, -1);
			js_pop(J, 1);
		}
		if (lines) {
			js_getproperty(J, 1, "_keepAliveLines"); /* (stays on the stack: extra is made from it) */
		} else {
			if (!keep)
				http_set(J, "_last", 1);
			memcpy(extra + en, "Connection: close\r\n", 19);
			en += 19;
		}
	}
	if (!len && !te) {
		js_getproperty(J, 1, "_hasBody");
		k = js_toboolean(J, -1);
		js_pop(J, 1);
		if (k) {
			js_getproperty(J, 1, "useChunkedEncodingByDefault");
			k = js_toboolean(J, -1);
			js_pop(J, 1);
			if (!k) {
				http_set(J, "_last", 1); /* the end of the connection ends the body */
			} else {
				js_getproperty(J, 1, "_contentLength");
				if (js_isnumber(J, -1)) {
					js_setproperty(J, 1, "_headLength");
				} else {
					js_pop(J, 1);
					tchunk = 1; /* Transfer-Encoding: chunked, Node's default */
				}
			}
		}
	} else if (te && chunked) {
		http_set(J, "chunkedEncoding", 1);
	}
	/* _headExtra: the Date line, the Connection lines, Transfer-Encoding */
	if (lines) {
		js_pushlstring(J, extra, (int)en);
		js_rot2(J);
		js_concat(J);
		if (tchunk) {
			js_pushliteral(J, "Transfer-Encoding: chunked\r\n");
			js_concat(J);
		}
	} else {
		if (tchunk) {
			memcpy(extra + en, "Transfer-Encoding: chunked\r\n", 28);
			en += 28;
		}
		js_pushlstring(J, extra, (int)en);
	}
	if (tchunk)
		http_set(J, "chunkedEncoding", 1);
	js_setproperty(J, 1, "_headExtra");
	js_copy(J, 2);
	js_setproperty(J, 1, "_headLine");
	js_pushboolean(J, 1);
}

/*
 * native.http.field(name, value): setHeader's checks, as Node's: name a
 * string and an HTTP token (RFC 9110 tchar), value not undefined and, as
 * '' + value, only HTAB, SP to '~' and U+0080 to U+00FF. Returns the name
 * in lowercase (the key of _hdrs), or which check failed: 1 the name, 2
 * the value is undefined, 3 a character of the value. http.js throws
 * Node's errors for those. JavaScript did it with two regular expressions
 * and two toLowerCase calls per header.
 */
static void hp_field(js_State *J)
{
	const unsigned char *s;
	const char *name;
	char low[256];
	size_t n, i;
	int upper = 0;

	if (!js_isstring(J, 1)) {
		js_pushnumber(J, 1);
		return;
	}
	name = js_tostring(J, 1);
	n = strlen(name);
	for (i = 0; i < n; i++) {
		if (!http_tchar((unsigned char)name[i])) {
			js_pushnumber(J, 1);
			return;
		}
		upper |= name[i] >= 'A' && name[i] <= 'Z';
	}
	if (!n) {
		js_pushnumber(J, 1);
		return;
	}
	if (!js_isdefined(J, 2)) {
		js_pushnumber(J, 2);
		return;
	}
	/* the internal form is UTF-8 (NUL as C0 80): C2 80 to C3 BF are
	 * U+0080 to U+00FF, any other lead byte is past U+00FF or NUL */
	for (s = (const unsigned char *)js_tostring(J, 2); *s; s++) {
		if (*s >= 0x80) {
			if ((*s != 0xc2 && *s != 0xc3) || (s[1] & 0xc0) != 0x80) {
				js_pushnumber(J, 3);
				return;
			}
			s++;
		} else if ((*s < 0x20 && *s != '\t') || *s == 0x7f) {
			js_pushnumber(J, 3);
			return;
		}
	}
	if (!upper) {
		js_copy(J, 1);
		return;
	}
	if (n >= sizeof low) { /* rare: toLowerCase does the same to a token */
		js_getproperty(J, 1, "toLowerCase");
		js_copy(J, 1);
		js_call(J, 0);
		return;
	}
	for (i = 0; i < n; i++)
		low[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
	js_pushlstring(J, low, (int)n);
}

/* the parsers' methods (their prototype's, not enumerable) */
static const struct {
	js_CFunction fn;
	const char *name;
	int nargs;
} hp_methods[] = {
	{ hp_execute, "execute", 3 },
	{ hp_finish, "finish", 0 },
	{ hp_reset, "reset", 1 },
	{ hp_pause, "pause", 1 },
	{ hp_close, "close", 0 },
	{ hp_consume, "consume", 1 },
	{ hp_unconsume, "unconsume", 1 },
	{ hp_execute_consumed, "executeConsumed", 0 },
	{ hp_consumed_rest, "consumedRest", 1 },
};

void runtime_http_init(js_State *J)
{
	size_t i;

	http_parser_set_max_header_size(HTTP_JS_MAX_HEADER);

	js_newobject(J); /* the parsers' prototype */
	for (i = 0; i < sizeof hp_methods / sizeof hp_methods[0]; i++) {
		js_newcfunction(J, hp_methods[i].fn, hp_methods[i].name, hp_methods[i].nargs);
		js_defproperty(J, -2, hp_methods[i].name, JS_DONTENUM);
	}
	js_setregistry(J, HTTP_JS_PROTO);

	js_getregistry(J, RUNTIME_NATIVE);
	js_newobject(J);
	js_newcfunction(J, hp_new, "Parser", 1);
	js_setproperty(J, -2, "Parser");
	js_newcfunction(J, hp_head, "head", 5);
	js_setproperty(J, -2, "head");
	js_newcfunction(J, hp_chunk, "chunk", 3);
	js_setproperty(J, -2, "chunk");
	js_newcfunction(J, hp_field, "field", 2);
	js_setproperty(J, -2, "field");
	js_newcfunction(J, hp_make, "make", 2);
	js_setproperty(J, -2, "make");
	js_newcfunction(J, hp_dateline, "dateLine", 0);
	js_setproperty(J, -2, "dateLine");
	js_setproperty(J, -2, "http");
	js_pop(J, 1);
}
