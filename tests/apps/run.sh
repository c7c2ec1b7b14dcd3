#!/bin/sh
# tests/apps/run.sh [APP...]: ordinary services built from real npm
# packages, driven over HTTP from the host, Node as the oracle.
#
# Each tests/apps/APP is an app directory (package.json, server.js, views,
# public files) listening on $PORT (8080 in the image). Its packages come
# from tests/packages/package-lock.json, installed by npm ci into
# build/packages (never into the repository); the app is staged in
# build/apps/APP with those node_modules hard-linked in, as an app
# directory with its dependencies installed looks. The same
# staged app runs under node on the host and, built by mkimage.sh as a user
# builds it, in an image under QEMU with a port forward; tests/apps/client.py
# sends APP/requests.txt to each, and the status lines, the headers that
# matter (content-type, content-length, etag, location, set-cookie, ...) and
# the bodies must be the same. The staged files get the modification time
# the image gives every packed file (1970-01-01), so that static files'
# ETag and Last-Modified can be compared too.
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
# the images this suite builds (tests/run.sh gives each lane its own)
imgdir=${UNIJS_TEST_OUT:-$top/build/test}
. "$top/tests/lib.sh"
if [ $# -gt 0 ]; then apps="$*"; else apps=$(cd "$here" && for d in */; do echo "${d%/}"; done); fi
plan $(echo $apps | wc -w)

T=$(mktemp -d)
pids=
cleanup() {
	for p in $pids; do
		pkill -P "$p" 2>/dev/null
		kill "$p" 2>/dev/null
	done
	rm -rf "$T"
}
trap cleanup EXIT

work=$top/build/packages
mkdir -p "$work"
if ! cmp -s "$top/tests/packages/package-lock.json" "$work/package-lock.json" || [ ! -f "$work/node_modules/.package-lock.json" ]; then
	cp "$top/tests/packages/package.json" "$top/tests/packages/package-lock.json" "$work/"
	if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
		rm -f "$work/package-lock.json"
		for a in $apps; do notok "app $a" "npm ci failed" "$(tail -3 "$work/npm.log")"; done
		finish
	fi
fi

# waits until 127.0.0.1:$1 accepts connections while process $2 lives
wait_port() {
	while kill -0 "$2" 2>/dev/null; do
		python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2).close()' "$1" 2>/dev/null && return 0
		sleep 0.3
	done
	return 1
}
stop() {
	pkill -P "$1" 2>/dev/null
	kill "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

for a in $apps; do
	stage=$top/build/apps/$a
	rm -rf "$stage"
	mkdir -p "$top/build/apps"
	cp -r "$here/$a" "$stage"
	find "$stage" -exec touch -h -d @0 {} +
	cp -al "$work/node_modules" "$stage/node_modules"
	# node on the host
	pn=$(freeport)
	(cd "$stage" && PORT=$pn exec node server.js) >"$T/$a.node.log" 2>&1 &
	npid=$!
	pids="$pids $npid"
	if ! wait_port "$pn" "$npid"; then
		notok "app $a answers as under node" "node did not start" "$(tail -5 "$T/$a.node.log")"
		continue
	fi
	python3 "$here/client.py" "$pn" "$here/$a/requests.txt" >"$T/$a.want" 2>&1
	stop "$npid"
	# the image
	if ! "$top/mkimage.sh" -q --no-iso -o "$imgdir" -n "app-$a" "$stage" >"$T/$a.mk" 2>&1; then
		notok "app $a answers as under node" "mkimage failed" "$(tail -5 "$T/$a.mk")"
		continue
	fi
	pi=$(freeport)
	sh "$top/scripts/run.sh" --timeout $(guard 900) --mem 64M --fwd "$pi:8080" "$imgdir/app-$a.elf" >"$T/$a.image.log" 2>&1 &
	ipid=$!
	pids="$pids $ipid"
	if ! wait_port "$pi" "$ipid"; then
		notok "app $a answers as under node" "the image did not listen" "$(tr -d '\r' <"$T/$a.image.log" | tail -8)"
		continue
	fi
	python3 "$here/client.py" "$pi" "$here/$a/requests.txt" >"$T/$a.got" 2>&1
	stop "$ipid"
	if cmp -s "$T/$a.want" "$T/$a.got"; then
		ok "app $a answers as under node ($(grep -c ' -> ' "$T/$a.want") requests)"
	else
		notok "app $a answers as under node" "--- node, +++ image" "$(diff -u "$T/$a.want" "$T/$a.got" | tail -n +3 | head -30)" \
			"image console: $(tr -d '\r' <"$T/$a.image.log" | tail -5)"
	fi
done
finish
