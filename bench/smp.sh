#!/bin/sh
# bench/smp.sh [N]: what SMP costs at boot, and how fast cores talk.
#
# 1. Boot time added by the APs' start-up, in guest time: examples/hello
#    with trace=boot under QEMU's TCG with -icount shift=0 (one guest
#    instruction = 1 ns of virtual time: deterministic, so the load of the
#    host does not enter; single-threaded TCG, which -icount needs), at
#    -smp 1, 2, 4 and 8. The figure is the time from kernel entry to the
#    app's first statement (its first console line) at -smp N minus the
#    same at -smp 1; the "cores up" stamp is when smp_start returned.
#    Target: <= 1 ms added at -smp 2.
# 2. Cross-core messages: the xmsg test image (tests/boot/xmsg.c) at
#    -smp 2 under multi-threaded TCG, 1,000,000 messages core 1 -> core 0:
#    messages per second by the guest's clock, median of N (default 3).
#    Host-load dependent: recorded, not held against a target.
#
# TCG only (the figure is about the guest's own work; KVM is not here).
. "$(dirname "$0")/common.sh"

n=${1:-${BENCH_N:-3}}
bench_image hello examples/hello
make -s build/test/xmsg.elf >"$bdir/make-xmsg.log" 2>&1 || { cat "$bdir/make-xmsg.log" >&2; exit 1; }

: >"$bdir/smp.trace"
for c in 1 2 4 8; do
	UNIJS_ACCEL=tcg sh scripts/run.sh --smp $c --qemu "-icount shift=0" --timeout 300 "$bdir/hello.elf" trace=boot \
		>"$bdir/last.out" 2>&1 || { cat "$bdir/last.out" >&2; echo "smp: boot at -smp $c failed" >&2; exit 1; }
	l=$(grep 'boot-trace:' "$bdir/last.out") || { cat "$bdir/last.out" >&2; exit 1; }
	echo "$c $l" >>"$bdir/smp.trace"
done
: >"$bdir/smp.msgs"
i=0
while [ $i -lt "$n" ]; do
	UNIJS_ACCEL=tcg sh scripts/run.sh --smp 2 --timeout 600 build/test/xmsg.elf log=info >"$bdir/last.out" 2>&1 ||
		{ cat "$bdir/last.out" >&2; echo "smp: the message test failed" >&2; exit 1; }
	sed -n 's/^xmsg: [0-9]* messages in [0-9]* ms (\([0-9]*\) per second).*/\1/p' "$bdir/last.out" >>"$bdir/smp.msgs"
	i=$((i + 1))
done
python3 - "$bdir" "$n" <<'PY'
import re, statistics, sys
bdir, n = sys.argv[1], int(sys.argv[2])
rows = {}
for line in open(bdir + "/smp.trace"):
    c, rest = line.split(" ", 1)
    d = {k.strip(): float(v) for k, v in re.findall(r"([a-z][a-z ]*?)=([0-9.]+)us", rest)}
    rows[int(c)] = d
base = rows[1]["first app statement"]
print("boot, guest time under -icount shift=0 (deterministic), entry -> first app statement:")
for c in sorted(rows):
    d = rows[c]
    added = d["first app statement"] - base
    up = d.get("cores up")
    extra = "; cores up at %.0f us (interrupts ready at %.0f us)" % (up, d["interrupts ready"]) if up else ""
    print("  -smp %d  %8.0f us   added %6.0f us%s" % (c, d["first app statement"], added, extra))
a2 = rows[2]["first app statement"] - base
print("  -smp 2 adds %.0f us: target <= 1000 us: %s; ratio -smp 2 / -smp 1 = %.3f" % (
    a2, "met" if a2 <= 1000 else "not met", rows[2]["first app statement"] / base))
v = sorted(float(x) for x in open(bdir + "/smp.msgs").read().split())
print("messages core 1 -> core 0, -smp 2, multi-threaded TCG, median of %d: %.0f per second (min %.0f, max %.0f)" % (
    len(v), statistics.median(v), v[0], v[-1]))
PY
