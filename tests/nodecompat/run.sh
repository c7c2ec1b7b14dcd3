#!/bin/sh
# tests/nodecompat/run.sh [--host] [PATTERN]: Node's own tests of crypto
# hashes/HMAC/PBKDF2/random and of zlib (test/parallel of Debian's nodejs
# source package, fetched by apt-get source) run in unijs images, each
# with tests/nodecompat/common as its ../common (the test's one require
# of it rewritten to ./common, so that the app is one directory); prints ok/not ok per test
# and the share that passes. A test passes when it exits 0. Not part of
# make test: it measures how far unijs is from Node (docs/node-tests.md).
#   --host    run on build/host/unijs-host instead of booting images (fast)
#   PATTERN   only tests whose file name matches (grep -E)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
ver=18.20.4+dfsg-1~deb12u2
src=$top/build/nodesrc
runner=image
[ "${1:-}" = --host ] && { runner=host; shift; }
pat=${1:-.}

if [ ! -d "$src/test/parallel" ]; then
	mkdir -p "$src/dl"
	(cd "$src/dl" && apt-get source --download-only -qq "nodejs=$ver" >/dev/null 2>&1) ||
		{ echo "cannot fetch nodejs=$ver (deb-src enabled? scripts/setup.sh does it)" >&2; exit 2; }
	tar -xJf "$src"/dl/nodejs_*.orig.tar.xz -C "$src" --strip-components=1 --wildcards \
		'*/test/parallel/test-crypto-hash*' '*/test/parallel/test-crypto-hmac*' \
		'*/test/parallel/test-crypto-pbkdf2*' '*/test/parallel/test-crypto-random*' \
		'*/test/parallel/test-crypto-secret-keygen*' '*/test/parallel/test-zlib*' ||
		{ echo "cannot unpack the nodejs source" >&2; exit 2; }
	rm -rf "$src/dl"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/common" "$top/build/nodecompat"
cp "$top/tests/nodecompat/common/index.js" "$work/app/common/index.js"
# fixtures are not packed: tests that read them fail (no such files)
printf "module.exports = { path: (...a) => '/fixtures/' + a.join('/'), readSync: () => { throw new Error('no fixtures in unijs images'); }, readKey: () => { throw new Error('no fixtures'); } };\n" >"$work/app/common/fixtures.js"

pass=0 fail=0
for t in $(ls "$src/test/parallel" | grep -E '^test-.*\.js$' | grep -E -- "$pat"); do
	n=${t%.js}
	rm -f "$work/app/"*.js
	# the app is one directory: ../common becomes ./common
	sed "s#require('\.\./common#require('./common#" "$src/test/parallel/$t" >"$work/app/$t"
	if [ $runner = host ]; then
		timeout 60 sh "$top/tests/host/host-runner.sh" "$work/app/$t" >"$work/out" 2>&1
	else
		timeout 120 sh "$top/tests/js/image-runner.sh" "$work/app/$t" >"$work/out" 2>&1
	fi
	rc=$?
	if [ $rc = 0 ]; then
		pass=$((pass + 1))
		echo "ok - $n"
	else
		fail=$((fail + 1))
		echo "not ok - $n (exit $rc): $(grep -m1 -E 'Error|Uncaught|Mismatched|expected' "$work/out" | cut -c1-150)"
	fi
done | tee "$top/build/nodecompat/$runner.txt"
p=$(grep -c '^ok' "$top/build/nodecompat/$runner.txt")
f=$(grep -c '^not ok' "$top/build/nodecompat/$runner.txt")
echo "$p of $((p + f)) of Node's tests pass ($runner)"
