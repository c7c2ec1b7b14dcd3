#!/bin/bash
# tests/packages/run.sh [--host|--image] [NAME...]: real npm packages,
# Node as the oracle.
#
# The packages are pinned by tests/packages/package-lock.json and installed
# with npm ci into build/packages (never into the repository). For each
# program tests/packages/progs/NAME.js (all, or the NAMEs given), runs it
# under node and under unijs, stdout and stderr merged as on the kernel's
# one console, TZ=UTC, and compares output and exit status:
#   --image  (default) the programs are built with mkimage.sh, as a user
#            builds an app (no --allow-missing), and booted (QEMU)
#   --host   packed the same way (scripts/bundle.js) and run on Linux by
#            build/host/unijs-host: the same JavaScript, in seconds
# A program whose header has a line
#   // todo: REASON
# is a known difference until REASON (an engine or core module gap) is
# fixed: its failure prints "ok - NAME # TODO REASON" (counted as a known
# difference, not a pass); once it passes it prints "not ok - NAME" telling
# to remove the todo line, so that a fixed package is noticed and then kept
# working. tests/packages/STATUS.md says where each failing package stops
# first.
# A program with a line
#   // host-only: REASON
# runs on the host in both modes and counts as any other (the same
# JavaScript engine; REASON says why not in an image, e.g. speed).
# In image mode (make test) a todo program runs on the host (the same
# JavaScript and engine, in seconds): building and booting each of them
# would cost minutes of make test on a loaded machine for a known failure.
# Prints its plan first and ends with "N passed, N failed"; exits non-zero
# on a failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# the images this suite builds (tests/run.sh gives each lane its own)
imgdir=${UNIJS_TEST_OUT:-$top/build/test}
mode=image
case ${1:-} in --host) mode=host; shift ;; --image) shift ;; esac
work=$top/build/packages
mkdir -p "$work"

# ---- install (only when the lockfile changed)
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -f "$work/node_modules/.package-lock.json" ]; then
	cp "$here/package.json" "$here/package-lock.json" "$work/"
	if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
		echo "not ok - packages: npm ci failed"
		sed 's/^/#   /' "$work/npm.log" | tail -5
		echo "0 passed, 1 failed"
		exit 1
	fi
fi

# jscheck too: without it scripts/bundle.js takes every file for one mujs
# parses and lowers none (a program in modern syntax then fails to parse)
if [ ! -x "$top/build/host/unijs-host" ] || [ ! -x "$top/build/host/jscheck" ]; then
	make -s -C "$top" build/host/unijs-host build/host/jscheck >&2 || exit 2
fi

if [ $# -gt 0 ]; then names=("$@"); else
	names=()
	for p in "$here"/progs/*.js; do names+=("$(basename "$p" .js)"); done
fi
echo "1..${#names[@]}"
pass=0 fail=0 todo=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# In image mode the programs that boot are built into one image, as a user
# builds an app (mkimage.sh, no --allow-missing), each an entry
# (--entry) booted on its own with main=/app/NAME.js: one build instead of
# one per program (most of a program's time under TCG). Should that build
# fail, each program is built alone, so that the one that fails says so.
suite=
if [ "$mode" = image ]; then
	entries=()
	for name in "${names[@]}"; do
		prog=$here/progs/$name.js
		[ -f "$prog" ] && ! grep -qE '^// (todo|host-only):' "$prog" || continue
		cp "$prog" "$work/$name.js"
		entries+=("$name.js")
	done
	if [ ${#entries[@]} -ge 2 ]; then
		set --
		for e in "${entries[@]:1}"; do set -- "$@" --entry "$e"; done
		if "$top/mkimage.sh" -q --no-iso -o "$imgdir" -n pkg-suite "$@" "$work/${entries[0]}" >"$tmp/suite.build" 2>&1; then
			suite=" ${entries[*]} "
		fi
	fi
fi
for name in "${names[@]}"; do
	prog=$here/progs/$name.js
	[ -f "$prog" ] || { echo "not ok - $name"; echo "#   no program $prog"; fail=$((fail + 1)); continue; }
	# the program sits beside node_modules, as an app's main module does
	cp "$prog" "$work/$name.js"
	reason=$(sed -n 's|^// todo: *||p' "$prog" | head -1)
	(cd "$work" && TZ=UTC timeout 60 node "$name.js" >"$tmp/node" 2>&1)
	node_rc=$?
	why=
	hostonly=$(sed -n 's|^// host-only: *||p' "$prog" | head -1)
	how=$mode
	[ -n "$hostonly" ] || [ -n "$reason" ] && how=host
	if [ "$how" = host ]; then
		b=$tmp/bundle.$name
		rm -rf "$b"
		mkdir -p "$b"
		if node "$top/scripts/bundle.js" "$work" "$name.js" "$b" >"$tmp/build" 2>&1; then
			(cd "$work" && TZ=UTC timeout $((120 * ${UNIJS_TEST_SLACK:-5})) "$top/build/host/unijs-host" --bundle "$b" >"$tmp/ours" 2>&1)
			ours_rc=$?
		else
			why="build failed: $(grep -v warning: "$tmp/build" | head -1)"
		fi
	else
		elf=$imgdir/pkg-$name.elf main=
		case $suite in *" $name.js "*) elf=$imgdir/pkg-suite.elf main=main=/app/$name.js ;; esac
		if [ -n "$main" ] && cp "$tmp/suite.build" "$tmp/build" ||
			"$top/mkimage.sh" -q --no-iso -o "$imgdir" -n "pkg-$name" "$work/$name.js" >"$tmp/build" 2>&1; then
			sh "$top/scripts/run.sh" --timeout $((120 * ${UNIJS_TEST_SLACK:-5})) "$elf" $main >"$tmp/raw" 2>&1
			ours_rc=$?
			tr -d '\r' <"$tmp/raw" >"$tmp/ours"
		else
			why="build failed: $(grep -v warning: "$tmp/build" | head -1)"
		fi
	fi
	# kept for a look: build/packages/out/NAME.{node,ours,build}
	mkdir -p "$work/out"
	cp "$tmp/node" "$work/out/$name.node"
	cp "$tmp/build" "$work/out/$name.build"
	[ -f "$tmp/ours" ] && cp "$tmp/ours" "$work/out/$name.ours"
	if [ -z "$why" ] && ! cmp -s "$tmp/node" "$tmp/ours"; then
		why="output differs (--- node, +++ ours)"
	fi
	if [ -z "$why" ] && [ "$node_rc" != "$ours_rc" ]; then
		why="exit status: node $node_rc, ours $ours_rc"
	fi
	if [ -z "$why" ] && [ -n "$reason" ]; then
		echo "not ok - $name"
		echo "#   a known difference that passes now: remove the todo line from tests/packages/progs/$name.js and STATUS.md"
		fail=$((fail + 1))
	elif [ -z "$why" ]; then
		if [ -n "$hostonly" ] && [ "$mode" = image ]; then echo "ok - $name (on the host: $hostonly)"; else echo "ok - $name"; fi
		pass=$((pass + 1))
	elif [ -n "$reason" ]; then
		echo "ok - $name # TODO $reason"
		todo=$((todo + 1))
	else
		echo "not ok - $name"
		echo "#   $why"
		[ -f "$tmp/ours" ] && diff -u "$tmp/node" "$tmp/ours" | tail -n +3 | head -12 | sed 's/^/#   /'
		fail=$((fail + 1))
	fi
	rm -f "$tmp/ours"
done
echo "$((pass + todo)) passed, $fail failed"
[ "$fail" -eq 0 ]
