#!/bin/sh
# tests/host/host-runner.sh CASE.js [ARGS...]: a RUNNER for tests/js/run.sh
# that packs CASE as mkimage.sh does (scripts/bundle.js: module graph,
# modern syntax lowered, core-js built-ins) and runs the result on Linux
# with build/host/unijs-host --bundle: the whole Node-oracle suite in
# seconds, no boot. (build/host/unijs-host alone packs sources as they are,
# so cases in modern syntax need this runner or an image.)
top=$(cd "$(dirname "$0")/../.." && pwd)
case=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$top/scripts/bundle.js" --allow-missing "$(dirname "$case")" "$(basename "$case")" "$work" 2>/dev/null ||
	node "$top/scripts/bundle.js" --allow-missing "$(dirname "$case")" "$(basename "$case")" "$work" || exit $?
node "$top/scripts/packfiles.js" "$(dirname "$case")" "$work" >/dev/null || exit $?
"$top/build/host/unijs-host" --bundle "$work" "$@"
