#!/bin/sh
# bench/http-icount.sh: what one HTTP request costs the guest, counted in
# guest instructions (deterministic: no timing), and the transmit copies.
#
# 1. bench/http/hello-cpu (examples/http-hello's service, plus /cpu and
#    /big), then bench/http/express-cpu (tests/apps/express4's Express 4
#    service with the same two routes, staged with its npm packages as
#    tests/apps/run.sh stages it) boot under QEMU's TCG with -icount
#    shift=0, where one guest
#    nanosecond is one instruction; process.cpuUsage() counts the core's
#    busy time (the loop's halts left out). One keep-alive connection:
#    WARM requests, then /cpu, N requests of GET /, /cpu, /cpu (the cost of
#    a /cpu request itself, subtracted), M requests of GET /big (1 MB),
#    /cpu, K requests of GET /chunked (a body streamed in 9 write() calls),
#    /cpu, K of GET /chunked-big (4 writes of 16 KiB), /cpu. Prints
#    instructions per keep-alive request, per 1 MB response and per
#    chunked response.
#    SERVICES="hello express" chooses.
# 2. hello-cpu with log=debug (no -icount): the same requests, then
#    the net's transmit counters (net/net.h, net_tx_stats): bytes copied by
#    lwIP's tcp_write, bytes copied into the device's ring, bytes the
#    device read where they lay, per byte sent.
# 3. bench/http-rps.sh (DURATION, default 10 s here): requests/s against
#    node on the host, in the same run.
#   N=300 M=4 WARM=50 K=100  RPS=0 skips step 3
#   MEM=SIZE: the guests' -m (default 32M, 64M for Express; bench/http-rps.sh
#   runs both at 32M, and the collector's pace follows the heap's size)
. "$(dirname "$0")/common.sh"

n=${N:-300} m=${M:-4} warm=${WARM:-50} k=${K:-100}
services=${SERVICES:-hello express}
for s in $services; do
	case $s in
	hello) bench_image hello-cpu bench/http/hello-cpu ;;
	express) bench_stage express-cpu bench/http/express-cpu && bench_image express-cpu "$bdir/apps/express-cpu" ;;
	*) echo "http-icount: no service $s (hello, express)" >&2; exit 2 ;;
	esac
done
pg=
stop() {
	[ -n "$pg" ] && for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done
	pg=
}
trap stop EXIT

client() { # PORT MODE: MODE icount prints the figures, copies just runs the requests
	python3 - "$1" "$n" "$m" "$warm" "$2" "$k" <<'PY'
import http.client, socket, sys, time
sys.path.insert(0, 'bench/http')
import icount_client
port, n, m, warm, mode, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
c = icount_client.connect(port)
def get(path):
    return icount_client.get(c, path)
for _ in range(warm):
    get('/')
get('/big')
u0 = int(get('/cpu'))
for _ in range(n):
    get('/')
u1 = int(get('/cpu'))
u2 = int(get('/cpu'))
for _ in range(m):
    assert len(get('/big')) == 1024 * 1024
u3 = int(get('/cpu'))
for _ in range(k):
    assert len(get('/chunked')) == 8 * 48 + 1024
u4 = int(get('/cpu'))
for _ in range(k):
    assert len(get('/chunked-big')) == 4 * 16384
u5 = int(get('/cpu'))
if mode == 'icount':
    cpu = u2 - u1
    print('  keep-alive GET /      %9.0f guest instructions per request (%d requests)' % (((u1 - u0) - cpu) * 1000.0 / n, n))
    print('  GET /big (1 MB)       %9.0f guest instructions per response (%d responses), %.1f per byte' % (
        ((u3 - u2) - cpu) * 1000.0 / m, m, ((u3 - u2) - cpu) * 1000.0 / m / 1048576))
    print('  GET /chunked          %9.0f guest instructions per response (%d responses, 9 chunks each)' % (
        ((u4 - u3) - cpu) * 1000.0 / k, k))
    print('  GET /chunked-big      %9.0f guest instructions per response (%d responses, 4 chunks of 16 KiB each)' % (
        ((u5 - u4) - cpu) * 1000.0 / k, k))
PY
}

for s in $services; do
	case $s in
	hello) echo "http-icount: examples/http-hello's service (bench/http/hello-cpu), one keep-alive connection" ;;
	express) echo "http-icount: tests/apps/express4's Express 4 service (bench/http/express-cpu), one keep-alive connection" ;;
	esac
	mem=32M; [ $s = express ] && mem=64M # Express's 2 MB of modules
	mem=${MEM:-$mem}
	p=$(freeport)
	UNIJS_ACCEL=tcg sh scripts/run.sh --qemu "-icount shift=0" --mem $mem --timeout 1800 --fwd "$p:8080" \
		"$bdir/$s-cpu.elf" >"$bdir/$s-cpu.icount.out" 2>&1 &
	pg=$!
	client "$p" icount || { cat "$bdir/$s-cpu.icount.out" >&2; exit 1; }
	stop
done
case " $services " in *" hello "*) ;; *) exit 0 ;; esac

p=$(freeport)
sh scripts/run.sh --timeout 600 --fwd "$p:8080" "$bdir/hello-cpu.elf" log=debug >"$bdir/hello-cpu.debug.out" 2>&1 &
pg=$!
client "$p" copies || { cat "$bdir/hello-cpu.debug.out" >&2; exit 1; }
# the counters are printed each second: wait for a line after the last request
sleep 3
stop
python3 - "$bdir/hello-cpu.debug.out" "$n" "$m" "$warm" <<'PY'
import re, sys
t = open(sys.argv[1], errors='replace').read()
n, m, warm = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lines = re.findall(r'net: tx frames (\d+) bytes (\d+); copies: by tcp_write (\d+), into the ring (\d+); sent where they lay (\d+), written without copy (\d+)', t)
if not lines:
    sys.exit('http-icount: no transmit counters in the log=debug output')
fr, by, tw, ring, sg, nc = map(int, lines[-1])
print('  transmit, all %d requests (%d frames, %d bytes sent): bytes copied by tcp_write %d (%.2f per byte sent), '
      'into the ring %d (%.2f per byte); sent where they lay %d; written without copy %d'
      % (warm + 1 + n + 3 + m + 1, fr, by, tw, tw / by, ring, ring / by, sg, nc))
PY
if [ "${RPS:-1}" != 0 ]; then
	UNIJS_BENCH_NOBUILD=1 DURATION=${DURATION:-10} sh bench/http-rps.sh | grep -v '^accelerator'
fi
