#!/bin/sh
# bench/guest-profile.sh [hello|express|boot] [N]: where a keep-alive HTTP
# request's guest instructions go, by function of the image; or (boot)
# where an Express 4 boot's go.
#
# The service (bench/http/hello-cpu or bench/http/express-cpu, as
# bench/http-icount.sh builds them) boots under QEMU's TCG with the
# plugin bench/guest-profile/tbcount.c, which counts the instructions each
# translated block runs. One keep-alive connection: 100 requests to warm
# up, a snapshot of the counts, N requests (default 300), a second
# snapshot; the difference, added up per function of the image's symbol
# table (nm of its .debug.elf), divided by N, is printed, largest first
# (TOP=60 lines). Counts, not times: the figures do not move with the
# host's load. A function inlined into another counts as the other.
# boot: tests/apps/express4 staged as bench/boot-compile.sh stages it
# (it exits in its listen callback); the counts of the whole run, kernel
# entry to exit, which the plugin writes when QEMU exits.
#   sh bench/guest-profile.sh express 200
#   sh bench/guest-profile.sh boot
. "$(dirname "$0")/common.sh"

svc=${1:-hello} n=${2:-300} top_n=${TOP:-60}
case $svc in
hello) bench_image hello-cpu bench/http/hello-cpu; mem=32M ;;
express) bench_stage express-cpu bench/http/express-cpu && bench_image express-cpu "$bdir/apps/express-cpu"; mem=64M ;;
boot)
	bench_stage boot-profile tests/apps/express4
	sed -i 's/app\.listen(port, function () {.*/app.listen(port, function () { process.exit(0); });/' "$bdir/apps/boot-profile/server.js"
	bench_image boot-profile "$bdir/apps/boot-profile"
	svc=boot-profile mem=64M ;;
*) echo "guest-profile: no service $svc (hello, express, boot)" >&2; exit 2 ;;
esac
img=$svc-cpu
[ "$svc" = boot-profile ] && img=$svc
elf=$bdir/$img.elf dbg=$bdir/img/$img/$img.debug.elf
[ -f "$dbg" ] || { echo "guest-profile: no $dbg" >&2; exit 1; }
plugin=$bdir/tbcount.so
gcc -O2 -shared -fPIC -fvisibility=hidden -o "$plugin" bench/guest-profile/tbcount.c -lpthread ||
	{ echo "guest-profile: cannot build the plugin" >&2; exit 1; }

out=$bdir/guest-profile.$svc fifo=$bdir/guest-profile.fifo
rm -f "$fifo" "$out".*
if [ "$svc" = boot-profile ]; then
	UNIJS_ACCEL=tcg sh scripts/run.sh --qemu "-plugin $top/$plugin,out=$top/$out" \
		--mem $mem --timeout 1800 "$elf" >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; }
	[ -s "$out.exit" ] || { echo "guest-profile: no counts at exit" >&2; exit 1; }
	: >"$out.a"
	mv "$out.exit" "$out.b"
	n=1
	echo "guest-profile: guest instructions of an Express 4 boot, kernel entry to exit, by function"
else
mkfifo "$fifo"
p=$(freeport)
pg=
stop() {
	[ -n "$pg" ] && for c in $(pgrep -P "$pg"); do kill "$c" 2>/dev/null; done
	pg=
}
trap stop EXIT
UNIJS_ACCEL=tcg sh scripts/run.sh --qemu "-plugin $top/$plugin,fifo=$top/$fifo,out=$top/$out" \
	--mem $mem --timeout 1800 --fwd "$p:8080" "$elf" >"$out.log" 2>&1 &
pg=$!
# (a snapshot is written when the plugin reads the line: the script waits
# for its file before going on)
python3 - "$p" "$n" "$fifo" "$out" <<'PY' || { cat "$out.log" >&2; exit 1; }
import os, sys, time
sys.path.insert(0, 'bench/http')
import icount_client
port, n, fifo, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
def snapshot(label):
    with open(fifo, 'w') as f:
        f.write(label + '\n')
    for _ in range(600):
        if os.path.exists(out + '.' + label):
            time.sleep(1)  # (written whole by then: a few MB at most)
            return
        time.sleep(0.1)
    sys.exit('guest-profile: no snapshot ' + label)
c = icount_client.connect(port)
for _ in range(100):
    icount_client.get(c, '/')
snapshot('a')
for _ in range(n):
    icount_client.get(c, '/')
snapshot('b')
PY
stop
echo "guest-profile: $svc, guest instructions per keep-alive GET / by function ($n requests)"
fi
python3 - "$dbg" "$out.a" "$out.b" "$n" "$top_n" <<'PY'
import bisect, collections, subprocess, sys
dbg, fa, fb, n, top = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
syms = []
for line in subprocess.run(['nm', '-n', dbg], capture_output=True, text=True).stdout.splitlines():
    f = line.split()
    if len(f) == 3 and f[1] in 'tTwW':
        syms.append((int(f[0], 16), f[2]))
starts = [a for a, _ in syms]
def load(path):
    d = collections.Counter()
    for line in open(path):
        a, c = line.split()
        d[int(a, 16)] += int(c)
    return d
a, b = load(fa), load(fb)
per = collections.Counter()
for addr, c in b.items():
    i = bisect.bisect_right(starts, addr) - 1
    per[syms[i][1] if i >= 0 else hex(addr)] += c - a.get(addr, 0)
total = sum(per.values())
print('  %d guest instructions%s' % (round(total / n), ' per request' if n > 1 else ''))
for name, c in per.most_common(top):
    if c <= 0:
        break
    print('  %9d %5.1f%%  %s' % (round(c / n), 100.0 * c / total, name))
PY
