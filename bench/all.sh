#!/bin/sh
# bench/all.sh: every benchmark, in sequence (`make bench` runs this).
# UNIJS_ACCEL=kvm|tcg|auto chooses the accelerator (default: what
# scripts/accel.sh prints); BENCH_N sets coldboot's runs (default 15).
# The output also goes to build/bench/all.log. docs/figures.md records
# a run.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
mkdir -p build/bench
UNIJS_ACCEL=${UNIJS_ACCEL:-auto}
[ "$UNIJS_ACCEL" = auto ] && UNIJS_ACCEL=$(sh scripts/accel.sh)
export UNIJS_ACCEL
{
	echo "unijs benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), accelerator $UNIJS_ACCEL"
	echo "host: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
		"$(qemu-system-x86_64 --version | head -1), $(gcc --version | head -1)"
	make -s lib >build/bench/make.log 2>&1 || { cat build/bench/make.log; echo "bench: make lib failed"; exit 1; }
	st=0
	for b in coldboot size-mem jsspeed idle timers build-npm modern-speed typed smp http-rps gc-time http-insn exits exit-cost http-coldboot http-mem apps; do
		echo
		echo "== bench/$b.sh"
		UNIJS_BENCH_NOBUILD=1 sh bench/$b.sh || { echo "bench/$b.sh failed"; st=1; }
	done
	exit $st
} 2>&1 | tee build/bench/all.log
# the status of the block, not of tee
grep -q '^bench/.* failed$\|^bench: make lib failed' build/bench/all.log && exit 1
exit 0
