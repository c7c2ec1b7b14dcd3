#!/bin/sh
# bench/attack-soak.sh: the HTTP attack suite (tests/attack) at the sizes
# of issue 13 (slowloris with 1,000 connections, 5,000 idle ones)
# against the 8 MB guest, twice: every flood at 1,000, then at 5,000, and
# 20,000 mutated requests from the seeded fuzzer (ATTACK_FUZZ) each time.
# make test runs the same cases with 200 connections each (ATTACK_CONNS)
# and 2,000 mutated requests; this takes most of an hour under TCG,
# since the guest admits a few connections at a time from an 8 MB heap
# (net/budget.c) and QEMU's user networking retries the rest.
# Prints the suite's result lines and its summary; exit status is the suite's.
#   SIZES="1000 5000"  FUZZ=20000
top=$(cd "$(dirname "$0")/.." && pwd)
# the whole suite at 1,000 connections per flood, then at 5,000
for n in ${SIZES:-1000 5000}; do
	echo "# ATTACK_CONNS=$n ATTACK_FUZZ=${FUZZ:-20000}"
	ATTACK_CONNS=$n ATTACK_FUZZ=${FUZZ:-20000} sh "$top/tests/attack/run.sh" || rc=1
done
exit ${rc:-0}
