#!/bin/sh
# mkimage.sh: turn a JavaScript app into bootable images.
# See --help. Exit status: 0 ok, 1 build error in the app, 2 bad usage,
# 3 toolchain or internal error.
set -eu

usage() {
	cat <<'EOH'
Usage: ./mkimage.sh [options] APP [-- ARGS...]

APP is a .js file, or a directory whose package.json names "main"
(index.js when it names none). The main module and every module it
require()s with a literal name are packed, found by Node's resolution
(relative paths, node_modules, package.json "main", index.js, .js, .json).

Writes:
  build/<name>.elf         boots with qemu-system-x86_64 -kernel (microvm)
                           or as PVH (Firecracker, cloud-hypervisor, QEMU)
  build/<name>.iso         GRUB ISO: boots on pc/q35 and any BIOS hypervisor;
                           it is hybrid, so it also boots as a disk (raw)
  build/<name>.report.txt  what is packed and why: modules, polyfills (with
                           the first use that asked for each), core
                           modules, each with its size; warnings
and prints each image's path, size and sha256. The same inputs give the
same bytes. The app's dependencies must be installed (npm ci): the build
reads node_modules and never changes it.

Options:
  -o DIR            output directory (default: build)
  -n, --name NAME   image name (default: the app's file or directory name)
  -c, --cmdline STR kernel command line baked into the ISO's grub.cfg and
                    used by --run (see README: "Command line"), in the
                    kernel's quoting: env.G="hello world"
      --format LIST disk images to write, comma-separated (default iso):
                      iso    build/<name>.iso
                      raw    build/<name>.img   (the hybrid ISO as a disk)
                      qcow2  build/<name>.qcow2 (the same, qemu-img)
      --no-iso      no disk image, only the ELF
      --core NAME   also pack core module NAME (js/lib/NAME.js), for code
                    that requires it with a computed name (repeatable)
      --require NAME  also pack package NAME (and what it requires), for code
                    that requires it by a computed name: express's view
                    engines (app.set('view engine', 'ejs') runs
                    require('ejs') inside express) (repeatable; or
                    package.json "unijs": {"require": [NAME...]})
      --entry FILE  also pack FILE (relative to the app directory) and the
                    modules it requires, as another main module: booting
                    with main=/app/FILE on the command line runs it instead
                    of APP's main (repeatable; one image, several programs)
      --net         link the network stack even if no module requires
                    net or http (it is linked automatically when one does)
      --unicode-properties  link the Unicode property tables of regular
                    expressions (\p{...}, about 56 KB) even if no source
                    mentions \p{ (they are linked automatically when one
                    does, in any spelling: /\p{L}/u, '\\p{L}', '\x5cp{')
      --allow-missing  a require() of a module that cannot be found (or of
                    a core module unijs lacks) is a warning, not an error
                    (require() then throws at run time, as in Node). A
                    require() inside a try block never stops the build.
      --report      print the report (build/<name>.report.txt)
      --run         boot the image after building it (scripts/run.sh);
                    ARGS after -- become process.argv[2...]
      --fwd H:G     with --run: forward host TCP port H (on 127.0.0.1)
                    to the guest's port G (repeatable)
      --include GLOB  also pack the files GLOB matches for fs (relative to the
                    app directory; even under node_modules or dot paths)
      --exclude GLOB  do not pack the files GLOB matches (repeatable, both)
  -q, --quiet       print only errors
  -h, --help        this text

Environment: UNIJS_ACCEL=kvm|tcg|auto chooses the accelerator for --run.
Files: everything in the app directory except node_modules/ and dot paths
(.git, .env, ...) is packed read-only under /app for fs (or only what
package.json's "unijs": {"files": [GLOB...]} names); --include/--exclude
adjust that. When APP is a single .js file, only its modules and what
--include names are packed. The list is written to <out>/img/<name>/fs.txt;
see docs/fs.md.

Every module is packed precompiled (build/host/jsbc, the image's own mujs):
the image never parses its modules at boot. Core modules are packed only
so; the app's modules keep their source too, for fs (docs/internals.md,
"Precompiled modules"; the report gives both sizes).

A JavaScript syntax error, a missing file or an unreadable file stops the
build with file:line and a non-zero exit; no image is written.
EOH
}

fsopt= # --include/--exclude for scripts/packfiles.js, quoted for eval

die() { echo "mkimage: $*" >&2; exit "${code:-1}"; }

top=$(cd "$(dirname "$0")" && pwd)
out=build name= cmdline= iso=1 formats=iso run=0 quiet=0 app= bundleopts= net=0 core= fwd= showreport=0 uniprops=0
while [ $# -gt 0 ]; do
	case $1 in
	-h|--help) usage; exit 0 ;;
	-o) [ $# -ge 2 ] || code=2 die "-o needs a directory"; out=$2; shift ;;
	-n|--name) [ $# -ge 2 ] || code=2 die "$1 needs a name"; name=$2; shift ;;
	-c|--cmdline) [ $# -ge 2 ] || code=2 die "$1 needs a string"; cmdline=$2; shift ;;
	--no-iso) iso=0 ;;
	--format) [ $# -ge 2 ] || code=2 die "--format needs iso, raw or qcow2"; formats=$2; shift ;;
	--net) net=1 ;;
	--unicode-properties) uniprops=1 ;;
	--core) [ $# -ge 2 ] || code=2 die "--core needs a module name"; core="$core $2"; shift ;;
	--allow-missing) bundleopts="$bundleopts --allow-missing" ;;
	--require) [ $# -ge 2 ] || code=2 die "--require needs a package name"; bundleopts="$bundleopts --require $2"; shift ;;
	--entry) [ $# -ge 2 ] || code=2 die "--entry needs a file"; bundleopts="$bundleopts --entry $2"; shift ;;
	--include|--exclude) [ $# -ge 2 ] || code=2 die "$1 needs a glob"; fsopt="$fsopt $1 '$(printf %s "$2" | sed "s/'/'\\\\''/g")'"; shift ;;
	--run) run=1 ;;
	--report) showreport=1 ;;
	--fwd) [ $# -ge 2 ] || code=2 die "--fwd needs HOST:GUEST"; fwd="$fwd --fwd $2"; shift ;;
	-q|--quiet) quiet=1 ;;
	--) shift; break ;;
	-*) code=2 die "unknown option $1 (see --help)" ;;
	*) [ -z "$app" ] || code=2 die "one app at a time ('$app' and '$1')"; app=$1 ;;
	esac
	shift
done
[ -n "$app" ] || { usage >&2; exit 2; }
for f in $(echo "$formats" | tr ',' ' '); do
	case $f in iso|raw|qcow2) ;; *) code=2 die "--format $f: expected iso, raw or qcow2" ;; esac
done
[ -n "$(echo "$formats" | tr -d ', ')" ] || code=2 die "--format needs iso, raw or qcow2"
# The command line in the kernel's own words (lib/cmdline.c's rules), one
# per line as JSON: for grub.cfg, which quotes each word for GRUB.
cmdwords=$(node -e '
const s = process.argv[1]; const out = []; let i = 0;
for (;;) {
  while (i < s.length && /[ \t\n]/.test(s[i])) i++;
  if (i >= s.length) break;
  let w = "";
  while (i < s.length && !/[ \t\n]/.test(s[i])) {
    if (s[i] === "\\" && "\"\\\x27".includes(s[i + 1] || "x")) { w += s[i + 1]; i += 2; continue; }
    if (s[i] !== "\"") { w += s[i++]; continue; }
    i++;
    while (i < s.length && s[i] !== "\"") {
      if (s[i] === "\\" && (s[i + 1] === "\"" || s[i + 1] === "\\")) i++;
      w += s[i++];
    }
    if (i >= s.length) { console.error("unterminated quote in " + JSON.stringify(w)); process.exit(1); }
    i++;
  }
  out.push(w);
}
process.stdout.write(JSON.stringify(out));
' "$cmdline" 2>&1) || code=2 die "--cmdline: $cmdwords"
# the app's own arguments (after --), kept quoted for --run
qargs=
for a; do qargs="$qargs '$(printf %s "$a" | sed "s/'/'\\\\''/g")'"; done
say() { [ "$quiet" = 1 ] || echo "$@"; }

# ---- find the main module
[ -e "$app" ] || die "$app: no such file or directory"
if [ -d "$app" ]; then
	appdir=$(cd "$app" && pwd)
	main=index.js
	if [ -f "$appdir/package.json" ]; then
		m=$(node -e 'const p=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(String(p.main||""))' "$appdir/package.json" 2>&1) ||
			die "$app/package.json: not valid JSON: $(echo "$m" | grep -m1 -i error)"
		[ -n "$m" ] && main=${m#./}
	fi
	[ -d "$appdir/$main" ] && main=${main%/}/index.js
	[ -f "$appdir/$main" ] || { [ -f "$appdir/$main.js" ] && main=$main.js; }
	[ -f "$appdir/$main" ] || die "$app: main module '$main' not found"
	[ -n "$name" ] || name=$(basename "$appdir")
else
	appdir=$(cd "$(dirname "$app")" && pwd)
	main=$(basename "$app")
	# one file: its directory may hold anything (/tmp, $HOME), so fs gets
	# only the modules and what --include names
	fsopt="--modules-only $fsopt"
	[ -n "$name" ] || name=${main%.js}
fi
case $name in *[!A-Za-z0-9._-]*|"") code=2 die "image name '$name': use letters, digits, . _ -" ;; esac
[ -r "$appdir/$main" ] || die "$appdir/$main: not readable"

[ -f "$top/build/libunijs.a" ] && [ -f "$top/build/libmujs.a" ] && [ -f "$top/build/libm.a" ] &&
	[ -f "$top/build/liblwip.a" ] && [ -f "$top/build/libhttp_parser.a" ] &&
	[ -f "$top/build/libmbedcrypto.a" ] && [ -f "$top/build/libz.a" ] ||
	code=3 die "the library is not built: run 'make lib' first"
if [ ! -x "$top/build/host/jscheck" ] || [ "$top/scripts/jscheck.c" -nt "$top/build/host/jscheck" ]; then
	make -s -C "$top" build/host/jscheck >&2 || code=3 die "cannot build the syntax checker"
fi
# the compiler of modules: make decides (it is rebuilt with the engine)
make -s -C "$top" build/host/jsbc >&2 || code=3 die "cannot build the compiler of modules (scripts/jsbc.c)"

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$out/img/$name
rm -rf "$work"
mkdir -p "$work"

# ---- the files to pack: the module graph from main (scripts/bundle.js)
node "$top/scripts/bundle.js" $bundleopts "$appdir" "$main" "$work" || die "build stopped: fix the error above"
set --
while IFS='	' read -r mod path; do
	[ -r "$path" ] || die "$path: not readable"
	case $mod$path in *\ *|*\"*|*\\*|*=*) die "$path: file names with spaces, quotes, backslashes or = are not supported" ;; esac
	set -- "$@" "$mod=$path"
done <"$work/files"
set -- "$@" ":resolve=$work/resolve.json"

# ---- every file must parse: errors name file:line, and no image is made
cut -f2 "$work/files" | (cd "$appdir" && xargs "$top/build/host/jscheck") || die "build stopped: fix the error above"

sh "$top/scripts/jsembed.sh" bundle_app "$work/bundle.S" "$@"
gcc -c "$work/bundle.S" -o "$work/bundle.o"

# ---- every module precompiled (scripts/jsbc.c, mujs 0150): the image
# loads each module's compiled form instead of parsing its source at boot
# (docs/internals.md, "Precompiled modules"). bundle_app_code and
# bundle_lib_code are tables parallel to bundle_app and bundle_lib, entry
# for entry; an empty entry (a .json module, :resolve) is loaded from its
# source. An app module keeps its source too: fs reads /app's modules from
# bundle_app (docs/fs.md). A module jsbc cannot compile (it never does
# what jscheck let through) stays source and throws its SyntaxError at
# require(), as in Node; the report names it.
mkdir -p "$work/bc/app" "$work/bc/lib"
: >"$work/bc/empty"
i=0
while IFS='	' read -r mod path; do
	i=$((i + 1))
	case $mod in *.json) continue ;; esac
	printf '%s\t%s\t%s\n' "$mod" "$path" "$work/bc/app/$i.bc"
done <"$work/files" >"$work/bc/app.list"
(cd "$appdir" && "$top/build/host/jsbc" app <"$work/bc/app.list" >"$work/bc/app.sizes" 2>"$work/bc/app.err") ||
	{ cat "$work/bc/app.err" >&2; code=3 die "cannot precompile the app's modules"; }
set --
i=0
while IFS='	' read -r mod path; do
	i=$((i + 1))
	if [ -s "$work/bc/app/$i.bc" ]; then set -- "$@" "$mod=$work/bc/app/$i.bc"; else set -- "$@" "$mod=$work/bc/empty"; fi
done <"$work/files"
set -- "$@" ":resolve=$work/bc/empty"
sh "$top/scripts/jsembed.sh" bundle_app_code "$work/bundle_code.S" "$@"
gcc -c "$work/bundle_code.S" -o "$work/bundle_code.o"

# ---- the app's other files, read-only under /app for fs (scripts/packfiles.js)
eval "set -- $fsopt"
node "$top/scripts/packfiles.js" "$@" --skip "$out" "$appdir" "$work" >"$work/fs.log" || die "build stopped: fix the error above"
[ "$quiet" = 1 ] || cat "$work/fs.log"
gcc -c "$work/fs.S" -o "$work/fs.o"

# ---- the core modules (js/lib) this image carries: the ones the runtime
# itself loads, the ones the app's modules require by name, and everything
# those require in turn. A dynamic require() of a core module left out here
# fails with Node's "Cannot find module"; --core NAME adds one.
core_req() { # the core module names required in the files given
	tr '\n' '\0' | xargs -0 grep -ohE "require\(['\"](node:)?[a-z_/]+['\"]\)" 2>/dev/null |
		sed -E "s/require\(['\"](node:)?//; s/['\"]\)//" | sort -u
}
want="internal internal_stdin util assert events timers buffer $core"
cut -f2 "$work/files" | core_req >"$work/core.req"
# globals that load a core module on first use (js/binding_module.c)
cut -f2 "$work/files" | tr '\n' '\0' | xargs -0 grep -qwE 'URL|URLSearchParams' 2>/dev/null && echo url >>"$work/core.req"
# and methods that do: Promise.all, allSettled, any, race, withResolvers
# and Promise.prototype.finally (js/binding_promise.c's stubs load
# internal_promise), for code that names Promise or calls finally
cut -f2 "$work/files" | tr '\n' '\0' | xargs -0 grep -qwE 'Promise|finally' 2>/dev/null && echo internal_promise >>"$work/core.req"
for m in $(cat "$work/core.req"); do [ -f "$top/js/lib/$m.js" ] && want="$want $m"; done
# Node 20's global crypto (globalThis.crypto.getRandomValues, randomUUID)
# is the crypto module's webcrypto: code that uses it gets the module.
if cut -f2 "$work/files" | tr '\n' '\0' |
	xargs -0 grep -qE "(^|[^.A-Za-z0-9_\$])crypto\.(getRandomValues|randomUUID)\b" 2>/dev/null; then
	want="$want crypto"
fi
have=
while [ -n "$want" ]; do
	next=
	for m in $want; do
		case " $have " in *" $m "*) continue ;; esac
		[ -f "$top/js/lib/$m.js" ] || { case " $core " in *" $m "*) code=2 die "--core $m: no such core module" ;; esac; continue; }
		have="$have $m"
		for d in $(echo "$top/js/lib/$m.js" | core_req); do next="$next $d"; done
	done
	want=$next
done
# packed compacted (scripts/compact.js: no comments or indentation, the
# same lines), cached by content under build/cache/lib
have=$(echo $have | tr ' ' '\n' | sort | tr '\n' ' ')
compacted=$(for m in $have; do echo "$top/js/lib/$m.js"; done | tr '\n' '\0' |
	xargs -0 node "$top/scripts/compact.js" "$top/build/cache/lib") || die "cannot compact the core modules"
i=0
: >"$work/core.files"
for m in $have; do
	i=$((i + 1))
	f=$(echo "$compacted" | sed -n "${i}p")
	printf '%s\t%s\n' "$m" "$f" >>"$work/core.files"
done
# precompiled (scripts/jsbc.c), and only so: nothing reads a core
# module's source (fs sees /app only, Function.prototype.toString prints
# no source), and the compiled form is about 2/3 of the compacted source.
# A core module that does not compile is a bug of ours: no image.
awk -F'\t' -v d="$work/bc/lib" '{ print $1 "\t" $2 "\t" d "/" NR ".bc" }' "$work/core.files" >"$work/bc/lib.list"
"$top/build/host/jsbc" lib <"$work/bc/lib.list" >"$work/bc/lib.sizes" 2>"$work/bc/lib.err" && [ ! -s "$work/bc/lib.err" ] ||
	{ cat "$work/bc/lib.err" >&2; code=3 die "cannot precompile the core modules"; }
set --
for m in $have; do set -- "$@" "$m=$work/bc/empty"; done
sh "$top/scripts/jsembed.sh" bundle_lib "$work/bundle_lib.S" "$@"
gcc -c "$work/bundle_lib.S" -o "$work/bundle_lib.o"
set --
i=0
for m in $have; do i=$((i + 1)); set -- "$@" "$m=$work/bc/lib/$i.bc"; done
sh "$top/scripts/jsembed.sh" bundle_lib_code "$work/bundle_lib_code.S" "$@"
gcc -c "$work/bundle_lib_code.S" -o "$work/bundle_lib_code.o"

# ---- the network stack (virtio, lwIP, net and http natives) goes only into
# images whose modules require net or http (or with --net): the rest stay
# small. The kernel reaches it through weak symbols; these pull it in.
netsyms=
if [ "$net" = 1 ] || cut -f2 "$work/files" | tr '\n' '\0' |
	xargs -0 grep -qE "require\(['\"](node:)?(net|http|dns|dns/promises)['\"]\)" 2>/dev/null; then
	netsyms="-u net_init -u runtime_tcp_init -u runtime_http_init"
fi

# ---- the crypto and zlib natives (mbedTLS, zlib) go only into images
# that pack those modules, likewise.
case " $have " in *" crypto "*) netsyms="$netsyms -u runtime_crypto_init" ;; esac
# Keys and signatures (js/binding_crypto_pk.c, about 160 KB of mbedTLS's
# bignum, RSA, ECP, ASN.1 and PEM) only where the code names that API: an
# app that only hashes (etag, uuid) does not carry them. Named through a
# computed property only, crypto.js throws a clear error instead.
case " $have " in *" crypto "*)
	if cut -f2 "$work/files" | tr '\n' '\0' |
		xargs -0 grep -qE "\b(createPublicKey|createPrivateKey|createSign|createVerify)\b|\.(sign|verify)\b" 2>/dev/null; then
		netsyms="$netsyms -u runtime_crypto_pk_init"
	fi ;;
esac
case " $have " in *" zlib "*) netsyms="$netsyms -u runtime_zlib_init" ;; esac
# worker_threads: the other cores' isolates (js/binding_worker.c)
case " $have " in *" worker_threads "*) netsyms="$netsyms -u runtime_worker_natives" ;; esac
# cluster with the network: core 0's listeners and the workers' remote
# connections (js/binding_cluster.c)
case " $have " in *" cluster "*)
	case " $netsyms " in *" runtime_tcp_init "*) netsyms="$netsyms -u runtime_cluster_natives" ;; esac ;;
esac

# ---- the Unicode property tables of regular expressions (build/gen/
# uniprops.c, about 56 KB) only where a packed source (the app's or a core
# module's) mentions \p{ or \P{, written as a regex literal or escaped in
# a string ('\\p{', '\x5cp{', '\u005cp{'); the engine reaches them
# through a weak symbol. A pattern assembled some other way ('\\' + 'p')
# in an image without them is a SyntaxError that names --unicode-properties.
if [ "$uniprops" = 1 ] || { cut -f2 "$work/files"; cut -f2 "$work/core.files"; } | tr '\n' '\0' |
	xargs -0 grep -qE '(\\|x5[cC]|u005[cC]|u\{5[cC]\})[pP]([{]|x7[bB]|u007[bB])' 2>/dev/null; then
	netsyms="$netsyms -u regexp_uniprop"
fi

# ---- link twice: the second time with a symbol table for backtraces.
# kernel.ld puts that table after all code, so the code cannot move.
link() {
	ld -nostdlib -static -no-pie -z max-page-size=4096 -z noexecstack --gc-sections \
		-T "$top/arch/x86_64/kernel.ld" -o "$1" $netsyms "$work/bundle.o" "$work/bundle_code.o" "$work/bundle_lib.o" "$work/bundle_lib_code.o" "$work/fs.o" $2 \
		--start-group "$top/build/libunijs.a" "$top/build/libmujs.a" "$top/build/libm.a" \
		"$top/build/liblwip.a" "$top/build/libhttp_parser.a" \
		"$top/build/libmbedcrypto.a" "$top/build/libz.a" --end-group
}
link "$work/pass1.elf" ""
nm -n --defined-only "$work/pass1.elf" | awk '$2 ~ /^[Tt]$/ { print $1, $3 }' >"$work/syms"
awk 'BEGIN { print "\t.section .ksyms, \"a\"\n\t.balign 8\n\t.globl ksyms_table, ksyms_count, ksyms_names" }
     { a[NR] = $1; n[NR] = $2 }
     END {
	print "ksyms_count: .quad " NR
	print "ksyms_table:"
	off = 0
	for (i = 1; i <= NR; i++) { print "\t.long 0x" a[i] ", " off; off += length(n[i]) + 1 }
	print "ksyms_names:"
	for (i = 1; i <= NR; i++) print "\t.asciz \"" n[i] "\""
     }' "$work/syms" >"$work/ksyms.S"
gcc -c "$work/ksyms.S" -o "$work/ksyms.o"
link "$work/$name.debug.elf" "$work/ksyms.o"
nm -n --defined-only "$work/$name.debug.elf" | awk '$2 ~ /^[Tt]$/ { print $1, $3 }' >"$work/syms2"
cmp -s "$work/syms" "$work/syms2" || code=3 die "internal: code moved between link passes"

# The multiboot loader copies the file from load_addr on: every loadable
# segment must sit in the file at the same distance from its address.
first=
readelf -lW "$work/$name.debug.elf" | awk '$1 == "LOAD" { print $2, $3 }' >"$work/loads"
while read -r off vaddr; do
	d=$((vaddr - off))
	[ -z "$first" ] && first=$d
	[ "$d" = "$first" ] || code=3 die "internal: loadable segments are not contiguous in the file"
done <"$work/loads"

strip -s -o "$out/$name.elf" "$work/$name.debug.elf"

report() {
	say "$1  $(stat -c %s "$1") bytes  sha256 $(sha256sum "$1" | cut -d' ' -f1)"
	echo "image: $1  $(stat -c %s "$1") bytes" >>"$work/report.txt"
}
# ---- the report: bundle.js's part (modules, polyfills), then the core
# modules and the images
{
	awk -F'\t' '{ s += $2; b += $3 } END { printf "\napp modules precompiled: %d, %d bytes (their sources, %d bytes, are packed as well: fs reads them)\n", NR, b, s }' "$work/bc/app.sizes"
	[ ! -s "$work/bc/app.err" ] || { echo "app modules left as source (they throw at require):"; sed 's/^/  /' "$work/bc/app.err"; }
	printf '\ncore modules: %s files, %s bytes packed precompiled (scripts/jsbc.c; compacted source, scripts/compact.js: %s bytes)\n' \
		"$(echo $have | wc -w)" "$(awk -F'\t' '{ b += $3 } END { print b }' "$work/bc/lib.sizes")" \
		"$(awk -F'\t' '{ s += $2 } END { print s }' "$work/bc/lib.sizes")"
	while IFS='	' read -r m src bc; do
		printf '  %-30s %8s\n' "$m" "$bc"
	done <"$work/bc/lib.sizes"
	[ -z "$netsyms" ] || echo "network stack: linked"
	echo
} >>"$work/report.txt"
sed -i "1i unijs image $name: app $appdir, main $main" "$work/report.txt"
report "$out/$name.elf"

if [ "$iso" = 1 ]; then
	mkdir -p "$work/iso/boot/grub"
	cp "$out/$name.elf" "$work/iso/boot/$name.elf"
	# GRUB passes the words after the file name only: the first word is
	# the kernel's path, as QEMU -kernel gives it (lib/cmdline.c skips
	# it). Each word in GRUB's single quotes; GRUB hands it on escaped.
	node -e '
const [tpl, name, words] = process.argv.slice(1);
const q = w => "\x27" + w.replace(/\x27/g, "\x27\\\x27\x27") + "\x27";
const line = JSON.parse(words).map(q).join(" ");
process.stdout.write(require("fs").readFileSync(tpl, "utf8").split("@NAME@").join(name).split("@CMDLINE@").join(line));
' "$top/templates/grub.cfg" "$name" "$cmdwords" >"$work/iso/boot/grub/grub.cfg"
	# Fixed dates make the ISO reproducible (xorriso and GRUB honour this).
	SOURCE_DATE_EPOCH=1700000000 grub-mkrescue -o "$out/$name.iso" "$work/iso" \
		-- -volume_date c =1700000000 -volume_date m =1700000000 -volume_date uuid 2023111422133200 \
		-volume_date all_file_dates =1700000000 >"$work/grub.log" 2>&1 ||
		{ cat "$work/grub.log" >&2; code=3 die "grub-mkrescue failed"; }
	case ,$formats, in *,raw,*) cp "$out/$name.iso" "$out/$name.img"; report "$out/$name.img" ;; esac
	case ,$formats, in *,qcow2,*)
		command -v qemu-img >/dev/null || code=3 die "--format qcow2 needs qemu-img (Debian: qemu-utils)"
		rm -f "$out/$name.qcow2"
		qemu-img convert -f raw -O qcow2 "$out/$name.iso" "$out/$name.qcow2" || code=3 die "qemu-img failed"
		report "$out/$name.qcow2" ;;
	esac
	case ,$formats, in *,iso,*) report "$out/$name.iso" ;; *) rm -f "$out/$name.iso" ;; esac
fi

cp "$work/report.txt" "$out/$name.report.txt"
say "$out/$name.report.txt"
[ "$showreport" = 0 ] || cat "$out/$name.report.txt"

if [ "$run" = 1 ]; then
	eval "set -- $qargs"
	exec sh "$top/scripts/run.sh" $fwd --append "$cmdline" "$out/$name.elf" -- "$@"
fi
