#!/bin/sh
# zlib across runtimes: what the image compresses (zlib 1.2.13) Node
# (Chromium's zlib) decompresses to the same bytes. The other direction is
# tests/js/cases/zlib_cross.js.
. "$(dirname "$0")/lib.sh"

plan 2
if ! image zlib-cross "$top/tests/boot/apps/zlib-cross.js" --no-iso; then
	notok zlib-cross-build "$(cat "$T/mk.zlib-cross")"
	skip zlib-cross-node-inflates "no image"
	finish
fi
boot zlib-cross --no-rng "$out/zlib-cross.elf"
expect zlib-cross 0 '^gzip H4sI' '^deflate9 eN' '^raw1 '
r=$(node -e '
const zlib = require("zlib"), lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
let seed = 2024;
function next() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed; }
const words = ["unijs ", "boots ", "one ", "service ", "per ", "image ", "zlib ", "gzip\n", "{\"k\":1} "], parts = [];
let len = 0;
while (len < 200000) { const w = words[next() % words.length]; parts.push(w); len += w.length; }
const text = parts.join("").slice(0, 200000);
const get = p => Buffer.from(lines.find(l => l.startsWith(p + " ")).slice(p.length + 1), "base64");
const ok = zlib.gunzipSync(get("gzip")).toString() === text &&
	zlib.inflateSync(get("deflate9")).toString() === text &&
	zlib.inflateRawSync(get("raw1")).toString() === text;
console.log(ok ? "same" : "differs");
' "$T/zlib-cross.out" 2>&1)
if [ "$r" = same ]; then ok zlib-cross-node-inflates; else notok zlib-cross-node-inflates "$r"; fi
finish
