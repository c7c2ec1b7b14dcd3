#!/bin/sh
# bench/build-npm.sh [RUNS]: what building from npm and modern source costs.
#
#   build   wall time of ./mkimage.sh for examples/npm-app (npm packages,
#           modern syntax lowered, core-js packed) against examples/hello
#           (ES5, nothing lowered), warm (compiler cache filled) and cold
#           (build/tools/cache and the app's node_modules emptied first);
#           and each image's size
#   boot    time from entry to the first app statement (trace=boot) of an
#           image whose main module is 1 MB of ES5 against hello: the cost
#           of parsing the bundle at boot
# Medians of RUNS runs (default 3). Prints ratios against hello.
. "$(dirname "$0")/common.sh"

div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, a / b }'; }

runs=${1:-3}
cache=build/tools/cache

build_time() { # build_time NAME APP: wall microseconds of one build
	bench_wall ./mkimage.sh -q --no-iso -o "$bdir" -n "$1" "$2"
}

# ---- build time and size
i=0; : >"$bdir/t.hello"; : >"$bdir/t.npm"; : >"$bdir/t.npm-cold"
while [ $i -lt "$runs" ]; do
	build_time hello examples/hello >>"$bdir/t.hello"
	build_time npm-app examples/npm-app >>"$bdir/t.npm"
	i=$((i + 1))
done
rm -rf "$cache" examples/npm-app/node_modules
build_time npm-app examples/npm-app >>"$bdir/t.npm-cold"
th=$(median <"$bdir/t.hello"); tn=$(median <"$bdir/t.npm"); tc=$(median <"$bdir/t.npm-cold")
sh_=$(stat -c %s "$bdir/hello.elf"); sn=$(stat -c %s "$bdir/npm-app.elf")
nfiles=$(wc -l <"$bdir/img/npm-app/files")
echo "build hello        $(div $th 1000 %.0f) ms  $sh_ bytes"
echo "build npm-app warm $(div $tn 1000 %.0f) ms  $sn bytes  ($nfiles modules)  ratio time $(div $tn $th %.2f) size $(div $sn $sh_ %.2f)"
echo "build npm-app cold $(div $tc 1000 %.0f) ms  (npm ci + compiler, empty cache)  ratio $(div $tc $th %.2f)"

# ---- boot: a 1 MB main module against hello
big=$bdir/big1mb
mkdir -p "$big"
python3 - "$big/index.js" <<'PY'
import sys
out, n, size = [], 0, 0
out.append("var acc = 0;\n")
while size < 1024 * 1024:
    s = ("function f%d(a, b) {\n  var s = 'item %d', o = { k: a, v: b, list: [1, 2, 3] };\n"
         "  for (var i = 0; i < o.list.length; i++) s += o.list[i] * a;\n  return s.length + b;\n}\n") % (n, n)
    out.append(s); size += len(s); n += 1
out.append("console.log('functions: %d, acc:', acc + f0(1, 2));\n" % n)
open(sys.argv[1], "w").write("".join(out))
PY
bench_image big1mb "$big"
bench_image hello examples/hello
first() { # first ELF: microseconds from entry to the first app statement
	# 128 MB: compiling 1 MB of source takes more than the default 32 MB
	sh scripts/run.sh --timeout 120 --mem 128M "$1" trace=boot 2>&1 | tr -d '\r' |
		sed -n 's/.*first app statement=\([0-9.]*\)us.*/\1/p'
}
i=0; : >"$bdir/b.hello"; : >"$bdir/b.big"
while [ $i -lt "$runs" ]; do
	first "$bdir/hello.elf" >>"$bdir/b.hello"
	first "$bdir/big1mb.elf" >>"$bdir/b.big"
	i=$((i + 1))
done
bh=$(median <"$bdir/b.hello"); bb=$(median <"$bdir/b.big")
echo "boot to first statement: hello $(div $bh 1000 %.1f) ms, 1 MB bundle $(div $bb 1000 %.1f) ms ($(stat -c %s "$big/index.js") bytes of JS), ratio $(div $bb $bh %.2f)"
