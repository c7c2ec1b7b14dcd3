#!/bin/sh
# tests/js/image-runner.sh CASE.js [ARGS...]: the RUNNER tests/js/run.sh
# compares with node. Builds CASE into an image and boots it; UNIJS_ENV
# ("A=1 B=2") becomes env.A=1 env.B=2 on the kernel command line; UNIJS_MEM
# (a case's "// mem:" header) the guest's memory (default run.sh's). Prints
# the console output (serial line ends made plain) and exits with the
# app's exit code.
top=$(cd "$(dirname "$0")/../.." && pwd)
case=$1
shift
name=js-$(basename "$case" .js)
out=$top/build/test
# A single-file app packs only its modules for fs: the fs cases' data
# (cases/fs_data) is named, as the host runner packs it.
inc=
[ -d "$(dirname "$case")/fs_data" ] && inc="--include fs_data"
"$top/mkimage.sh" -q --no-iso --allow-missing $inc -o "$out" -n "$name" "$case" 2>/dev/null ||
	"$top/mkimage.sh" -q --no-iso --allow-missing $inc -o "$out" -n "$name" "$case" || exit $?
set -- -- "$@"
for kv in ${UNIJS_ENV:-}; do
	set -- "env.$kv" "$@"
done
tmp=$(mktemp)
sh "$top/scripts/run.sh" ${UNIJS_MEM:+--mem "$UNIJS_MEM"} --timeout $((60 * ${UNIJS_TEST_SLACK:-5})) "$out/$name.elf" "$@" >"$tmp" 2>&1
rc=$?
tr -d '\r' <"$tmp"
rm -f "$tmp"
exit $rc
