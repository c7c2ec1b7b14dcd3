#!/bin/sh
# bench/http-mem.sh: does an HTTP service's heap stay flat under load?
#
# bench/http/mem-service.js (examples/http-hello's answer, plus GET /mem
# reporting the post-GC floor of process.memoryUsage().heapUsed) boots in
# a guest with -m 8M and serves 10 000 requests from the host: 100
# connections of 100 keep-alive requests, 4 at a time. The floor after the
# first 100 requests and after all 10 000 must agree within 5% (a leak of
# a few bytes per request or per connection shows well above that).
#   REQUESTS=N (default 10000), MEM=SIZE (default 8M)
. "$(dirname "$0")/common.sh"

total=${REQUESTS:-10000}
mem=${MEM:-8M}
bench_image http-mem bench/http/mem-service.js
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sh scripts/run.sh --mem "$mem" --timeout 900 --fwd "$port:8080" "$bdir/http-mem.elf" >"$bdir/http-mem.out" 2>&1 &
app=$!
stop() { for c in $(pgrep -P "$app"); do kill "$c" 2>/dev/null; done; }
trap stop EXIT
python3 - "$port" "$total" "$mem" <<'PY'
import http.client, json, sys, threading, time
port, total, msize = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
def conn():
    return http.client.HTTPConnection('127.0.0.1', port, timeout=60)
end = time.time() + 120
while True:
    try:
        c = conn(); c.request('GET', '/'); c.getresponse().read(); c.close(); break
    except Exception:
        if time.time() > end:
            sys.exit('http-mem: the service does not answer')
        time.sleep(0.2)
def mem():
    c = conn(); c.request('GET', '/mem'); r = json.loads(c.getresponse().read()); c.close()
    return r
def batch(n, per_conn=100, threads=4):
    left = [n]; lock = threading.Lock(); errors = []
    def worker():
        while True:
            with lock:
                k = min(per_conn, left[0]); left[0] -= k
            if k == 0:
                return
            c = conn()
            for _ in range(k):
                c.request('GET', '/'); r = c.getresponse(); b = r.read()
                if r.status != 200 or b != b'Hello from unijs\n':
                    errors.append((r.status, b[:40]))
            c.close()
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts: t.start()
    for t in ts: t.join()
    if errors:
        sys.exit('http-mem: bad answers: %r' % errors[:3])
mem()                      # reset the floor after the warm-up request
t = time.time()
batch(100)
a = mem()
batch(total - 100)
b = mem()
dt = time.time() - t
d = (b['floor'] - a['floor']) / a['floor']
print('http-mem: -m %s, %d requests (%d connections of <= 100), %.1f s, %.0f requests/s' % (msize, total, (total + 99) // 100, dt, total / dt))
print('  heapUsed floor after the first 100:  %8d bytes (heapTotal %d)' % (a['floor'], a['heapTotal']))
print('  heapUsed floor after all %5d:       %8d bytes (heapTotal %d)' % (total, b['floor'], b['heapTotal']))
print('  change %+.2f%%   within 5%%: %s' % (d * 100, 'yes' if abs(d) <= 0.05 else 'NO'))
sys.exit(0 if abs(d) <= 0.05 else 1)
PY
