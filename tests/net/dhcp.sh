#!/bin/sh
# A connection made while the guest is still getting its address by DHCP
# is answered at once, not after the peer's SYN retransmission (net/netif.c
# "SYNs that come while DHCP binds"). QEMU's user network sends the SYNs
# it holds for the guest as soon as it sees the DHCP discover, before the
# guest has an address; lwIP dropped them and the host's client waited
# for slirp's retransmission, about 3 s later.
# The host's client starts first and connects as soon as QEMU opens the
# forwarded port; slirp keeps its SYN (up to 1 s, libslirp's ARP wait)
# until it learns the guest's address from the DHCP discover, which
# tests/net/dhcp-app sends ~100 ms into its run (15 ms of boot under KVM,
# some 150 ms under TCG: well inside that second). QEMU's filter-dump records the
# NIC's frames; the verdict is read from them, not from a clock: that
# connection's first SYN must be answered by the guest's SYN-ACK before
# any second SYN comes, and the guest must say it kept the SYN.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && stop_image "$pid"
	rm -rf "$T"
}
trap cleanup EXIT

. "$top/tests/lib.sh"
plan 3

out=${UNIJS_TEST_OUT:-$top/build/test}
if ! "$top/mkimage.sh" -q --no-iso -o "$out" -n dhcp-app "$top/tests/net/dhcp-app" >"$T/mk.log" 2>&1; then
	notok "dhcp: build the image" "$(tail -5 "$T/mk.log")"
	finish
fi
port=$(freeport)

# The client runs first: it tries to connect every 5 ms until QEMU opens
# the forwarded port, sends one GET on that connection, and prints the
# client's port, the status line and the body.
: >"$T/client.out"
python3 - "$port" "$(guard 60)" >>"$T/client.out" 2>&1 <<'PY' &
import socket, sys, time
port, limit = int(sys.argv[1]), float(sys.argv[2])
end = time.time() + limit
print('trying', flush=True)
while True:
    s = socket.socket()
    try:
        s.connect(('127.0.0.1', port))
        break
    except ConnectionRefusedError:
        s.close()
        if time.time() > end:
            raise
        time.sleep(0.005)
s.settimeout(limit)
s.sendall(b'GET /early HTTP/1.1\r\nHost: x\r\n\r\n')
got = b''
while True:
    d = s.recv(4096)
    if not d:
        break
    got += d
print(s.getsockname()[1], got.split(b'\r\n')[0].decode(), got.split(b'\r\n\r\n', 1)[-1].decode().strip())
PY
cpid=$!
i=0
while ! grep -q trying "$T/client.out" && [ $i -lt "$(guard 100)" ]; do sleep 0.1; i=$((i + 1)); done
sh "$top/scripts/run.sh" --timeout "$(guard 120)" --fwd "$port:8080" \
	--qemu "-object filter-dump,id=fd0,netdev=n0,file=$T/nic.pcap" "$out/dhcp-app.elf" log=info \
	>"$T/guest.out" 2>&1 &
pid=$!
guest() { tr -d '\r' <"$T/guest.out" | tail -"${1:-5}"; }

wait "$cpid"
r=$(tail -1 "$T/client.out")
case $r in
*"HTTP/1.1 200 OK dhcp-app /early") ok "dhcp: a connection made before the guest has its address is answered ($r)" ;;
*) notok "dhcp: a connection made before the guest has its address is answered" "got: $(cat "$T/client.out")" "$(guest)" ;;
esac
stop_image "$pid"
wait "$pid" 2>/dev/null
pid=

# In the capture, the guest's flows to port 8080: the SYNs before the
# SYN-ACK. The frames are read from the dump's pcap records.
if v=$(python3 - "$T/nic.pcap" <<'PY'
import struct, sys
f = open(sys.argv[1], 'rb').read()
off, flows = 24, {}
while off + 16 <= len(f):
    incl = struct.unpack('<I', f[off + 8:off + 12])[0]
    d = f[off + 16:off + 16 + incl]
    off += 16 + incl
    if d[12:14] != b'\x08\x00' or d[23] != 6:
        continue
    t = d[14 + (d[14] & 15) * 4:]
    sp, dp = struct.unpack('>HH', t[:4])
    fl = t[13] & 0x17
    if dp == 8080 and fl == 0x02:
        v = flows.setdefault(sp, [0, False])
        if not v[1]:
            v[0] += 1
    elif sp == 8080 and fl == 0x12 and dp in flows:
        flows[dp][1] = True
if not flows:
    print('no SYN to port 8080 in the capture')
    sys.exit(1)
bad = ['port %d: %d SYNs%s' % (p, n, '' if a else ', never answered') for p, (n, a) in flows.items() if n != 1 or not a]
print('; '.join(bad) if bad else '%d connection(s), each SYN answered the first time' % len(flows))
sys.exit(1 if bad else 0)
PY
); then
	ok "dhcp: the guest answers that connection's first SYN ($v)"
else
	notok "dhcp: the guest answers that connection's first SYN" "$v" "$(guest)"
fi

if grep -q "(dhcp) on .*SYN.* kept while it bound" "$T/guest.out"; then
	ok "dhcp: the guest kept the SYN that came before its address ($(grep -o '[0-9]* SYNs* kept' "$T/guest.out"))"
else
	notok "dhcp: the guest kept the SYN that came before its address" "$(guest)"
fi
finish
