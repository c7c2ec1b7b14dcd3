#!/bin/sh
# SMP boot tests (arch/x86_64/smp.c, lib/xmsg.c), under TCG (multi-threaded:
# run.sh --smp): the other cores start when the boot core's loop first
# idles or when something first counts them, not at boot. Every core comes
# up and reports in at -smp 1, 2, 4 and 8 once the loop idles (an app that
# waits forever: the test waits for the report, then stops the machine);
# counting them first thing (os.availableParallelism) starts them and
# waits for them there; an app that never idles nor asks starts none and
# runs unchanged at -smp 2 (JS on the boot core only); q35, where the
# cores come from the ACPI MADT instead of fw_cfg; a core that never
# answers is reported and the others carry on, and waiting for it in a
# callback does not trip the watchdog; the cross-core message
# test image (tests/boot/xmsg.c, which starts them itself) at -smp 2 with
# 1,000,000 messages and at -smp 4 with three senders; an AP's stack
# overflow reported as its own; loops time-shared on one core
# (tests/boot/tasks.c). Every boot has a
# hang guard (tests/lib.sh guard); no verdict depends on speed.
. "$(dirname "$0")/lib.sh"

plan 18
export UNIJS_ACCEL=${SMP_ACCEL:-tcg}

# boot_until NAME PATTERN IMAGE [args]: boots in the background and, once
# the output has a line matching PATTERN (grep -E), stops the machine
# (SIGTERM to run.sh: exit 143); if the line never comes, the hang guard
# ends it (exit 124). For an app that never ends by itself.
boot_until() {
	n=$1 pat=$2
	shift 2
	: >"$T/$n.raw" # there before the first look
	sh "$top/scripts/run.sh" --timeout "$(guard ${BOOT_TIMEOUT:-60})" "$@" >>"$T/$n.raw" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2>/dev/null && ! tr -d '\r' <"$T/$n.raw" | grep -qE -- "$pat"; do
		sleep 0.2
	done
	kill -TERM "$pid" 2>/dev/null
	wait "$pid"
	echo $? >"$T/$n.rc"
	tr -d '\r' <"$T/$n.raw" >"$T/$n.out"
}

image hello "$top/examples/hello" --no-iso || notok "build hello" "$(cat "$T/mk.hello")"
image smp-idle "$top/tests/boot/apps/smp-idle.js" --no-iso || notok "build smp-idle" "$(cat "$T/mk.smp-idle")"
image smp-need "$top/tests/boot/apps/smp-need.js" --no-iso || notok "build smp-need" "$(cat "$T/mk.smp-need")"
# (lib.sh's boot and expect use $n: the count is $c)
for c in 1 2 4 8; do
	if [ "$c" = 1 ]; then
		want='^smp: 1 core up \(1 found by fw_cfg\)$'
	else
		want="^smp: $c cores up \\($c found by fw_cfg\\)\$"
	fi
	boot_until "smp-$c" "$want" --smp "$c" "$out/smp-idle.elf" log=info
	expect "smp-$c" 143 "$want" '^Hello from unijs!$'
done
# counted before the loop ever idled: started and waited for right there
boot smp-need-4 --smp 4 "$out/smp-need.elf" log=info
expect smp-need-4 0 '^smp: 4 cores up \(4 found by fw_cfg\)$' '^cores: 4 4$'
# quiet (the default log level): SMP says nothing, the app's output is all
boot hello-smp-2 --smp 2 "$out/hello.elf"
expect hello-smp-2 0 '^Hello from unijs!$' '^running on unijs/x64, argv has 2 entries$'
if grep -q '^smp:' "$T/hello-smp-2.out"; then
	notok hello-smp-2-quiet "smp printed at log=quiet" "$(grep '^smp:' "$T/hello-smp-2.out")"
else
	ok hello-smp-2-quiet
fi
# an app that never idles and never asks: no core is started for it
boot hello-smp-2-lazy --smp 2 "$out/hello.elf" log=info
if grep -q '^smp:' "$T/hello-smp-2-lazy.out"; then
	notok hello-smp-2-lazy "cores started for an app that never idled nor asked" \
		"$(grep '^smp:' "$T/hello-smp-2-lazy.out")"
else
	expect hello-smp-2-lazy 0 '^Hello from unijs!$'
fi
# A core that does not come up is reported and the rest carry on: with
# this topology QEMU numbers the APIC IDs 0, 1, 2, 4, and fw_cfg's count
# alone (microvm, acpi=off) makes us look for 0..3: ID 3 never answers.
boot_until smp-missing-core '^smp: [0-9]+ cores? up' --smp 4,sockets=2,cores=3,maxcpus=6 "$out/smp-idle.elf" log=info
expect smp-missing-core 143 '^smp: core with APIC ID 3 did not come up; carrying on without it$' \
	'^smp: 3 cores up \(4 found by fw_cfg\)$' '^Hello from unijs!$'
# the same core missing, counted first thing under watchdog=1: the wait
# for it (the whole bound, 1-2 s, ten times that under TCG) is the
# machine's, not a stuck callback's
boot smp-need-missing-watchdog --smp 4,sockets=2,cores=3,maxcpus=6 "$out/smp-need.elf" log=info watchdog=1
expect smp-need-missing-watchdog 0 '^smp: core with APIC ID 3 did not come up; carrying on without it$' \
	'^smp: 3 cores up \(4 found by fw_cfg\)$' '^cores: 3 3$'
# q35: the cores from the MADT (SeaBIOS's tables), the same image
BOOT_TIMEOUT=120 boot_until smp-q35-4 '^smp: [0-9]+ cores? up' --machine q35 --smp 4 "$out/smp-idle.elf" log=info
expect smp-q35-4 143 '^smp: 4 cores up \(4 found by ACPI MADT\)$' '^Hello from unijs!$'

# the message test image
if make -s -C "$top" build/test/xmsg.elf >"$T/mk.xmsg" 2>&1; then
	BOOT_TIMEOUT=240 boot xmsg-smp-2 --smp 2 "$top/build/test/xmsg.elf" log=info
	expect xmsg-smp-2 0 '^smp: 2 cores up' 'core 1: its LAPIC timer fired on time, not 10 % early' \
		'^xmsg: core 1: ring full after 256 sends; 1000 of 1000 more refused with EAGAIN$' \
		'^xmsg: core 1: 1000000 of 1000000 arrived, in order' \
		'^xmsg: all 1000000 messages from 1 senders arrived once each, in order$'
	sed -n 's/^xmsg: \([0-9]* messages in .*\)/# \1/p' "$T/xmsg-smp-2.out"
	BOOT_TIMEOUT=240 boot xmsg-smp-4 --smp 4 "$top/build/test/xmsg.elf" log=info -- 200000
	expect xmsg-smp-4 0 '^smp: 4 cores up' 'core 3: its LAPIC timer fired on time, not 10 % early' \
		'^xmsg: core 3: ring full after 256 sends; 1000 of 1000 more refused with EAGAIN$' \
		'^xmsg: core 2: 200000 of 200000 arrived, in order' \
		'^xmsg: all 600000 messages from 3 senders arrived once each, in order$'
	# an AP's stack overflow hits its own guard page, reported as such
	boot xmsg-ap-stack --smp 2 "$top/build/test/xmsg.elf" -- stack
	expect xmsg-ap-stack 139 'CPU exception 14 \(page fault\): stack overflow \(core 1 guard page hit\)'
	# the page the APs started from is gone from the tables once they are up
	boot xmsg-tramp-unmapped --smp 2 "$top/build/test/xmsg.elf" -- tramp
	expect xmsg-tramp-unmapped 139 'page fault\): access to an unmapped page' '^cr2=0000000000008000 '
else
	notok xmsg-tramp-unmapped "build/test/xmsg.elf does not build"
	notok xmsg-smp-2 "build/test/xmsg.elf does not build" "$(tail -5 "$T/mk.xmsg")"
	notok xmsg-smp-4 "build/test/xmsg.elf does not build"
	notok xmsg-ap-stack "build/test/xmsg.elf does not build"
fi
# loops time-shared on one core (tests/boot/tasks.c): turns, heaps, errno,
# events posted to their own loop, a spinning task preempted; at -smp 1
# and, on core 0 beside an idle AP, at -smp 2
if make -s -C "$top" build/test/tasks.elf >"$T/mk.tasks" 2>&1; then
	for c in 1 2; do
		boot "tasks-smp-$c" --smp "$c" "$top/build/test/tasks.elf"
		expect "tasks-smp-$c" 0 '^tasks: two loops took turns on one core: 20 timers each, in order, each in its own task$' \
			"^tasks: a spinning task was preempted [0-9]* times; task 0's 10 timers fired meanwhile\$" '^tasks: all held'
	done
	boot tasks-stack "$top/build/test/tasks.elf" -- stack
	expect tasks-stack 139 'CPU exception 14 \(page fault\): stack overflow \(main task 1 guard page hit\)'
else
	notok tasks-smp-1 "build/test/tasks.elf does not build" "$(tail -5 "$T/mk.tasks")"
	notok tasks-smp-2 "build/test/tasks.elf does not build"
	notok tasks-stack "build/test/tasks.elf does not build"
fi
finish
