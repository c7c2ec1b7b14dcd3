# tests/lib.sh: the result contract every shell suite keeps (tests/run.sh
# checks it). Source it, state the plan, report each case, finish:
#
#   . tests/lib.sh
#   plan 12                  "1..12": the cases this suite will report
#   ok "NAME"                a case passed
#   notok "NAME" "why"...    a case failed; each why becomes a "#   " line
#   skip "NAME" "why"        this machine cannot run it (counted apart)
#   guard N                  N seconds of hang guard, scaled (see below)
#   finish                   "P passed, F failed[, S skipped]"; exits 1 on
#                            any failure
#   freeport                 a free TCP port, outside the ephemeral range
#   wait_end PID N           waits at most guard N s for such an image to end
#   stop_image PID           ends an image started in the background with
#                            scripts/run.sh (its children first: run.sh's
#                            child is timeout(1), which passes the signal
#                            on to QEMU)
#
# Results are kept in a file, so cases reported from subshells count too.
# A suite that dies before finish prints no summary, which tests/run.sh
# reports as a failure.
TESTS_RESULTS=$(mktemp)
plan() { echo "1..$1"; }
ok() { echo "ok - $1"; echo p >>"$TESTS_RESULTS"; }
notok() {
	echo "not ok - $1"
	shift
	for w; do printf '%s\n' "$w" | sed 's/^/#   /'; done
	echo f >>"$TESTS_RESULTS"
}
skip() { echo "ok - $1 # SKIP $2"; echo s >>"$TESTS_RESULTS"; }
# guard N: a hang guard of N seconds (a boot's --timeout, a wait for a
# port), times UNIJS_TEST_SLACK (5 unless set). A guard only ends a case
# that would otherwise hang: a loaded machine under TCG can be 10x slower
# than an idle one, and a guard must never be what decides a verdict.
guard() { echo $(($1 * ${UNIJS_TEST_SLACK:-5})); }
# wait_listen PORT: until something listens on 127.0.0.1:PORT (a server
# of the host's the test started), within the guard of 30 s
wait_listen() {
	python3 - "$1" "$(guard 30)" <<'PY'
import socket, sys, time
end = time.time() + float(sys.argv[2])
while time.time() < end:
    try:
        socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=2).close()
        break
    except OSError:
        time.sleep(0.1)
PY
}

# freeport: a TCP port on 127.0.0.1 that nothing holds, from below the
# kernel's ephemeral range (ip_local_port_range). A client that polls a
# port of that range until a server opens it can be given that very port
# as its own source port and connect to itself (TCP simultaneous open):
# it then sends its request to itself and waits out its whole guard.
freeport() {
	python3 - <<'PY'
import random, socket
try:
    low = int(open('/proc/sys/net/ipv4/ip_local_port_range').read().split()[0])
except (OSError, ValueError):
    low = 32768
for _ in range(1000):
    port = random.randrange(10000, max(low, 10001))
    s = socket.socket()
    try:
        s.bind(('127.0.0.1', port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    break
else:
    raise SystemExit('freeport: no free port below %d' % low)
PY
}

# wait_end PID N: the exit status of PID (an image started in the
# background with scripts/run.sh, asked to end), waiting at most guard N
# seconds; one still running then is stopped and the status is 124
wait_end() {
	we=$(($(guard "$2") * 5))
	while kill -0 "$1" 2>/dev/null && [ "$we" -gt 0 ]; do
		sleep 0.2
		we=$((we - 1))
	done
	if kill -0 "$1" 2>/dev/null; then
		stop_image "$1"
		wait "$1" 2>/dev/null
		return 124
	fi
	wait "$1"
}

stop_image() {
	for c in $(pgrep -P "$1"); do kill "$c" 2>/dev/null; done
	kill "$1" 2>/dev/null
}
# failures: how many cases have failed so far
failures() { grep -c f "$TESTS_RESULTS"; }
# relay: pass through result lines another program prints, counting them
relay() {
	while IFS= read -r line; do
		printf '%s\n' "$line"
		case $line in
		"not ok "*) echo f >>"$TESTS_RESULTS" ;;
		"ok "*"# SKIP"*) echo s >>"$TESTS_RESULTS" ;;
		"ok "*) echo p >>"$TESTS_RESULTS" ;;
		esac
	done
}
finish() {
	p=$(grep -c p "$TESTS_RESULTS")
	f=$(grep -c f "$TESTS_RESULTS")
	s=$(grep -c s "$TESTS_RESULTS")
	rm -f "$TESTS_RESULTS"
	if [ "$s" != 0 ]; then
		echo "$p passed, $f failed, $s skipped"
	else
		echo "$p passed, $f failed"
	fi
	[ "$f" = 0 ]
	exit $?
}
