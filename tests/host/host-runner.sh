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
#
# Under tests/js/run.sh (UNIJS_SUITE_DIR and UNIJS_SUITE_CASES set) the
# cases of one directory are packed once, together (bundle.js --entry),
# and each case runs that pack with --main /app/CASE.js, as
# tests/js/image-runner.sh does with one image.
top=$(cd "$(dirname "$0")/../.." && pwd)
case=$1
shift
dir=$(cd "$(dirname "$case")" && pwd)
base=$(basename "$case")

# pack WORK MAIN [--entry FILE]...: the files of dir's MAIN (and entries)
# into WORK, precompiled
pack() {
	work=$1 main=$2
	shift 2
	node "$top/scripts/bundle.js" --allow-missing "$@" "$dir" "$main" "$work" 2>/dev/null ||
		node "$top/scripts/bundle.js" --allow-missing "$@" "$dir" "$main" "$work" || return $?
	node "$top/scripts/packfiles.js" "$dir" "$work" >/dev/null || return $?
	awk -F'\t' -v d="$work" '$1 !~ /\.json$/ { print $1 "\t" $2 "\t" d "/" NR ".bc" }' "$work/files" >"$work/bc.list"
	(cd "$dir" && "$top/build/host/jsbc" app <"$work/bc.list" >/dev/null) || return $?
	# (a module jsbc cannot compile has no .bc: it stays source, as in an image)
	while IFS='	' read -r mod src bc; do [ ! -s "$bc" ] || printf '%s\t%s\n' "$mod" "$bc"; done <"$work/bc.list" >"$work/code"
}

if [ -n "${UNIJS_SUITE_DIR:-}" ] && grep -qxF "$dir/$base" "${UNIJS_SUITE_CASES:-/dev/null}"; then
	s=$UNIJS_SUITE_DIR/host-$(printf %s "$dir" | md5sum | cut -c1-12)
	if [ ! -f "$s.rc" ]; then
		mkdir -p "$s"
		grep -E "^$dir/[^/]+\.js\$" "$UNIJS_SUITE_CASES" | xargs -n1 basename >"$s.list"
		# shellcheck disable=SC2046
		pack "$s" "$(head -1 "$s.list")" $(tail -n +2 "$s.list" | sed 's/^/--entry /') >"$s.log" 2>&1
		echo $? >"$s.rc"
	fi
	if [ "$(cat "$s.rc")" != 0 ]; then
		echo "host-runner: the pack of this directory's cases failed (exit $(cat "$s.rc")):"
		grep -v ': warning: ' "$s.log" | head -20
		exit 3
	fi
	exec "$top/build/host/unijs-host" --bundle "$s" --main "/app/$base" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack "$work" "$base" || exit $?
"$top/build/host/unijs-host" --bundle "$work" "$@"
