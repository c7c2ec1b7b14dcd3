#!/bin/sh
# bench/gc-time.sh: the collector's share of a loaded service's busy time.
#
# Instruction counts (bench/http-icount.sh, bench/guest-profile.sh) put a
# collection at what it executes; its walk of a large heap is paid in
# cache misses, which only time shows. bench/http/express-cpu (GET / as
# tests/apps/express4 answers it: public/index.html through
# express.static) boots with trace=gc (docs/memory.md: a line per
# collection with its mark and sweep times) under the accelerator this
# machine has, at -m MEM (default 32M, bench/http-rps.sh's). wrk loads it
# (keep-alive, CONNECTIONS, default 32) for 2 s, then for DURATION
# seconds (default 10) between two reads of GET /cpu (the core's busy
# microseconds, process.cpuUsage().user); the collections whose lines
# the console printed in between are added up. Prints requests, busy time
# per request, the collector's time per request and its share of the busy
# time, the collections, and their mean mark and sweep.
# Times, not counts: under KVM the host's other work moves them; the
# share is a ratio of two times taken together. SERVICE=hello measures
# bench/http/hello-cpu instead; IMAGE=FILE.elf measures that image of
# the service (built by another tree, with trace=gc) instead of building
# it here: alternate it with this tree's to compare two collectors.
#   MEM=32M CONNECTIONS=32 DURATION=10 SERVICE=express IMAGE=FILE.elf
. "$(dirname "$0")/common.sh"

mem=${MEM:-32M} conns=${CONNECTIONS:-32} dur=${DURATION:-10} svc=${SERVICE:-express}
command -v wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null 2>&1 ||
	{ echo "gc-time: needs wrk (apt-get install wrk)" >&2; exit 1; }
elf=$bdir/$svc-cpu.elf
[ -n "$IMAGE" ] && elf=$IMAGE svc=image
case $svc in
image) ;;
express) bench_stage express-cpu bench/http/express-cpu && bench_image express-cpu "$bdir/apps/express-cpu" ;;
hello) bench_image hello-cpu bench/http/hello-cpu ;;
*) echo "gc-time: SERVICE=$svc: expected express or hello" >&2; exit 2 ;;
esac
out=$bdir/gc-time.out
p=$(freeport) pg=
trap '[ -n "$pg" ] && for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done' EXIT
sh scripts/run.sh --mem "$mem" --timeout $((dur + 300)) --fwd "$p:8080" "$elf" trace=gc >"$out" 2>&1 &
pg=$!
bench_wait_200 127.0.0.1 "$p" 600 || { cat "$out" >&2; echo "gc-time: the guest does not answer" >&2; exit 1; }
wrk -t1 -c"$conns" -d2s "http://127.0.0.1:$p/" >/dev/null 2>&1
u0=$(curl -s "http://127.0.0.1:$p/cpu") l0=$(wc -l <"$out")
r=$(wrk -t1 -c"$conns" -d"${dur}s" "http://127.0.0.1:$p/" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
u1=$(curl -s "http://127.0.0.1:$p/cpu") l1=$(wc -l <"$out")
[ -n "$r" ] && [ -n "$u0" ] && [ -n "$u1" ] || { tail -5 "$out" >&2; echo "gc-time: no figures" >&2; exit 1; }
echo "gc-time: ${IMAGE:-$svc} at -m $mem, wrk -c$conns for ${dur} s, accelerator $UNIJS_ACCEL"
tr -d '\r' <"$out" | sed -n "$((l0 + 1)),${l1}p" | awk -v r="$r" -v busy=$((u1 - u0)) '
	/^gc: #/ { n++; t += $3; m += $6; s += $8 }
	END {
		printf "  %d requests, busy %.1f us a request\n", r, busy / r
		printf "  collector %.1f us a request: %.1f %% of the busy time\n", t / r, 100 * t / busy
		if (n) printf "  %d collections, one every %.0f requests: %.2f ms each (mark %.2f, sweep %.2f)\n", n, r / n, t / n / 1000, m / n / 1000, s / n / 1000
	}'
