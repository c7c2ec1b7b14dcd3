#!/bin/sh
# mkimage.sh: bad input is reported at build time with file:line and a
# non-zero exit, no image is written; the same inputs give the same bytes.
. "$(dirname "$0")/../boot/lib.sh"
plan 48

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

# BigInt does not exist: a literal is named as such, with its line (mujs 0047)
printf 'var a = 1;\nvar b = 10n;\n' >"$T/big.js"
mk bigint --no-iso "$T/big.js"
expect bigint 1 'big.js:2: SyntaxError: BigInt is not supported'

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
	# npm-app: its packages come from package-lock.json; installing them is
	# the app's step (npm ci), never mkimage's
	[ -d "$top/examples/npm-app/node_modules" ] ||
		(cd "$top/examples/npm-app" && npm ci --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
	image npm-app "$top/examples/npm-app" --no-iso && boot npm-app "$out/npm-app.elf" -- --once
	(cd "$top/examples/npm-app" && node server.js --once) >"$T/npm-app.node" 2>&1
	if [ "$(cat "$T/npm-app.rc")" = 0 ] && cmp -s "$T/npm-app.node" "$T/npm-app.out"; then
		ok "examples/npm-app renders its pages as under node"
	else
		notok "examples/npm-app renders its pages as under node" "exit $(cat "$T/npm-app.rc")" "$(cat "$T/mk.npm-app" | tail -3)" "$(diff "$T/npm-app.node" "$T/npm-app.out" | head -8)"
	fi
fi

# ---- resolution as Node's require(): package.json "exports" conditions
# (require/node/default, never import or module-sync), subpath patterns,
# "imports" (#internal), ES modules reached by require (lowered to
# CommonJS), optional requires in try blocks. Built, booted, compared
# with node on the same app.
R=$T/res
mkdir -p "$R/node_modules/cond/dist" "$R/node_modules/pat/lib/feat" "$R/node_modules/esm-only" "$R/node_modules/ms-first" "$R/lib"
cat >"$R/package.json" <<'EOJ'
{ "name": "res", "main": "index.js", "imports": { "#conf": "./lib/conf.js", "#pkg/*": "pat/feat/*" } }
EOJ
cat >"$R/node_modules/cond/package.json" <<'EOJ'
{ "name": "cond", "exports": { ".": { "import": "./dist/esm.mjs", "require": "./dist/cjs.js", "default": "./dist/none.js" },
  "./extra": { "node": "./dist/node.js", "default": "./dist/none.js" }, "./package.json": "./package.json", "./hidden": null } }
EOJ
printf 'module.exports = "cond:require";\n' >"$R/node_modules/cond/dist/cjs.js"
printf 'export default "cond:import";\n' >"$R/node_modules/cond/dist/esm.mjs"
printf 'module.exports = "cond:node";\n' >"$R/node_modules/cond/dist/node.js"
printf 'module.exports = "cond:default";\n' >"$R/node_modules/cond/dist/none.js"
cat >"$R/node_modules/pat/package.json" <<'EOJ'
{ "name": "pat", "exports": { "./feat/*": "./lib/feat/*.js", "./feat/internal/*": null, "./*": "./lib/*.js" } }
EOJ
printf 'module.exports = "pat:a";\n' >"$R/node_modules/pat/lib/feat/a.js"
printf 'module.exports = "pat:top";\n' >"$R/node_modules/pat/lib/top.js"
printf '{ "name": "esm-only", "type": "module", "exports": "./index.js" }\n' >"$R/node_modules/esm-only/package.json"
printf 'import top from "pat/top";\nexport const named = `esm sees ${top}`;\nexport default function greet(who) { return `hello ${who}`; }\n' >"$R/node_modules/esm-only/index.js"
printf '{ "name": "ms-first", "exports": { "module-sync": "./sync.js", "require": "./req.js" } }\n' >"$R/node_modules/ms-first/package.json"
printf 'module.exports = "module-sync";\n' >"$R/node_modules/ms-first/sync.js"
printf 'module.exports = "require";\n' >"$R/node_modules/ms-first/req.js"
printf 'module.exports = { port: 8080 };\n' >"$R/lib/conf.js"
printf 'export const twice = (x) => x * 2;\nexport default "mjs default";\n' >"$R/lib/util.mjs"
cat >"$R/index.js" <<'EOJ'
console.log(require('cond'), require('cond/extra'), require('cond/package.json').name);
console.log(require('pat/feat/a'), require('pat/top'), require('#pkg/a'), require('#conf').port);
// excluded subpaths, in try blocks: they throw when run (Node's code is
// ERR_PACKAGE_PATH_NOT_EXPORTED, ours MODULE_NOT_FOUND: docs/modules.md)
try { require('cond/hidden'); } catch (e) { console.log('cond/hidden threw'); }
try { require('pat/feat/internal/x'); } catch (e) { console.log('pat/feat/internal/x threw'); }
const esm = require('esm-only');
console.log(typeof esm.default, esm.default('unijs'), esm.named, esm.__esModule);
const u = require('./lib/util.mjs');
console.log(u.twice(21), u.default);
let color = 'none';
try { color = require('supports-color-not-installed'); } catch (e) { console.log('optional:', e.code); }
console.log(color);
EOJ
(cd "$R" && node index.js) >"$T/res.node" 2>&1
image res "$R" --no-iso && boot res "$out/res.elf"
if [ "$(cat "$T/res.rc")" = 0 ] && cmp -s "$T/res.node" "$T/res.out"; then
	ok "exports/imports/ESM/optional requires resolve as under node"
else
	notok "exports/imports/ESM/optional requires resolve as under node" "exit $(cat "$T/res.rc")" "$(tail -3 "$T/mk.res")" "$(diff "$T/res.node" "$T/res.out" | head -8)"
fi
# module-sync is not a require() condition here (newer Node versions add
# it when they can require(esm); unijs lowers ESM, so require wins)
printf 'console.log(require("ms-first"));\n' >"$R/ms.js"
image ms "$R/ms.js" --no-iso && boot ms "$out/ms.elf"
expect ms 0 '^require$'
# the report names what was packed and why; --report prints it
mk report-file --no-iso --report -n res "$R"
expect report-file 0 '^modules: ' '/app/node_modules/esm-only/index.js +[0-9]+ lowered' \
	'optional requires not found' 'supports-color-not-installed \(.*index.js:[0-9]+, in a try block\)'
[ -f "$T/o/res.report.txt" ] && ok "report file beside the image" || notok "report file beside the image"

# A core module unijs lacks, required outside a try block, stops the build
# naming it, the requiring file:line and what to do.
printf 'var x = 1;\nvar h2 = require("node:inspector");\n' >"$T/nocore.js"
mk nocore --no-iso "$T/nocore.js"
expect nocore 1 "nocore.js:2: require\('node:inspector'\): unijs has no core module 'inspector'.*try block.*--allow-missing"

# The app's own method named flat pulls es.array.flat (a user's x.flat
# cannot be told from an array's); one named find pulls nothing (the
# engine's own since patches/mujs/0212), never the ~90 files of the
# iterator helpers; the report says which line asked for what it packs.
printf 'function lookup(store, k) {\n  return store.find(k) + store.flat(k);\n}\nconsole.log(lookup({ find: function (k) { return k; }, flat: function (k) { return k; } }, "a"));\n' >"$T/find.js"
mk find --no-iso --report "$T/find.js"
expect find 0 'core-js es.array.flat.js +[0-9]+ files +[0-9]+ bytes +first use: .*find.js:2'
if grep -q 'es.array.find' "$T/o/find.report.txt"; then notok "x.find( packs no polyfill" "$(grep es.array.find "$T/o/find.report.txt")"; else ok "x.find( packs no polyfill"; fi
if grep -q 'es.iterator' "$T/o/find.report.txt"; then notok "x.find( packs no iterator helpers" "$(grep es.iterator "$T/o/find.report.txt")"; else ok "x.find( packs no iterator helpers"; fi

# BigInt: a literal is an error with file:line; BigInt() calls (zod's and
# yaml's, on paths that run only for BigInt input) are warnings.
printf 'const a = 1;\nconst big = 2n ** 64n;\n' >"$T/bigint.js"
mk bigint-pow --no-iso "$T/bigint.js"
expect bigint-pow 1 'bigint.js:2: SyntaxError: BigInt is not supported \(literal 2n\)'
printf 'var a = 1;\nfunction toBig(x) { return BigInt(x); }\nconsole.log(typeof BigInt === "function" ? "has" : "none");\n' >"$T/bigcall.js"
mk bigcall --no-iso "$T/bigcall.js"
expect bigcall 0 'bigcall.js:2: warning: BigInt is not supported \(BigInt\(\)\): this code throws ReferenceError if it runs'

# Dependencies are the app's to install: mkimage never runs npm.
mkdir -p "$T/noinst"
printf '{ "name": "noinst", "dependencies": { "left-pad": "1.3.0" } }\n' >"$T/noinst/package.json"
printf '{ "name": "noinst", "lockfileVersion": 3, "packages": { "": { "dependencies": { "left-pad": "1.3.0" } }, "node_modules/left-pad": { "version": "1.3.0" } } }\n' >"$T/noinst/package-lock.json"
printf 'console.log(require("left-pad")("x", 3));\n' >"$T/noinst/index.js"
mk noinst --no-iso "$T/noinst"
expect noinst 1 "index.js:1: Cannot find module 'left-pad' \(the app's dependencies are not installed: run 'npm ci'"
[ -e "$T/noinst/node_modules" ] && notok "mkimage installs nothing" || ok "mkimage installs nothing"

# An optional require in an async function's try block: lowering turns the
# try into a state machine, the build still sees it as optional; at run
# time it throws MODULE_NOT_FOUND into the catch, as in Node.
printf 'async function load() {\n  try {\n    return require("not-installed-optional");\n  } catch (e) {\n    return e.code;\n  }\n}\nload().then((v) => console.log("loaded", v));\n' >"$T/asynctry.js"
image asynctry "$T/asynctry.js" --no-iso && boot asynctry "$out/asynctry.elf"
expect asynctry 0 '^loaded MODULE_NOT_FOUND$'

# What CommonJS cannot express is said plainly, with file:line.
mkdir -p "$T/esmx"
printf '{ "type": "module" }\n' >"$T/esmx/package.json"
printf 'const a = 1;\nconsole.log(import.meta.url);\n' >"$T/esmx/meta.js"
printf 'const a = 1;\nconst v = await Promise.resolve(a);\n' >"$T/esmx/tla.js"
mk esm-meta --no-iso "$T/esmx/meta.js"
expect esm-meta 1 'meta.js:2: SyntaxError: import.meta is not supported'
mk esm-tla --no-iso "$T/esmx/tla.js"
expect esm-tla 1 'tla.js:2: SyntaxError: top-level await is not supported'

# A package required by a computed name (express's view engines) is named
# with --require: packed with what it requires, found from any module.
mkdir -p "$T/req/node_modules/eng" "$T/req/node_modules/host"
printf '{ "name": "req", "main": "index.js" }\n' >"$T/req/package.json"
printf 'module.exports = function (name) { return require(name); };\n' >"$T/req/node_modules/host/index.js"
printf 'module.exports = require("./inner");\n' >"$T/req/node_modules/eng/index.js"
printf 'module.exports = "engine loaded";\n' >"$T/req/node_modules/eng/inner.js"
printf 'var load = require("host"), which = "eng";\nconsole.log(load(which));\n' >"$T/req/index.js"
image req "$T/req" --no-iso --require eng && boot req "$out/req.elf"
expect req 0 '^engine loaded$'
mk req-missing --no-iso --require nope "$T/req"
expect req-missing 1 '^--require nope: Cannot find module .nope.'
# One image, several programs: --entry packs another main module with its
# modules; main=/app/FILE on the command line boots it instead of the
# app's main, which it then is for require.main, module.id and argv[1].
mkdir -p "$T/multi/bin" "$T/multi/lib"
printf '{ "name": "multi", "main": "server.js" }\n' >"$T/multi/package.json"
printf 'console.log("server", require.main === module, process.argv[1]);\n' >"$T/multi/server.js"
printf 'module.exports = "shared";\n' >"$T/multi/lib/x.js"
printf 'console.log("tool", require("../lib/x"), require.main === module, module.id, process.argv[1], process.argv[2]);\n' >"$T/multi/bin/tool.js"
image multi "$T/multi" --no-iso --entry bin/tool.js && boot multi "$out/multi.elf"
expect multi 0 '^server true /app/server.js$'
boot multi-tool "$out/multi.elf" main=/app/bin/tool.js -- arg
expect multi-tool 0 '^tool shared true \. /app/bin/tool.js arg$'
boot multi-none "$out/multi.elf" main=/app/bin/none.js
expect multi-none 9 '^unijs: bad command line: main=/app/bin/none.js: no such module in this image'
mk multi-missing --no-iso --entry bin/none.js "$T/multi"
expect multi-missing 1 '^--entry bin/none.js: not found'
# The Unicode property tables of regular expressions (\p{...}, about 56 KB)
# go only into images whose sources mention \p{ in some spelling; without
# them such a pattern says how to get them; --unicode-properties forces them.
hastables() { nm "$out/img/$1/$1.debug.elf" 2>/dev/null | grep -q ' T regexp_uniprop$'; }
mkdir -p "$T/up0" "$T/up1" "$T/up2"
printf 'var src = String.fromCharCode(92) + "p{Lu}+";\ntry {\n  console.log(new RegExp(src, "u").exec("abCDe")[0]);\n} catch (e) {\n  console.log(e.message);\n}\n' >"$T/up0/index.js"
image up0 "$T/up0" --no-iso && boot up0 "$out/up0.elf"
hastables up0 && notok "no \\p{ in the sources: no property tables" || ok "no \\p{ in the sources: no property tables"
expect up0 0 'this image has no Unicode property tables: built without .p\{ in its sources; use mkimage.sh --unicode-properties'
image up0f "$T/up0" --no-iso --unicode-properties && boot up0f "$out/up0f.elf"
expect up0f 0 '^CD$'
printf 'console.log(new RegExp("\\\\p{Lu}+", "u").exec("abCDe")[0]);\n' >"$T/up1/index.js"
image up1 "$T/up1" --no-iso
hastables up1 && ok "\\\\p{ in a string: property tables linked" || notok "\\\\p{ in a string: property tables linked" "$(cat "$T/mk.up1")"
printf 'var re = new RegExp("\\\\x5cP{L}", "u");\n' >"$T/up2/index.js"
image up2 "$T/up2" --no-iso
hastables up2 && ok "\\\\x5cP{ in a string: property tables linked" || notok "\\\\x5cP{ in a string: property tables linked" "$(cat "$T/mk.up2")"
finish
