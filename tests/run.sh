#!/bin/sh
# The whole test suite (make test). Runs every suite, shows its result
# lines, and ends with one line: "N passed, N failed" (", N skipped" when
# some were).
#
# The contract each suite keeps (tests/lib.sh and tests/unit/libc_test.h
# implement it):
#   1..N                 first, the number of cases it will report
#   ok - NAME            a case passed ("ok - NAME # SKIP why": this machine
#                        cannot run it, with the reason; "ok - NAME # TODO
#                        why": a known difference, not fixed yet)
#   not ok - NAME        a case failed, "#   why" lines follow
#   P passed, F failed   last (", S skipped" optional)
# and it exits 0 exactly when no case failed. The runner does not take a
# suite's word for it: a missing plan, a count of result lines other than
# the plan, a missing or inconsistent summary (a crash part-way), or an
# exit status that disagrees with the results is a failure of its own,
# reported as "not ok - SUITE: why".
#
#   tests/run.sh UNIT_TEST_BINARY...
#
# The suites run in two lanes at once (UNIJS_TEST_LANES=1: one after
# another). Most suites keep one host core busy (QEMU's TCG thread, or
# node and the host build), so two lanes take about half the time on our
# two-core machines; no verdict depends on speed, so a loaded core only
# slows a lane. Each lane builds its images into a directory of its own
# (UNIJS_TEST_OUT: build/test and build/test/lane2): suites of both lanes
# build images of the same names (hello, npm-app). A suite's results are
# printed together when it ends, so the two lanes' lines do not mix.
#
# No suite can hold the run: each runs under timeout(1), at most
# UNIJS_SUITE_CAP seconds (1800: five times the slowest suite's time on a
# loaded machine), and the whole run has a budget, UNIJS_TEST_BUDGET
# seconds (4200) from its start. A suite still running at its cap is
# stopped, its whole process group with it (QEMU included), and reported
# as "not ok - suite NAME: did not end within N s" with its last lines; a
# suite not started when the budget is spent is reported as not run. So a
# hang costs at most one cap, and `make test` always ends with its tally.
#
# A lane is this script again, as `tests/run.sh --lane N [UNIT_TEST...]`
# with UNIJS_TEST_TMP and UNIJS_TEST_LOG set, started through
# `env --default-signal=INT,QUIT`: a shell without job control starts its
# background jobs with SIGINT and SIGQUIT ignored, and a shell that
# inherits them ignored cannot trap them, so scripts/run.sh would not
# stop QEMU on Ctrl-C (tests/boot/deploy.sh checks that it does), nor
# would Ctrl-C stop the lanes.
set -u
cd "$(dirname "$0")/.."
if [ "${1:-}" = --lane ]; then
	lane=$2
	shift 2
	log=$UNIJS_TEST_LOG tmp=$UNIJS_TEST_TMP
	# timeout(1) runs a suite in a process group of its own, out of the
	# terminal's reach: Ctrl-C (or kill) of the lane passes on to it
	spid=
	trap '[ -z "$spid" ] || kill -TERM "$spid" 2>/dev/null; exit 130' INT
	trap '[ -z "$spid" ] || kill -TERM "$spid" 2>/dev/null; exit 143' TERM
else
	lane=
	log=$(mktemp)
	tmp=$(mktemp -d)
	trap 'rm -rf "$log" "$log.failed" "$tmp"' EXIT
	start=$(date +%s)
	# node's answers to the Node-oracle cases, taken once for js-host,
	# js-host-gc and js-image (tests/js/run.sh)
	mkdir "$tmp/node"
	export UNIJS_NODE_CACHE=$tmp/node
	export UNIJS_TEST_DEADLINE=$((start + ${UNIJS_TEST_BUDGET:-4200}))
fi
nsuite=0

# report FILE: print FILE and add its result lines to the tally, one
# lane at a time
# (each failure with its "#   " lines is kept for the end, where the
# last lines of a long run's output show them)
report() {
	flock "$log" sh -c 'cat "$1"; grep -E "^(ok|not ok) " "$1" >>"$2"
		awk "/^not ok /{p=1; print; next} /^#   /{if (p) print; next} {p=0}" "$1" >>"$2.failed"' sh "$1" "$log"
}

# suite NAME COMMAND...
suite() {
	name=$1
	shift
	# UNIJS_TEST_ONLY="NAME...": these suites only (a developer's rerun)
	case " ${UNIJS_TEST_ONLY:-$name} " in *" $name "*) ;; *) return ;; esac
	nsuite=$((nsuite + 1))
	s=$tmp/suite.$lane.$nsuite
	t0=$(date +%s)
	cap=${UNIJS_SUITE_CAP:-1800}
	left=$((${UNIJS_TEST_DEADLINE:-$((t0 + 4200))} - t0))
	[ "$left" -ge "$cap" ] || cap=$left
	if [ "$cap" -lt 60 ]; then
		note "# $name" "not ok - suite $name: not run, the run's budget (UNIJS_TEST_BUDGET=${UNIJS_TEST_BUDGET:-4200} s) is spent"
		return
	fi
	# in the background, so that the lane's traps run while it waits; its
	# stdin is not the terminal's (QEMU would read it, and a process group
	# that is not the terminal's foreground one is stopped when it reads)
	timeout -k 30 "$cap" "$@" </dev/null >"$s.out" 2>&1 &
	spid=$!
	wait "$spid"
	rc=$?
	spid=
	{
		echo "# $name"
		grep -E '^(ok|not ok) |^#   ' "$s.out"
		echo "# $name took $(($(date +%s) - t0)) s"
	} >"$s.report"
	plan=$(grep -m1 -E '^1\.\.[0-9]+$' "$s.out" | cut -c4-)
	nok=$(grep -cE '^ok ' "$s.out")
	nbad=$(grep -cE '^not ok ' "$s.out")
	ran=$((nok + nbad))
	sum=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$s.out" | tail -1)
	why=
	if [ "$rc" = 124 ] || [ "$rc" = 137 ] && [ $(($(date +%s) - t0)) -ge "$cap" ]; then
		why="did not end within $cap s: stopped (exit status $rc)"
	elif [ -z "$plan" ]; then
		why="no plan line (1..N)"
	elif [ "$plan" != "$ran" ]; then
		why="planned $plan cases, reported $ran"
	elif [ -z "$sum" ]; then
		why="no summary line: it stopped part-way (exit status $rc)"
	else
		sp=$(echo "$sum" | sed -E 's/^([0-9]+) passed.*/\1/')
		sf=$(echo "$sum" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
		ss=$(echo "$sum" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
		if [ $((sp + sf + ${ss:-0})) != "$ran" ] || [ "$sf" != "$nbad" ]; then
			why="summary '$sum' disagrees with $nok ok and $nbad not ok lines"
		elif [ "$rc" != 0 ] && [ "$nbad" = 0 ]; then
			why="exit status $rc with no failing case"
		elif [ "$rc" = 0 ] && [ "$nbad" != 0 ]; then
			why="exit status 0 despite $nbad failing cases"
		fi
	fi
	if [ -n "$why" ]; then
		{
			echo "not ok - suite $name: $why"
			# (a suite stopped at its cap: more, to show where it hung)
			tail -"$([ "${why#did not end}" = "$why" ] && echo 5 || echo 20)" "$s.out" | sed 's/^/#   /'
		} >>"$s.report"
	fi
	report "$s.report"
}

# note TEXT...: a line of a lane's own (a skipped suite)
note() {
	printf '%s\n' "$@" >"$tmp/note.$lane"
	report "$tmp/note.$lane"
}

# Lane 1: the host build, the Node-oracle runners, the packages and the
# real apps, the crafted-segment attacks.
lane1() {
	for t in "$@"; do
		if [ -x "$t" ]; then
			suite "$t" "$t"
		else
			note "not ok - $t (not built)"
		fi
	done
	suite js-host bash tests/js/run.sh tests/host/host-runner.sh
	# The collector from inside allocations (docs/memory.md): a collection as
	# from a failing allocation at every 37th one, over cases that exercise
	# builtins, the compiler, Buffers and streams; a value freed while C code
	# still holds it shows as a crash or a wrong answer against Node.
	suite js-host-gc env UNIJS_GC_TORTURE=37 bash tests/js/run.sh tests/host/host-runner.sh \
		$(for c in array_splice arrays_splice buffer_basic gc_small_heap_builtin gc_small_heap_strings \
			http_server_raw inspect_objects json_parse_messages json_parse_strings json_stringify keys_stress modern_classes \
			modern_generators modern_promises numbers_shortest regex_replace_groups stream_transform \
			string_normalize typed_api typed_gc typed_detach zlib_stream uncaught_error \
			engine_jumps engine_text_names engine_guarded_names engine_property_reuse engine_environment_template engine_variable_sites engine_variable_sites_outer engine_variable_sites_copies engine_prototype_lookups engine_proto_accessor engine_compare_jumps engine_heavy_locals engine_captured_locals engine_copied_fields engine_function_own_nodes engine_calls_in_loop engine_variable_sites_own string_walks_go_on string_ropes string_concat_kinds array_queue_ops string_views engine_lazy_function_declarations; do echo tests/js/cases/$c.js; done)
	suite js-image bash tests/js/run.sh tests/js/image-runner.sh
	suite packages bash tests/packages/run.sh
	suite apps sh tests/apps/run.sh
	suite attack-net sh tests/attack-net/run.sh
}

# Lane 2: booting, SMP, mkimage, the network and HTTP suites.
lane2() {
	suite boot sh tests/boot/run.sh
	suite precompiled sh tests/boot/precompiled.sh
	suite deploy sh tests/boot/deploy.sh
	suite libvirt sh tests/boot/libvirt.sh
	suite entropy sh tests/boot/entropy.sh
	suite zlib-cross sh tests/boot/zlib-cross.sh
	suite smp sh tests/boot/smp.sh
	suite workers sh tests/boot/workers.sh
	suite cluster sh tests/boot/cluster.sh
	# Under KVM (ours is PVM) the three again: there each AP leaves PVM's
	# instruction emulator for native execution with its own interrupt flag
	# page and upper-half stacks (arch/x86_64/pvm.c), unlike under TCG.
	# UNIJS_ACCEL=tcg (every image under TCG) leaves KVM out here too.
	if [ "${UNIJS_ACCEL:-auto}" = tcg ]; then
		note "# smp-kvm" "ok - smp, workers and cluster under kvm # SKIP UNIJS_ACCEL=tcg"
	elif [ "$(sh scripts/accel.sh)" = kvm ]; then
		suite smp-kvm env SMP_ACCEL=kvm sh tests/boot/smp.sh
		suite workers-kvm env SMP_ACCEL=kvm sh tests/boot/workers.sh
		suite cluster-kvm env SMP_ACCEL=kvm sh tests/boot/cluster.sh
	else
		note "# smp-kvm" "ok - smp, workers and cluster under kvm # SKIP $(sh scripts/accel.sh --why)"
	fi
	suite mkimage sh tests/mkimage/run.sh
	suite fs sh tests/fs/run.sh
	suite net sh tests/net/run.sh
	suite js-http sh tests/net/js-http.sh
	suite attack-http sh tests/attack/run.sh
	suite dns sh tests/net/dns.sh
	suite examples sh tests/net/examples.sh
	suite load sh tests/net/load.sh
	suite dhcp sh tests/net/dhcp.sh
}

case $lane in
1) lane1 "$@"; exit 0 ;;
2) lane2; exit 0 ;;
esac
export UNIJS_TEST_LOG=$log UNIJS_TEST_TMP=$tmp
# a lane that did not end by itself (Ctrl-C, kill) fails the run
lane_end() {
	[ "$2" = 0 ] || echo "not ok - lane $1 ended early (exit status $2): its remaining suites did not run" | tee -a "$log.failed" >>"$log"
}
if [ "${UNIJS_TEST_LANES:-2}" = 1 ]; then
	sh tests/run.sh --lane 1 "$@"
	lane_end 1 $?
	sh tests/run.sh --lane 2
	lane_end 2 $?
else
	env --default-signal=INT,QUIT sh tests/run.sh --lane 1 "$@" &
	p1=$!
	UNIJS_TEST_OUT=$PWD/build/test/lane2 env --default-signal=INT,QUIT sh tests/run.sh --lane 2 &
	p2=$!
	wait $p1
	lane_end 1 $?
	wait $p2
	lane_end 2 $?
fi

pass=$(grep -E '^ok ' "$log" | grep -vEc '# (SKIP|TODO)')
skip=$(grep -E '^ok ' "$log" | grep -c '# SKIP')
todo=$(grep -E '^ok ' "$log" | grep -c '# TODO')
fail=$(grep -cE '^not ok ' "$log")
[ "$todo" = 0 ] || { echo "# known differences (TODO):"; grep -E '^ok .*# TODO' "$log"; }
[ "$skip" = 0 ] || { echo "# skipped on this machine:"; grep -E '^ok .*# SKIP' "$log"; }
if [ "$fail" != 0 ]; then
	echo "# failed:"
	cat "$log.failed"
fi
line="$pass passed, $fail failed"
[ "$skip" = 0 ] || line="$line, $skip skipped"
[ "$todo" = 0 ] || line="$line, $todo known differences"
echo "# the whole run took $(($(date +%s) - start)) s"
echo "$line"
[ "$fail" = 0 ]
