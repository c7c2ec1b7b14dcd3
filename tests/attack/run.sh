#!/bin/sh
# The HTTP attack suite (issue 13): tests/attack/app booted once with 12 MB
# of RAM (user networking, a port forward on 127.0.0.1) and attacked from
# the host by tests/attack/attack.py: request smuggling shapes, pipelining,
# a handler that throws under an uncaughtException listener, 100 MB
# bodies to handlers that never read, buffer and stream them (1 and 10 MB
# too), 10 MiB responses to clients that read and that read nothing, a
# slowloris and an idle flood (ATTACK_CONNS connections, 200 unless set:
# bench/attack-soak.sh runs 1,000 and 5,000) and a seeded fuzzer, each
# followed by a normal GET. What Node decides (the answers to
# the smuggling shapes, pipelining order) is first taken from the same app
# under node on the host. The app's timeouts are shortened by its
# arguments (headersTimeout=1000) so that no case waits Node's 60 s; every
# wait is a hang guard, never a verdict. Then a second guest, 6 MB, whose
# app set maxConnections above what its heap holds, takes 100 idle
# connections: admission by heap headroom must refuse them and the guest
# serve on (issue 13's 5,000-connection idle flood, in little).
# (12 MB, not 8: at 8 MB, on a loaded machine, the 1 MiB answers and
# bodies sometimes found no 1 MiB in one piece although 2-4 MB were free,
# and the verdict then hung on the host's load. bench/frag.sh measures
# that rate; docs/memory.md, "Out of memory", says what was done about
# it and what is left.)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
pids=
# run.sh's child is timeout(1), which passes the signal on to QEMU
stop() {
	for c in $(pgrep -P "$1"); do kill "$c" 2>/dev/null; done
	kill "$1" 2>/dev/null
}
cleanup() {
	for p in $pids; do stop "$p"; done
	rm -rf "$T"
}
trap cleanup EXIT
. "$top/tests/lib.sh"
n=$(python3 "$top/tests/attack/attack.py" count)
heapn=100
heapcase=$(python3 "$top/tests/attack/attack.py" heapname $heapn)
plan $((n + 2))
ARGS="headersTimeout=1000 interval=250"
# fail_all WHY: every case, failed for one reason
fail_all() {
	python3 "$top/tests/attack/attack.py" names | while IFS= read -r c; do notok "$c" "$1"; done
	notok "attack: the guest is still running, no out-of-memory report" "$1"
	notok "$heapcase" "$1"
	finish
}

out=${UNIJS_TEST_OUT:-$top/build/test}
if ! "$top/mkimage.sh" -q --no-iso -o "$out" -n attack-app "$top/tests/attack/app" >"$T/mk.log" 2>&1; then
	fail_all "building the image: $(tail -3 "$T/mk.log")"
fi

# the oracle: the same app under node, the same bytes
pn=$(freeport)
: >"$T/node.out"
: >"$T/guest.out"
# shellcheck disable=SC2086
node "$top/tests/attack/app/index.js" port="$pn" $ARGS >"$T/node.out" 2>&1 &
npid=$!
pids="$pids $npid"
i=0
while [ $i -lt $(guard 20) ] && ! grep -q 'http on' "$T/node.out"; do sleep 0.2; i=$((i + 1)); done
python3 "$top/tests/attack/attack.py" probe "$pn" >"$T/node.json" 2>"$T/probe.err"
kill "$npid" 2>/dev/null
[ -s "$T/node.json" ] || fail_all "node's answers: $(tail -3 "$T/probe.err")"

pg=$(freeport)
# shellcheck disable=SC2086
pg2=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 900) --mem 12M --fwd "$pg:8080" --fwd "$pg2:8081" "$out/attack-app.elf" -- $ARGS port2=8081 headersTimeout2=240000 >"$T/guest.out" 2>&1 &
gpid=$!
pids="$pids $gpid"
i=0
while [ $i -lt $(guard 300) ] && ! grep -q 'attack-app: http on' "$T/guest.out"; do sleep 0.2; i=$((i + 1)); done
grep -q 'attack-app: http on' "$T/guest.out" || fail_all "the guest never listened: $(tail -3 "$T/guest.out")"

f0=$(failures)
ATTACK_GUEST_PID=$gpid python3 "$top/tests/attack/attack.py" run "$pg" "$T/node.json" "$pg2" 2>&1 | relay
if kill -0 "$gpid" 2>/dev/null && ! grep -qi 'out of memory\|out-of-memory' "$T/guest.out"; then
	ok "attack: the guest is still running, no out-of-memory report"
else
	notok "attack: the guest is still running, no out-of-memory report" "$(tr -d '\r' <"$T/guest.out" | tail -5)"
fi
# a failed check shows what the guest said last
[ "$(failures)" = "$f0" ] || tr -d '\r' <"$T/guest.out" | tail -8 | sed 's/^/#   guest: /'
stop "$gpid"

# Issue 13's idle flood in little (attack.py t_heap): a 6 MB guest whose
# app set maxConnections=400, above what its heap holds, and holds 32 KiB
# more per connection (hold=32: ~50 KiB each, so that 30-odd connections
# stand for thousands: QEMU's port forward lets them in slowly on a busy
# machine), so that the heap is what the connections run into; admission
# by headroom must refuse them (the heap's reserve) and the guest serve
# on. Its own headersTimeout (60 s) keeps the idle ones for the flood.
ph=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 300) --mem 6M --fwd "$ph:8080" "$out/attack-app.elf" -- maxConnections=400 hold=32 >"$T/heap.out" 2>&1 &
hpid=$!
pids="$pids $hpid"
i=0
while [ $i -lt $(guard 300) ] && ! grep -q 'attack-app: http on' "$T/heap.out"; do sleep 0.2; i=$((i + 1)); done
if ! grep -q 'attack-app: http on' "$T/heap.out"; then
	notok "$heapcase" "the 6 MB guest never listened: $(tail -3 "$T/heap.out")"
else
	r=$(ATTACK_GUEST_PID=$hpid python3 "$top/tests/attack/attack.py" heap "$ph" $heapn 2>&1)
	if echo "$r" | grep -q '^ok ' && kill -0 "$hpid" 2>/dev/null && ! grep -qi 'out of memory' "$T/heap.out"; then
		echo "$r" | relay
	else
		notok "$heapcase" "$(echo "$r" | sed -n 's/^#   //p')" "$(tr -d '\r' <"$T/heap.out" | tail -4)"
	fi
fi
finish
