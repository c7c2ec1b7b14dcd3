#!/bin/sh
# Precompiled modules (docs/internals.md "Precompiled modules", mujs 0150):
# an image's modules, the app's and the core's, are loaded from their
# compiled form, never parsed at boot, and behave as their source does.
#   - tests/boot/apps/precompiled loads app modules, core modules and a
#     JSON file; booted with trace=boot its exit report counts the modules
#     loaded precompiled and compiled from source: none from source;
#   - its output is node's (stack lines aside: then file:line, which must
#     be the source's lines), its own source read back through fs and a
#     file that does not parse and is never required (broken.js: packed
#     for fs, never compiled, and no reason to stop the build, as node
#     never parses it) included;
#   - the same image with the precompiled code's stamp changed (another
#     engine's) stops with an error that says so, not a misreading.
. "$(dirname "$0")/lib.sh"
plan 4

app=$top/tests/boot/apps/precompiled
image precompiled "$app" --no-iso || { notok "build precompiled" "$(cat "$T/mk.precompiled")"; finish; }

boot precompiled "$out/precompiled.elf" trace=boot
expect precompiled 0 '^module-trace: [1-9][0-9]* precompiled, 0 compiled from source$'

(cd "$app" && node index.js) >"$T/node.out" 2>&1
grep -vE '^(boot-trace|module-trace):|^    at ' "$T/precompiled.out" >"$T/ours"
grep -vE '^    at ' "$T/node.out" >"$T/theirs"
if cmp -s "$T/ours" "$T/theirs"; then ok "precompiled-output-is-node"; else
	notok "precompiled-output-is-node" "$(diff "$T/theirs" "$T/ours" | head -10)"; fi

# the first two frames, at the source's lines (node: a.js:3 and a.js:8)
if grep -qx '    at check (/app/lib/a.js:3)' "$T/precompiled.out" && grep -qx '    at fail (/app/lib/a.js:8)' "$T/precompiled.out" &&
	grep -q 'a.js:3:' "$T/node.out" && grep -q 'a.js:8:' "$T/node.out"; then
	ok "precompiled-stack-lines"
else
	notok "precompiled-stack-lines" "$(grep -E '^    at' "$T/precompiled.out" "$T/node.out")"
fi

# another engine's stamp ("\0mujs-bc" then the format number, whichever
# it is now: 2 since patches/mujs/0171): refused
cp "$out/precompiled.elf" "$T/stamp.elf"
perl -pi -e 's/\0mujs-bc[0-8]\//\0mujs-bc9\//g' "$T/stamp.elf"
if cmp -s "$out/precompiled.elf" "$T/stamp.elf"; then
	notok "precompiled-other-engine" "no stamp found in the image"
else
	boot precompiled-other-engine "$T/stamp.elf"
	if [ "$(cat "$T/precompiled-other-engine.rc")" != 0 ] &&
		grep -q 'precompiled code from another engine (stamp 9/.*, this engine [0-8]/.*): rebuild the image' "$T/precompiled-other-engine.out"; then
		ok "precompiled-other-engine"
	else
		notok "precompiled-other-engine" "exit $(cat "$T/precompiled-other-engine.rc")" "$(tail -3 "$T/precompiled-other-engine.out")"
	fi
fi
finish
