#!/bin/sh
# bench/exits.sh [SECONDS]: the exits to QEMU (userspace) that serving
# costs, under KVM. examples/http-hello with a static ip= is loaded by
# wrk (keep-alive, 32 connections, SECONDS, default 5) with QEMU's
# kvm_run_exit and memory_region_ops_* trace events on; prints the exits
# by reason and by device register, per request and per NIC interrupt
# (one read of the NIC's InterruptStatus that found bits). The count
# does not depend on the host's speed per exit, only on how the guest
# batches its work: requests per interrupt vary with the load, so both
# ratios are printed. Exits that KVM handles in the kernel (HLT, the
# LAPIC) are not traced here. Needs KVM (an exit under TCG is not one).
. "$(dirname "$0")/common.sh"

secs=${1:-5}
[ "$UNIJS_ACCEL" = kvm ] || { echo "exits: needs KVM (accelerator is $UNIJS_ACCEL)"; exit 0; }
command -v wrk >/dev/null 2>&1 || { echo "exits: needs wrk (bench/http-rps.sh installs it)" >&2; exit 1; }
bench_image http-hello examples/http-hello
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$bdir/exits.trace
rm -f "$log"
sh scripts/run.sh --timeout $((secs + 60)) --fwd "$port:8080" \
	--qemu "-trace kvm_run_exit -trace memory_region_ops_write -trace memory_region_ops_read -D $log" \
	"$bdir/http-hello.elf" ip=10.0.2.15 gw=10.0.2.2 >"$bdir/exits.out" 2>&1 &
pid=$!
i=0
until curl -s -m 1 "http://127.0.0.1:$port/" >/dev/null 2>&1; do
	i=$((i + 1))
	[ $i -lt 100 ] || { cat "$bdir/exits.out" >&2; kill $pid; exit 1; }
	sleep 0.2
done
start=$(wc -l <"$log") # the boot's exits are left out
wrk -t1 -c32 -d"${secs}s" "http://127.0.0.1:$port/" >"$bdir/exits.wrk" 2>&1
for c in $(pgrep -P $pid); do kill "$c" 2>/dev/null; done
wait $pid 2>/dev/null
reqs=$(awk '/requests in/ {print $1}' "$bdir/exits.wrk")
tail -n +"$((start + 1))" "$log" | python3 -c '
import re, sys
reqs = int(sys.argv[1])
reasons = {2: "I/O port", 6: "MMIO", 26: "IOAPIC EOI"}
by_reason, by_reg, irqs, reason = {}, {}, 0, None
for line in sys.stdin:
    m = re.search(r"kvm_run_exit cpu_index \d+, reason (\d+)", line)
    if m:
        r = int(m.group(1))
        by_reason[r] = by_reason.get(r, 0) + 1
        continue
    m = re.search(r"memory_region_ops_(read|write) .* addr (0x[0-9a-f]+) value (0x[0-9a-f]+) .* name .([^\x27]+)", line)
    if m:
        k = "%s %s %s" % (m.group(1), m.group(4), m.group(2))
        by_reg[k] = by_reg.get(k, 0) + 1
        if m.group(1) == "read" and m.group(4) == "virtio-mmio" and m.group(2).endswith("60") and int(m.group(3), 16):
            irqs += 1
total = sum(by_reason.values())
print("exits: %d requests (wrk -c32), %d NIC interrupts (%.1f requests each)" % (reqs, irqs, reqs / max(irqs, 1)))
print("  exits to QEMU: %d, %.3f per request, %.2f per interrupt" % (total, total / max(reqs, 1), total / max(irqs, 1)))
for r, n in sorted(by_reason.items(), key=lambda x: -x[1]):
    print("    reason %d (%s): %d" % (r, reasons.get(r, "?"), n))
for k, n in sorted(by_reg.items(), key=lambda x: -x[1])[:6]:
    print("    %s: %d" % (k, n))
' "${reqs:-0}"
