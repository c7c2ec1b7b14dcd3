#!/bin/sh
# bench/http-rps.sh: HTTP requests per second, examples/http-hello in a
# unijs guest against the same file under node on the host, with two
# guests beside them that answer the same bytes without the http module:
#   raw      bench/http/raw-net in an image: a net server, one 'data'
#            callback and one write per request (the engine and the net
#            module's share);
#   ceiling  tests/net/echo.c's port 80 responder: C, no JavaScript at all
#            (the platform's share: driver, lwIP, QEMU, the host).
#
# wrk (installed with apt-get when missing), keep-alive, 1 thread,
# CONNECTIONS connections (default 8), DURATION seconds (default 10) a
# run; ROUNDS rounds (default 3), each running the three sides in turn
# (image, raw, ceiling, node), so that the host's load falls on all of
# them alike. Prints each run, the medians (and min-max) and the ratios of
# the medians to node's and to the ceiling's.
#
# The guests' network: NET=auto|tap|user (bench/common.sh, bench_net):
# a tap device on the host when this runs as root, as a server is
# deployed; else QEMU's user networking, which every request also crosses.
# APP=NAME serves tests/apps/NAME (staged with its npm packages as
# bench/apps.sh stages it; node runs its server.js) instead of
# examples/http-hello; raw and ceiling still answer http-hello's bytes.
# BASE=IMAGE.elf boots that image too in each round (the same service
# built by another tree, e.g. the session's first main): a before/after
# comparison under the same load.
#   DURATION=S  CONNECTIONS=N  ROUNDS=N  NET=auto|tap|user  APP=express4
#   BASE=IMAGE.elf  MEM=SIZE (the guests' -m; run.sh's default 32M)
# RT=1 runs QEMU, node and wrk at real-time priority (chrt -f 10): on a
# host shared with other work (a build, another session) the figures are
# then the services', not the other work's. All of them alike.
#
# PEER=1 measures as issue "Speed" asks: examples/http-hello and
# tests/apps/express4 each in the image and in a Linux microVM running
# node under the same accelerator, both at -m 256M, wrk keep-alive with
# 32 connections, node on the host beside them (bench/apps.sh does it;
# APPS, N, CONNECTIONS, DURATION and MEM pass through).
if [ "${PEER:-0}" = 1 ]; then
	export CONNECTIONS=${CONNECTIONS:-32} DURATION=${DURATION:-10} N=${N:-3} BUILDTIME=0
	exec sh "$(dirname "$0")/apps.sh" ${APPS:-http-hello express4}
fi
. "$(dirname "$0")/common.sh"

dur=${DURATION:-10}
conns=${CONNECTIONS:-8}
rt=
[ "${RT:-0}" = 1 ] && rt="chrt -f 10"
rounds=${ROUNDS:-3}
if ! command -v wrk >/dev/null 2>&1; then
	echo "installing wrk (apt-get)"
	apt-get install -y wrk >"$bdir/wrk-install.log" 2>&1 ||
		{ apt-get update >>"$bdir/wrk-install.log" 2>&1 && apt-get install -y wrk >>"$bdir/wrk-install.log" 2>&1; } ||
		{ cat "$bdir/wrk-install.log" >&2; echo "http-rps: cannot install wrk" >&2; exit 1; }
fi
app=${APP:-http-hello}
if [ "$app" = http-hello ]; then
	bench_image http-hello examples/http-hello
	nodejs=examples/http-hello/index.js image=$bdir/http-hello.elf
else
	[ -d "tests/apps/$app" ] || { echo "http-rps: APP=$app: no tests/apps/$app" >&2; exit 2; }
	bench_stage "$app" "tests/apps/$app"
	bench_image "rps-$app" "$bdir/apps/$app"
	nodejs=$bdir/apps/$app/server.js image=$bdir/rps-$app.elf
fi
bench_image raw-net bench/http/raw-net
make -s net-echo >"$bdir/make-echo.log" 2>&1 || { cat "$bdir/make-echo.log" >&2; echo "http-rps: cannot build the C responder" >&2; exit 1; }
ceiling=build/test/net-echo.elf

bench_net

pg= pn=
stop() {
	[ -n "$pg" ] && for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done
	[ -n "$pg" ] && wait "$pg" 2>/dev/null
	[ -n "$pn" ] && kill "$pn" 2>/dev/null
	pg= pn=
}
trap 'stop; bench_net_done' EXIT

run_wrk() { # NAME HOST PORT
	$rt wrk -t1 -c"$conns" -d"${dur}s" --latency "http://$2:$3/" >"$bdir/wrk.$1" 2>&1 ||
		{ cat "$bdir/wrk.$1" >&2; echo "http-rps: wrk failed against $1" >&2; exit 1; }
	echo "$1 $(cut -d' ' -f1 /proc/loadavg)" >>"$bdir/wrk.list"
}

# guest NAME IMAGE GUEST_PORT: boot it, load it, stop it
guest() {
	bench_guest_net "$3"
	# shellcheck disable=SC2086
	$rt sh scripts/run.sh --timeout $((dur + 180)) ${MEM:+--mem "$MEM"} $netargs "$2" $netkargs >"$bdir/$1.out" 2>&1 &
	pg=$!
	bench_wait_200 "$host" "$port" || { cat "$bdir/$1.out" >&2; echo "http-rps: $1 does not answer" >&2; exit 1; }
	run_wrk "$1" "$host" "$port"
	stop
}

: >"$bdir/wrk.list"
r=1
while [ $r -le "$rounds" ]; do
	guest "unijs.$r" "$image" 8080
	[ -z "${BASE:-}" ] || guest "base.$r" "$BASE" 8080
	guest "raw.$r" "$bdir/raw-net.elf" 8080
	guest "ceiling.$r" "$ceiling" 80
	p=$(freeport)
	(cd "$(dirname "$nodejs")" && PORT=$p exec $rt node "$(basename "$nodejs")") >"$bdir/http-hello.node.out" 2>&1 &
	pn=$!
	bench_wait_200 127.0.0.1 "$p" || { echo "http-rps: node does not answer" >&2; exit 1; }
	run_wrk "node.$r" 127.0.0.1 "$p"
	stop
	r=$((r + 1))
done

python3 - "$bdir" "$dur" "$conns" "$UNIJS_ACCEL" "$net" "$app" <<'PY'
import re, statistics, sys
bdir, dur, conns, accel, net, app = sys.argv[1:7]
runs = {}
for line in open('%s/wrk.list' % bdir):
    name, load = line.split()
    t = open('%s/wrk.%s' % (bdir, name)).read()
    rps = float(re.search(r'Requests/sec:\s*([0-9.]+)', t).group(1))
    lat = dict(re.findall(r'^\s*(50|99)%\s+(\S+)', t, re.M))
    errs = re.search(r'Socket errors:.*|Non-2xx.*', t)
    side = name.split('.')[0]
    runs.setdefault(side, []).append(rps)
    print('  %-10s %9.0f requests/s  p50 %-8s p99 %-8s load %s  %s' % (
        name, rps, lat.get('50'), lat.get('99'), load, errs.group(0) if errs else ''))
print('http-rps: wrk -t1 -c%s -d%ss keep-alive, GET / of %s; guest: %s, network: %s' % (conns, dur, app, accel, net))
med = {}
for side, what in (('unijs', 'image (%s)' % app), ('raw', 'raw net server in JS'), ('ceiling', 'C responder in the guest'),
                   ('node', 'node on the host')):
    v = runs[side]
    med[side] = statistics.median(v)
    print('  %-26s median %9.0f requests/s  (%.0f-%.0f, %d runs)' % (what, med[side], min(v), max(v), len(v)))
print('  image / node     %.3f   (the target: >= 1.0)' % (med['unijs'] / med['node']))
print('  raw / node       %.3f   (JavaScript on the path, without the http module)' % (med['raw'] / med['node']))
print('  ceiling / node   %.3f   (no JavaScript: what this platform allows)' % (med['ceiling'] / med['node']))
print('  image / ceiling  %.3f   raw / ceiling %.3f' % (med['unijs'] / med['ceiling'], med['raw'] / med['ceiling']))
if 'base' in runs:
    b = statistics.median(runs['base'])
    print('  BASE image       median %9.0f requests/s  (%.0f-%.0f);  image / BASE %.3f;  BASE / node %.3f' % (
        b, min(runs['base']), max(runs['base']), med['unijs'] / b, b / med['node']))
if accel != 'kvm':
    print('  (the guests run under %s: their figures are QEMU emulation speed)' % accel)
PY
