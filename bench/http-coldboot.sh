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
# QEMU process, same run.sh options plus the NIC. The image is launched
# twice a round: asking DHCP for its address (run.sh's default) and with a
# static `ip=10.0.2.15 gw=10.0.2.2`. With PEER=1, the same index.js in a
# Linux microVM with node under the same accelerator
# (../shared/peers/linux-microvm, built under $WORK, default
# /tmp/linux-microvm; -m 256M, its smallest). Runs alternate. Prints
# medians and the ratios of the image to node, the empty guest and the
# microVM.
#   PEER=1  PEERS=dir (default ../shared/peers)  WORK=dir
. "$(dirname "$0")/common.sh"

n=${1:-${BENCH_N:-10}}
[ "$n" -ge 10 ] 2>/dev/null || { echo "http-coldboot: N must be at least 10" >&2; exit 2; }
peer=${PEER:-0}
peers=${PEERS:-$top/../shared/peers}
export WORK=${WORK:-/tmp/linux-microvm}
bench_empty
bench_image http-hello examples/http-hello
if [ "$peer" = 1 ]; then
	for t in cpio zstd; do
		command -v $t >/dev/null 2>&1 || apt-get install -y $t >"$bdir/$t-install.log" 2>&1 ||
			{ echo "http-coldboot: cannot install $t" >&2; exit 1; }
	done
	[ -f "$WORK/vmlinuz" ] || sh "$peers/linux-microvm/fetch.sh" >"$bdir/peer-fetch.log" 2>&1 ||
		{ tail -5 "$bdir/peer-fetch.log" >&2; echo "http-coldboot: cannot fetch the peer's kernel" >&2; exit 1; }
	sh "$peers/linux-microvm/build-initrd-http.sh" examples/http-hello/index.js uhello node-stripped zst >"$bdir/peer-initrd.log" 2>&1 ||
		{ tail -5 "$bdir/peer-initrd.log" >&2; echo "http-coldboot: cannot build the peer's initramfs" >&2; exit 1; }
fi

python3 - "$n" "$bdir" "$UNIJS_ACCEL" "$peer" "$peers" "$WORK" <<'PY'
import os, signal, socket, statistics, subprocess, sys, time
n, bdir, accel = int(sys.argv[1]), sys.argv[2], sys.argv[3]
peer, peers, work = sys.argv[4] == '1', sys.argv[5], sys.argv[6]

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
            if time.perf_counter() - t0 > 300:
                sys.exit('http-coldboot: no 200 from %s in 300 s' % argv)
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

def guest(*cmdline):
    p = freeport()
    return first_200(['sh', 'scripts/run.sh', '--timeout', '120', '--fwd', '%d:8080' % p,
                      bdir + '/http-hello.elf'] + list(cmdline), p)

def static():
    return guest('ip=10.0.2.15', 'gw=10.0.2.2')

def microvm():
    p = freeport()
    env = dict(os.environ, FWD='%d:8080' % p, MEM='256M', ACCEL=accel)
    return first_200(['sh', os.path.join(peers, 'linux-microvm', 'boot-http.sh'),
                      os.path.join(work, 'initrd-http-uhello.cpio.zst')], p, env)

def node():
    p = freeport()
    return first_200(['node', 'examples/http-hello/index.js'], p, dict(os.environ, PORT=str(p)))

guest(); node(); empty()  # warm-up: page cache, QEMU's and node's files
g, gs, nd, e, mv = [], [], [], [], []
for _ in range(n):
    g.append(guest()); gs.append(static()); nd.append(node()); e.append(empty())
    if peer:
        mv.append(microvm())
def show(name, v):
    v = [x * 1e3 for x in v]
    print('  %-26s median %8.1f ms  (min %.1f, max %.1f)' % (name, statistics.median(v), min(v), max(v)))
    return statistics.median(v)
print('http-coldboot: launch -> first HTTP 200 seen by the host (curl loop), median of %d (%s)' % (n, accel))
mg = show('http-hello.elf (QEMU), DHCP', g)
ms = show('http-hello.elf, static ip=', gs)
mn = show('node index.js (host)', nd)
me = show('empty guest (QEMU exits)', e)
if peer:
    mm = show('Linux microVM with node', mv)
print('  http-hello / node         %8.2f x (static ip=: %.2f x)' % (mg / mn, ms / mn))
print('  http-hello / empty guest  %8.2f x (static ip=: %.2f x)' % (mg / me, ms / me))
print('  http-hello - empty guest  %8.1f ms (static ip=: %.1f ms)' % (mg - me, ms - me))
if peer:
    print('  http-hello / microVM      %8.3f x (static ip=: %.3f x)' % (mg / mm, ms / mm))
if accel != 'kvm':
    print('  (guest under %s: boot and first request are QEMU emulation speed)' % accel)
PY
