#!/bin/sh
# worker_threads (js/binding_worker.c, js/lib/worker_threads.js), under
# multi-threaded TCG: the conformance app (tests/boot/apps/workers) prints
# exactly what Node prints for it, at -smp 2 and -smp 1 (six workers at
# once: one per other core, four time-shared on core 0, the rest queued)
# and -smp 4; N messages each way arrive once each, in order per
# sender (N = WORKERS_FLOOD, 50000 unless set; each side posts all N before
# it reads, so 1000000 needs memory for a million waiting payloads: it
# passed once with --mem 1G, 22 min under TCG on a loaded machine); a 16 MB buffer goes there and back whole,
# in the transfer list (each sender's copy detached, as in Node), then cloned;
# ten 16 MB buffers transferred to workers that end holding them fit in 64 MB;
# options.transferList moves workerData's buffers without a copy (workers-xfer);
# a worker's own buffers move to the main thread and outlive the worker
# (workers-lend), forty of them kept (workers-keep);
# a worker that requires http gets the main-thread-only error; with one
# core the conformance app gives Node's output too (every worker
# time-shared on core 0); a worker spinning in while (true) {} on core 0
# leaves the main isolate serving and is terminated (workers-spin);
# examples/workers gives Node's answer on one core and on two. Hang guards only (tests/lib.sh
# guard); no verdict depends on speed.
. "$(dirname "$0")/lib.sh"

plan 14
export UNIJS_ACCEL=${SMP_ACCEL:-tcg}
apps=$top/tests/boot/apps

# compare NAME NODE_OUTPUT: the boot's output is exactly Node's. Under KVM,
# QEMU warns on its stderr when asked for more vCPUs than the host has
# cores (-smp 4 on our 2): that is QEMU's word, not the guest's.
compare() {
	grep -v '^qemu-system-x86_64: -accel kvm: warning: Number of .*cpus requested' "$T/$1.out" >"$T/$1.guest"
	if diff "$2" "$T/$1.guest" >"$T/$1.diff"; then
		ok "$1"
	else
		notok "$1" "output differs from Node's (< node, > unijs)" "$(head -20 "$T/$1.diff")"
	fi
}

(cd "$apps/workers" && node main.js) >"$T/node.workers" 2>&1
if image workers "$apps/workers/main.js" --no-iso; then
	BOOT_TIMEOUT=300 boot workers-smp-2 --smp 2 "$out/workers.elf" -- a
	compare workers-smp-2 "$T/node.workers"
	BOOT_TIMEOUT=300 boot workers-smp-4 --smp 4 "$out/workers.elf" -- a
	compare workers-smp-4 "$T/node.workers"
	# one core: every worker time-shared with the main isolate on core 0
	BOOT_TIMEOUT=300 boot workers-smp-1 "$out/workers.elf" -- a
	compare workers-smp-1 "$T/node.workers"
else
	for c in workers-smp-2 workers-smp-4 workers-smp-1; do notok $c "build" "$(tail -5 "$T/mk.workers")"; done
fi

nflood=${WORKERS_FLOOD:-50000}
# (lib.sh's image, boot and expect use $n: the count is $nflood)
if image wflood "$apps/workers-flood/main.js" --no-iso; then
	fmem=
	[ "$nflood" -gt 100000 ] && fmem="--mem 1G" # a million waiting payloads (above)
	BOOT_TIMEOUT=$((120 + nflood / 200)) boot workers-flood --smp 2 $fmem "$out/wflood.elf" -- "$nflood"
	expect workers-flood 0 "^flood: the worker got $nflood of $nflood, in order\$" "^flood: main got $nflood of $nflood, in order; exit 0\$"
	sed -n 's/^# flood/# flood/p' "$T/workers-flood.out"
else
	notok workers-flood "build" "$(tail -5 "$T/mk.wflood")"
fi

# workers-big: a 16 MB buffer in the transfer list to a worker and back
# (moved without a copy: core 0's block), then the same bytes cloned both
# ways; every line but the '#' timings is compared with Node's
(cd "$apps/workers-big" && node main.js) | grep -v '^#' >"$T/node.big"
if image wbig "$apps/workers-big/main.js" --no-iso; then
	BOOT_TIMEOUT=300 boot workers-big --smp 2 --mem 256M "$out/wbig.elf"
	grep -v '^#' "$T/workers-big.out" >"$T/workers-big.cmp"
	if diff "$T/node.big" "$T/workers-big.cmp" >"$T/big.diff"; then ok workers-big; else notok workers-big "differs from Node" "$(cat "$T/big.diff")"; fi
	# transferList detaches, both ways (patches/mujs/0135): each sender's
	# buffer and its views are empty, the bytes arrived whole
	if grep -q '^big: after transfer the sender holds 0 bytes; its views 0 0 undefined$' "$T/workers-big.out" &&
		grep -q '^big: after transfer the worker holds 0 bytes$' "$T/workers-big.out" &&
		grep -q '^big: back 16777216 bytes, checksum kept ; worker saw 16777216 same$' "$T/workers-big.out"; then
		ok workers-transfer-detaches
	else
		notok workers-transfer-detaches "a transferred buffer is not detached, or its bytes did not arrive" "$(grep '^big' "$T/workers-big.out")"
	fi
	sed -n 's/^# big/# big/p' "$T/workers-big.out"
else
	notok workers-big "build" "$(tail -5 "$T/mk.wbig")"
	notok workers-transfer-detaches "build"
fi

# oracle_case NAME DIR MEM: tests/boot/apps/DIR/main.js under node, and
# booted at -smp 2 with MEM: the two outputs the same
oracle_case() {
	(cd "$apps/$2" && node main.js) >"$T/node.$1"
	if image "w$1" "$apps/$2/main.js" --no-iso; then
		BOOT_TIMEOUT=300 boot "$2" --smp 2 --mem "$3" "$out/w$1.elf"
		if diff "$T/node.$1" "$T/$2.out" >"$T/$1.diff"; then ok "$2"; else notok "$2" "differs from Node" "$(head -20 "$T/$1.diff")"; fi
	else
		notok "$2" "build" "$(tail -5 "$T/mk.w$1")"
	fi
}

# transferred buffers a worker still holds when it ends go back to core 0
# (js_releasestores): ten 16 MB transfers in a 64 MB guest
oracle_case release workers-release 64M

# new Worker(file, { workerData, transferList }): the buffers move with
# workerData (detached in the parent, Node's errors for a bad list), without
# a copy: 16 MB buffers to workers whose heap is 8 MiB
oracle_case xfer workers-xfer 64M

# a worker's own buffers move to the main thread without a copy and
# outlive it: its heap is held while one lives (alloc_lend) and released
# when the last is freed; in 64 MB, 18 workers with 12 MiB heaps start in
# turn while the main thread keeps the first one's buffer; every line but
# the '#' one is compared with Node's, and that one says how much more the
# main thread's heap holds at the end than after the first worker, after
# collections: any heap held but the first's would be 12 MiB (12271 KiB
# when one loan was leaked on purpose; -17 KiB as it is)
(cd "$apps/workers-lend" && node main.js) | grep -v '^#' >"$T/node.lend"
if image wlend "$apps/workers-lend/main.js" --no-iso; then
	BOOT_TIMEOUT=300 boot workers-lend --smp 2 --mem 64M "$out/wlend.elf"
	grep -v '^#' "$T/workers-lend.out" >"$T/workers-lend.cmp"
	beyond=$(sed -n 's/^# lend: heap used beyond the start: \(-\{0,1\}[0-9]*\) KiB$/\1/p' "$T/workers-lend.out")
	if ! diff "$T/node.lend" "$T/workers-lend.cmp" >"$T/lend.diff"; then
		notok workers-lend "differs from Node" "$(head -20 "$T/lend.diff")"
	elif [ -z "$beyond" ] || [ "$beyond" -ge 6144 ]; then
		notok workers-lend "a worker heap was not given back" "$(grep '^#' "$T/workers-lend.out")"
	else
		ok workers-lend
	fi
	sed -n 's/^# lend/# lend/p' "$T/workers-lend.out"
else
	notok workers-lend "build" "$(tail -5 "$T/mk.wlend")"
fi

# forty workers in turn each leave the main thread a buffer it keeps: their
# heaps are held, shrunk, beyond the 16 heap slots there used to be
oracle_case keep workers-keep 64M

if image wnet "$apps/workers-net/main.js" --no-iso; then
	boot workers-net --smp 2 "$out/wnet.elf"
	expect workers-net 0 "^net: worker error: Cannot load 'http' in a worker: networking \\(lwIP, net, http, https, dns\\) runs on the main thread only in unijs" '^net: worker exit 1$'
else
	notok workers-net "build" "$(tail -5 "$T/mk.wnet")"
fi
# examples/workers: the same answer on one core (no workers) and on two
# (lib.sh's expect uses $want: the answer is $answer)
answer=$(cd "$top/examples/workers" && node index.js 30000 | sed -n 1p)
if image wexample "$top/examples/workers" --no-iso; then
	for c in 1 2; do
		BOOT_TIMEOUT=300 boot example-smp-$c --smp $c "$out/wexample.elf" -- 30000
		expect example-smp-$c 0 "^$answer\$" "^# job: .* on $c core"
	done
else
	notok example-smp-1 "build" "$(tail -5 "$T/mk.wexample")"
	notok example-smp-2 "build"
fi

# workers-spin: a worker in while (true) {} time-shared with the main
# isolate on core 0 (-smp 1): the main isolate's timers run and its http
# server answers meanwhile (lib/task.h: the worker's slice ends through
# its interrupt flag), and terminate() ends the worker; as Node prints
(cd "$apps/workers-spin" && node main.js) >"$T/node.spin" 2>&1
if image wspin "$apps/workers-spin/main.js" --no-iso; then
	BOOT_TIMEOUT=120 boot workers-spin "$out/wspin.elf"
	compare workers-spin "$T/node.spin"
else
	notok workers-spin "build" "$(tail -5 "$T/mk.wspin")"
fi
finish
