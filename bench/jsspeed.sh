#!/bin/sh
# bench/jsspeed.sh [RUNS]: JavaScript speed of the image against mujs on Linux.
#
# Each bench/js/*.js program times its own work with Date.now() (boot and
# parsing are outside) and prints one line "NAME ms=N check=C". Each runs:
#   image   build/bench/js-NAME.elf under the chosen accelerator
#   linux   the stock mujs shell (one.c + main.c), gcc -O2, glibc: the peer
#           of the image
# and two native proxies that differ ONLY in the C library, both built from
# bench/native/shell.c with mujs compiled by the kernel's own flags
# (the Makefile's MUJS_FLAGS: -O2 -fno-builtin -mno-red-zone ...):
#   glibc-k glibc's malloc, printf, string functions and libm
#   ours-k  lib/alloc.c, lib/fmt.c, lib/string.c, lib/stdlib.c, lib/stdio.c
#           and musl's libm (build/libm.a), renamed with bench/native/rename.h
# Medians of RUNS runs (default 3 for the image, 7 for the native ones;
# RUNS sets both); runs alternate between variants. Prints the ratios
# image/linux and ours-k/glibc-k per program and their geometric means.
# Target: <= 1.05 (meant for KVM; under TCG the image ratio measures QEMU's
# instruction emulation, not unijs).
#
# Against stock mujs (issue "Speed": the image <= 0.6 of it), "linux"
# above is our patched mujs; the stock engine is Debian's mujs 1.3.2
# binary (../shared/peers/linux-microvm/fetch.sh unpacks it under $WORK,
# default /tmp/linux-microvm):
#   stock    Debian's mujs natively: the peer when the image runs on KVM
#   microvm  with PEER=1, Debian's mujs in the Linux microVM (its kernel,
#            an initramfs with the programs, -m 256M) under the image's
#            accelerator: the peer under TCG. One boot a round, between
#            the image's rounds, runs every program once; each
#            program's ms is its own.
# Prints image/stock (and image/microvm) per program and the geomeans.
#   PEER=1  PEERS=dir (default ../shared/peers)  WORK=dir
. "$(dirname "$0")/common.sh"
peer=${PEER:-0}
peers=${PEERS:-$top/../shared/peers}
export WORK=${WORK:-/tmp/linux-microvm}
[ -x "$WORK/root/usr/bin/mujs" ] || sh "$peers/linux-microvm/fetch.sh" >"$bdir/peer-fetch.log" 2>&1 ||
	{ tail -5 "$bdir/peer-fetch.log" >&2; echo "jsspeed: cannot fetch Debian's mujs (the stock peer)" >&2; exit 1; }
stock=$WORK/root/usr/bin/mujs

runs_img=${1:-3}
runs_nat=${1:-7}
nd=$bdir/native
mkdir -p "$nd"
mujs=build/src/mujs-1.3.2

# ---- the peers
vars() { make -s --no-print-directory --eval "bench-vars: ; @echo \"$1\"" bench-vars; }
mujs_flags=$(vars '$(MUJS_FLAGS)')
mujs_defs=$(vars '$(MUJS_DEFS)')
# (UNIJS_ONE_CORE: lib/ without the per-CPU area, as the host's unit tests build it)
lib_flags="$(vars '$(filter-out -Werror,$(KFLAGS))') -DUNIJS_ONE_CORE"
host_flags=$(vars '$(filter-out -ffreestanding -nostdinc -isystem lib/include $(GCCINC),$(MUJS_FLAGS))')
rs="--redefine-sym memcpy=uj_memcpy --redefine-sym memset=uj_memset --redefine-sym memmove=uj_memmove --redefine-sym memcmp=uj_memcmp"
build() {
	set -e
	# our mujs patches read and print numbers with lib/dtoa.c (patches/mujs/0020)
	gcc -O2 $mujs_defs -w -I. -o "$bdir/mujs" $mujs/one.c $mujs/main.c lib/dtoa.c -lm
	# glibc-k
	gcc $host_flags -c $mujs/one.c -o "$nd/mujs-glibc.o"
	gcc $host_flags -c lib/dtoa.c -o "$nd/dtoa-glibc.o"
	gcc -O2 -I$mujs -c bench/native/shell.c -o "$nd/shell-glibc.o"
	gcc -no-pie -o "$nd/mujs-glibc" "$nd/shell-glibc.o" "$nd/mujs-glibc.o" "$nd/dtoa-glibc.o" -lm
	# ours-k
	gcc $mujs_flags -include bench/native/rename.h -c $mujs/one.c -o "$nd/mujs-ours.o"
	objcopy $rs "$nd/mujs-ours.o"
	for f in alloc fmt string stdlib stdio console errno assert dtoa; do
		gcc $lib_flags -include bench/native/rename.h -c lib/$f.c -o "$nd/lib-$f.o"
		objcopy $rs "$nd/lib-$f.o"
	done
	gcc -c arch/x86_64/setjmp.S -o "$nd/setjmp-raw.o"
	objcopy --redefine-sym setjmp=uj_setjmp --redefine-sym _setjmp=uj__setjmp \
		--redefine-sym longjmp=uj_longjmp --redefine-sym _longjmp=uj__longjmp \
		"$nd/setjmp-raw.o" "$nd/setjmp.o"
	gcc -O2 -DUJ_OURS -I$mujs -c bench/native/shell.c -o "$nd/shell-ours.o"
	gcc -no-pie -z noexecstack -o "$nd/mujs-ours" "$nd/shell-ours.o" "$nd/mujs-ours.o" \
		"$nd"/lib-*.o "$nd/setjmp.o" build/libm.a
	# nothing of glibc's may be left in mujs or lib/ but the time functions
	# (weak references, as mujs's to the \p{} tables, and the linker's GOT aside)
	left=$(nm -u "$nd/mujs-ours.o" "$nd"/lib-*.o | awk '$1 == "U" { print $2 }' | sort -u |
		grep -v -x -e 'uj_.*' -e console_write -e stdio_write -e panic \
			-e time -e gettimeofday -e gmtime -e localtime -e mktime -e _GLOBAL_OFFSET_TABLE_ |
		while read -r s; do nm "$nd/mujs-ours" | grep -q " [TtWw] $s\$" || echo "$s"; done)
	[ -z "$left" ] || { echo "jsspeed: ours-k still takes from glibc: $left" >&2; exit 1; }
}
(build) >"$bdir/jsspeed-build.log" 2>&1 || { cat "$bdir/jsspeed-build.log" >&2; echo "jsspeed: build failed" >&2; exit 1; }

progs=
for f in bench/js/*.js; do
	p=$(basename "$f" .js)
	progs="$progs $p"
	bench_image "js-$p" "$f"
done

# run VARIANT PROG CMD...: append "VARIANT PROG MS CHECK" to the results
res=$bdir/jsspeed.results
: >"$res"
run() {
	v=$1 p=$2
	shift 2
	"$@" >"$bdir/last.out" 2>&1 || { echo "jsspeed: $v $p failed:" >&2; cat "$bdir/last.out" >&2; exit 1; }
	line=$(grep "^$p ms=" "$bdir/last.out") || { echo "jsspeed: $v $p printed:" >&2; cat "$bdir/last.out" >&2; exit 1; }
	echo "$v $p $(echo "$line" | sed 's/.* ms=\([0-9]*\).*/\1/') $(echo "$line" | sed -n 's/.* check=\([^ ]*\).*/\1/p')" >>"$res"
}
# ---- stock mujs in the Linux microVM: an initramfs whose /init runs
# every program once; booted once a round, between the image's rounds
if [ "$peer" = 1 ]; then
	sh "$peers/linux-microvm/build-initrd.sh" mujs none >"$bdir/peer-initrd.log" 2>&1 ||
		{ tail -5 "$bdir/peer-initrd.log" >&2; echo "jsspeed: cannot build the peer's initramfs" >&2; exit 1; }
	st=$WORK/stage-mujs
	mkdir -p "$st/js"
	cp bench/js/*.js "$st/js/"
	{
		printf '#!/bin/sh\nmount -t devtmpfs devtmpfs /dev\nmount -t proc proc /proc\n'
		printf 'for p in%s; do /bin/js /js/$p.js; done\n' "$progs"
		printf 'echo jsspeed-done\npoweroff -f\n'
	} >"$st/init"
	chmod 755 "$st/init"
	python3 "$peers/linux-microvm/gen_cpio.py" "$st" "$WORK/initrd-jsspeed.cpio" >/dev/null ||
		{ echo "jsspeed: cannot pack the peer's initramfs" >&2; exit 1; }
fi
microvm_round() {
	ACCEL=$UNIJS_ACCEL timeout 1800 sh "$peers/linux-microvm/boot.sh" "$WORK/initrd-jsspeed.cpio" >"$bdir/jsspeed-microvm.out" 2>&1
	grep -q jsspeed-done "$bdir/jsspeed-microvm.out" ||
		{ tail -20 "$bdir/jsspeed-microvm.out" >&2; echo "jsspeed: the microVM did not finish" >&2; exit 1; }
	tr -d '\r' <"$bdir/jsspeed-microvm.out" | sed -n 's/^\([a-z]*\) ms=\([0-9]*\) check=\([^ ]*\).*/microvm \1 \2 \3/p' >>"$res"
}

rounds=$runs_nat
[ "$runs_img" -gt "$rounds" ] && rounds=$runs_img
r=1
while [ $r -le "$rounds" ]; do
	for p in $progs; do
		[ $r -le "$runs_img" ] && run image "$p" sh scripts/run.sh --mem 128M "$bdir/js-$p.elf"
		if [ $r -le "$runs_nat" ]; then
			run linux "$p" "$bdir/mujs" "bench/js/$p.js"
			run glibc-k "$p" "$nd/mujs-glibc" "bench/js/$p.js"
			run ours-k "$p" "$nd/mujs-ours" "bench/js/$p.js"
			run stock "$p" "$stock" "bench/js/$p.js"
		fi
	done
	[ "$peer" = 1 ] && [ $r -le "$runs_img" ] && microvm_round
	r=$((r + 1))
done


python3 - "$res" "$UNIJS_ACCEL" "$runs_img" "$runs_nat" <<'PY'
import math, statistics, sys
res, accel, ri, rn = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
def stock_figures():
    """image and our patched engine against Debian's stock mujs"""
    vm = all(("microvm", p) in med for p in progs)
    print("Against stock mujs (Debian's 1.3.2 binary), same programs, ms inside each:")
    print("  %-8s %9s %9s %12s %9s %13s %15s" % ("program", "image", "stock", "image/stock", "microvm", "image/microvm", "linux/stock"))
    a_, b_, c_ = [], [], []
    for p in progs:
        i, st, l = med[("image", p)], med[("stock", p)], med[("linux", p)]
        a_.append(i / st); c_.append(l / st)
        m = med.get(("microvm", p))
        if m: b_.append(i / m)
        print("  %-8s %9.0f %9.0f %12.2f %9s %13s %15.2f" % (p, i, st, i / st, "%.0f" % m if m else "-",
              "%.2f" % (i / m) if m else "-", l / st))
    print("  %-8s %9s %9s %12.2f %9s %13s %15.2f" % ("geomean", "", "", gm(a_), "", "%.3f" % gm(b_) if vm else "-", gm(c_)))
    print("  (linux/stock: our patched engine against stock, both natively with glibc)")
    if accel == "kvm":
        print("target image/stock <= 0.6 (KVM: the stock engine natively): geomean %.3f, %s" % (gm(a_), "met" if gm(a_) <= 0.6 else "not met"))
    elif vm:
        print("target image/microvm <= 0.6 (%s: stock mujs in a Linux guest under the same accelerator): geomean %.3f, %s"
              % (accel, gm(b_), "met" if gm(b_) <= 0.6 else "not met"))
    else:
        print("  (under %s the issue's peer is the microVM: PEER=1)" % accel)
ms, checks, progs = {}, {}, []
for line in open(res):
    v, p, t, c = (line.split() + [""])[:4]
    if p not in progs: progs.append(p)
    ms.setdefault((v, p), []).append(float(t))
    checks.setdefault(p, set()).add(c)
med = {k: statistics.median(x) for k, x in ms.items()}
def gm(xs): return math.exp(sum(map(math.log, xs)) / len(xs))
print("JavaScript speed, ms measured inside each program, median of %s (image, %s) / %s (native) runs:" % (ri, accel, rn))
print("  %-8s %9s %9s %12s %9s %9s %15s" % ("program", "image", "linux", "image/linux", "glibc-k", "ours-k", "ours-k/glibc-k"))
ri_, ro_ = [], []
for p in progs:
    a, b, g, o = med[("image", p)], med[("linux", p)], med[("glibc-k", p)], med[("ours-k", p)]
    ri_.append(a / b); ro_.append(o / g)
    print("  %-8s %9.0f %9.0f %12.2f %9.0f %9.0f %15.2f" % (p, a, b, a / b, g, o, o / g))
print("  %-8s %9s %9s %12.2f %9s %9s %15.2f" % ("geomean", "", "", gm(ri_), "", "", gm(ro_)))
kf = gm([med[("glibc-k", p)] / med[("linux", p)] for p in progs])
print("  (glibc-k/linux geomean %.2f: the kernel's compile flags alone, same glibc)" % kf)
bad = [p for p in progs if len(checks[p]) > 1]
if bad:
    print("  WARNING: results differ between variants for: " + ", ".join(bad))
else:
    print("  every variant computed the same check values")
t = 1.05
print("target image/linux <= %.2f: geomean %.3f, %s (%s)" % (t, gm(ri_), "met" if gm(ri_) <= t else "not met", accel))
if accel != "kvm":
    print("  under %s the image runs on QEMU's instruction emulation, so image/linux measures" % accel)
    print("  TCG, not unijs; ours-k/glibc-k is the part of the ratio unijs's own code decides")
print("target ours-k/glibc-k <= %.2f: geomean %.3f, %s" % (t, gm(ro_), "met" if gm(ro_) <= t else "not met"))
worst = max(progs, key=lambda p: med[("ours-k", p)] / med[("glibc-k", p)])
print("  worst program: %s %.2f" % (worst, med[("ours-k", worst)] / med[("glibc-k", worst)]))
stock_figures()
PY
