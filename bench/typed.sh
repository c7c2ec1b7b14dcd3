#!/bin/sh
# bench/typed.sh [RUNS]: typed arrays (the engine's, patches/mujs/0060).
#
#  1. loop: the same read-modify-write loop over an Int32Array and over a
#     plain Array, each timed inside the program with Date.now(); prints
#     typed ÷ plain in the image and in the host build (build/host/
#     unijs-host), and node --jitless's for scale. Below 1: typed arrays
#     are the faster.
#  2. bcryptjs 2.4.3 (its Blowfish state is an Int32Array; installed from
#     npm into build/bench/bcrypt), a cost-4 hash with a fixed salt, timed
#     inside the program: image ÷ node --jitless and host build ÷ node
#     --jitless on the host. (Before typed arrays were in the engine,
#     core-js emulated Int32Array with accessors: 73x slower than plain
#     arrays, 172 s for one hash.)
# Medians of RUNS runs (default 3). Under TCG the image figures also
# measure QEMU's instruction emulation (docs/platform.md).
. "$(dirname "$0")/common.sh"

div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, a / b }'; }
runs=${1:-3}
make -s build/host/unijs-host >"$bdir/make-host.log" 2>&1 ||
	{ cat "$bdir/make-host.log" >&2; echo "bench: cannot build the host runtime" >&2; exit 1; }

# ---- 1. typed vs plain
app=$bdir/typed
mkdir -p "$app"
cat >"$app/index.js" <<'JS'
// The same loop over an Int32Array and an Array: reads at computed
// indices, writes back, int32 arithmetic (as hashes and codecs do).
function run(a, rounds) {
  var n = a.length, i, r, x = 0;
  for (i = 0; i < n; i++) a[i] = i * 40503 | 0;
  for (r = 0; r < rounds; r++) {
    for (i = 0; i < n; i++) {
      x = (x ^ a[i]) + (a[(i * 7) & (n - 1)] >>> 3) | 0;
      a[i] = (a[i] + x) | 0;
    }
  }
  return x;
}
var N = 4096, R = 20, plain = [], i, ta = new Int32Array(N);
for (i = 0; i < N; i++) plain.push(0);
// alternate, best of three each: neither pays for going first
function time(a) { var t = Date.now(), c = run(a, R); return { ms: Date.now() - t, c: c }; }
var bt = Infinity, bp = Infinity, ct, cp, k, r;
for (k = 0; k < 3; k++) {
  r = time(plain); bp = Math.min(bp, r.ms); cp = r.c;
  r = time(ta); bt = Math.min(bt, r.ms); ct = r.c;
}
console.log('typed=' + bt + ' plain=' + bp + ' check=' + (ct === cp ? ct : 'differ'));
JS
bench_image typed-loop "$app"
node scripts/bundle.js "$app" index.js "$app/bundle.tmp" 2>/dev/null || { mkdir -p "$app/bundle.tmp" &&
	node scripts/bundle.js "$app" index.js "$app/bundle.tmp"; } || exit 1
field() { sed -n "s/.*$1=\([0-9-]*\).*/\1/p" "$bdir/last.out" | tail -1; }
for v in image host node; do : >"$bdir/t.$v.typed"; : >"$bdir/t.$v.plain"; done
i=0
while [ $i -lt "$runs" ]; do
	bench_wall sh scripts/run.sh --timeout 300 "$bdir/typed-loop.elf" >/dev/null
	field typed >>"$bdir/t.image.typed"; field plain >>"$bdir/t.image.plain"; ci=$(field check)
	bench_wall build/host/unijs-host --bundle "$app/bundle.tmp" >/dev/null
	field typed >>"$bdir/t.host.typed"; field plain >>"$bdir/t.host.plain"; ch=$(field check)
	bench_wall node --jitless "$app/index.js" >/dev/null
	field typed >>"$bdir/t.node.typed"; field plain >>"$bdir/t.node.plain"; cn=$(field check)
	i=$((i + 1))
done
[ -n "$cn" ] && [ "$ci" = "$cn" ] && [ "$ch" = "$cn" ] ||
	{ echo "bench: results differ: image $ci, host $ch, node $cn" >&2; exit 1; }
for v in image host node; do
	t=$(median <"$bdir/t.$v.typed"); p=$(median <"$bdir/t.$v.plain")
	echo "typed-array loop, $v: Int32Array ${t} ms, Array ${p} ms, typed/plain $(div "$t" "$p" %.2f)"
done

# ---- 2. bcryptjs
app=$bdir/bcrypt
mkdir -p "$app"
if [ ! -f "$app/node_modules/bcryptjs/package.json" ]; then
	(cd "$app" && echo '{"name":"bcrypt-bench","version":"1.0.0","private":true}' >package.json &&
		npm install --no-audit --no-fund --loglevel=error bcryptjs@2.4.3 >/dev/null) ||
		{ echo "bench: npm install bcryptjs failed" >&2; exit 1; }
fi
cat >"$app/index.js" <<'JS'
var bcrypt = require('bcryptjs');
var salt = '$2b$04$abcdefghijklmnopqrstuu';
var t0 = Date.now(), h;
for (var i = 0; i < 3; i++) h = bcrypt.hashSync('correct horse battery staple ' + i, salt);
console.log('ms=' + (Date.now() - t0) + ' hash=' + h);
JS
bench_image typed-bcrypt "$app"
node scripts/bundle.js "$app" index.js "$app/bundle.tmp" 2>/dev/null || { mkdir -p "$app/bundle.tmp" &&
	node scripts/bundle.js "$app" index.js "$app/bundle.tmp"; } || exit 1
hash() { tr -d '\r' <"$bdir/last.out" | sed -n 's/.*hash=\(.*\)/\1/p' | tail -1; }
for v in image host node; do : >"$bdir/b.$v"; done
i=0
while [ $i -lt "$runs" ]; do
	bench_wall sh scripts/run.sh --timeout 600 "$bdir/typed-bcrypt.elf" >/dev/null; field ms >>"$bdir/b.image"; hi=$(hash)
	bench_wall build/host/unijs-host --bundle "$app/bundle.tmp" >/dev/null; field ms >>"$bdir/b.host"; hh=$(hash)
	bench_wall node --jitless "$app/index.js" >/dev/null; field ms >>"$bdir/b.node"; hn=$(hash)
	i=$((i + 1))
done
[ -n "$hn" ] && [ "$hi" = "$hn" ] && [ "$hh" = "$hn" ] ||
	{ echo "bench: hashes differ: image $hi, host $hh, node $hn" >&2; exit 1; }
mi=$(median <"$bdir/b.image"); mh=$(median <"$bdir/b.host"); mn=$(median <"$bdir/b.node")
echo "bcryptjs cost 4, 3 hashes: image ${mi} ms, host build ${mh} ms, node --jitless ${mn} ms;" \
	"image/node $(div "$mi" "$mn" %.1f), host/node $(div "$mh" "$mn" %.1f)"
