#!/bin/sh
# dns and the wait for DHCP, in one boot with user networking: the app's
# first statement connects to the host (10.0.2.2) while DHCP is still
# running (it must wait for the address, not fail with EHOSTUNREACH), and
# looks a name up at once (it must wait for DHCP's DNS server),
# then looks up a name that cannot exist (ENOTFOUND from QEMU's DNS proxy,
# 10.0.2.3, which asks the host's resolver), and a name the host itself
# resolves (the guest must get one of the host's addresses; skipped when
# the host resolves no name). Results follow tests/lib.sh.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/lib.sh"
plan 5
T=$(mktemp -d)
pids=
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT

mkdir -p "$T/app" "$T/www"
cat >"$T/app/index.js" <<'JS'
var dns = require('dns');
var http = require('http');
var port = process.argv[2], name = process.argv[3];
dns.lookup('at-boot.invalid', function (e) { console.log('at boot', e && e.code); });
http.get('http://10.0.2.2:' + port + '/hello.txt', function (res) {
  var body = '';
  res.on('data', function (d) { body += d; });
  res.on('end', function () { console.log('first connect', res.statusCode, body.trim()); next(); });
}).on('error', function (e) { console.log('first connect error', e.code, e.message); next(); });
function next() {
  dns.lookup('no-such-host.invalid', function (e, a) {
    console.log('missing', e && e.code, e && e.message, a);
    http.get('http://also-missing.invalid:8080/').on('error', function (e3) {
      console.log('http by name', e3.code, e3.message);
      if (name !== '-') resolve();
    });
  });
}
function resolve() {
  dns.lookup(name, function (e2, address, family) {
    if (e2) console.log('resolve error', e2.code, e2.message);
    else console.log('resolved', address, family);
  });
}
JS
printf 'hello from the host\n' >"$T/www/hello.txt"
out=${UNIJS_TEST_OUT:-$top/build/test}
if ! "$top/mkimage.sh" -q --no-iso -o "$out" -n dns-app "$T/app" >"$T/mk.log" 2>&1; then
	notok "dns: build the image" "$(tail -5 "$T/mk.log")"
	exit 0
fi
ps=$(freeport)
(cd "$T/www" && exec python3 -m http.server --bind 127.0.0.1 "$ps") >"$T/srv.log" 2>&1 &
pids="$pids $!"
wait_listen "$ps"
# a name the host resolves to an IPv4 address, if any
name=- addrs=
for n in deb.debian.org registry.npmjs.org example.com; do
	addrs=$(timeout 10 getent ahostsv4 "$n" | awk '{ print $1 }' | sort -u)
	[ -n "$addrs" ] && { name=$n; break; }
done
pn=$(freeport)
sh "$top/scripts/run.sh" --timeout $(guard 90) --fwd "$pn:9" "$out/dns-app.elf" -- "$ps" "$name" >"$T/out.raw" 2>&1
rc=$?
tr -d '\r' <"$T/out.raw" >"$T/out"
grep -qx 'first connect 200 hello from the host' "$T/out" &&
	ok "dns: the first connection after boot waits for DHCP" ||
	notok "dns: the first connection after boot waits for DHCP" "$(tail -5 "$T/out")"
grep -qx 'at boot ENOTFOUND' "$T/out" &&
	ok "dns: a look-up at boot waits for DHCP's DNS server" ||
	notok "dns: a look-up at boot waits for DHCP's DNS server" "$(grep 'at boot' "$T/out")"
grep -qx 'missing ENOTFOUND getaddrinfo ENOTFOUND no-such-host.invalid undefined' "$T/out" &&
	grep -qx 'http by name ENOTFOUND getaddrinfo ENOTFOUND also-missing.invalid' "$T/out" &&
	ok "dns: a name that does not exist is ENOTFOUND" ||
	notok "dns: a name that does not exist is ENOTFOUND" "$(tail -5 "$T/out")"
if [ "$name" = - ]; then
	skip "dns: a name resolves as on the host" "the host resolves no name"
else
	got=$(sed -n 's/^resolved \([0-9.]*\) 4$/\1/p' "$T/out")
	if [ -n "$got" ] && echo "$addrs" | grep -qxF "$got"; then
		ok "dns: a name resolves as on the host"
	else
		notok "dns: a name resolves as on the host" "host: $name -> $(echo $addrs)" "$(tail -3 "$T/out")"
	fi
fi
[ "$rc" = 0 ] && ok "dns: the app exits 0 once done" || notok "dns: the app exits 0 once done" "exit $rc" "$(tail -3 "$T/out")"
finish
