#!/bin/sh
# The HTTP examples, booted and queried from the host through a port
# forward (all traffic on 127.0.0.1): http-hello (the `make run` app) and
# npm-app, whose pages must be byte for byte what the same app serves under
# node on the host.
. "$(dirname "$0")/../boot/lib.sh"
export UNIJS_ACCEL=${UNIJS_ACCEL:-$(sh "$top/scripts/accel.sh")}
plan 5
P1=$(freeport) P2=$(freeport) P3=$(freeport)

# serve NAME PORT [WORD...]: boot $out/NAME.elf in the background with host
# PORT forwarded to guest 8080 (kernel words after), wait until it answers;
# the QEMU pid is in $pid
serve() {
	_n=$1 _p=$2
	shift 2
	sh "$top/scripts/run.sh" --timeout $(guard 120) --fwd "$_p:8080" "$out/$_n.elf" "$@" >"$T/$_n.serve" 2>&1 &
	pid=$!
	i=0
	# a probe that reached the app is waited for (npm-app counts the pages
	# it renders: a probe given up on after it was counted put the guest
	# one page ahead of node on a loaded machine); one that finds nothing
	# listening yet ends at once
	until curl -s -o /dev/null --max-time $(guard 60) "http://127.0.0.1:$_p/"; do
		i=$((i + 1))
		# as long as the guest runs (run.sh's time limit ends it): a
		# loaded machine boots slowly, and that is no failure
		if ! kill -0 $pid 2>/dev/null; then
			return 1
		fi
		sleep 0.5
	done
}
stop() {
	pkill -P "$pid" 2>/dev/null
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
}

image http-hello "$top/examples/http-hello" --no-iso || notok "build http-hello" "$(cat "$T/mk.http-hello")"
if serve http-hello $P1; then
	body=$(curl -s --max-time 30 http://127.0.0.1:$P1/any/path)
	[ "$body" = "Hello from unijs" ] && ok "http-hello answers curl" || notok "http-hello answers curl" "got '$body'"
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X POST --data 'x=1' http://127.0.0.1:$P1/)
	[ "$code" = 200 ] && ok "http-hello answers a POST" || notok "http-hello answers a POST" "status $code"
	# Garbage: 60 connections of random bytes (a fixed seed), some cut off
	# mid-way, some half a request line; the service must keep serving.
	python3 - "$P1" <<'PY' >"$T/garbage.log" 2>&1
import random, socket, sys
port = int(sys.argv[1]); rnd = random.Random(7); statuses = {}
for i in range(60):
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    kind = i % 3
    if kind == 0:
        data = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(1, 4096)))
    elif kind == 1:
        data = b"GET /" + bytes(rnd.choice(b"%\x00\r\n :/?#") for _ in range(200)) + b" HTTP/1.1\r\n\r\n"
    else:
        data = b"POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n" + b"x" * rnd.randint(0, 5000)
    try:
        s.sendall(data)
        if kind != 2:
            s.shutdown(socket.SHUT_WR)
        # a complete request is answered however slow the machine is; a
        # cut-off body is not answered at all (the server waits for it)
        s.settimeout(0.5 if kind == 2 else 60)
        reply = s.recv(64)
        st = reply.split(b" ")[1].decode() if reply.startswith(b"HTTP/1.1 ") else ("closed" if not reply else "other")
    except OSError:
        st = "reset-or-timeout"
    statuses[st] = statuses.get(st, 0) + 1
    s.close()
print(sorted(statuses.items()))
PY
	body=$(curl -s --max-time 30 http://127.0.0.1:$P1/after-garbage)
	if [ "$body" = "Hello from unijs" ] && grep -q "'400'" "$T/garbage.log"; then
		ok "http-hello answers 400 to garbage and keeps serving"
	else
		notok "http-hello answers 400 to garbage and keeps serving" "$(cat "$T/garbage.log")" "then got '$body'"
	fi
	stop
else
	notok "http-hello answers curl" "never answered" "$(tail -5 "$T/http-hello.serve")"
fi

# trace=http (lib/trace.h): the boot and network stamps, in the order they
# happen, reported after the first answer went out
P4=$(freeport)
if serve http-hello $P4 ip=10.0.2.15 gw=10.0.2.2 trace=http; then
	i=0
	until grep -q 'http-trace:.*tsc_hz=' "$T/http-hello.serve" || [ $i -gt $(guard 40) ]; do i=$((i + 1)); sleep 0.1; done
	stop
	tr -d '\r' <"$T/http-hello.serve" | grep 'http-trace:' >"$T/trace" || :
	if python3 - "$T/trace" <<'PY'
import re, sys
line = open(sys.argv[1]).read()
st = dict((k, float(v)) for k, v in re.findall(r' ([a-z][a-z ]*)=([0-9.]+)us', line))
want = ['entry', 'memory ready', 'interrupts ready', 'nic up', 'js state ready', 'first app statement',
        'net up', 'listen', 'main done', 'first rx', 'first syn', 'first data sent']
t = [st.get(k) for k in want]
sys.exit(0 if None not in t and t == sorted(t) and t[0] == 0 and re.search(r' tsc_entry=[0-9]+ tsc_hz=[0-9]+$', line.strip()) else 1)
PY
	then
		ok "http-hello with trace=http reports its boot and network phases in order"
	else
		notok "http-hello with trace=http reports its boot and network phases in order" "$(cat "$T/http-hello.serve")"
	fi
else
	notok "http-hello with trace=http reports its boot and network phases in order" "never answered" "$(tail -5 "$T/http-hello.serve")"
fi

# its dependencies are the app's to install (mkimage never runs npm)
[ -d "$top/examples/npm-app/node_modules" ] ||
	(cd "$top/examples/npm-app" && npm ci --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
image npm-app "$top/examples/npm-app" --no-iso || notok "build npm-app" "$(cat "$T/mk.npm-app")"
(cd "$top/examples/npm-app" && PORT=$P3 exec node server.js) >"$T/node.log" 2>&1 &
npid=$!
# node's server gets the same readiness probe (GET /) as the guest's
i=0
until curl -s -o /dev/null --max-time $(guard 60) http://127.0.0.1:$P3/ || [ $i -gt 400 ]; do i=$((i + 1)); sleep 0.25; done
if serve npm-app $P2; then
	# the same requests, in the same order, to both (the pages count them)
	for u in / /users/7 /users/42/settings '/nope?x=%3Cb%3E'; do
		curl -s --max-time 30 -w ' [%{http_code}]\n' "http://127.0.0.1:$P2$u" >>"$T/guest.html"
		curl -s --max-time 30 -w ' [%{http_code}]\n' "http://127.0.0.1:$P3$u" >>"$T/node.html"
	done
	if cmp -s "$T/guest.html" "$T/node.html" && grep -q 'User 7' "$T/guest.html"; then
		ok "npm-app serves the pages node serves"
	else
		notok "npm-app serves the pages node serves" "$(diff "$T/node.html" "$T/guest.html" | head -8)"
	fi
	stop
else
	notok "npm-app serves the pages node serves" "never answered" "$(tail -5 "$T/npm-app.serve")"
fi
kill $npid 2>/dev/null
wait $npid 2>/dev/null
finish
