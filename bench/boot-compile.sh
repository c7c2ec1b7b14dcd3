#!/bin/sh
# bench/boot-compile.sh: what booting an Express 4 service costs, counted
# in instructions (deterministic: no timing), and how much of it is mujs
# parsing and compiling the packed JavaScript.
#
# tests/apps/express4, staged with its npm packages as tests/apps/run.sh
# stages it, with its listen callback changed to print the guest's time
# and exit: the boot is everything up to the moment the service listens.
# 1. Host: build/host/unijs-host runs the app packed as mkimage.sh packs it
#    (scripts/bundle.js; its modules precompiled by build/host/jsbc, as
#    mkimage.sh does, listed in DIR/code; the host build's core modules
#    are precompiled too) under valgrind's callgrind; prints the total
#    instructions, those under js_loadstringx (parse + compile: what is
#    still compiled from source, eval and new Function included) and
#    those under js_loadbytecode (loading the precompiled modules).
# 2. Image: the same app built by mkimage.sh, booted under QEMU's TCG with
#    -icount shift=0 (one guest nanosecond is one instruction); prints the
#    guest time from kernel entry to the listen callback (process.uptime).
#   GUEST=0 skips step 2.
. "$(dirname "$0")/common.sh"

command -v valgrind >/dev/null 2>&1 || apt-get install -y valgrind >"$bdir/valgrind-install.log" 2>&1 ||
	{ echo "boot-compile: cannot install valgrind" >&2; exit 1; }
make -s build/host/unijs-host build/host/jscheck build/host/jsbc >"$bdir/make-host.log" 2>&1 ||
	{ cat "$bdir/make-host.log" >&2; exit 1; }
bench_stage boot-compile tests/apps/express4
app=$bdir/apps/boot-compile
sed -i 's/app\.listen(port, function () {.*/app.listen(port, function () { console.log("listening at guest time " + Math.round(process.uptime() * 1e6) + " us"); process.exit(0); });/' "$app/server.js"
grep -q 'listening at guest time' "$app/server.js" || { echo "boot-compile: cannot find server.js's listen call" >&2; exit 1; }

pack=$bdir/boot-compile.pack
rm -rf "$pack" && mkdir -p "$pack"
node scripts/bundle.js "$app" server.js "$pack" 2>"$pack.log" && node scripts/packfiles.js "$app" "$pack" >/dev/null ||
	{ cat "$pack.log" >&2; exit 1; }
echo "packed: $(cut -f2 "$pack/files" | xargs cat | wc -c) bytes of application JavaScript in $(wc -l <"$pack/files") files"
mkdir -p "$pack/bc"
apack=$(cd "$pack" && pwd)
awk -F'\t' -v d="$apack/bc" '$1 !~ /\.json$/ { print $1 "\t" $2 "\t" d "/" NR ".bc" }' "$pack/files" >"$pack/bc.list"
"$top/build/host/jsbc" app <"$apack/bc.list" >"$apack/bc.sizes" || exit 1
awk -F'\t' '{ print $1 "\t" $3 }' "$pack/bc.list" >"$pack/code"
awk -F'\t' '{ s += $2; b += $3 } END { printf "precompiled: %d modules, %d bytes of source, %d bytes compiled (scripts/jsbc.c)\n", NR, s, b }' "$pack/bc.sizes"

out=$bdir/boot-compile.callgrind
PORT=18080 valgrind --tool=callgrind --callgrind-out-file="$out" build/host/unijs-host --bundle "$pack" >"$bdir/boot-compile.host.log" 2>&1 ||
	{ cat "$bdir/boot-compile.host.log" >&2; exit 1; }
grep -q 'listening at guest time' "$bdir/boot-compile.host.log" || { cat "$bdir/boot-compile.host.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | awk '
	/PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
	/jsstate.c:js_loadstringx / { gsub(",", "", $1); if ($1 > comp) comp = $1 }
	/jsbytecode.c:js_loadbytecode / { gsub(",", "", $1); if ($1 > load) load = $1 }
	END { printf "host (callgrind): %d instructions to listen; parse + compile %d (%.1f %%); loading precompiled modules %d (%.1f %%)\n",
		total, comp, 100 * comp / total, load, 100 * load / total }'

[ "${GUEST:-1}" = 0 ] && exit 0
bench_image boot-compile "$app"
UNIJS_ACCEL=tcg sh scripts/run.sh --mem 64M --qemu "-icount shift=0" --timeout 300 "$bdir/boot-compile.elf" \
	>"$bdir/boot-compile.guest.log" 2>&1
us=$(tr -d '\r' <"$bdir/boot-compile.guest.log" | sed -n 's/.*listening at guest time \([0-9]*\) us.*/\1/p')
[ -n "$us" ] || { tail -5 "$bdir/boot-compile.guest.log" >&2; exit 1; }
echo "image (TCG, -icount shift=0): kernel entry -> listen callback $us us of guest time (= thousands of guest instructions)"
