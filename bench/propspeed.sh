#!/bin/sh
# bench/propspeed.sh: what the property-lookup patches (patches/mujs/0120
# and up, issue 12) save, in instructions counted by callgrind: a count,
# not a time, so the figures do not move with the machine's load.
#
# Three builds of mujs, each the stock shell (one.c + main.c, gcc -O2):
#   stock   Debian's mujs 1.3.2 as apt-get source gives it, unpatched
#   before  with our patches below 0120 (build/bench/prop/tree-before)
#   after   with all our patches (build/src/mujs-1.3.2)
# and the host build (build/host/unijs-host) linked against "before" and
# "after".
#
#   (a) bench/js/*.js on each shell: instructions of the whole run
#   (b) bench/prop/http-keepalive.js on the host build: examples/http-hello's
#       service and a keep-alive client in one process; instructions per
#       request = (I(N2) - I(N1)) / (N2 - N1), start-up cancelled
#   (c) EXPRESS=1: the same with tests/apps/express4's packages (staged by
#       npm ci from its lockfile) and bench/prop/express-keepalive.js
#
# Prints after/before and after/stock per program and their geometric
# means. Needs valgrind. No image is booted: under TCG an image's time
# is QEMU's, and the interpreter's instructions are the same code.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
command -v valgrind >/dev/null || { echo "propspeed: needs valgrind" >&2; exit 1; }
pd=build/bench/prop
mkdir -p "$pd"
N1=${N1:-50}
N2=${N2:-250}

# (jscheck: bundle.js asks it which modules mujs parses; without it nothing
# is lowered and express's packages do not load)
make -s lib build/host/unijs-host build/host/jscheck >"$pd/make.log" 2>&1 || { cat "$pd/make.log" >&2; exit 1; }
vars() { make -s --no-print-directory --eval "bench-vars: ; @echo \"$1\"" bench-vars; }

# ---- the trees
build() {
	set -e
	if [ ! -f "$pd/stock/mujs-1.3.2/one.c" ]; then
		rm -rf "$pd/stock"
		mkdir -p "$pd/stock"
		(cd "$pd/stock" && apt-get source -qq mujs=1.3.2-1 >/dev/null 2>&1)
	fi
	stamp=$(ls patches/mujs/*.patch | awk -F/ '$3 < "0120"' | xargs cat | sha256sum | cut -c1-16)
	if [ "$(cat "$pd/tree-before/.stamp" 2>/dev/null)" != "$stamp" ]; then
		rm -rf "$pd/tree-before"
		cp -a "$pd/stock/mujs-1.3.2" "$pd/tree-before"
		for p in $(ls patches/mujs/*.patch | awk -F/ '$3 < "0120"'); do
			patch -s -p1 -d "$pd/tree-before" <"$p"
		done
		echo "$stamp" >"$pd/tree-before/.stamp"
	fi
	defs=$(vars '$(MUJS_DEFS)')
	gcc -O2 -w -o "$pd/mujs-stock" "$pd/stock/mujs-1.3.2/one.c" "$pd/stock/mujs-1.3.2/main.c" -lm
	gcc -O2 $defs -w -I. -o "$pd/mujs-before" "$pd/tree-before/one.c" "$pd/tree-before/main.c" lib/dtoa.c -lm
	gcc -O2 $defs -w -I. -o "$pd/mujs-after" build/src/mujs-1.3.2/one.c build/src/mujs-1.3.2/main.c lib/dtoa.c -lm
	# the host build with "before"'s mujs: the same objects, mujs.o swapped
	hdefs=$(vars '$(JS_MUJS_DEFS)')
	hflags=$(vars '$(HOST_CFLAGS)')
	gcc $hflags -w $hdefs -I. -c -o "$pd/mujs-before.o" "$pd/tree-before/one.c"
	objs=$(vars '$(HOST_OBJS) $(HOST_BUILD)/http_parser.o $(HOST_BUILD)/bundle_lib.o $(HOST_THIRD_OBJS) $(HOST_BUILD)/uniprops.o')
	gcc -no-pie -o "$pd/unijs-host-before" $objs "$pd/mujs-before.o" -lm
	cp build/host/unijs-host "$pd/unijs-host-after"
}
# (not under ||, which would turn set -e off)
(build) >"$pd/build.log" 2>&1
[ $? = 0 ] || { cat "$pd/build.log" >&2; echo "propspeed: build failed" >&2; exit 1; }

# ir CMD...: instructions callgrind counts for CMD (its output kept in last.out)
ir() {
	valgrind --tool=callgrind --callgrind-out-file="$pd/cg.out" "$@" >"$pd/last.out" 2>"$pd/cg.log" ||
		{ echo "propspeed: $* failed" >&2; cat "$pd/last.out" "$pd/cg.log" >&2; exit 1; }
	sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$pd/cg.out"
}

res=$pd/results
: >"$res"
for f in bench/js/*.js; do
	p=$(basename "$f" .js)
	for v in stock before after; do
		n=$(ir "$pd/mujs-$v" "$f") || exit 1
		c=$(sed -n 's/.* check=\([^ ]*\).*/\1/p' "$pd/last.out")
		echo "js $p $v $n $c" >>"$res"
	done
done

# per-request instructions of a keep-alive service in one process
perreq() { # NAME ARGS...: unijs-host ARGS N
	name=$1
	shift
	for v in before after; do
		a=$(ir "$pd/unijs-host-$v" "$@" "$N1") || exit 1
		grep -q "requests=$N1" "$pd/last.out" || { echo "propspeed: $* $N1 printed:" >&2; cat "$pd/last.out" >&2; exit 1; }
		b=$(ir "$pd/unijs-host-$v" "$@" "$N2") || exit 1
		grep -q "requests=$N2" "$pd/last.out" || { echo "propspeed: $* $N2 printed:" >&2; cat "$pd/last.out" >&2; exit 1; }
		echo "req $name $v $(((b - a) / (N2 - N1))) $a" >>"$res"
	done
}
perreq http-hello bench/prop/http-keepalive.js
if [ "${EXPRESS:-0}" = 1 ]; then
	# express's packages as tests/apps/run.sh installs them (npm ci from
	# tests/packages/package-lock.json into build/packages)
	work=build/packages
	if ! cmp -s tests/packages/package-lock.json "$work/package-lock.json" || [ ! -f "$work/node_modules/.package-lock.json" ]; then
		mkdir -p "$work"
		cp tests/packages/package.json tests/packages/package-lock.json "$work/"
		(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm.log 2>&1) ||
			{ echo "propspeed: npm ci in $work failed" >&2; exit 1; }
	fi
	ed=$pd/express4
	rm -rf "$ed" "$pd/express4.bundle"
	mkdir -p "$ed"
	cp -al "$work/node_modules" "$ed/node_modules"
	cp bench/prop/express-keepalive.js "$ed/"
	# packed as mkimage.sh packs an app (tests/host/host-runner.sh)
	node scripts/bundle.js --allow-missing "$ed" express-keepalive.js "$pd/express4.bundle" >"$pd/bundle.log" 2>&1 &&
		node scripts/packfiles.js "$ed" "$pd/express4.bundle" >>"$pd/bundle.log" 2>&1 ||
		{ cat "$pd/bundle.log" >&2; echo "propspeed: cannot pack express4" >&2; exit 1; }
	perreq express4 --bundle "$pd/express4.bundle"
fi

python3 - "$res" "$N1" "$N2" <<'PY'
import math, sys
rows = [l.split() for l in open(sys.argv[1])]
def gm(xs): return math.exp(sum(map(math.log, xs)) / len(xs))
js = {}
for k, p, v, n, *c in rows:
    if k == "js": js.setdefault(p, {})[v] = (int(n), c[0] if c else "")
print("(a) bench/js, instructions (callgrind Ir) of each whole run, stock mujs shell (main.c, gcc -O2):")
print("  %-8s %15s %15s %15s %13s %12s" % ("program", "stock", "before", "after", "after/before", "after/stock"))
rb, rs = [], []
for p, d in js.items():
    s, b, a = d["stock"][0], d["before"][0], d["after"][0]
    rb.append(a / b); rs.append(a / s)
    print("  %-8s %15s %15s %15s %13.3f %12.3f" % (p, f"{s:,}", f"{b:,}", f"{a:,}", a / b, a / s))
    if d["before"][1] != d["after"][1]:
        print("  WARNING: %s computed %s before, %s after" % (p, d["before"][1], d["after"][1]))
print("  %-8s %15s %15s %15s %13.3f %12.3f" % ("geomean", "", "", "", gm(rb), gm(rs)))
req = {}
for k, p, v, n, *c in rows:
    if k == "req": req.setdefault(p, {})[v] = int(n)
if req:
    print("(b/c) instructions per keep-alive request on the host build, (I(%s) - I(%s)) / %d:" % (sys.argv[3], sys.argv[2], int(sys.argv[3]) - int(sys.argv[2])))
    for p, d in req.items():
        print("  %-10s before %12s  after %12s  after/before %.3f" % (p, f"{d['before']:,}", f"{d['after']:,}", d["after"] / d["before"]))
PY
