#!/bin/sh
# bench/cluster-icount.sh: what one keep-alive request of
# examples/http-cluster's service costs each core, in guest instructions
# (deterministic: no timing, whatever the host's load). bench/http/cluster-cpu
# (the service plus GET /cpu: the serving core's and core 0's busy time)
# boots under QEMU's TCG with -icount shift=0 (one instruction per virtual
# ns) at -smp 1 and -smp 2; one keep-alive connection: WARM requests, /cpu,
# N requests of GET /, /cpu, /cpu (the cost of a /cpu request itself,
# subtracted). At -smp 1 the primary serves alone (core 0 does
# everything); at -smp 2 core 0 runs lwIP and the relay and the one worker
# serves (a connection stays with the worker it was handed to, so more
# workers would add nothing to one connection's figures).
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

echo "cluster-icount: bench/http/cluster-cpu (examples/http-cluster's service), one keep-alive connection, $n requests after $warm"
for s in 1 2; do
	p=$(freeport)
	UNIJS_ACCEL=tcg sh scripts/run.sh --smp "$s" --qemu "-icount shift=0" --timeout 1800 --fwd "$p:8080" \
		"$bdir/cluster-cpu.elf" >"$bdir/cluster-cpu.icount.out" 2>&1 &
	pg=$!
	python3 - "$p" "$n" "$warm" "$s" <<'PY' || { cat "$bdir/cluster-cpu.icount.out" >&2; exit 1; }
import http.client, sys, time
sys.path.insert(0, 'bench/http')
import icount_client
port, n, warm, smp = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
c = icount_client.connect(port)
def get(path):
    return icount_client.get(c, path)
def cpu():
    return [int(x) for x in get('/cpu').split()]
for _ in range(warm):
    get('/')
u0 = cpu()
for _ in range(n):
    get('/')
u1 = cpu()
u2 = cpu()
per = [((u1[i] - u0[i]) - (u2[i] - u1[i])) * 1000.0 / n for i in range(2)]
if smp == 1:
    print('  -smp 1  core 0 (the primary serves): %9.0f guest instructions per request' % per[0])
else:
    print('  -smp %d  serving worker: %9.0f   core 0 (lwIP, the relay): %7.0f guest instructions per request' % (smp, per[0], per[1]))
PY
	stop
done
