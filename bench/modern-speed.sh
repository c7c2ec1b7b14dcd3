#!/bin/sh
# bench/modern-speed.sh [RUNS]: speed of modern JavaScript lowered to ES5
# (scripts/lower.js, core-js) in the image, against `node --jitless` on
# the host running the original source. The program (written to
# build/bench/modern/index.js) exercises classes, for-of, destructuring,
# spread, Map/Set, generators and async/await, times itself with Date.now()
# (boot and parsing are outside) and prints "ms=N check=C". Medians of RUNS
# runs (default 3); prints the ratio image / node --jitless (under TCG it
# also measures QEMU's instruction emulation, see docs/platform.md).
. "$(dirname "$0")/common.sh"

div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, a / b }'; }

runs=${1:-3}
app=$bdir/modern
mkdir -p "$app"
cat >"$app/index.js" <<'JS'
'use strict';
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add({ x, y }) { return new Vec(this.x + x, this.y + y); }
  get len() { return Math.sqrt(this.x ** 2 + this.y ** 2); }
}
class Vec3 extends Vec {
  constructor(x, y, z = 0) { super(x, y); this.z = z; }
}
function* ids(n) { for (let i = 0; i < n; i++) yield i; }
async function work() {
  let check = 0;
  const m = new Map(), s = new Set();
  for (const i of ids(20000)) {
    const v = new Vec3(i, i + 1).add({ x: 1, y: 2 });
    const [a, b, ...rest] = [v.x, v.y, i, i * 2];
    m.set(`k${i % 500}`, (m.get(`k${i % 500}`) ?? 0) + a);
    s.add(i % 1000);
    check += b + rest.length + Math.round(v.len) % 7;
    if (i % 2000 === 0) check += await Promise.resolve(i % 3);
  }
  const arr = [...m.values()].map((x) => x % 1000);
  const obj = { ...{ a: 1, b: 2 }, c: arr.length };
  for (const [k, v] of m) if (k.endsWith('7')) check += v % 11;
  return check + s.size + obj.a + obj.c;
}
const t0 = Date.now();
work().then((check) => console.log(`ms=${Date.now() - t0} check=${check}`));
JS
bench_image modern-speed "$app"
ms() { sed -n 's/.*ms=\([0-9]*\).*/\1/p' "$bdir/last.out" | tail -1; }
chk() { sed -n 's/.*check=\([0-9]*\).*/\1/p' "$bdir/last.out" | tail -1; }
i=0; : >"$bdir/m.image"; : >"$bdir/m.node"
while [ $i -lt "$runs" ]; do
	bench_wall sh scripts/run.sh --timeout 300 "$bdir/modern-speed.elf" >/dev/null; ms >>"$bdir/m.image"; ci=$(chk)
	bench_wall node --jitless "$app/index.js" >/dev/null; ms >>"$bdir/m.node"; cn=$(chk)
	i=$((i + 1))
done
[ "$ci" = "$cn" ] || { echo "bench: results differ: image check=$ci, node check=$cn" >&2; exit 1; }
mi=$(median <"$bdir/m.image"); mn=$(median <"$bdir/m.node")
echo "modern JS (lowered) image ${mi} ms, node --jitless ${mn} ms (original source), ratio $(div $mi $mn %.1f)"
