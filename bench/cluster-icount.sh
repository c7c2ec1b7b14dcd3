#!/bin/sh
# bench/cluster-icount.sh: what one keep-alive request of
# examples/http-cluster's service costs each core, in guest instructions
# (deterministic: no timing, whatever the host's load). bench/http/cluster-cpu
# (the service plus GET /cpu: the serving core's and core 0's busy time)
# boots under QEMU's TCG with -icount shift=0 (one instruction per virtual
# ns) at -smp 1 and -smp 2; per connection: WARM requests, /cpu, N
# requests of GET /, /cpu, /cpu (the cost of a /cpu request itself,
# subtracted). At -smp 1 the primary serves alone (core 0 does
# everything). At -smp 2 worker 1 serves on core 1 while core 0 runs lwIP
# and the relay, and worker 2 serves on core 0, time-shared with the
# primary (lib/task.h): one connection to each (a connection stays with
# the worker it was handed to), measured one after the other. From those
# it prints the bound they set on -smp 2 / -smp 1 in requests/s: both
# cores busy all the time, core 1 with worker 1's requests, core 0 with
# their relay and with worker 2's whole requests.
#   N=2000 WARM=200
. "$(dirname "$0")/common.sh"

n=${N:-2000} warm=${WARM:-200}
bench_image cluster-cpu bench/http/cluster-cpu
pg=
stop() {
	[ -n "$pg" ] && { for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done; wait "$pg" 2>/dev/null; }
	pg=
}
trap stop EXIT

echo "cluster-icount: bench/http/cluster-cpu (examples/http-cluster's service), one keep-alive connection per worker, $n requests after $warm"
for s in 1 2; do
	p=$(freeport)
	UNIJS_ACCEL=tcg sh scripts/run.sh --smp "$s" --qemu "-icount shift=0" --timeout 1800 --fwd "$p:8080" \
		"$bdir/cluster-cpu.elf" >"$bdir/cluster-cpu.icount.out" 2>&1 &
	pg=$!
	python3 - "$p" "$n" "$warm" "$s" "$bdir/cluster-icount.p0" <<'PY' || { cat "$bdir/cluster-cpu.icount.out" >&2; exit 1; }
import http.client, sys, time
sys.path.insert(0, 'bench/http')
import icount_client
port, n, warm, smp, p0file = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def who(c):
    return icount_client.get(c, '/').decode().strip()
def measure(c):
    def cpu():
        return [int(x) for x in icount_client.get(c, '/cpu').split()]
    for _ in range(warm):
        icount_client.get(c, '/')
    u0 = cpu()
    for _ in range(n):
        icount_client.get(c, '/')
    u1 = cpu()
    u2 = cpu()
    return [((u1[i] - u0[i]) - (u2[i] - u1[i])) * 1000.0 / n for i in range(2)]
c = icount_client.connect(port)
if smp == 1:
    per = measure(c)
    open(p0file, 'w').write('%f\n' % per[0])
    print('  -smp 1  core 0 (the primary serves): %9.0f guest instructions per request' % per[0])
    sys.exit(0)
# one connection per worker: new ones until each worker has one (worker 2
# may listen after worker 1 took the first; a hang guard bounds it)
conns = {}
for _ in range(200):
    w = who(c)
    conns.setdefault(w, c)
    if len(conns) == 2:
        break
    c = icount_client.connect(port)
else:
    sys.exit('cluster-icount: answers came from %s only' % sorted(conns))
per = {w: measure(k) for w, k in conns.items()}
w1, w2 = per['hello from worker 1'], per['hello from worker 2']
print('  -smp %d  worker 1 (core 1): %9.0f   core 0 (lwIP, the relay): %7.0f guest instructions per request' % (smp, w1[0], w1[1]))
print('  -smp %d  worker 2 (core 0, time-shared with the primary): core 0 %9.0f guest instructions per request' % (smp, w2[1]))
try:
    p0 = float(open(p0file).read())
except (OSError, ValueError):
    p0 = None
# both cores busy: core 1 takes x1 = 1/W1 requests per unit, core 0 what
# its relay of those leaves: x2 = (1 - x1 * R) / C0, against 1/P0 alone
x1 = 1.0 / w1[0]
x2 = max(0.0, 1.0 - x1 * w1[1]) / w2[1]
if p0:
    print('  bound on -smp 2 / -smp 1 requests/s with both cores busy: %.2f x (core 1 %.0f%%, core 0 %.0f%% of the requests)' % (
        (x1 + x2) * p0, 100 * x1 / (x1 + x2), 100 * x2 / (x1 + x2)))
PY
	stop
done
