#!/bin/sh
# tests/js/image-runner.sh CASE.js [ARGS...]: the RUNNER tests/js/run.sh
# compares with node. Builds CASE into an image and boots it; UNIJS_ENV
# ("A=1 B=2") becomes env.A=1 env.B=2 on the kernel command line; UNIJS_MEM
# (a case's "// mem:" header) the guest's memory (default run.sh's). Prints
# the console output (serial line ends made plain) and exits with the
# app's exit code.
#
# Under tests/js/run.sh (UNIJS_SUITE_DIR and UNIJS_SUITE_CASES set) the
# cases of one directory are built once, into one image: the first case is
# its main module, every other one an entry (mkimage.sh --entry), and each
# case boots that image with main=/app/CASE.js: a boot of its own, as
# before, without a build of its own (the build was most of a case's time
# under TCG). The module paths are the same as in an image of the case
# alone (/app/CASE.js, /app/modules/...). A case with a "// mem:" header
# (a small guest) is still built alone: the suite's image is larger. If the
# suite's image cannot be built, each of its cases fails with the error.
top=$(cd "$(dirname "$0")/../.." && pwd)
case=$1
shift
dir=$(cd "$(dirname "$case")" && pwd)
base=$(basename "$case")
name=js-$(basename "$case" .js)
out=${UNIJS_TEST_OUT:-$top/build/test}
# A single-file app packs only its modules for fs: the fs cases' data
# (cases/fs_data) is named, as the host runner packs it.
inc=
[ -d "$dir/fs_data" ] && inc="--include fs_data"
elf= main=
if [ -n "${UNIJS_SUITE_DIR:-}" ] && [ -z "${UNIJS_MEM:-}" ] && grep -qxF "$dir/$base" "${UNIJS_SUITE_CASES:-/dev/null}"; then
	s=$UNIJS_SUITE_DIR/$(printf %s "$dir" | md5sum | cut -c1-12)
	if [ ! -f "$s.rc" ]; then
		grep -E "^$dir/[^/]+\.js\$" "$UNIJS_SUITE_CASES" | xargs grep -L "^// mem:" 2>/dev/null | xargs -n1 basename >"$s.list"
		if [ "$(wc -l <"$s.list")" -ge 2 ]; then
			entries=$(tail -n +2 "$s.list" | sed 's/^/--entry /')
			# shellcheck disable=SC2086
			"$top/mkimage.sh" -q --no-iso --allow-missing $inc -o "$s" -n js-suite $entries "$dir/$(head -1 "$s.list")" >"$s.log" 2>&1
			echo $? >"$s.rc"
		else
			echo none >"$s.rc"
		fi
	fi
	if grep -qxF "$base" "$s.list"; then
		case $(cat "$s.rc") in
		0) elf=$s/js-suite.elf main=/app/$base ;;
		none) ;;
		*)
			echo "image-runner: the image of this directory's cases failed to build (mkimage.sh exit $(cat "$s.rc")):"
			grep -v ': warning: ' "$s.log" | head -20
			exit 3
			;;
		esac
	fi
fi
if [ -z "$elf" ]; then
	"$top/mkimage.sh" -q --no-iso --allow-missing $inc -o "$out" -n "$name" "$case" 2>/dev/null ||
		"$top/mkimage.sh" -q --no-iso --allow-missing $inc -o "$out" -n "$name" "$case" || exit $?
	elf=$out/$name.elf
fi
set -- -- "$@"
for kv in ${UNIJS_ENV:-}; do
	set -- "env.$kv" "$@"
done
[ -z "$main" ] || set -- "main=$main" "$@"
tmp=$(mktemp)
sh "$top/scripts/run.sh" ${UNIJS_MEM:+--mem "$UNIJS_MEM"} --timeout $((60 * ${UNIJS_TEST_SLACK:-5})) "$elf" "$@" >"$tmp" 2>&1
rc=$?
tr -d '\r' <"$tmp"
rm -f "$tmp"
exit $rc
