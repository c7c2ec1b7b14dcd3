#!/bin/sh
# bench/apps.sh [APP...]: real services (tests/apps/express4 and koa by
# default; `http-hello` names examples/http-hello) in a unijs image
# against the same app under node.
#
# For each app, staged as tests/apps/run.sh stages it (its packages from
# tests/packages/package-lock.json):
#   - image size (the ELF) and mkimage time, cold (the compiler and
#     compactor caches, build/tools/cache and build/cache, emptied first)
#     and warm (the median of 3 runs after it);
#   - launch -> first HTTP 200 on GET / seen by the host, N rounds
#     (default 5), alternating: the image (scripts/run.sh --fwd), node on
#     the host (`node server.js`), and, with PEER=1, a Linux microVM
#     running node under the same accelerator (../shared/peers/
#     linux-microvm: its kernel and an initramfs with node and the staged
#     app with the package files node loads for it, built here under
#     $WORK, default /tmp/linux-microvm);
#   - requests/s: wrk, 1 thread, CONNECTIONS keep-alive connections
#     (default 8), DURATION seconds (default 10) after a 3 s warm-up, on
#     GET /, for each side, with latency percentiles.
# The image gets MEM (default 64M; with PEER=1 the peer's 256M, its
# smallest, so that both run at the same -m). Prints medians with min-max
# and the ratios image / node (and image / microVM). Absolute times drift
# with the machine's load (TCG): read the ratios of one run.
# With BASE=IMAGE.elf (the same app built by another tree, e.g. the main
# branch's), that image too in the launch rounds, alternating with the
# others: a before/after comparison under the same load (the host's load
# moves TCG's times by 2x; the ratios of one run hold). RPS=0 skips the
# requests/s part.
#   N=rounds  DURATION=S  CONNECTIONS=C  MEM=size  PEER=1  BUILDTIME=0 (skip
#   the size and mkimage figures)  WORK=dir  PEERS=dir (default ../shared/peers)
#   BASE=IMAGE.elf  RPS=0
. "$(dirname "$0")/common.sh"

apps=${*:-express4 koa}
n=${N:-5}
dur=${DURATION:-10}
peer=${PEER:-0}
conns=${CONNECTIONS:-8}
mem=${MEM:-64M}
[ "$peer" = 1 ] && mem=${MEM:-256M}
peers=${PEERS:-$top/../shared/peers}
export WORK=${WORK:-/tmp/linux-microvm}
for t in wrk cpio zstd; do
	command -v $t >/dev/null 2>&1 || apt-get install -y $t >"$bdir/$t-install.log" 2>&1 ||
		{ echo "apps: cannot install $t" >&2; exit 1; }
done

# ---- the staged apps (as tests/apps/run.sh stages them)
for a in $apps; do
	src=tests/apps/$a
	[ "$a" = http-hello ] && src=examples/http-hello
	[ -d "$src" ] || { echo "apps: no app $src" >&2; exit 2; }
	bench_stage "$a" "$src"
	# the file node runs: server.js, or index.js (examples/)
	[ -f "$bdir/apps/$a/server.js" ] || cp "$bdir/apps/$a/index.js" "$bdir/apps/$a/server.js"
done

# ---- size and build time
[ "${BUILDTIME:-1}" = 0 ] && for a in $apps; do
	./mkimage.sh -q --no-iso -o "$bdir" -n "app-$a" "$bdir/apps/$a" || exit 1
done
[ "${BUILDTIME:-1}" = 0 ] || for a in $apps; do
	rm -rf build/tools/cache build/cache
	cold=$(bench_wall ./mkimage.sh -q --no-iso -o "$bdir" -n "app-$a" "$bdir/apps/$a")
	warm=$(for i in 1 2 3; do bench_wall ./mkimage.sh -q --no-iso -o "$bdir" -n "app-$a" "$bdir/apps/$a"; done | median)
	printf '%s: image %s bytes; mkimage cold %.0f ms, warm %.0f ms (median of 3)\n' "$a" \
		"$(stat -c %s "$bdir/app-$a.elf")" "$(awk "BEGIN { print $cold / 1000 }")" "$(awk "BEGIN { print $warm / 1000 }")"
done

# ---- the microVM peer: kernel, and an initramfs per app with node and the
# staged app under /app (the peer's builder packs one file: a launcher
# that runs /app/server.js, then the app is added and the cpio rebuilt)
if [ "$peer" = 1 ]; then
	[ -f "$WORK/vmlinuz" ] || sh "$peers/linux-microvm/fetch.sh" >"$bdir/peer-fetch.log" 2>&1 ||
		{ tail -5 "$bdir/peer-fetch.log" >&2; echo "apps: cannot fetch the peer's kernel" >&2; exit 1; }
	for a in $apps; do
		printf 'process.chdir("/app");\nprocess.env.PORT = "8080";\nrequire("/app/server.js");\n' >"$bdir/apps/launch-$a.js"
		sh "$peers/linux-microvm/build-initrd-http.sh" "$bdir/apps/launch-$a.js" "app-$a" node-stripped none >"$bdir/peer-initrd.log" 2>&1 ||
			{ tail -5 "$bdir/peer-initrd.log" >&2; exit 1; }
		# the app and only the package files node loads to serve it
		# (bench/node-files.js), as a deployment would carry them
		d=$WORK/stage-http-app-$a/app
		rm -rf "$d"
		mkdir -p "$d"
		src=$(cd "$bdir/apps/$a" && pwd)
		(cd "$src" && find . -path ./node_modules -prune -o -type f -print | cpio -pdm --quiet "$d") || exit 1
		node bench/node-files.js "$src" >"$src.peer-files" || exit 1
		(cd "$src" && sed "s|^$src/||" "$src.peer-files" | cpio -pdm --quiet "$d") || exit 1
		python3 "$peers/linux-microvm/gen_cpio.py" "$WORK/stage-http-app-$a" "$WORK/initrd-http-app-$a.cpio" &&
			zstd -q -19 -f "$WORK/initrd-http-app-$a.cpio" -o "$WORK/initrd-http-app-$a.cpio.zst" || exit 1
	done
fi

python3 - "$n" "$dur" "$peer" "$bdir" "$peers" "$WORK" "$conns" "$mem" "${BASE:-}" "${RPS:-1}" $apps <<'PY'
import os, signal, socket, statistics, subprocess, sys, time, re
n, dur, peer, bdir, peers, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == '1', sys.argv[4], sys.argv[5], sys.argv[6]
conns, mem = int(sys.argv[7]), sys.argv[8]
base, dorps = sys.argv[9], sys.argv[10] != '0'
apps = sys.argv[11:]

def freeport():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); p = s.getsockname()[1]; s.close(); return p

def launch(kind, app, port):
    if kind in ('image', 'base'):
        elf = base if kind == 'base' else os.path.join(bdir, 'app-%s.elf' % app)
        argv = ['sh', 'scripts/run.sh', '--mem', mem, '--fwd', '%d:8080' % port, elf]
        return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    if kind == 'node':
        env = dict(os.environ, PORT=str(port))
        return subprocess.Popen(['node', 'server.js'], cwd=os.path.join(bdir, 'apps', app), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    env = dict(os.environ, FWD='%d:8080' % port, MEM='256M', ACCEL=os.environ['UNIJS_ACCEL'])
    return subprocess.Popen(['sh', os.path.join(peers, 'linux-microvm', 'boot-http.sh'),
                             os.path.join(work, 'initrd-http-app-%s.cpio.zst' % app)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

def stop(p):
    try: os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError: pass
    p.wait()

def first_200(kind, app):
    port = freeport()
    t0 = time.perf_counter()
    p = launch(kind, app, port)
    curls = []
    try:
        while time.perf_counter() - t0 < 180:
            curls.append(subprocess.Popen(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', '--max-time', '5',
                                           'http://127.0.0.1:%d/' % port], stdout=subprocess.PIPE))
            time.sleep(0.01)
            for c in curls:
                if c.poll() is not None and c.stdout.read() == b'200':
                    return time.perf_counter() - t0, p, port
            curls = [c for c in curls if c.poll() is None]
        raise SystemExit('%s %s: no 200 in 180 s' % (kind, app))
    finally:
        for c in curls: c.kill(); c.wait()

def rps(port):
    """requests/s and the p50, p99 latency (ms) of one wrk run"""
    subprocess.run(['wrk', '-t1', '-c%d' % conns, '-d3s', 'http://127.0.0.1:%d/' % port], capture_output=True)
    out = subprocess.run(['wrk', '-t1', '-c%d' % conns, '-d%ds' % dur, '--latency', 'http://127.0.0.1:%d/' % port],
                         capture_output=True, text=True).stdout
    m = re.search(r'Requests/sec:\s+([\d.]+)', out)
    bad = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    if bad: print('  (%s non-2xx answers)' % bad.group(1))
    err = re.search(r'Socket errors: .*', out)
    if err: print('  (%s)' % err.group(0))
    def ms(q):
        l = re.search(r'^\s+%s%%\s+([\d.]+)(us|ms|s)\b' % q, out, re.M)
        if not l: return float('nan')
        return float(l.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[l.group(2)]
    return (float(m.group(1)) if m else 0.0), ms(50), ms(99)

kinds = ['image', 'node'] + (['microvm'] if peer else [])
def show(xs, unit, scale=1):
    xs = [x * scale for x in xs]
    return '%.1f %s (%.1f-%.1f)' % (statistics.median(xs), unit, min(xs), max(xs))
for app in apps:
    bkinds = kinds + (['base'] if base else [])
    boot = {k: [] for k in bkinds}
    for r in range(n):
        for k in bkinds:
            t, p, port = first_200(k, app)
            boot[k].append(t)
            stop(p)
    print('%s: launch -> first 200, median of %d (min-max):' % (app, n))
    for k in bkinds: print('  %-8s %s' % (k, show(boot[k], 'ms', 1000)))
    for k in bkinds[1:]:
        print('  image / %s: %.3f' % (k, statistics.median(boot['image']) / statistics.median(boot[k])))
    if base and peer:
        print('  base / microvm: %.3f' % (statistics.median(boot['base']) / statistics.median(boot['microvm'])))
    if not dorps:
        continue
    req = {}
    for k in kinds:
        t, p, port = first_200(k, app)
        req[k] = rps(port)
        stop(p)
    print('%s: requests/s, wrk -t1 -c%d %d s on GET / (image -m %s):' % (app, conns, dur, mem))
    for k in kinds: print('  %-8s %.0f  p50 %.1f ms  p99 %.1f ms' % ((k,) + req[k]))
    for k in kinds[1:]:
        if req[k][0]: print('  image / %s: %.3f' % (k, req['image'][0] / req[k][0]))
PY
