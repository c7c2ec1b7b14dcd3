#!/bin/sh
# mkimage.sh: bad input is reported at build time with file:line and a
# non-zero exit, no image is written; the same inputs give the same bytes.
. "$(dirname "$0")/../boot/lib.sh"

mk() { # mk NAME [args...]: run mkimage, output in $T/NAME.out, code in $T/NAME.rc
	n=$1
	shift
	"$top/mkimage.sh" -o "$T/o" "$@" >"$T/$n.out" 2>&1
	echo $? >"$T/$n.rc"
}

mk missing "$T/nope.js"
expect missing 1 'nope.js: no such file'

printf 'var a = 1;\nvar b = ;\n' >"$T/syntax.js"
mk syntax --no-iso "$T/syntax.js"
expect syntax 1 'syntax.js:2: SyntaxError: unexpected token'
[ -e "$T/o/syntax.elf" ] && notok "syntax error writes no image" || ok "syntax error writes no image"

mkdir -p "$T/dep"
printf 'require("./lib");\n' >"$T/dep/index.js"
printf '// fine\nfunction f( {\n' >"$T/dep/lib.js"
mk dep-syntax --no-iso "$T/dep"
expect dep-syntax 1 'dep/lib.js:2: SyntaxError'

printf 'var x = 1;\nrequire("./not-there");\n' >"$T/req.js"
mk missing-module --no-iso "$T/req.js"
expect missing-module 1 "req.js:2: Cannot find module './not-there'"

mkdir -p "$T/badpkg"
printf '{ "main": ' >"$T/badpkg/package.json"
mk bad-package --no-iso "$T/badpkg"
expect bad-package 1 'package.json: not valid JSON'

printf '{"a": 1,}' >"$T/bad.json"
printf 'require("./bad.json");\n' >"$T/usejson.js"
mk bad-json --no-iso "$T/usejson.js"
expect bad-json 1 'bad.json: invalid JSON'

mk bad-usage --frobnicate x.js
expect bad-usage 2 'unknown option --frobnicate'

mk help --help
expect help 0 'Usage: ./mkimage.sh' '--cmdline' '--run' '--no-iso'

# package.json "main" and a node_modules dependency, resolved as Node does.
mkdir -p "$T/pkg/src" "$T/pkg/node_modules/greet/lib"
printf '{ "name": "pkg", "main": "src/app.js" }' >"$T/pkg/package.json"
printf 'console.log(require("greet")("unijs"), require("./data.json").n);\n' >"$T/pkg/src/app.js"
printf '{ "n": 5 }' >"$T/pkg/src/data.json"
printf '{ "main": "lib/greet" }' >"$T/pkg/node_modules/greet/package.json"
printf 'module.exports = function (who) { return "hi " + who; };\n' >"$T/pkg/node_modules/greet/lib/greet.js"
image pkg "$T/pkg" --no-iso && boot pkg "$out/pkg.elf"
expect pkg 0 '^hi unijs 5$'

# Reproducible: two builds of the same inputs, byte for byte.
"$top/mkimage.sh" -q -o "$T/r1" -n hello "$top/examples/hello" && "$top/mkimage.sh" -q -o "$T/r2" -n hello "$top/examples/hello"
if cmp -s "$T/r1/hello.elf" "$T/r2/hello.elf" && cmp -s "$T/r1/hello.iso" "$T/r2/hello.iso"; then
	ok "reproducible elf and iso"
else
	notok "reproducible elf and iso" "$(sha256sum "$T"/r1/hello.* "$T"/r2/hello.*)"
fi

# mkimage prints path, size and sha256 of each image.
"$top/mkimage.sh" -o "$T/r3" -n hello "$top/examples/hello" >"$T/report.out" 2>&1
echo $? >"$T/report.rc"
expect report 0 'hello\.elf  [0-9]+ bytes  sha256 [0-9a-f]{64}$' 'hello\.iso  [0-9]+ bytes  sha256 [0-9a-f]{64}$'

# The stripped hello image stays under 600 KB.
size=$(stat -c %s "$T/r1/hello.elf")
[ "$size" -le 614400 ] && ok "hello.elf is $size bytes (<= 600 KB)" || notok "hello.elf size" "$size bytes > 600 KB"
