#!/bin/sh
# bench/http-insn.sh: instructions per keep-alive HTTP request, counted,
# not timed, so the figure does not drift with the machine's load.
#
# The app is bench/http-insn/index.js with examples/http-hello beside it
# (hello.js): it serves and loads itself over 127.0.0.1 (one connection,
# a raw net client, keep-alive), and does the same against a raw net
# server that sends http-hello's bytes (the peer: what a request costs
# without http.js). Two counts, each for N1 and N2 requests, the figure
# being (count(N2) - count(N1)) / (N2 - N1) so that start-up and
# connection set-up cancel:
#
#   host   callgrind's instruction count of the host build
#          (build/host/unijs-host: the same runtime on Linux, loopback in
#          process), whole program;
#   guest  the image under QEMU TCG with -icount shift=0,sleep=off: one
#          guest instruction is one virtual nanosecond, and the app's
#          process.hrtime() over the measured requests is read (the
#          guest never halts meanwhile: client and server are both in it).
#
# Each run keeps what it measured (the host binary and the image) under
# build/bench/http-insn/REV (REV: git describe of the tree, "-dirty" when
# it has changes); `bench/http-insn.sh BEFORE` measures the kept BEFORE
# artefacts again in the same run and prints before/after ratios:
#   sh bench/http-insn.sh                # measure this tree, keep it
#   sh bench/http-insn.sh 6a6956e        # ... and compare with that run's
#   N1=50 N2=300 (defaults 100 and 600); HOST_ONLY=1 skips the guest.
. "$(dirname "$0")/common.sh"

n1=${N1:-100}
n2=${N2:-600}
rev=$(git describe --always --dirty 2>/dev/null || echo unknown)
keep=$bdir/http-insn/$rev
mkdir -p "$keep"

# the app, staged: the bench driver and the example as it is
app=$bdir/http-insn.app
rm -rf "$app"
mkdir -p "$app/b"
cp bench/http-insn/index.js "$app/index.js"
cp examples/http-hello/index.js "$app/hello.js"

make -s build/host/unijs-host >"$bdir/make-host.log" 2>&1 || { cat "$bdir/make-host.log" >&2; exit 1; }
cp build/host/unijs-host "$keep/unijs-host"
node scripts/bundle.js "$app" index.js "$app/b" >/dev/null &&
	node scripts/packfiles.js "$app" "$app/b" >/dev/null || { echo "http-insn: cannot pack the app" >&2; exit 1; }
rm -rf "$keep/bundle"
cp -r "$app/b" "$keep/bundle"
if [ "${HOST_ONLY:-0}" != 1 ]; then
	./mkimage.sh -q --no-iso -o "$keep" -n http-insn "$app" || { echo "http-insn: cannot build the image" >&2; exit 1; }
fi

# host_count DIR MODE N: callgrind's total instruction count
host_count() {
	valgrind --tool=callgrind --callgrind-out-file="$bdir/cg.out" "$1/unijs-host" --bundle "$1/bundle" "$2" "$3" \
		>"$bdir/last.out" 2>&1 || { cat "$bdir/last.out" >&2; echo "http-insn: host run failed" >&2; exit 1; }
	grep -q "insn-bench $2 $3 " "$bdir/last.out" || { cat "$bdir/last.out" >&2; exit 1; }
	sed -n 's/^==[0-9]*== Collected : //p' "$bdir/last.out"
}
# guest_count DIR MODE N: guest instructions over the N requests
guest_count() {
	UNIJS_ACCEL=tcg sh scripts/run.sh --qemu "-icount shift=0,sleep=off" --timeout 900 --fwd "0:1" \
		"$1/http-insn.elf" -- "$2" "$3" >"$bdir/last.out" 2>&1 ||
		{ cat "$bdir/last.out" >&2; echo "http-insn: guest run failed" >&2; exit 1; }
	sed -n "s/^insn-bench $2 $3 ns=\\([0-9]*\\).*/\\1/p" "$bdir/last.out" | tr -d '\r'
}

# measure DIR LABEL: one line per mode and counter, into $bdir/http-insn.res
measure() {
	for mode in http net; do
		a=$(host_count "$1" $mode "$n1") && b=$(host_count "$1" $mode "$n2") || exit 1
		echo "$2 host $mode $a $b" >>"$bdir/http-insn.res"
		if [ "${HOST_ONLY:-0}" != 1 ] && [ -f "$1/http-insn.elf" ]; then
			a=$(guest_count "$1" $mode "$n1") && b=$(guest_count "$1" $mode "$n2") || exit 1
			[ -n "$a" ] && [ -n "$b" ] || { echo "http-insn: no figure from the guest" >&2; cat "$bdir/last.out" >&2; exit 1; }
			echo "$2 guest $mode $a $b" >>"$bdir/http-insn.res"
		fi
	done
}

: >"$bdir/http-insn.res"
if [ -n "${1:-}" ]; then
	before=$(ls -d "$bdir/http-insn/$1"* 2>/dev/null | head -1)
	[ -n "$before" ] && [ -x "$before/unijs-host" ] ||
		{ echo "http-insn: nothing kept for $1 under $bdir/http-insn/ (run this script on that tree first)" >&2; exit 1; }
	measure "$before" before
fi
measure "$keep" after

python3 - "$bdir/http-insn.res" "$n1" "$n2" "$rev" "${1:-}" <<'PY'
import sys
res, n1, n2, rev, base = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
fig = {}
for line in open(res):
    who, where, mode, a, b = line.split()
    fig[(who, where, mode)] = (int(b.replace(',', '')) - int(a.replace(',', ''))) / (n2 - n1)
print('http-insn: instructions per keep-alive request (GET / of examples/http-hello, one connection, (N=%d) - (N=%d))' % (n2, n1))
print('  this tree: %s%s' % (rev, ', before: ' + base if base else ''))
for where, what in (('host', 'host build under callgrind'), ('guest', 'image, QEMU -icount shift=0 guest instructions')):
    for who in ('before', 'after'):
        if (who, where, 'http') not in fig:
            continue
        h, n = fig[(who, where, 'http')], fig[(who, where, 'net')]
        print('  %-6s %-48s http %9.0f   raw net peer %9.0f   http / net %.2f   http - net %9.0f' % (
            who if base else '', what, h, n, h / n, h - n))
    if ('before', where, 'http') in fig and ('after', where, 'http') in fig:
        b, a = fig[('before', where, 'http')], fig[('after', where, 'http')]
        bn, an = fig[('before', where, 'net')], fig[('after', where, 'net')]
        print('  %-6s %-48s http after / before %.3f;  http.js share (http - net) after / before %.3f' % (
            '', '', a / b, (a - an) / (b - bn)))
PY
