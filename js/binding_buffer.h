/*
 * binding_buffer.h: Buffers for the other bindings (js/binding_*.c only).
 *
 * A Buffer is the engine's Uint8Array (mujs with patches/mujs/0060) whose
 * prototype is Buffer.prototype from js/lib/buffer.js. Its bytes live in
 * C memory owned by its ArrayBuffer's reference-counted store, shared by
 * every view on it and freed when the last of them is collected.
 *
 * All functions here are for loop context (never interrupt handlers) and
 * throw a JS error (RangeError "Array buffer allocation failed") when memory
 * runs out, after one forced garbage collection.
 */
#ifndef UNIJS_BINDING_BUFFER_H
#define UNIJS_BINDING_BUFFER_H

#include <stddef.h>

#include "mujs.h"

/* Pushes a new zero-filled Buffer of len bytes; returns its bytes. */
unsigned char *buffer_push(js_State *J, size_t len);

/* Pushes a new Buffer holding a copy of data[0..len). */
void buffer_push_copy(js_State *J, const void *data, size_t len);

/* The bytes and length of the Buffer, typed array or DataView at idx (a
 * Uint16Array gives its bytes), or NULL when it is none. Valid while that
 * object is reachable. */
unsigned char *buffer_data(js_State *J, int idx, size_t *len);

/* buffer_data for the call form f(buf, start, end) with the Buffer at idx
 * and optional start/end at idx+1, idx+2, clamped to the Buffer: the bytes
 * from start, and in *len how many up to end. Throws a TypeError naming
 * who when the argument is not a Buffer. */
unsigned char *buffer_range(js_State *J, int idx, size_t *len, const char *who);

/* Pushes data[0..len) as the string buf.toString(enc) gives for enc
 * "hex" or "base64"; returns 0, pushing nothing, for another name. */
int buffer_push_text(js_State *J, const char *enc, const void *data, size_t len);

/* The bytes Buffer.from(s, latin1 ? 'latin1' : 'utf8') makes of internal
 * string s: written to out, at most max of them and whole characters only
 * (out NULL: only counted); returns their count. */
size_t buffer_encode(const char *s, int latin1, unsigned char *out, size_t max);
#endif
