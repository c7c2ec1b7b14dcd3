#!/bin/sh
# The whole test suite (make test). Each suite prints "ok - NAME" or
# "not ok - NAME" lines ("ok - NAME # SKIP why" for a test this machine
# cannot run); this script runs them all, shows every line, and ends with
# one line: "N passed, N failed" (", N skipped" when some were).
#
#   tests/run.sh UNIT_TEST_BINARY...
set -u
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

suite() { # suite NAME COMMAND...
	echo "# $1"
	"$@" 2>&1 | tee -a "$log" | grep -E '^(ok|not ok) |^#   ' || true
}

for t in "$@"; do
	[ -x "$t" ] || { echo "not ok - $t (not built)" | tee -a "$log"; continue; }
	suite "$t"
done
suite sh tests/boot/run.sh
suite sh tests/mkimage/run.sh
suite sh tests/net/run.sh
suite sh tests/net/js-http.sh
suite sh tests/net/examples.sh
suite bash tests/js/run.sh tests/js/image-runner.sh
suite bash tests/packages/run.sh

pass=$(grep -E '^ok ' "$log" | grep -vc '# SKIP')
skip=$(grep -E '^ok ' "$log" | grep -c '# SKIP')
fail=$(grep -cE '^not ok ' "$log")
if [ "$fail" != 0 ]; then
	echo "# failed:"
	grep -E '^not ok ' "$log"
fi
if [ "$skip" != 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" = 0 ]
