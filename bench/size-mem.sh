#!/bin/sh
# bench/size-mem.sh: the size of the stripped hello image and the least
# guest memory it runs in.
#
# Size: build/bench/hello.elf is what mkimage.sh writes (already stripped);
# strip -s of a copy checks that nothing more comes off. Target <= 600 KB
# (614400 bytes).
# Memory: the smallest QEMU -m, in 1M steps from 2M, with which hello
# still prints its greeting and exits 0; then the quarter-MiB steps below
# that (QEMU takes -m in K too). Each boot has a 10 s time limit.
. "$(dirname "$0")/common.sh"

bench_image hello examples/hello
img=$bdir/hello.elf
cp "$img" "$bdir/hello.stripped.elf" && strip -s "$bdir/hello.stripped.elf" || exit 1
size=$(stat -c %s "$bdir/hello.stripped.elf")
text=$(size "$bdir/hello.stripped.elf" | awk 'NR == 2 { print "text " $1 ", data " $2 ", bss " $3 }')
echo "hello.elf stripped: $size bytes ($((size / 1024)) KiB; $text)"
if [ "$size" -le 614400 ]; then
	echo "  target <= 600 KB: met"
else
	echo "  target <= 600 KB: not met"
fi

# boots MEM: 0 if hello runs in MEM (its output in $bdir/last.out)
boots() {
	sh scripts/run.sh --timeout 10 --mem "$1" "$img" >"$bdir/last.out" 2>&1 &&
		grep -q 'Hello from unijs!' "$bdir/last.out"
}
why() {
	grep -m1 -v 'Hello from unijs' "$bdir/last.out" | cut -c1-70
}

m=2
while ! boots "${m}M"; do
	echo "  -m ${m}M: no ($(why))"
	m=$((m + 1))
	[ $m -le 64 ] || { echo "size-mem: hello does not run even in 64M" >&2; exit 1; }
done
echo "  -m ${m}M: yes"
least=${m}M
if [ $m -gt 2 ]; then
	k=$(((m - 1) * 1024 + 256))
	while [ $k -lt $((m * 1024)) ]; do
		if boots "${k}K"; then
			echo "  -m ${k}K: yes"
			least=${k}K
			break
		fi
		echo "  -m ${k}K: no ($(why))"
		k=$((k + 256))
	done
fi
echo "least memory for hello: -m $least ($UNIJS_ACCEL)"
