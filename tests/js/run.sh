#!/bin/bash
# tests/js/run.sh RUNNER: Node is the oracle.
#
# For each tests/js/cases/*.js, runs `node CASE ARGS` and `RUNNER CASE ARGS`
# (RUNNER is a command taking a .js path, e.g. build/host/unijs-host, or one
# that builds an image and boots it) with stdout and stderr merged, as on the
# kernel's one console, and compares output and exit status.
#
# Headers in a case (comment lines at the top):
#   // args: a b c        app arguments
#   // env: FOO=1 BAR=x   extra environment, also passed to RUNNER as
#                         UNIJS_ENV="FOO=1 BAR=x" for runners that boot
#   // compare: strip-stack   ignore "    at ..." stack lines on both sides
#   // mem: SIZE          guest memory for runners that boot (QEMU syntax,
#                         e.g. 8M), passed as UNIJS_MEM=SIZE; the host
#                         runner's heap grows and ignores it
#   // known: WHY         (cases in known/) a difference from node we know
#                         of and have not fixed: reported "ok - NAME # TODO
#                         WHY" while it differs, and "not ok" once it
#                         matches node, so that it moves to cases/
#   // uncaught: LINE     the case dies of an uncaught exception: output
#                         before Node's error report must match ours before
#                         our "Uncaught" line, which must be LINE; Node's
#                         report must name the same error; exit codes match
# The runner learns the whole set: UNIJS_SUITE_CASES names a file listing
# every case's path, UNIJS_SUITE_DIR a directory of this run's own. A
# runner may pack all cases once there (image-runner.sh: one image with
# every case as an entry, booted once per case with main=) instead of
# packing each case alone; each case still runs in its own process or boot.
# UNIJS_NODE_CACHE, when set, is a directory where node's output and exit
# status for each case (with its arguments and environment) are kept and
# taken from by later runs: tests/run.sh gives its suites of the same cases
# one, so that node runs each case once per make test.
# Prints "1..N", then "ok - NAME" or "not ok - NAME" with a short diff,
# then "N passed, N failed[, N skipped]" (known differences count as
# skipped); exits non-zero on any failure.
set -u

if [ $# -lt 1 ]; then
	echo "usage: $0 RUNNER [CASE.js...]" >&2
	exit 2
fi
runner=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ]; then cases=("$@"); else cases=("$here"/cases/*.js "$here"/known/*.js); fi
echo "1..${#cases[@]}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/suite"
for c in "${cases[@]}"; do echo "$(cd "$(dirname "$c")" && pwd)/$(basename "$c")"; done >"$tmp/cases"
export UNIJS_SUITE_DIR=$tmp/suite UNIJS_SUITE_CASES=$tmp/cases
pass=0
fail=0
known=0

header() { # header NAME FILE
	sed -n "s|^// $1: *||p" "$2" | head -1
}

for c in "${cases[@]}"; do
	c=$(cd "$(dirname "$c")" && pwd)/$(basename "$c")
	name=$(basename "$c" .js)
	args=$(header args "$c")
	envs=$(header env "$c")
	mode=$(header compare "$c")
	uncaught=$(header uncaught "$c")
	knownwhy=$(header known "$c")
	mem=$(header mem "$c")
	# (node's answer is kept for the run's other suites of the same cases:
	# UNIJS_NODE_CACHE, a directory of this make test's own; the same case,
	# arguments and environment give node the same program to run)
	key=
	[ -n "${UNIJS_NODE_CACHE:-}" ] && key=$UNIJS_NODE_CACHE/$(printf '%s\n%s\n%s' "$c" "$args" "$envs" | md5sum | cut -c1-32)
	if [ -n "$key" ] && [ -f "$key.rc" ]; then
		cp "$key.out" "$tmp/node"
		node_rc=$(cat "$key.rc")
	else
		# shellcheck disable=SC2086
		(cd "$(dirname "$c")" && env $envs timeout $((20 * ${UNIJS_TEST_SLACK:-5})) node "$c" $args >"$tmp/node" 2>&1)
		node_rc=$?
		if [ -n "$key" ] && [ "$node_rc" != 124 ]; then
			# (by rename: a suite of the other lane may read it now)
			cp "$tmp/node" "$key.out.$$" && mv "$key.out.$$" "$key.out" &&
				echo "$node_rc" >"$key.rc.$$" && mv "$key.rc.$$" "$key.rc"
		fi
	fi
	# shellcheck disable=SC2086
	env $envs UNIJS_ENV="$envs" UNIJS_MEM="$mem" timeout $((80 * ${UNIJS_TEST_SLACK:-5})) $runner "$c" $args >"$tmp/ours" 2>&1
	ours_rc=$?
	why=""
	if [ -n "$uncaught" ]; then
		# Node: output, then "/path/case.js:LINE", source, caret, report.
		# (Node may end its output with a blank line before the report.)
		awk -v f="$c" 'index($0, f ":") == 1 { exit } { print }' "$tmp/node" |
			sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$tmp/node.out"
		awk '/^Uncaught / { exit } { print }' "$tmp/ours" >"$tmp/ours.out"
		got=$(grep -m1 '^Uncaught ' "$tmp/ours")
		want=${uncaught#Uncaught }
		want_node=$want
		case $want in \'*\') want_node=${want:1:${#want}-2} ;; esac
		if [ "$got" != "$uncaught" ]; then
			why="first error line: got '$got', want '$uncaught'"
		elif ! grep -qxF -- "$want_node" "$tmp/node"; then
			why="node's report does not name '$want_node'"
		fi
	else
		cp "$tmp/node" "$tmp/node.out"
		cp "$tmp/ours" "$tmp/ours.out"
	fi
	if [ "$mode" = strip-stack ]; then
		sed -i '/^ *at /d' "$tmp/node.out" "$tmp/ours.out"
	fi
	if [ -z "$why" ] && ! cmp -s "$tmp/node.out" "$tmp/ours.out"; then
		why="output differs (--- node, +++ ours)"
	fi
	if [ -z "$why" ] && [ "$node_rc" != "$ours_rc" ]; then
		why="exit status: node $node_rc, ours $ours_rc"
	fi
	if [ -n "$knownwhy" ]; then
		if [ -n "$why" ]; then
			echo "ok - $name # TODO known difference: $knownwhy"
			known=$((known + 1))
		else
			echo "not ok - $name"
			echo "#   matches node now: move it from known/ to cases/ and drop its known: line"
			fail=$((fail + 1))
		fi
	elif [ -z "$why" ]; then
		echo "ok - $name"
		pass=$((pass + 1))
	else
		echo "not ok - $name"
		echo "#   $why"
		# the diff's first 12 lines and its last 8 (where a cut-off
		# output shows how it ended)
		diff -u "$tmp/node.out" "$tmp/ours.out" | tail -n +3 >"$tmp/diff"
		if [ "$(wc -l <"$tmp/diff")" -gt 20 ]; then
			{ head -12 "$tmp/diff"; echo "..."; tail -8 "$tmp/diff"; } | cut -c1-300 | sed 's/^/#   /'
		else
			cut -c1-300 "$tmp/diff" | sed 's/^/#   /'
		fi
		echo "#   exit status: node $node_rc, ours $ours_rc"
		fail=$((fail + 1))
	fi
done
if [ "$known" -gt 0 ]; then
	echo "$pass passed, $fail failed, $known skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
