#!/bin/sh
# Compiles musl's src/math into objects: the double and float functions
# (long double ones are never called), preferring musl's x86_64 version of
# a function where it has one. Usage: build-libm.sh CC MUSL_DIR OUT_DIR FLAGS
set -eu
cc=$1 musl=$2 out=$3 flags=$4
mkdir -p "$out"
list=$(mktemp)
for f in "$musl"/src/math/*.c; do
	n=$(basename "$f" .c)
	case $n in *l) [ -e "$musl/src/math/${n%l}.c" ] && continue ;; esac
	a=
	for ext in s S c; do
		[ -e "$musl/src/math/x86_64/$n.$ext" ] && { a="$musl/src/math/x86_64/$n.$ext"; break; }
	done
	# __rem_pio2_large reduces the argument of sin, cos and tan only when
	# it is past 2^20 pi/2: compiled for size (806 bytes less), it paid
	# for patches/mujs/0235 within hello.elf's size bound
	os=
	case $n in __rem_pio2_large) os=-Os ;; esac
	echo "${a:-$f} $out/$n.o${os:+ $os}" >>"$list"
done
# two at a time is what the machines have; make -j would be overkill here
xargs -P "$(nproc)" -L 1 sh -c 'o=$1; shift; [ "$o" -nt "$0" ] 2>/dev/null || '"$cc $flags"' "$@" -c "$0" -o "$o"' <"$list"
rm -f "$list"
