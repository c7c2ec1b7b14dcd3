# bench/common.sh: sourced by the bench scripts (POSIX sh).
#
# Sets $top (the repository root, also the working directory), $bdir
# (build/bench) and exports UNIJS_ACCEL: the accelerator comes from
# UNIJS_ACCEL (kvm|tcg|auto; default what scripts/accel.sh prints), is
# resolved once here, and printed, so every run of the script uses the same.
# UNIJS_BENCH_NOBUILD=1 skips `make lib` (bench/all.sh builds once).

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
bdir=build/bench
mkdir -p "$bdir"

UNIJS_ACCEL=${UNIJS_ACCEL:-auto}
[ "$UNIJS_ACCEL" = auto ] && UNIJS_ACCEL=$(sh scripts/accel.sh)
export UNIJS_ACCEL
echo "accelerator: $UNIJS_ACCEL (UNIJS_ACCEL=kvm|tcg|auto to choose)"
case $UNIJS_ACCEL in
tcg) why=$(sh scripts/accel.sh --why)
	if [ -c /dev/kvm ] && [ -z "$why" ]; then
		echo "  (chosen: this host's KVM would run the images too)"
	elif [ -n "$why" ]; then
		echo "  (no KVM: $why)"
	fi ;;
esac

if [ "${UNIJS_BENCH_NOBUILD:-0}" != 1 ]; then
	make -s lib >"$bdir/make.log" 2>&1 || { cat "$bdir/make.log" >&2; echo "bench: make lib failed" >&2; exit 1; }
fi

# bench_image NAME APP: build/bench/NAME.elf from APP (no ISO).
bench_image() {
	./mkimage.sh -q --no-iso -o "$bdir" -n "$1" "$2" || { echo "bench: cannot build $2" >&2; exit 1; }
}

# bench_empty: the empty guest (bench/empty: exits at its first
# instruction), the floor the cold-boot figures are held against, as
# $bdir/empty.elf.
bench_empty() {
	gcc -c bench/empty/empty.S -o "$bdir/empty.o" &&
		ld -nostdlib -static -no-pie -z max-page-size=4096 -z noexecstack \
			-T bench/empty/empty.ld -o "$bdir/empty.elf" "$bdir/empty.o" ||
		{ echo "bench: cannot build the empty guest" >&2; exit 1; }
}

# bench_wall CMD...: run CMD once, its output to $bdir/last.out; print the
# wall time in microseconds, or fail (status 1) if CMD exits non-zero.
bench_wall() {
	python3 -c '
import subprocess, sys, time
with open(sys.argv[1], "wb") as out:
    t = time.perf_counter()
    st = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.STDOUT)
    t = time.perf_counter() - t
print(round(t * 1e6))
sys.exit(1 if st else 0)' "$bdir/last.out" "$@" || {
		echo "bench: '$*' failed:" >&2; cat "$bdir/last.out" >&2; exit 1; }
}

# median: the median of the numbers on stdin (one a line).
median() {
	python3 -c '
import statistics, sys
v = [float(x) for x in sys.stdin.read().split()]
print("%g" % statistics.median(v) if v else "nan")'
}

# A free TCP port on 127.0.0.1 for a --fwd (the kernel picks it)
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# bench_stage NAME DIR: DIR copied to $bdir/apps/NAME with the npm
# packages of tests/packages/package-lock.json (installed once under
# build/packages, as tests/apps/run.sh does) linked in as node_modules.
bench_stage() {
	_w=$top/build/packages
	mkdir -p "$_w"
	if ! cmp -s tests/packages/package-lock.json "$_w/package-lock.json" || [ ! -f "$_w/node_modules/.package-lock.json" ]; then
		cp tests/packages/package.json tests/packages/package-lock.json "$_w/"
		(cd "$_w" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || exit 1
	fi
	rm -rf "$bdir/apps/$1"
	mkdir -p "$bdir/apps"
	cp -r "$2" "$bdir/apps/$1"
	cp -al "$_w/node_modules" "$bdir/apps/$1/node_modules"
}

# bench_net: the guests' network, from NET (auto|tap|user, default auto):
#   tap   a tap device on the host (root, /dev/net/tun and ip(8) needed;
#         made here, removed when the script exits), as a server is
#         deployed: frames go from QEMU's virtio-net to the host's kernel;
#   user  QEMU's user networking (scripts/run.sh --fwd): slirp, a TCP/IP
#         stack inside the QEMU process that every request also crosses;
#         what the tests use, and the only one without root.
# auto takes tap when it can be made. A script that sets its own EXIT
# trap calls bench_net_done in it (the tap device goes). Sets $net; for
# tap also $tap and $sub (the /24: host $sub.1, guest $sub.2). Then, per
# boot,
# `bench_guest_net GUEST_PORT` sets $netargs (run.sh options, before the
# image), $netkargs (kernel words, after it), $host and $port (where wrk
# and curl reach the guest's GUEST_PORT).
bench_net() {
	net=${NET:-auto} tap=
	case $net in
	tap | auto)
		tap=ujb$$ sub=10.213.$(($$ % 250 + 1))
		if sh scripts/tap.sh up "$tap" "$sub.1/24" 2>"$bdir/tap.log"; then
			net=tap
			trap bench_net_done EXIT
		else
			tap=
			[ "$net" = tap ] && { cat "$bdir/tap.log" >&2; echo "bench: NET=tap: cannot make a tap device" >&2; exit 1; }
			net=user
		fi ;;
	user) ;;
	*) echo "bench: NET=$net: expected auto, tap or user" >&2; exit 1 ;;
	esac
	echo "guest network: $net${tap:+ (device $tap, guest $sub.2)}"
}
bench_net_done() { [ -z "$tap" ] || sh scripts/tap.sh down "$tap"; }
bench_guest_net() {
	if [ "$net" = tap ]; then
		netargs="--tap $tap"
		netkargs="ip=$sub.2 gw=$sub.1" host=$sub.2 port=$1
	else
		port=$(freeport)
		netargs="--fwd $port:$1" netkargs= host=127.0.0.1
	fi
}

# bench_wait_200 HOST PORT [TRIES]: until GET / there answers 200, TRIES
# times 0.2 s at most (default 300: a minute); fails after that.
bench_wait_200() {
	_n=0
	while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$1:$2/")" != 200 ]; do
		_n=$((_n + 1))
		[ $_n -lt "${3:-300}" ] || return 1
		sleep 0.2
	done
}
