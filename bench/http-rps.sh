#!/bin/sh
# bench/http-rps.sh: HTTP requests per second, examples/http-hello in a
# unijs guest against the same file under node on the host.
#
# wrk (installed with apt-get when missing), keep-alive, one run of
# DURATION seconds (default 30) each, same wrk options: 1 thread, 8
# connections. The guest is booted by scripts/run.sh --fwd (QEMU user
# networking: every request also crosses slirp). Prints each side's
# requests/s and latency percentiles, and the ratio guest / node.
#   DURATION=S  CONNECTIONS=N
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

dur=${DURATION:-30}
conns=${CONNECTIONS:-8}
if ! command -v wrk >/dev/null 2>&1; then
	echo "installing wrk (apt-get)"
	apt-get install -y wrk >"$bdir/wrk-install.log" 2>&1 ||
		{ apt-get update >>"$bdir/wrk-install.log" 2>&1 && apt-get install -y wrk >>"$bdir/wrk-install.log" 2>&1; } ||
		{ cat "$bdir/wrk-install.log" >&2; echo "http-rps: cannot install wrk" >&2; exit 1; }
fi
bench_image http-hello examples/http-hello
wait_200() { # PORT: until it answers 200 (60 s)
	i=0
	while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/")" != 200 ]; do
		i=$((i + 1))
		[ $i -lt 300 ] || return 1
		sleep 0.2
	done
}
pg= pn=
stop() {
	[ -n "$pg" ] && for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done
	[ -n "$pn" ] && kill "$pn" 2>/dev/null
	pg= pn=
}
trap stop EXIT

run_wrk() { # NAME PORT
	wrk -t1 -c"$conns" -d"${dur}s" --latency "http://127.0.0.1:$2/" >"$bdir/wrk.$1" 2>&1 ||
		{ cat "$bdir/wrk.$1" >&2; echo "http-rps: wrk failed against $1" >&2; exit 1; }
}

p=$(freeport)
sh scripts/run.sh --timeout $((dur + 180)) --fwd "$p:8080" "$bdir/http-hello.elf" >"$bdir/http-hello.out" 2>&1 &
pg=$!
wait_200 "$p" || { cat "$bdir/http-hello.out" >&2; echo "http-rps: the guest does not answer" >&2; exit 1; }
run_wrk unijs "$p"
stop

p=$(freeport)
PORT=$p node examples/http-hello/index.js >"$bdir/http-hello.node.out" 2>&1 &
pn=$!
wait_200 "$p" || { echo "http-rps: node does not answer" >&2; exit 1; }
run_wrk node "$p"
stop

python3 - "$bdir" "$dur" "$conns" "$UNIJS_ACCEL" <<'PY'
import re, sys
bdir, dur, conns, accel = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
def parse(name):
    t = open('%s/wrk.%s' % (bdir, name)).read()
    rps = float(re.search(r'Requests/sec:\s*([0-9.]+)', t).group(1))
    lat = dict(re.findall(r'^\s*(50|75|90|99)%\s+(\S+)', t, re.M))
    errs = re.search(r'Socket errors:.*|Non-2xx.*', t)
    return rps, lat, errs.group(0) if errs else ''
u, n = parse('unijs'), parse('node')
print('http-rps: wrk -t1 -c%s -d%ss keep-alive, GET / of examples/http-hello (guest: %s)' % (conns, dur, accel))
for name, (rps, lat, errs) in (('unijs guest', u), ('node (host)', n)):
    print('  %-12s %9.0f requests/s   latency p50 %s  p75 %s  p90 %s  p99 %s  %s' % (
        name, rps, lat.get('50'), lat.get('75'), lat.get('90'), lat.get('99'), errs))
print('  unijs / node  %.3f x requests/s' % (u[0] / n[0]))
if accel != 'kvm':
    print('  (the guest runs under %s: its figure is QEMU emulation speed, and slirp user networking carries every request)' % accel)
PY
