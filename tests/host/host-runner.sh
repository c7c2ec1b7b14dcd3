#!/bin/sh
# tests/host/host-runner.sh CASE.js [ARGS...]: a RUNNER for tests/js/run.sh
# that packs CASE as mkimage.sh does (scripts/bundle.js: module graph,
# modern syntax lowered, core-js built-ins) and runs the result on Linux
# with build/host/unijs-host --bundle: the whole Node-oracle suite in
# seconds, no boot. The modules are precompiled as mkimage.sh precompiles
# them (build/host/jsbc, listed in WORK/code), so the suites run the
# images' load path, under GC torture too (UNIJS_GC_TORTURE). (build/host/
# unijs-host alone packs sources as they are, so cases in modern syntax
# need this runner or an image.)
top=$(cd "$(dirname "$0")/../.." && pwd)
case=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$top/scripts/bundle.js" --allow-missing "$(dirname "$case")" "$(basename "$case")" "$work" 2>/dev/null ||
	node "$top/scripts/bundle.js" --allow-missing "$(dirname "$case")" "$(basename "$case")" "$work" || exit $?
node "$top/scripts/packfiles.js" "$(dirname "$case")" "$work" >/dev/null || exit $?
awk -F'\t' -v d="$work" '$1 !~ /\.json$/ { print $1 "\t" $2 "\t" d "/" NR ".bc" }' "$work/files" >"$work/bc.list"
(cd "$(dirname "$case")" && "$top/build/host/jsbc" app <"$work/bc.list" >/dev/null) || exit $?
# (a module jsbc cannot compile has no .bc: it stays source, as in an image)
while IFS='	' read -r mod src bc; do [ ! -s "$bc" ] || printf '%s\t%s\n' "$mod" "$bc"; done <"$work/bc.list" >"$work/code"
"$top/build/host/unijs-host" --bundle "$work" "$@"
