#!/bin/sh
# bench/http-coldboot.sh [N]: time from starting a service to the first
# HTTP 200 the host sees.
#
# For each of N runs (default 10, at least 10), bench/http/first200 starts
# the clock, launches the service and asks http://127.0.0.1:PORT/ until an
# answer is 200 (one waiting connection, retried at once when refused or
# reset: see first200.c for why that neither polls nor meets a SYN
# retransmission); the clock stops there and the service is killed. Every
# service below is timed by that same client.
# Services: examples/http-hello booted by scripts/run.sh --fwd (QEMU
# process start, boot, NIC, listen, slirp), and the same index.js started
# with `node` the same way. The floor: the empty guest of bench/coldboot.sh
# (a kernel that exits at its first instruction), whole QEMU process, same
# run.sh options plus the NIC. The image is launched twice a round: asking
# DHCP for its address (run.sh's default) and with a static
# `ip=10.0.2.15 gw=10.0.2.2` (the target's figure). With PEER=1, the same
# index.js in a Linux microVM with node under the same accelerator
# (../shared/peers/linux-microvm, built under $WORK, default
# /tmp/linux-microvm; -m 256M, its smallest). Runs alternate. Prints
# medians, spread and the ratios of the image to node, the empty guest and
# the microVM (target: static ip= / empty guest <= 1.3).
# With TRACE=1, N more boots of the static image with trace=http
# (lib/trace.h), printed as the median time of each phase after launch
# (under KVM the guest's TSC is the host's: its stamps and the client's
# clock line up) or after the guest's entry (TCG).
# With BASE=IMAGE.elf (another build of http-hello, e.g. the main
# branch's), that image with the static ip= too, in the same rounds: a
# before/after comparison under the same load.
#   PEER=1  PEERS=dir (default ../shared/peers)  WORK=dir  TRACE=1  BASE=IMAGE.elf
. "$(dirname "$0")/common.sh"

n=${1:-${BENCH_N:-10}}
[ "$n" -ge 10 ] 2>/dev/null || { echo "http-coldboot: N must be at least 10" >&2; exit 2; }
peer=${PEER:-0}
peers=${PEERS:-$top/../shared/peers}
export WORK=${WORK:-/tmp/linux-microvm}
bench_empty
bench_image http-hello examples/http-hello
gcc -O2 -Wall -Wextra -Werror -o "$bdir/first200" bench/http/first200.c ||
	{ echo "http-coldboot: cannot build bench/http/first200.c" >&2; exit 1; }
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

python3 - "$n" "$bdir" "$UNIJS_ACCEL" "$peer" "$peers" "$WORK" "${TRACE:-0}" "${BASE:-}" <<'PY'
import os, re, socket, statistics, subprocess, sys, time
n, bdir, accel = int(sys.argv[1]), sys.argv[2], sys.argv[3]
peer, peers, work, trace, base = sys.argv[4] == '1', sys.argv[5], sys.argv[6], sys.argv[7] == '1', sys.argv[8]

def freeport():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); p = s.getsockname()[1]; s.close(); return p

def first_200(argv, port, env=None, out=None):
    """bench/http/first200's line for one launch, as a dict (ms: launch ->
    first 200 in ms)."""
    cmd = [bdir + '/first200'] + (['-o', out, '-w', 'tsc_hz='] if out else []) + [str(port)] + argv
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if r.returncode != 0 or not r.stdout.startswith('first200:'):
        sys.exit('http-coldboot: %s: %s' % (' '.join(argv), r.stderr.strip() or r.stdout.strip()))
    d = dict(w.split('=', 1) for w in r.stdout.split()[1:])
    d['ms'] = float(d['ms'])
    return d

def empty():
    t0 = time.perf_counter()
    st = subprocess.call(['sh', 'scripts/run.sh', '--fwd', '%d:9' % freeport(), bdir + '/empty.elf'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t0
    if st != 0:
        sys.exit('http-coldboot: the empty guest exited %d' % st)
    return t * 1e3

def guest(*cmdline, out=None, image=bdir + '/http-hello.elf'):
    p = freeport()
    return first_200(['sh', 'scripts/run.sh', '--timeout', '120', '--fwd', '%d:8080' % p,
                      image] + list(cmdline), p, out=out)

def based():
    return guest('ip=10.0.2.15', 'gw=10.0.2.2', image=base)

def static(*more, out=None):
    return guest('ip=10.0.2.15', 'gw=10.0.2.2', *more, out=out)

def microvm():
    p = freeport()
    env = dict(os.environ, FWD='%d:8080' % p, MEM='256M', ACCEL=accel)
    return first_200(['sh', os.path.join(peers, 'linux-microvm', 'boot-http.sh'),
                      os.path.join(work, 'initrd-http-uhello.cpio.zst')], p, env)

def node():
    p = freeport()
    return first_200(['node', 'examples/http-hello/index.js'], p, dict(os.environ, PORT=str(p)))

guest(); node(); empty()  # warm-up: page cache, QEMU's and node's files
g, gs, nd, e, mv, b = [], [], [], [], [], []
for _ in range(n):
    g.append(guest()['ms']); gs.append(static()['ms']); nd.append(node()['ms']); e.append(empty())
    if peer:
        mv.append(microvm()['ms'])
    if base:
        b.append(based()['ms'])
def show(name, v):
    q = statistics.quantiles(v, n=4)
    print('  %-26s median %8.1f ms  (min %.1f, quartiles %.1f-%.1f, max %.1f)' %
          (name, statistics.median(v), min(v), q[0], q[2], max(v)))
    return statistics.median(v)
print('http-coldboot: launch -> first HTTP 200 seen by the host (bench/http/first200), median of %d (%s)' % (n, accel))
mg = show('http-hello.elf (QEMU), DHCP', g)
ms = show('http-hello.elf, static ip=', gs)
mn = show('node index.js (host)', nd)
me = show('empty guest (QEMU exits)', e)
if peer:
    mm = show('Linux microVM with node', mv)
if base:
    mb = show('BASE, static ip=', b)
print('  http-hello / node         %8.2f x (static ip=: %.2f x)' % (mg / mn, ms / mn))
print('  http-hello / empty guest  %8.2f x (static ip=: %.2f x; target <= 1.3: %s)' %
      (mg / me, ms / me, 'met' if ms / me <= 1.3 else 'not met'))
print('  http-hello - empty guest  %8.1f ms (static ip=: %.1f ms)' % (mg - me, ms - me))
if base:
    print('  BASE / empty guest        %8.2f x (%s)' % (mb / me, base))
if peer:
    print('  http-hello / microVM      %8.3f x (static ip=: %.3f x)' % (mg / mm, ms / mm))
if trace:
    phases, total, out, skipped = {}, [], bdir + '/trace.out', 0
    for _ in range(n):
        d = static('trace=http', out=out)
        line = re.search(r'http-trace:(.*)', open(out, errors='replace').read())
        if not line:
            sys.exit('http-coldboot: no http-trace line in %s' % out)
        line = line.group(1)
        hz = int(re.search(r'tsc_hz=(\d+)', line).group(1))
        # under KVM (PVM) the guest reads the host's TSC: stamps after launch
        base = (int(re.search(r'tsc_entry=(\d+)', line).group(1)) - int(d['tsc_launch'])) / hz * 1e3 \
            if accel == 'kvm' else 0.0
        if accel == 'kvm' and not 0 < base < d['ms']:
            # the client read its TSC on another host CPU than the guest's
            # (this host is itself a VM whose CPUs' TSCs need not agree)
            skipped += 1
            continue
        for k, v in re.findall(r' ([a-z][a-z ]*)=([0-9.]+)us', line):
            phases.setdefault(k, []).append(base + float(v) / 1e3)
        if accel == 'kvm':
            phases.setdefault('host sees 200', []).append((int(d['tsc_200']) - int(d['tsc_launch'])) / hz * 1e3)
        total.append(d['ms'])
    print('trace=http, static ip=, median of %d (ms after %s; launch -> 200 %.1f ms%s):' %
          (len(total), 'launch' if accel == 'kvm' else "the guest's entry", statistics.median(total),
           '; %d run(s) left out: TSCs apart' % skipped if skipped else ''))
    prev = None
    for k, v in phases.items():
        m = statistics.median(v)
        print('  %-22s %8.2f  (+%.2f)' % (k, m, m - prev if prev is not None else m))
        prev = m
if accel != 'kvm':
    print('  (guest under %s: boot and first request are QEMU emulation speed)' % accel)
PY
