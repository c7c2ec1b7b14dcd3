#!/bin/sh
# bench/express-insn.sh HOST-BINARY [LABEL]: host instructions per
# keep-alive GET / of the Express 4 service, counted by callgrind.
#
# bench/http/express-cpu (staged with tests/packages' npm packages, as
# bench/http-icount.sh stages it) is loaded as bench/http-insn/index.js's
# hello.js and driven by it in-process (one keep-alive connection, a raw
# net client) for N1 and N2 requests; the figure is (count(N2) -
# count(N1)) / (N2 - N1), start-up and set-up cancelling. HOST-BINARY is a
# build/host/unijs-host (a kept copy measures another tree: the bundle is
# JavaScript source, compiled by the binary it runs on).
#   N1=100 N2=600 (defaults)
. "$(dirname "$0")/common.sh"
bin=$1 label=${2:-$1}
[ -x "$bin" ] || { echo "usage: $0 HOST-BINARY [LABEL]" >&2; exit 2; }
n1=${N1:-100} n2=${N2:-600}
app=$bdir/apps/express-insn
out=$bdir/express-insn.b
bench_stage express-insn bench/http/express-cpu
cp bench/http-insn/index.js "$app/index.js"
cp bench/http/express-cpu/server.js "$app/hello.js"
rm -rf "$out" && mkdir -p "$out"
node scripts/bundle.js "$app" index.js "$out" >/dev/null &&
	node scripts/packfiles.js "$app" "$out" >/dev/null || { echo "express-insn: cannot pack the app" >&2; exit 1; }
count() {
	valgrind --tool=callgrind --callgrind-out-file="$bdir/express-insn.cg.$1" "$bin" --bundle "$out" http "$1" \
		>"$bdir/express-insn.out" 2>&1 || { cat "$bdir/express-insn.out" >&2; exit 1; }
	grep -q "insn-bench http $1 " "$bdir/express-insn.out" || { cat "$bdir/express-insn.out" >&2; exit 1; }
	sed -n 's/^==[0-9]*== Collected : //p' "$bdir/express-insn.out"
}
a=$(count "$n1") && b=$(count "$n2") || exit 1
echo "$label express host N1=$n1 $a N2=$n2 $b per request $(( (b - a) / (n2 - n1) ))"
