#!/bin/bash
# tests/node-suite/run.sh [PATTERN...]: Node's own tests for streams and
# string_decoder (test/parallel/test-stream*.js, test-string-decoder*.js
# from Debian's nodejs source package) run under node and under unijs's
# host build (build/host/unijs-host, the runtime the images run, packed as
# tests/host/host-runner.sh packs), with tests/node-suite/common.js in place
# of Node's test/common. Prints each test unijs fails and the share that
# passes on both. Not part of `make test` (it downloads ~30 MB once and
# takes minutes); docs/stream.md has the latest figures.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=$top/build/node-suite
mkdir -p "$dir/src" "$dir/logs"
if ! ls "$dir"/src/nodejs_*.orig.tar.xz >/dev/null 2>&1; then
	(cd "$dir/src" && apt-get source --download-only nodejs >/dev/null) || { echo "apt-get source nodejs failed" >&2; exit 1; }
fi
if [ ! -d "$dir/app/test/parallel" ]; then
	tar -xJf "$dir"/src/nodejs_*.orig.tar.xz -C "$dir/src" --wildcards '*/test/parallel/test-stream*' '*/test/parallel/test-string-decoder*'
	mkdir -p "$dir/app/test"
	mv "$dir"/src/node-v*/test/parallel "$dir/app/test/"
fi
mkdir -p "$dir/app/test/common"
cp "$top/tests/node-suite/common.js" "$dir/app/test/common/index.js"
make -s -C "$top" build/host/unijs-host || exit 1
if [ $# -gt 0 ]; then pats=("$@"); else pats=('test-stream*' 'test-string-decoder*'); fi
total=0 node_ok=0 ours_ok=0
for p in "${pats[@]}"; do
	for f in "$dir"/app/test/parallel/$p.js; do
		[ -f "$f" ] || continue
		n=$(basename "$f" .js)
		total=$((total + 1))
		(cd "$dir/app/test/parallel" && timeout 30 node "$n.js" >/dev/null 2>&1) && node_ok=$((node_ok + 1))
		w=$(mktemp -d)
		rc=99
		if node "$top/scripts/bundle.js" --allow-missing "$dir/app" "test/parallel/$n.js" "$w" >"$dir/logs/$n.log" 2>&1; then
			(cd "$dir/app/test/parallel" && timeout 30 "$top/build/host/unijs-host" --bundle "$w" >>"$dir/logs/$n.log" 2>&1)
			rc=$?
		fi
		rm -rf "$w"
		if [ $rc = 0 ]; then ours_ok=$((ours_ok + 1)); else echo "fails: $n (see build/node-suite/logs/$n.log)"; fi
	done
done
echo "$total tests: $node_ok pass under node $(node -v) with this common.js, $ours_ok under unijs"
