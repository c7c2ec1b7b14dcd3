#!/bin/sh
# bench/cluster.sh [ROUNDS]: examples/http-cluster's requests per second at
# -smp 2 (worker 1 on core 1; core 0 runs the primary and lwIP, moves
# every byte to and from the workers, and runs worker 2, time-shared with
# the primary: lib/task.h) against -smp 1 (the primary serves alone, no
# cluster), runs alternating 1, 2, 1, 2, ... (ROUNDS, default 3),
# each wrk -t1 -c CONNECTIONS (default 32) for DURATION seconds (default
# 20), keep-alive. Prints each run, the median and spread (min-max) of
# requests/s and of latency p50 and p99 per core count, and the ratio of
# the medians -smp 2 / -smp 1 (the issue's target: >= 1.6). Under TCG each
# vCPU is a host thread, so the ratio can only show when the host has
# that many cores free: the host's load is printed beside it, and per run
# the host cores QEMU's threads got over wrk's run (user + system time over
# wall time) and how long they stood runnable without one (the kernel's
# run-queue wait, /proc/PID/task/TID/schedstat; with autogroup scheduling,
# Linux's default, other sessions' work takes its share whatever its nice
# value), of which the vCPU threads (QEMU's debug-threads names), and
# wrk's own CPU time. From -smp 1's run it prints the host's bound on the
# ratio: the host's cores over what a request cost QEMU and wrk there
# (with a free relay and nothing else running, -smp 2 can serve no more),
# and at most two vCPUs' worth. bench/cluster-icount.sh gives each core's
# instructions per request, which no load moves.
# The guest's network: NET=auto|tap|user (bench/common.sh, bench_net): a
# tap device when this runs as root, else QEMU's user networking (slirp,
# whose TCP/IP stack then takes a host core's share in QEMU's I/O thread).
#   DURATION=S  CONNECTIONS=N  CLUSTER_SMP="1 2" (the core counts to alternate)
#   BASE=IMAGE.elf  another build of the service, booted beside ours in
#                   each round (alternating), its figures printed apart
#   RT=1            QEMU and wrk at real-time priority (chrt -f 10), so
#                   that other work on a shared host does not move the
#                   figures; a spinning vCPU then keeps its host core
#                   until it halts (FIFO), where the default policy would
#                   share it sooner: compare RT runs with RT runs only
. "$(dirname "$0")/common.sh"

rounds=${1:-${BENCH_N:-3}}
dur=${DURATION:-20}
conns=${CONNECTIONS:-32}
smps=${CLUSTER_SMP:-1 2}
command -v wrk >/dev/null 2>&1 || { echo "cluster: wrk is missing (bench/http-rps.sh installs it)" >&2; exit 1; }
bench_image http-cluster examples/http-cluster
rt=
[ "${RT:-0}" = 1 ] && rt="chrt -f 10"
images="image:$bdir/http-cluster.elf"
if [ -n "${BASE:-}" ]; then
	[ -f "$BASE" ] || { echo "cluster: BASE=$BASE: no such image" >&2; exit 1; }
	images="$images base:$BASE"
fi
bench_net
# qemu_snap: "ticks wait_ns" summed over the threads of the QEMU under $pg
qemu_snap() {
	python3 - "$pg" <<'PY'
import os, sys
def kids(p):
    try:
        return [int(c) for t in os.listdir('/proc/%d/task' % p)
                for c in open('/proc/%d/task/%s/children' % (p, t)).read().split()]
    except OSError:
        return []
todo, ticks, wait, vcpu = [int(sys.argv[1])], 0, 0, 0
while todo:
    p = todo.pop()
    todo += kids(p)
    try:
        if open('/proc/%d/comm' % p).read().startswith('qemu-system'):
            for t in os.listdir('/proc/%d/task' % p):
                st = open('/proc/%d/task/%s/stat' % (p, t)).read()
                f = st.rsplit(')', 1)[1].split()
                ticks += int(f[11]) + int(f[12])
                if st[st.index('(') + 1:].startswith('CPU '):  # a vCPU thread (debug-threads=on)
                    vcpu += int(f[11]) + int(f[12])
                wait += int(open('/proc/%d/task/%s/schedstat' % (p, t)).read().split()[1])
    except OSError:
        pass
print(ticks, wait, vcpu)
PY
}
pg=
stop() {
	[ -n "$pg" ] && { for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done; wait "$pg" 2>/dev/null; }
	pg=
}
trap 'stop; bench_net_done' EXIT

: >"$bdir/cluster.runs"
echo "host: $(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
i=0
while [ $i -lt "$rounds" ]; do
	for im in $images; do
	label=${im%%:*} img=${im#*:}
	for s in $smps; do
		bench_guest_net 8080
		# shellcheck disable=SC2086
		$rt sh scripts/run.sh --smp "$s" --timeout $((dur + 300)) $netargs --qemu "-name unijs,debug-threads=on" "$img" $netkargs >"$bdir/http-cluster.out" 2>&1 &
		pg=$!
		bench_wait_200 "$host" "$port" 600 || { cat "$bdir/http-cluster.out" >&2; echo "cluster: the guest does not answer at -smp $s" >&2; exit 1; }
		sleep 1 # every worker listening (they come up one after the other)
		q0=$(qemu_snap)
		t0=$(date +%s.%N)
		# (wrk's own CPU time, from its rusage, to $bdir/wrk.cpu)
		python3 -c 'import resource, subprocess, sys
r = subprocess.call(sys.argv[2:], stdout=open(sys.argv[1], "w"), stderr=subprocess.STDOUT)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1] + ".cpu", "w").write("%f" % (u.ru_utime + u.ru_stime))
sys.exit(r)' "$bdir/wrk.cluster" $rt wrk -t1 -c"$conns" -d"${dur}s" --latency "http://$host:$port/" ||
			{ cat "$bdir/wrk.cluster" >&2; echo "cluster: wrk failed" >&2; exit 1; }
		q1=$(qemu_snap)
		t1=$(date +%s.%N)
		stop
		python3 - "$label.$s" "$bdir/wrk.cluster" "$q0 $q1 $t0 $t1 $(cat "$bdir/wrk.cluster.cpu")" "$(getconf CLK_TCK)" >>"$bdir/cluster.runs" <<'PY'
import re, sys
t = open(sys.argv[2]).read()
def ms(v):
    m = re.match(r'([0-9.]+)(us|ms|s)', v)
    return float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]
rps = float(re.search(r'Requests/sec:\s*([0-9.]+)', t).group(1))
lat = dict(re.findall(r'^\s*(50|99)%\s+(\S+)', t, re.M))
bad = re.search(r'Socket errors:.*|Non-2xx.*', t)
k0, w0, v0, k1, w1, v1, t0, t1, wcpu = [float(x) for x in sys.argv[3].split()]
wall = t1 - t0
cores, wait = (k1 - k0) / float(sys.argv[4]) / wall, (w1 - w0) / 1e9 / wall
vcpus = (v1 - v0) / float(sys.argv[4]) / wall
print(sys.argv[1], rps, ms(lat['50']), ms(lat['99']), '%.2f' % cores, '%.2f' % wait, (bad.group(0) if bad else '-').replace(' ', '_'),
      '%.2f' % vcpus, '%.2f' % (wcpu / wall))
PY
		tail -1 "$bdir/cluster.runs" | awk '{ printf "  %s  %8.0f requests/s  p50 %7.2f ms  p99 %7.2f ms  QEMU got %s host cores (vCPUs %s), waited %s s/s for one; wrk %s  %s\n", $1, $2, $3, $4, $5, $8, $6, $9, $7 }'
	done
	done
	i=$((i + 1))
done
echo "host: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
python3 - "$bdir/cluster.runs" "$rounds" "$dur" "$conns" "$UNIJS_ACCEL" "$net" <<'PY'
import os, statistics, sys
runs, rounds, dur, conns, accel, net = sys.argv[1:7]
r = {}
for line in open(runs):
    f = line.split()
    label, smp = f[0].rsplit('.', 1)
    r.setdefault((label, int(smp)), []).append((float(f[1]), float(f[2]), float(f[3]), float(f[4]), float(f[5]), float(f[7]), float(f[8])))
print('cluster: examples/http-cluster, wrk -t1 -c%s -d%ss keep-alive, %s alternating rounds (guest: %s, network: %s)' % (conns, dur, rounds, accel, net))
med = {}
for k in sorted(r):
    label, s = k
    rps = [x[0] for x in r[k]]; p50 = [x[1] for x in r[k]]; p99 = [x[2] for x in r[k]]
    med[k] = statistics.median(rps)
    print('  %-5s -smp %d  %8.0f requests/s (%.0f-%.0f)   p50 %.2f ms (%.2f-%.2f)   p99 %.2f ms (%.2f-%.2f)' % (
        label, s, med[k], min(rps), max(rps), statistics.median(p50), min(p50), max(p50),
        statistics.median(p99), min(p99), max(p99)))
    print('           QEMU got %.2f host cores (median; %s), its threads waited %s s per second for one' % (
        statistics.median([x[3] for x in r[k]]), ' / '.join('%.2f' % x[3] for x in r[k]),
        ' / '.join('%.2f' % x[4] for x in r[k])))
    print('           of which the vCPUs %.2f (the rest: the I/O thread, the network device); wrk %.2f' % (
        statistics.median([x[5] for x in r[k]]), statistics.median([x[6] for x in r[k]])))
for (label, s) in sorted(med):
    if s > 1 and (label, 1) in med:
        print('  %-5s -smp %d / -smp 1  %.2f x requests/s%s' % (label, s, med[(label, s)] / med[(label, 1)], ' (target >= 1.6)' if s == 2 else ''))
for (label, s) in sorted(med):
    if label == 'image' and ('base', s) in med:
        print('  -smp %d: image / base %.3f x requests/s' % (s, med[(label, s)] / med[('base', s)]))
# What this host allows at best: at -smp 1 a request took the QEMU
# threads and wrk some host CPU; with the relay free and nothing else on
# the host, -smp 2 could serve at most as many requests as the host's
# cores pay for at that price, nor more than two vCPUs' worth.
if ('image', 1) in r:
    r1 = r[('image', 1)]
    q1 = statistics.median([x[3] for x in r1]); v1 = statistics.median([x[5] for x in r1])
    w1 = statistics.median([x[6] for x in r1]); h = os.cpu_count()
    if q1 + w1 > 0 and v1 > 0:
        print('  host bound on -smp 2 / -smp 1: %.2f (%d host cores / the %.2f that -smp 1 used, QEMU %.2f + wrk %.2f; and at most 2 / its vCPU %.2f = %.2f)' % (
            min(h / (q1 + w1), 2 / v1), h, q1 + w1, q1, w1, v1, 2 / v1))
if accel != 'kvm':
    print('  (under %s each vCPU is a host thread: the ratio needs free host cores)' % accel)
PY
