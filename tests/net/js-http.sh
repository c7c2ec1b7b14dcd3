#!/bin/sh
# Network tests of the JavaScript net/http modules: tests/net/js-app booted
# under QEMU (user networking, port forwards on 127.0.0.1), driven from the
# host by tests/net/js_client.py; then examples/http-client fetching from a
# python3 server on the host's 127.0.0.1 (10.0.2.2 from the guest).
# Prints "ok - NAME" / "not ok - NAME" lines.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
pids=
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT

notok() { echo "not ok - $1"; shift; for w; do echo "#   $w"; done; }
freeport() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# waits until 127.0.0.1:$1 answers HTTP (up to $2 seconds)
wait_http() {
	python3 - "$1" "$2" <<'PY'
import sys, time, http.client
port, limit = int(sys.argv[1]), float(sys.argv[2])
end = time.time() + limit
while time.time() < end:
    try:
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=2)
        c.request('GET', '/')
        c.getresponse().read()
        sys.exit(0)
    except Exception:
        time.sleep(0.2)
sys.exit(1)
PY
}

out=$top/build/test
if ! "$top/mkimage.sh" -q --no-iso -o "$out" -n js-app "$top/tests/net/js-app" >"$T/mk.log" 2>&1 ||
   ! "$top/mkimage.sh" -q --no-iso -o "$out" -n http-client "$top/examples/http-client" >>"$T/mk.log" 2>&1; then
	notok "js-net: build the images" "$(tail -5 "$T/mk.log")"
	exit 0
fi

ph=$(freeport) pe=$(freeport)
sh "$top/scripts/run.sh" --timeout 300 --mem 64M --fwd "$ph:8080" --fwd "$pe:7" "$out/js-app.elf" >"$T/app.out" 2>&1 &
pids="$pids $!"
if wait_http "$ph" 60; then
	python3 "$top/tests/net/js_client.py" "$ph" "$pe"
else
	notok "js-http: the app answers" "$(tail -5 "$T/app.out")"
fi

# examples/http-client against a host server
ps=$(freeport)
mkdir -p "$T/www"
python3 -c 'import os; open(os.path.join(os.sys.argv[1], "data.bin"), "wb").write(bytes(range(256)) * 4096)' "$T/www"
printf 'hello from the host\n' >"$T/www/hello.txt"
(cd "$T/www" && exec python3 -m http.server --bind 127.0.0.1 "$ps") >"$T/srv.log" 2>&1 &
pids="$pids $!"
sleep 1
# (a forward of an unused port: run.sh gives the guest a NIC only with one)
pn=$(freeport)
sh "$top/scripts/run.sh" --timeout 120 --fwd "$pn:9" "$out/http-client.elf" -- "http://10.0.2.2:$ps/hello.txt" >"$T/c1.out" 2>&1
rc=$?
if [ "$rc" = 0 ] && grep -q '^status 200 OK' "$T/c1.out" && grep -q '^hello from the host' "$T/c1.out"; then
	echo "ok - js-http: http-client example fetches from the host"
else
	notok "js-http: http-client example fetches from the host" "exit $rc" "$(tr -d '\r' <"$T/c1.out" | tail -5)"
fi
sh "$top/scripts/run.sh" --timeout 120 --fwd "$pn:9" "$out/http-client.elf" -- "http://10.0.2.2:$ps/data.bin" >"$T/c2.out" 2>&1
rc=$?
if [ "$rc" = 0 ] && tr -d '\r' <"$T/c2.out" | grep -qx 'bytes 1048576'; then
	echo "ok - js-http: http-client example fetches 1 MB from the host"
else
	notok "js-http: http-client example fetches 1 MB from the host" "exit $rc" "$(tr -d '\r' <"$T/c2.out" | tail -5)"
fi
