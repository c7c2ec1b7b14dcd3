#!/bin/sh
# mkimage.sh: bad input is reported at build time with file:line and a
# non-zero exit, no image is written; the same inputs give the same bytes.
. "$(dirname "$0")/../boot/lib.sh"
plan 21

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
expect syntax 1 'syntax.js:2: SyntaxError: [Uu]nexpected token'
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

# ---- modern syntax (scripts/lower.js): errors name the original file:line
printf 'const a = 1;\nconst f = () => {\n  return a +;\n};\n' >"$T/modern-syntax.js"
mk modern-syntax --no-iso "$T/modern-syntax.js"
expect modern-syntax 1 'modern-syntax.js:3: SyntaxError: Unexpected token'
[ -e "$T/o/modern-syntax.elf" ] && notok "modern syntax error writes no image" || ok "modern syntax error writes no image"

mkdir -p "$T/mdep/lib"
printf 'const { run } = require("./lib/util");\nrun();\n' >"$T/mdep/index.js"
printf 'class A {\n  m() { return 1 }\n}\nexports.run = () => new A(;\n' >"$T/mdep/lib/util.js"
mk modern-dep-syntax --no-iso "$T/mdep"
expect modern-dep-syntax 1 'mdep/lib/util.js:4: SyntaxError'

printf 'const x = 1;\nconst y = require(`./nope`) ?? require("./also-missing");\n' >"$T/modern-missing.js"
mk modern-missing --no-iso "$T/modern-missing.js"
expect modern-missing 1 "modern-missing.js:2: Cannot find module './also-missing'"

# A circular require and a throw in a module's top level are run-time
# behaviour, as in Node: the cycle sees the partial exports, the throw is
# an uncaught exception (exit 1) naming the module's line.
mkdir -p "$T/cyc"
printf 'exports.a = 1;\nconst b = require("./b");\nconsole.log(`a sees b.done=${b.done}`);\nrequire("./thrower");\n' >"$T/cyc/index.js"
printf 'const a = require("./index");\nconsole.log(`b sees a.a=${a.a}`);\nexports.done = true;\n' >"$T/cyc/b.js"
printf '// top level\nthrow new RangeError(`bad config ${1 + 1}`);\n' >"$T/cyc/thrower.js"
image cyc "$T/cyc" --no-iso && boot cyc "$out/cyc.elf"
expect cyc 1 '^b sees a.a=1$' '^a sees b.done=true$' '^Uncaught RangeError: bad config 2$' 'at /app/thrower.js:2'

# An ES5 app packs nothing from the compiler: no /unijs/ files at all.
"$top/mkimage.sh" -q --no-iso -o "$T/o" -n es5hello "$top/examples/hello" >/dev/null 2>&1
# (files: image path, a tab, host path; the host path may contain /unijs/)
if [ ! -s "$T/o/img/es5hello/files" ]; then
	notok "ES5 hello packs no polyfills" "no file list: the build failed"
elif cut -f1 "$T/o/img/es5hello/files" | grep -q '^/unijs/'; then
	notok "ES5 hello packs no polyfills" "$(cut -f1 "$T/o/img/es5hello/files" | grep -c '^/unijs/') compiler files packed"
else
	ok "ES5 hello packs no polyfills"
fi

# ---- the modern and npm examples, booted, their output against Node's
if command -v node >/dev/null; then
	(cd "$top/examples/modern" && node index.js) >"$T/modern.node" 2>&1
	image modern "$top/examples/modern" --no-iso && boot modern "$out/modern.elf"
	if [ "$(cat "$T/modern.rc")" = 0 ] && cmp -s "$T/modern.node" "$T/modern.out"; then
		ok "examples/modern runs as under node"
	else
		notok "examples/modern runs as under node" "exit $(cat "$T/modern.rc")" "$(diff "$T/modern.node" "$T/modern.out" | head -8)"
	fi
	# npm-app: its packages come from package-lock.json (npm ci at build)
	image npm-app "$top/examples/npm-app" --no-iso && boot npm-app "$out/npm-app.elf" -- --once
	(cd "$top/examples/npm-app" && node server.js --once) >"$T/npm-app.node" 2>&1
	if [ "$(cat "$T/npm-app.rc")" = 0 ] && cmp -s "$T/npm-app.node" "$T/npm-app.out"; then
		ok "examples/npm-app renders its pages as under node"
	else
		notok "examples/npm-app renders its pages as under node" "exit $(cat "$T/npm-app.rc")" "$(cat "$T/mk.npm-app" | tail -3)" "$(diff "$T/npm-app.node" "$T/npm-app.out" | head -8)"
	fi
fi
finish
