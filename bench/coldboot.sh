#!/bin/sh
# bench/coldboot.sh [N]: cold-boot cost of a unijs image against the floor.
#
# Whole-process wall time of QEMU, median of N runs (default 15, at least
# 10) each, for (a) the empty guest (bench/empty: a multiboot kernel whose
# first instruction exits through isa-debug-exit) and (b) examples/hello,
# both started by scripts/run.sh so the QEMU options are the same. The runs
# alternate so that drift on a shared machine hits both alike. Then N boots
# of hello with trace=boot: median time from kernel entry to the app's first
# statement, from the image's own TSC stamps.
#
# Targets (meant for KVM): hello <= 1.25 x empty; entry -> first statement
# <= 1 ms. Under TCG both are printed but measure QEMU's emulation.
. "$(dirname "$0")/common.sh"

n=${1:-${BENCH_N:-15}}
[ "$n" -ge 10 ] 2>/dev/null || { echo "coldboot: N must be at least 10" >&2; exit 2; }

bench_empty
bench_image hello examples/hello

# one untimed boot of each: page cache and QEMU's own files warm
sh scripts/run.sh "$bdir/empty.elf" >/dev/null && sh scripts/run.sh "$bdir/hello.elf" >/dev/null ||
	{ echo "coldboot: a warm-up boot failed" >&2; exit 1; }

: >"$bdir/cold.empty"
: >"$bdir/cold.hello"
: >"$bdir/cold.trace"
i=0
while [ $i -lt "$n" ]; do
	t=$(bench_wall sh scripts/run.sh "$bdir/empty.elf") || exit 1
	echo "$t" >>"$bdir/cold.empty"
	t=$(bench_wall sh scripts/run.sh "$bdir/hello.elf") || exit 1
	grep -q 'Hello from unijs!' "$bdir/last.out" || { echo "coldboot: hello printed:" >&2; cat "$bdir/last.out" >&2; exit 1; }
	echo "$t" >>"$bdir/cold.hello"
	i=$((i + 1))
done
i=0
while [ $i -lt "$n" ]; do
	sh scripts/run.sh "$bdir/hello.elf" trace=boot >"$bdir/last.out" 2>&1 || { cat "$bdir/last.out" >&2; exit 1; }
	grep 'boot-trace:.*first app statement=' "$bdir/last.out" >>"$bdir/cold.trace"
	i=$((i + 1))
done
[ -s "$bdir/cold.trace" ] || { echo "coldboot: no boot-trace line in:" >&2; cat "$bdir/last.out" >&2; exit 1; }

e=$(median <"$bdir/cold.empty")
h=$(median <"$bdir/cold.hello")
f=$(sed 's/.*first app statement=\([0-9.]*\)us.*/\1/' "$bdir/cold.trace" | median)
python3 - "$n" "$e" "$h" "$f" "$UNIJS_ACCEL" "$bdir" <<'PY'
import sys
n, e, h, f, accel, bdir = int(sys.argv[1]), *map(float, sys.argv[2:5]), sys.argv[5], sys.argv[6]
def spread(name):
    if name == "trace":
        v = sorted(float(l.split("first app statement=")[1].split("us")[0]) for l in open("%s/cold.trace" % bdir))
    else:
        v = sorted(float(x) for x in open("%s/cold.%s" % (bdir, name)).read().split())
    return "min %.1f, max %.1f" % (v[0] / 1e3, v[-1] / 1e3) if name != "trace" else "min %.0f, max %.0f" % (v[0], v[-1])
print("cold boot, wall time of the whole QEMU process, median of %d (%s):" % (n, accel))
print("  empty guest       %8.1f ms   (%s)" % (e / 1e3, spread("empty")))
print("  hello.elf         %8.1f ms   (%s)" % (h / 1e3, spread("hello")))
r = h / e
print("  hello/empty       %8.2f x    target <= 1.25 x under KVM: %s" % (r, "met" if r <= 1.25 else "not met"))
print("  hello - empty     %8.1f ms" % ((h - e) / 1e3))
print("entry -> first app statement (trace=boot), median of %d: %.0f us (%s)" % (n, f, spread("trace")))
import re, statistics
phases = {}
for line in open("%s/cold.trace" % bdir):
    for k, v in re.findall(r"([a-z][a-z ]*?)=([0-9.]+)us", line.split("boot-trace:")[1]):
        phases.setdefault(k.strip(), []).append(float(v))
print("  phases (median us): " + ", ".join("%s %.0f" % (k, statistics.median(v)) for k, v in phases.items()))
print("  target <= 1000 us under KVM: %s" % ("met" if f <= 1000 else "not met"))
if accel != "kvm":
    print("  (under %s these are QEMU's emulation speed, not what the KVM targets are about)" % accel)
PY
