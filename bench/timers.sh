#!/bin/sh
# bench/timers.sh: timer lateness. The guest runs 1000 timers one after the
# other (delays 1..20 ms, fixed seed) and prints the median and the 99th
# percentile of how late each fired, by its own clock (performance.now).
# UNIJS_ACCEL=kvm|tcg|auto chooses the accelerator.
. "$(dirname "$0")/common.sh"

cat >"$bdir/timers.js" <<'JS'
var N = 1000, late = [], seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
function next() {
  var d = 1 + rnd(20), t0 = performance.now();
  setTimeout(function () {
    late.push(performance.now() - t0 - d);
    if (late.length < N) next(); else report();
  }, d);
}
function report() {
  late.sort(function (a, b) { return a - b; });
  var early = late.filter(function (x) { return x < 0; }).length;
  console.log('timers: ' + N + ', early: ' + early);
  console.log('lateness ms: median ' + late[N >> 1].toFixed(3) + ', p99 ' +
    late[Math.floor(N * 0.99)].toFixed(3) + ', max ' + late[N - 1].toFixed(3));
}
setTimeout(next, 1); // the first call loads the timers module: not measured
JS
bench_image timers "$bdir/timers.js"
sh scripts/run.sh --timeout 120 "$bdir/timers.elf" | tr -d '\r'
