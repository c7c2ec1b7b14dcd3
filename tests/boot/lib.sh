# Shared by the boot and mkimage tests: build images once, boot them, check.
# Results follow tests/lib.sh (plan, ok/notok/skip, finish).
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/lib.sh"
out=${UNIJS_TEST_OUT:-$top/build/test}
mkdir -p "$out"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# image NAME APP [mkimage options...]: build $out/NAME.elf (and .iso)
image() {
	n=$1 a=$2
	shift 2
	"$top/mkimage.sh" -q -o "$out" -n "$n" "$@" "$a" >"$T/mk.$n" 2>&1
}

# boot NAME IMAGE [run.sh options --] [cmdline...]: output in $T/NAME.out
# (serial line ends made plain), exit code in $T/NAME.rc
boot() {
	n=$1
	shift
	sh "$top/scripts/run.sh" --timeout "$(guard ${BOOT_TIMEOUT:-60})" "$@" >"$T/$n.raw" 2>&1
	echo $? >"$T/$n.rc"
	tr -d '\r' <"$T/$n.raw" >"$T/$n.out"
}

# expect NAME CODE PATTERN...: the boot NAME exited with CODE and its
# output has every PATTERN (grep -E), in any order
expect() {
	n=$1 want=$2
	shift 2
	got=$(cat "$T/$n.rc")
	if [ "$got" != "$want" ]; then
		notok "$n" "exit code $got, want $want" "$(tail -5 "$T/$n.out")"
		return
	fi
	for p; do
		if ! grep -qE -- "$p" "$T/$n.out"; then
			notok "$n" "output lacks /$p/" "$(tail -5 "$T/$n.out")"
			return
		fi
	done
	ok "$n"
}
