#!/bin/sh
# bench/http-mem.sh: does an HTTP service's heap stay flat under load?
#
# examples/http-hello boots in a
# guest with -m 8M and trace=gc (docs/memory.md: a line per collection,
# with the heap's use after it) and serves 10 000 requests from the host:
# connections of 100 keep-alive requests, 4 at a time. What stays live is
# the heap right after a collection: the least of those in the first
# 2,000 requests and in the last 2,000 must agree within 5% (a leak of a
# few bytes per request or per connection shows well above that). Each
# window must hold two collections at least. (Before the thirty-first
# session the service's own least heapUsed between two readings stood for
# it; the collector now lets most of the heap fill first, and a window of
# 100 requests saw no collection.)
#   REQUESTS=N (default 10000, at least 5000), MEM=SIZE (default 8M)
. "$(dirname "$0")/common.sh"

total=${REQUESTS:-10000}
mem=${MEM:-8M}
bench_image http-mem examples/http-hello
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sh scripts/run.sh --mem "$mem" --timeout 900 --fwd "$port:8080" "$bdir/http-mem.elf" trace=gc >"$bdir/http-mem.out" 2>&1 &
app=$!
stop() { for c in $(pgrep -P "$app"); do kill "$c" 2>/dev/null; done; }
trap stop EXIT
python3 - "$port" "$total" "$mem" "$bdir/http-mem.out" <<'PY'
import http.client, re, sys, threading, time
port, total, msize, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
if total < 5000:
    sys.exit('http-mem: REQUESTS=%d: at least 5000 (two windows of 2000 and more between)' % total)
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
def gclines():
    with open(out, errors='replace') as f:
        return [int(m.group(1)) for m in re.finditer(r'^gc: #\d+ .* heap \d+ -> (\d+) KiB', f.read().replace('\r', ''), re.M)]
t = time.time()
n0 = len(gclines())
batch(2000)
n1 = len(gclines())
batch(total - 4000)
n2 = len(gclines())
batch(2000)
dt = time.time() - t
time.sleep(1)  # (the console's last line)
g = gclines()
early, late = g[n0:n1], g[n2:]
print('http-mem: -m %s, %d requests (%d connections of <= 100), %.1f s, %.0f requests/s, %d collections' % (msize, total, (total + 99) // 100, dt, total / dt, len(g) - n0))
if len(early) < 2 or len(late) < 2:
    sys.exit('http-mem: %d and %d collections in the first and last 2000 requests: too few to tell (a larger MEM collects less often)' % (len(early), len(late)))
a, b = min(early), min(late)
d = (b - a) / a
print('  heap after a collection, least in the first 2000 requests: %6d KiB (%d collections)' % (a, len(early)))
print('  heap after a collection, least in the last 2000:           %6d KiB (%d collections)' % (b, len(late)))
print('  change %+.2f%%   within 5%%: %s' % (d * 100, 'yes' if abs(d) <= 0.05 else 'NO'))
sys.exit(0 if abs(d) <= 0.05 else 1)
PY
