#!/bin/sh
# bench/js-profile.sh DIR [MAIN [ARGS...]]: where an app's time goes, by
# JavaScript function and line, on the host build.
#
# The app (DIR, main module MAIN, default index.js) is packed and
# precompiled as mkimage.sh does it (scripts/bundle.js, scripts/
# packfiles.js, build/host/jsbc) and run by
# build/host/unijs-host with UNIJS_HOST_PROFILE set: tests/host/
# host_profile.c samples the interpreter's call stack every US
# microseconds (default 500) and writes the samples at exit. Printed:
#   - by function, largest inclusive first: the share of samples with the
#     function on the stack, and with it on top (self); a native function
#     (a built-in, require, a binding) counts the C code it runs as self;
#   - by line, largest self first (TOP lines, default 40).
# Samples are of wall time, every US µs: the app should keep the process
# busy (bench/http-insn/index.js loads itself over the in-process
# loopback). Signals cost this sandbox tens of µs each: below ~200 µs
# they slow the run several times over (the shares stay right, the
# run gets long). REPEAT=N runs it N times and adds the samples up (a
# short run, e.g. a boot to its first listen, gives few samples a run).
# The raw samples stay in build/bench/js-profile.samples, one per line,
# outermost frame first, ';' between frames (the folded form flame
# graph tools read).
#   sh bench/js-profile.sh bench/http-insn index.js http 100000
#     (after copying examples/http-hello/index.js there as hello.js:
#      bench/http-insn.sh does)
. "$(dirname "$0")/common.sh"

[ $# -ge 1 ] && [ -d "$1" ] || { echo "usage: bench/js-profile.sh DIR [MAIN [ARGS...]]" >&2; exit 2; }
app=$(cd "$1" && pwd) main=${2:-index.js}
[ $# -ge 2 ] && shift 2 || shift 1
us=${US:-500} top_n=${TOP:-40} repeat=${REPEAT:-1}

make -s build/host/unijs-host build/host/jsbc >"$bdir/make-host.log" 2>&1 || { cat "$bdir/make-host.log" >&2; exit 1; }
pack=$bdir/js-profile.pack
rm -rf "$pack" && mkdir -p "$pack"
node scripts/bundle.js "$app" "$main" "$pack" >"$pack.log" 2>&1 && node scripts/packfiles.js "$app" "$pack" >>"$pack.log" 2>&1 ||
	{ cat "$pack.log" >&2; echo "js-profile: cannot pack $app" >&2; exit 1; }
# The modules precompiled, as mkimage.sh does (bench/boot-compile.sh the
# same way): else the profile is mostly the compiler's, inside require.
mkdir -p "$pack/bc"
apack=$(cd "$pack" && pwd)
awk -F'\t' -v d="$apack/bc" '$1 !~ /\.json$/ { print $1 "\t" $2 "\t" d "/" NR ".bc" }' "$pack/files" >"$pack/bc.list"
build/host/jsbc app <"$pack/bc.list" >"$pack/bc.sizes" || { echo "js-profile: cannot precompile $app" >&2; exit 1; }
awk -F'\t' '{ print $1 "\t" $3 }' "$pack/bc.list" >"$pack/code"

out=$bdir/js-profile.samples
: >"$out"
i=0
while [ $i -lt "$repeat" ]; do
	UNIJS_HOST_PROFILE=$bdir/js-profile.one UNIJS_HOST_PROFILE_US=$us build/host/unijs-host --bundle "$pack" "$@" \
		>"$bdir/js-profile.out" 2>&1 </dev/null
	rc=$?
	[ -f "$bdir/js-profile.one" ] || { tail -5 "$bdir/js-profile.out" >&2; echo "js-profile: no samples (exit $rc)" >&2; exit 1; }
	cat "$bdir/js-profile.one" >>"$out" && rm -f "$bdir/js-profile.one"
	i=$((i + 1))
done
echo "js-profile: $(wc -l <"$out") samples every $us us over $repeat run(s); the app's last exit status $rc; its output: $bdir/js-profile.out"
echo "by function: inclusive, self (% of samples)"
awk -F';' '{
	total++
	split("", seen)
	for (i = 1; i <= NF; i++) {
		f = $i; sub(/:[0-9]+\)$/, ")", f)
		if (!(f in seen)) { seen[f] = 1; inc[f]++ }
		if (i == NF) self[f]++
	}
} END {
	for (f in inc) printf "%7.2f %7.2f  %s\n", 100 * inc[f] / total, 100 * self[f] / total, f
}' "$out" | sort -k1,1nr -k2,2nr | head -n "$top_n"
echo "by line: self (% of samples)"
awk -F';' '{ total++; self[$NF]++ } END { for (l in self) printf "%7.2f  %s\n", 100 * self[l] / total, l }' "$out" |
	sort -k1,1nr | head -n "$top_n"
