#!/bin/sh
# bench/uncurry-insn.sh [HOST_BINARY]: instructions per call of a built-in
# uncurried the core-js way (bench/uncurry/uncurry.js), counted by
# callgrind on the host build (deterministic): (total at N=100000 - total
# at N=0) / N for each form, the loop's own cost included ("empty" is the
# loop alone). core-js takes the "bind" form when
# `(function(){}).bind().hasOwnProperty('prototype')` is false (a native
# bind), the "closure" form otherwise (patches/mujs/0210).
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
bin=${1:-build/host/unijs-host}
[ "$bin" != build/host/unijs-host ] || make -s build/host/unijs-host >/dev/null || exit 1
command -v valgrind >/dev/null 2>&1 || { echo "uncurry-insn: needs valgrind" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() { # FORM N
	valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bin" bench/uncurry/uncurry.js "$1" "$2" 2>&1 |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo 'console.log(!(function () {}).bind().hasOwnProperty("prototype"))' >"$out/native.js"
echo "native bind as core-js tests it: $("$bin" "$out/native.js" 2>&1)"
for form in empty callform bind closure; do
	a=$(count $form 0) b=$(count $form 100000)
	echo "$form: $(( (b - a) / 100000 )) instructions per iteration"
done
