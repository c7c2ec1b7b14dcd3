#!/bin/sh
# bench/http-coldboot.sh [N]: time from starting a service to the first
# HTTP 200 the host sees.
#
# For each of N runs (default 10, at least 10), a clock starts, the service
# is launched, and curl asks http://127.0.0.1:PORT/ in a tight loop (a new
# curl every 10 ms, overlapping) until one answer is 200; the clock stops
# there and the service is killed.
# Services: examples/http-hello booted by scripts/run.sh --fwd (QEMU
# process start, boot, NIC, DHCP-free listen, slirp), and the same
# index.js started with `node` the same way. The floor: the empty guest of
# bench/coldboot.sh (a kernel that exits at its first instruction), whole
# QEMU process, same run.sh options plus the NIC. Runs alternate. Prints
# medians and the ratios http-hello/node and http-hello/empty.
. "$(dirname "$0")/common.sh"

n=${1:-${BENCH_N:-10}}
[ "$n" -ge 10 ] 2>/dev/null || { echo "http-coldboot: N must be at least 10" >&2; exit 2; }
bench_empty
bench_image http-hello examples/http-hello

python3 - "$n" "$bdir" "$UNIJS_ACCEL" <<'PY'
import os, signal, socket, statistics, subprocess, sys, time
n, bdir, accel = int(sys.argv[1]), sys.argv[2], sys.argv[3]

def freeport():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); p = s.getsockname()[1]; s.close(); return p

def first_200(argv, port, env=None):
    """Seconds from launch to curl's first 200; the service is then killed.
    A new curl starts every 10 ms while earlier ones still wait: one sent
    before the guest's NIC was up never gets an answer (slirp's SYN to the
    guest was lost) and would otherwise hold the loop for its whole
    --max-time."""
    url = 'http://127.0.0.1:%d/' % port
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         env=env, start_new_session=True)
    curls = []
    try:
        while True:
            curls.append(subprocess.Popen(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}',
                                           '--max-time', '2', url],
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True))
            time.sleep(0.01)
            for c in curls[:]:
                if c.poll() is not None:
                    curls.remove(c)
                    if c.stdout.read() == '200':
                        return time.perf_counter() - t0
                    c.stdout.close()
            if p.poll() is not None:
                sys.exit('http-coldboot: %s ended before answering' % argv)
            if time.perf_counter() - t0 > 120:
                sys.exit('http-coldboot: no 200 from %s in 120 s' % argv)
    finally:
        for c in curls:
            c.kill(); c.wait(); c.stdout.close()
        os.killpg(p.pid, signal.SIGTERM)  # run.sh, timeout and QEMU, or node
        p.wait()

def empty():
    t0 = time.perf_counter()
    st = subprocess.call(['sh', 'scripts/run.sh', '--fwd', '%d:9' % freeport(), bdir + '/empty.elf'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t0
    if st != 0:
        sys.exit('http-coldboot: the empty guest exited %d' % st)
    return t

def guest():
    p = freeport()
    return first_200(['sh', 'scripts/run.sh', '--timeout', '120', '--fwd', '%d:8080' % p,
                      bdir + '/http-hello.elf'], p)

def node():
    p = freeport()
    return first_200(['node', 'examples/http-hello/index.js'], p, dict(os.environ, PORT=str(p)))

guest(); node(); empty()  # warm-up: page cache, QEMU's and node's files
g, nd, e = [], [], []
for _ in range(n):
    g.append(guest()); nd.append(node()); e.append(empty())
def show(name, v):
    v = [x * 1e3 for x in v]
    print('  %-26s median %8.1f ms  (min %.1f, max %.1f)' % (name, statistics.median(v), min(v), max(v)))
    return statistics.median(v)
print('http-coldboot: launch -> first HTTP 200 seen by the host (curl loop), median of %d (%s)' % (n, accel))
mg = show('http-hello.elf (QEMU)', g)
mn = show('node index.js (host)', nd)
me = show('empty guest (QEMU exits)', e)
print('  http-hello / node         %8.2f x' % (mg / mn))
print('  http-hello / empty guest  %8.2f x' % (mg / me))
print('  http-hello - empty guest  %8.1f ms' % (mg - me))
if accel != 'kvm':
    print('  (guest under %s: boot and first request are QEMU emulation speed)' % accel)
PY
