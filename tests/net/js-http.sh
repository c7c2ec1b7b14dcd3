#!/bin/sh
# Network tests of the JavaScript net/http modules: tests/net/js-app booted
# once under QEMU (user networking, port forwards on 127.0.0.1) and driven
# from the host by tests/net/js_client.py through every check; then one
# boot of examples/http-client fetching two files (a short one and 1 MB)
# from a python3 server on the host's 127.0.0.1 (10.0.2.2 from the guest),
# which must then exit 0 by itself. Prints "ok - NAME" / "not ok - NAME".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
pids=
# stop a booted image: run.sh's child is timeout(1), which passes the
# signal on to QEMU (killing run.sh alone would leave QEMU running)
cleanup() {
	for p in $pids; do stop_image "$p"; done
	rm -rf "$T"
}
trap cleanup EXIT

. "$top/tests/lib.sh"
# js_client.py's 12 checks, the http-client example's 3, zc-app's 3
plan 22
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

out=${UNIJS_TEST_OUT:-$top/build/test}
if ! "$top/mkimage.sh" -q --no-iso -o "$out" -n js-app "$top/tests/net/js-app" >"$T/mk.log" 2>&1 ||
   ! "$top/mkimage.sh" -q --no-iso -o "$out" -n http-client "$top/examples/http-client" >>"$T/mk.log" 2>&1 ||
   ! "$top/mkimage.sh" -q --no-iso -o "$out" -n stream-app "$top/tests/net/stream-app" >>"$T/mk.log" 2>&1 ||
   ! "$top/mkimage.sh" -q --no-iso -o "$out" -n zc-app "$top/tests/net/zc-app" >>"$T/mk.log" 2>&1; then
	notok "js-net: build the images" "$(tail -5 "$T/mk.log")"
	finish
fi

ph=$(freeport) pe=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 180) --mem 64M --fwd "$ph:8080" --fwd "$pe:7" "$out/js-app.elf" >"$T/app.out" 2>&1 &
app=$!
pids="$pids $app"
if wait_http "$ph" "$(guard 170)"; then
	f0=$(failures)
	python3 "$top/tests/net/js_client.py" "$ph" "$pe" 2>&1 | relay
	# a failed check shows what the guest said last
	[ "$(failures)" = "$f0" ] || tr -d '\r' <"$T/app.out" | tail -8 | sed 's/^/#   guest: /'
else
	notok "js-http: the app answers" "$(tail -5 "$T/app.out")"
fi
stop_image "$app"

# request bodies as streams (tests/net/stream-app): a fresh boot, since its
# first check is about the first request the image ever sees
pst=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 300) --mem 64M --fwd "$pst:8080" "$out/stream-app.elf" >"$T/st.out" 2>&1 &
app=$!
pids="$pids $app"
# ready when it says so on its console (no request may come first)
i=0
while [ $i -lt $(guard 300) ] && ! grep -q 'stream-app: http on 8080' "$T/st.out"; do sleep 0.2; i=$((i + 1)); done
if grep -q 'stream-app: http on 8080' "$T/st.out"; then
	python3 "$top/tests/net/js_stream.py" "$pst" 2>&1 | relay
else
	# the four checks of js_stream.py, none of which could run
	for c in 1 2 3 4; do notok "js-stream: check $c of 4: the app never listened" "$(tail -5 "$T/st.out")"; done
fi
stop_image "$app"

# zero-copy transmit (tests/net/zc-app): 1 MB bodies sent from the JS
# Buffer, byte-exact, twice from the same Buffer, and from one the app
# overwrites in its write callback; then the log=debug transmit counters
# must show the bytes went out without lwIP's copy and without the copy
# into the ring (all but headers and short frames)
pz=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 300) --mem 64M --fwd "$pz:8080" "$out/zc-app.elf" log=debug >"$T/zc.out" 2>&1 &
app=$!
pids="$pids $app"
if wait_http "$pz" "$(guard 170)"; then
	if python3 - "$pz" >"$T/zc.txt" 2>&1 <<'PY'
import http.client, sys
def pattern(seed):
    return bytes(((i * 7 + seed + (i >> 10)) & 255) for i in range(1024 * 1024))
c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=120)
for path, seed in (('/big', 1), ('/big', 1), ('/mut', 2), ('/big', 1)):
    c.request('GET', path)
    r = c.getresponse()
    body = r.read()
    if r.status != 200 or body != pattern(seed):
        sys.exit('%s: status %d, %d bytes, %s' % (path, r.status, len(body),
                 'intact' if body == pattern(seed) else 'differs'))
print('ok')
PY
	then
		ok "js-http: zero copy: 1 MB Buffer bodies arrive intact, also one overwritten in its write callback"
	else
		notok "js-http: zero copy: 1 MB Buffer bodies arrive intact, also one overwritten in its write callback" "$(tail -3 "$T/zc.txt")"
	fi
	# the counters are printed each second: wait for a line that counts all
	# four bodies (a hang guard, not a timing)
	i=0
	while [ $i -lt $(guard 60) ]; do
		tr -d '\r' <"$T/zc.out" | grep 'net: tx frames' | tail -1 >"$T/zc.line"
		python3 -c 'import re,sys; m=re.search(r"bytes (\d+);", open(sys.argv[1]).read()); sys.exit(0 if m and int(m.group(1)) > 4 << 20 else 1)' "$T/zc.line" && break
		sleep 1
		i=$((i + 1))
	done
	if python3 - "$T/zc.line" <<'PY'
import re, sys
m = re.search(r'bytes (\d+); copies: by tcp_write (\d+), into the ring (\d+); sent where they lay (\d+), written without copy (\d+)', open(sys.argv[1]).read())
if not m:
    sys.exit('no counters line')
sent, tw, ring, sg, nc = map(int, m.groups())
print('sent %d, copied by tcp_write %d, into the ring %d, sent where they lay %d, written without copy %d' % (sent, tw, ring, sg, nc))
sys.exit(0 if nc >= 4 << 20 and tw * 20 < sent and ring * 20 < sent and sg * 10 > sent * 9 else 1)
PY
	then
		ok "js-http: zero copy: under 5% of the bytes sent were copied (lwIP, ring)"
	else
		notok "js-http: zero copy: under 5% of the bytes sent were copied (lwIP, ring)" "$(cat "$T/zc.line")"
	fi
	# still serving after all that (pins released, nothing broken)
	if python3 -c 'import http.client,sys; c=http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=60); c.request("GET", "/big"); r=c.getresponse(); sys.exit(0 if r.status == 200 and len(r.read()) == 1 << 20 else 1)' "$pz"; then
		ok "js-http: zero copy: a new connection is served after the zero-copy bodies"
	else
		notok "js-http: zero copy: a new connection is served after the zero-copy bodies" "$(tail -5 "$T/zc.out")"
	fi
else
	for c in "1 MB Buffer bodies arrive intact, also one overwritten in its write callback" "under 5% of the bytes sent were copied (lwIP, ring)" "a new connection is served after the zero-copy bodies"; do
		notok "js-http: zero copy: $c" "the app never answered" "$(tail -5 "$T/zc.out")"
	done
fi
stop_image "$app"

# examples/http-client against a host server: both files in one boot; the
# image must end by itself once its sockets are closed (exit 0, not 124)
ps=$(freeport)
mkdir -p "$T/www"
python3 -c 'import os; open(os.path.join(os.sys.argv[1], "data.bin"), "wb").write(bytes(range(256)) * 4096)' "$T/www"
printf 'hello from the host\n' >"$T/www/hello.txt"
(cd "$T/www" && exec python3 -m http.server --bind 127.0.0.1 "$ps") >"$T/srv.log" 2>&1 &
pids="$pids $!"
wait_listen "$ps"
# (a forward of an unused port: run.sh gives the guest a NIC only with one)
pn=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 180) --fwd "$pn:9" "$out/http-client.elf" -- \
	"http://10.0.2.2:$ps/hello.txt" "http://10.0.2.2:$ps/data.bin" >"$T/c.out" 2>&1
rc=$?
tr -d '\r' <"$T/c.out" >"$T/c.txt"
if grep -q '^status 200 OK' "$T/c.txt" && grep -q '^hello from the host' "$T/c.txt"; then
	ok "js-http: http-client example fetches from the host"
else
	notok "js-http: http-client example fetches from the host" "$(tail -5 "$T/c.txt")"
fi
if grep -qx 'bytes 1048576' "$T/c.txt"; then
	ok "js-http: http-client example fetches 1 MB from the host"
else
	notok "js-http: http-client example fetches 1 MB from the host" "$(tail -5 "$T/c.txt")"
fi
if [ "$rc" = 0 ]; then
	ok "js-http: http-client example exits 0 once its sockets are closed"
else
	notok "js-http: http-client example exits 0 once its sockets are closed" "exit $rc" "$(tail -3 "$T/c.txt")"
fi
finish
