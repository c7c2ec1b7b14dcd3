#!/bin/sh
# bench/kvm-exits.sh: the exits to the hypervisor a served request costs,
# by guest function, under KVM. An HTTP service (SERVICE=hello, the
# default: examples/http-hello; SERVICE=cluster: examples/http-cluster)
# boots with -smp SMP (default 1) and is loaded by wrk (keep-alive,
# CONNECTIONS, default 32, for DURATION seconds, default 5) while perf
# records KVM's trace events on the host: every instruction KVM had to
# emulate (under PVM: each MSR write, MMIO access, hlt, ...) is an exit,
# named by the guest function it came from (the image's symbols), with
# the vCPU; wake-ups from halt and IPIs beside them. Prints each kind per
# request. The counts do not depend on the host's speed, only on how the
# guest batches its work (they do depend on the load: requests per pass).
# bench/exit-cost.sh says what one exit costs. Needs KVM, root and perf
# (Debian's linux-perf; installed here when missing).
. "$(dirname "$0")/common.sh"

service=${SERVICE:-hello} smp=${SMP:-1} conns=${CONNECTIONS:-32} dur=${DURATION:-5}
[ "$UNIJS_ACCEL" = kvm ] || { echo "kvm-exits: needs KVM (accelerator is $UNIJS_ACCEL)"; exit 0; }
command -v wrk >/dev/null 2>&1 || { echo "kvm-exits: needs wrk (bench/http-rps.sh installs it)" >&2; exit 1; }
command -v perf >/dev/null 2>&1 || apt-get install -y -qq linux-perf >/dev/null 2>&1 ||
	{ echo "kvm-exits: needs perf (apt-get install linux-perf)" >&2; exit 1; }
perf list 2>/dev/null | grep -q 'kvm:kvm_emulate_insn' ||
	{ echo "kvm-exits: this host's kernel has no kvm trace events for perf"; exit 0; }
case $service in
hello) name=http-hello ;;
cluster) name=http-cluster ;;
*) echo "kvm-exits: SERVICE=$service: expected hello or cluster" >&2; exit 1 ;;
esac
bench_image "$name" "examples/$name"
bench_net
pg=
trap '[ -n "$pg" ] && { for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done; wait "$pg" 2>/dev/null; }; bench_net_done' EXIT
bench_guest_net 8080
# shellcheck disable=SC2086
sh scripts/run.sh --smp "$smp" --timeout $((dur + 120)) $netargs --qemu "-name unijs,debug-threads=on" "$bdir/$name.elf" $netkargs >"$bdir/kvm-exits.out" 2>&1 &
pg=$!
bench_wait_200 "$host" "$port" 600 || { cat "$bdir/kvm-exits.out" >&2; echo "kvm-exits: the guest does not answer" >&2; exit 1; }
sleep 1 # a cluster's workers come up one after the other
perf record -q -o "$bdir/kvm-exits.perf" -a -e kvm:kvm_emulate_insn -e kvm:kvm_userspace_exit \
	-e kvm:kvm_vcpu_wakeup -e kvm:kvm_apic_ipi -e kvm:kvm_msi_set_irq -- \
	wrk -t1 -c"$conns" -d"${dur}s" "http://$host:$port/" >"$bdir/kvm-exits.wrk" 2>&1 ||
	{ cat "$bdir/kvm-exits.wrk" >&2; exit 1; }
reqs=$(awk '/requests in/ {print $1}' "$bdir/kvm-exits.wrk")
echo "kvm-exits: $name, -smp $smp, wrk -c$conns ${dur}s: ${reqs:-0} requests ($(awk '/Requests\/sec/ {print $2}' "$bdir/kvm-exits.wrk")/s)"
perf script -i "$bdir/kvm-exits.perf" 2>/dev/null | python3 -c '
import bisect, collections, re, sys
reqs, symf = int(sys.argv[1] or 0), sys.argv[2]
syms = [l.split() for l in open(symf)]
addrs = [int(s[0], 16) for s in syms]
def fn(rip):
    i = bisect.bisect_right(addrs, int(rip, 16)) - 1
    return syms[i][1] if i >= 0 else rip
n = collections.Counter()
for line in sys.stdin:
    m = re.match(r"\s*CPU (\d+)/KVM\s+\d+\s+\[\d+\]\s+[\d.]+:\s+kvm:(\w+):\s*(.*)", line)
    if m:
        cpu, ev, rest = m.groups()
        if ev == "kvm_emulate_insn":
            r = re.match(r"\d+:([0-9a-f]+):", rest)
            n[(cpu, "exit in " + fn(r.group(1)) if r else "exit")] += 1
        else:
            n[(cpu, {"kvm_userspace_exit": "  of them to QEMU (device registers)", "kvm_vcpu_wakeup": "wake-up from halt",
                     "kvm_apic_ipi": "IPI sent"}.get(ev, ev))] += 1
    elif "kvm:kvm_msi_set_irq" in line:
        n[("-", "device interrupt raised (MSI)")] += 1
total = collections.Counter()
for (cpu, what), k in sorted(n.items(), key=lambda x: (x[0][0], -x[1])):
    print("  %s %-44s %8.3f per request" % ("core " + cpu if cpu != "-" else "      ", what, k / max(reqs, 1)))
    if what.startswith("exit"):
        total[cpu] += k
for cpu in sorted(total):
    print("  core %s: %.3f exits per request in all" % (cpu, total[cpu] / max(reqs, 1)))
' "$reqs" "$bdir/img/$name/syms2"
