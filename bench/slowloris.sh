#!/bin/sh
# bench/slowloris.sh: issue 13's figures. tests/attack/app (an http
# service with a /stats route) with Node's default timeouts (headersTimeout
# 60 s) in a unijs guest at 8 MB and 32 MB, and the same file under node in
# the Linux microVM peer (../shared/peers/linux-microvm) at the smallest
# memory it boots and serves in (256M with its default tmpfs rootfs: it
# does not boot at 8 or 32 MB, see the peer's README-http.md), same
# accelerator, same QEMU user networking:
#
#  1. serving under a slowloris of N connections (default 1,000): requests/s
#     of 4 normal clients (a new connection each) for DURATION s before and
#     during the attack, the server's open connections during it (/stats,
#     every 2 s), and whether it answers after. Prints each guest's figures
#     and the ratio image ÷ microVM of requests/s during the attack.
#  2. with MINMEM=1: the smallest -m (from SIZES_MIN) at which the image
#     survives each attack (slowloris N, N idle connections, 100 MB bodies
#     nobody reads), i.e. still answers GET / with 200 afterwards.
#
# Absolute figures drift with the machine's load under TCG: read the ratio.
#   N=conns  DURATION=S  SIZES="8M 32M"  PEER=0 (skip the microVM)
#   MINMEM=1  SIZES_MIN="3M 4M 6M 8M 12M 16M"  IDLE=N  WORK=dir
. "$(dirname "$0")/common.sh"

n=${N:-1000}
dur=${DURATION:-20}
sizes=${SIZES:-8M 32M}
peer=${PEER:-1}
peers=${PEERS:-$top/../shared/peers}
export WORK=${WORK:-/tmp/linux-microvm}
py=bench/slowloris.py
bench_image attack-app tests/attack/app
wait_200() { # PORT PID: until it answers 200 (or the guest is gone)
	i=0
	while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$1/")" != 200 ]; do
		kill -0 "$2" 2>/dev/null || return 1
		i=$((i + 1))
		[ $i -lt 600 ] || return 1
		sleep 0.5
	done
}
stop() { for c in $(pgrep -P "$1"); do stop "$c"; done; kill "$1" 2>/dev/null; }

# image MEM: boots the image at MEM; sets $port and $pid
image() {
	port=$(freeport)
	sh scripts/run.sh --timeout 3600 --mem "$1" --fwd "$port:8080" "$bdir/attack-app.elf" >"$bdir/slowloris-guest.out" 2>&1 &
	pid=$!
}
microvm() {
	port=$(freeport)
	MEM=256M FWD=$port:8080 sh "$peers/linux-microvm/boot-http.sh" "$WORK/initrd-http-attack-app.cpio.zst" >"$bdir/slowloris-peer.out" 2>&1 &
	pid=$!
}

if [ "$peer" = 1 ] && [ "${MINMEM:-0}" != 1 ]; then
	for t in cpio zstd; do
		command -v $t >/dev/null 2>&1 || apt-get install -y $t >"$bdir/$t-install.log" 2>&1 || exit 1
	done
	[ -f "$WORK/vmlinuz" ] || sh "$peers/linux-microvm/fetch.sh" >"$bdir/peer-fetch.log" 2>&1 ||
		{ tail -5 "$bdir/peer-fetch.log" >&2; echo "slowloris: cannot fetch the peer's kernel" >&2; exit 1; }
	sh "$peers/linux-microvm/build-initrd-http.sh" tests/attack/app/index.js attack-app node-stripped zst >"$bdir/peer-initrd.log" 2>&1 ||
		{ tail -5 "$bdir/peer-initrd.log" >&2; exit 1; }
fi

if [ "${MINMEM:-0}" = 1 ]; then
	idle=${IDLE:-5000}
	for kind in slowloris idle body; do
		case $kind in slowloris) k=$n ;; idle) k=$idle ;; body) k=3 ;; esac
		found=
		for m in ${SIZES_MIN:-3M 4M 6M 8M 12M 16M}; do
			image "$m"
			if ! wait_200 "$port" "$pid"; then
				echo "$kind ($k): -m $m does not boot and serve: $(tail -1 "$bdir/slowloris-guest.out")"
				stop "$pid"; continue
			fi
			r=$(python3 $py survive $kind "$port" "$k" "$dur")
			kill -0 "$pid" 2>/dev/null || r="$r; guest exited: $(grep -m1 -iE 'out of memory|exit' "$bdir/slowloris-guest.out")"
			stop "$pid"; wait "$pid" 2>/dev/null
			echo "$kind ($k): -m $m $r"
			case $r in survived) found=$m; break ;; esac
		done
		echo "smallest -m surviving $kind ($k): ${found:-none of ${SIZES_MIN:-3M 4M 6M 8M 12M 16M}}"
	done
	exit 0
fi

run() { # LABEL: the serve figures of the guest booted as $port/$pid
	if ! wait_200 "$port" "$pid"; then echo "$1: did not serve"; stop "$pid"; return; fi
	r=$(python3 $py serve "$port" "$n" "$dur")
	stop "$pid"; wait "$pid" 2>/dev/null
	echo "$1: $r"
	echo "$1 $r" >>"$bdir/slowloris.results"
}
: >"$bdir/slowloris.results"
echo "slowloris of $n connections, $dur s of 4 normal clients before and during"
for m in $sizes; do
	image "$m"
	run "image-$m"
	if [ "$peer" = 1 ]; then microvm; run "microvm-256M"; fi
done
python3 - "$bdir/slowloris.results" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, _, js = line.partition(' ')
    rows.setdefault(label, []).append(json.loads(js))
med = lambda l, k: statistics.median([r[k] for r in l]) if l else None
peer = rows.get('microvm-256M', [])
for label, l in rows.items():
    print('%-14s req/s before %6.1f during %6.1f (failed %d), held %s connections, after: %s' % (
        label, med(l, 'rps_before'), med(l, 'rps_during'), sum(r['fail_during'] for r in l),
        med(l, 'held_median') if all(r['held_median'] is not None for r in l) else '?', l[-1]['after']))
for label, l in rows.items():
    if label.startswith('image') and peer and med(peer, 'rps_during'):
        print('%s ÷ microvm-256M, req/s during the attack: %.2f' % (label, med(l, 'rps_during') / med(peer, 'rps_during')))
PY
