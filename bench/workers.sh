#!/bin/sh
# bench/workers.sh [ROUNDS]: worker_threads, one isolate per core.
#
# 1. Speed-up of a CPU job split over the cores (examples/workers: primes
#    below N, N = WORKERS_N or 200000, 2000000 under KVM) at -smp 1, 2 and 4 under the
#    accelerator bench/common.sh picks (KVM where /dev/kvm opens: ours is
#    PVM; else multi-threaded TCG; UNIJS_ACCEL=tcg to choose), runs
#    alternating 1, 2, 4, 1, 2, 4, ... (ROUNDS,
#    default 3): the job's time as the guest measures it (performance.now,
#    first worker spawned to last count in), median per core count, and
#    the ratios -smp 1 / -smp 2 and -smp 1 / -smp 4 (target >= 1.8 at 2).
#    Each vCPU is a host thread: the ratio can only show when the host has
#    that many cores free, so the host's load is printed beside it.
# 2. Cross-core messages through postMessage: tests/boot/apps/workers-flood
#    at -smp 2, N each way (WORKERS_FLOOD_N or 20000): messages per second
#    by the guest's clock, median of ROUNDS.
# 3. Round trip main -> worker -> main, one message at a time
#    (bench/workers/main.js, 2000 of them): microseconds each, median.
# RT=1 runs QEMU at real-time priority (chrt -f 10): on a host shared
# with other work, the vCPUs then get the host's cores that other work
# would take, and the speed-up shows what the guest does with them.
. "$(dirname "$0")/common.sh"

rounds=${1:-${BENCH_N:-3}}
# native execution (KVM) runs the job ~10x faster than TCG: a bigger N
# keeps the workers' start-up a small part of it
[ "$UNIJS_ACCEL" = tcg ] && jobn=${WORKERS_N:-200000} || jobn=${WORKERS_N:-2000000}
floodn=${WORKERS_FLOOD_N:-20000}
rt=
[ "${RT:-0}" = 1 ] && rt="chrt -f 10"
bench_image wjob examples/workers
bench_image wflood tests/boot/apps/workers-flood/main.js
bench_image wping bench/workers/main.js

# run OUTFILE SMP IMAGE ARGS...: also appends "NAME SMP host-cpu-seconds
# wall-seconds wait-seconds" of the run to $bdir/wcpu: QEMU's user +
# system time (how many host cores the guest's vCPUs really got), and how
# long QEMU's threads stood runnable without a host core (the sum over its
# threads of the kernel's run-queue wait, /proc/PID/task/TID/schedstat,
# sampled every 50 ms). Where the second is a large part of the first,
# other programs had the host's cores and the speed-up cannot show.
run() {
	o=$1 s=$2 img=$3
	shift 3
	python3 -c '
import os, resource, subprocess, sys, time
out, s = sys.argv[1], sys.argv[2]
def qemu_waits(root, seen):
    # every thread of the QEMU below root: its run-queue wait so far
    kids = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                st = open("/proc/%s/stat" % p).read()
                kids.setdefault(int(st.rsplit(")", 1)[1].split()[1]), []).append(int(p))
            except OSError:
                pass
    todo = [root]
    while todo:
        p = todo.pop()
        todo += kids.get(p, [])
        try:
            if open("/proc/%d/comm" % p).read().startswith("qemu-system"):
                for t in os.listdir("/proc/%d/task" % p):
                    w = int(open("/proc/%d/task/%s/schedstat" % (p, t)).read().split()[1])
                    seen[(p, t)] = max(seen.get((p, t), 0), w)
        except OSError:
            pass
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t = time.perf_counter()
seen = {}
with open(out, "wb") as f:
    pr = subprocess.Popen(sys.argv[3:], stdout=f, stderr=subprocess.STDOUT)
    while pr.poll() is None:
        qemu_waits(pr.pid, seen)
        time.sleep(0.05)
    st = pr.returncode
t = time.perf_counter() - t
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
open("'"$bdir"'/wcpu", "a").write("%s %s %.2f %.2f %.2f\n" % (out.split("/")[-1], s, cpu, t, sum(seen.values()) / 1e9))
sys.exit(st)' "$o" "$s" $rt sh scripts/run.sh --smp "$s" --timeout 1200 "$img" -- "$@" ||
		{ cat "$o" >&2; echo "workers: $img at -smp $s failed" >&2; exit 1; }
}

: >"$bdir/wjob.times"
: >"$bdir/wcpu"
: >"$bdir/wmsg.rates"
: >"$bdir/wping.us"
echo "host: $(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
i=0
while [ $i -lt "$rounds" ]; do
	for s in 1 2 4; do
		run "$bdir/job.out" $s "$bdir/wjob.elf" "$jobn"
		cp "$bdir/job.out" "$bdir/last.out"
		grep -q "^primes below $jobn: " "$bdir/last.out" || { cat "$bdir/last.out" >&2; exit 1; }
		echo "$s $(sed -n 's/^# job: \([0-9.]*\) ms.*/\1/p' "$bdir/last.out")" >>"$bdir/wjob.times"
	done
	run "$bdir/last.out" 2 "$bdir/wflood.elf" "$floodn"
	grep -q "^flood: main got $floodn of $floodn, in order" "$bdir/last.out" || { cat "$bdir/last.out" >&2; exit 1; }
	sed -n 's/^# flood: \([0-9]*\) messages in \([0-9]*\) ms/\1 \2/p' "$bdir/last.out" >>"$bdir/wmsg.rates"
	run "$bdir/last.out" 2 "$bdir/wping.elf" 2000
	sed -n 's/^# pingpong: .* ms: \([0-9.]*\) us each/\1/p' "$bdir/last.out" >>"$bdir/wping.us"
	i=$((i + 1))
done
echo "host: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
python3 - "$bdir" "$jobn" "$rounds" "$UNIJS_ACCEL" <<'PY'
import statistics, sys
bdir, jobn, rounds, accel = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
t = {}
for line in open(bdir + "/wjob.times"):
    s, ms = line.split()
    t.setdefault(int(s), []).append(float(ms))
med = {s: statistics.median(v) for s, v in t.items()}
print("examples/workers, primes below %s, guest ms, median of %d alternating runs (%s):" % (jobn, rounds,
      "multi-threaded TCG" if accel == "tcg" else accel))
for s in sorted(med):
    print("  -smp %d  %9.1f ms  (runs: %s)" % (s, med[s], " ".join("%.0f" % x for x in t[s])))
cores = {}
waits = {}
for line in open(bdir + "/wcpu"):
    name, s, cpu, wall, wait = line.split()
    if name == "job.out":
        cores.setdefault(int(s), []).append(float(cpu) / float(wall))
        waits.setdefault(int(s), []).append(float(wait))
for s in sorted(cores):
    print("  -smp %d: QEMU used %.2f host cores on average over the run (median; the guest can use at most %d);"
          " its threads waited %s s for a host core (per run)" % (
        s, statistics.median(cores[s]), s, " / ".join("%.1f" % w for w in waits[s])))
r2, r4 = med[1] / med[2], med[1] / med[4]
print("  speed-up -smp 2: %.2fx (target >= 1.8x: %s); -smp 4: %.2fx" % (r2, "met" if r2 >= 1.8 else "not met", r4))
# Other programs on the host only ever slow a run down: the fastest run
# of each is the one that had the host's cores most to itself.
b2, b4 = min(t[1]) / min(t[2]), min(t[1]) / min(t[4])
print("  fastest run of each: speed-up -smp 2: %.2fx; -smp 4: %.2fx" % (b2, b4))
rates = [int(n) / (int(ms) / 1000.0) for n, ms in (l.split() for l in open(bdir + "/wmsg.rates"))]
print("postMessage main <-> worker, -smp 2, both ways at once: %.0f messages per second (median of %d; min %.0f, max %.0f)" % (
    statistics.median(rates), len(rates), min(rates), max(rates)))
us = [float(x) for x in open(bdir + "/wping.us").read().split()]
print("round trip main -> worker -> main: %.0f us (median of %d; min %.0f, max %.0f)" % (
    statistics.median(us), len(us), min(us), max(us)))
PY
