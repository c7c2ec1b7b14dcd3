#!/bin/sh
# The shipped libvirt template (templates/libvirt-qemu.xml: no KVM here)
# with a real libvirt: define, start, GET / over the template's port
# forward, virsh shutdown (ACPI power button), undefine. libvirt runs in session mode (qemu:///session)
# with its sockets and state under a temporary directory, so the test needs
# no system daemon, no libvirt-qemu user and no "default" network, and
# leaves nothing behind. Installs libvirt's daemon and client
# (--no-install-recommends: 8 small packages) when apt-get can; otherwise
# prints SKIP with the reason. Results follow tests/lib.sh.
. "$(dirname "$0")/lib.sh"
name=libvirt-template
plan 3
# stop VERB WHY...: the cases not reached are reported with VERB (skip when
# this machine cannot run them, notok when a step failed) and the suite ends
stop() {
	verb=$1; shift
	for c in "defined, started, answered over HTTP" "virsh shutdown powers the guest off" "undefined"; do
		$verb "$name: $c" "$@"
	done
	finish
}

if ! command -v virsh >/dev/null || ! command -v libvirtd >/dev/null || [ ! -e /usr/lib/x86_64-linux-gnu/libvirt/connection-driver/libvirt_driver_qemu.so ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			libvirt-daemon libvirt-clients libvirt-daemon-driver-qemu >"$T/apt.log" 2>&1
	fi
	if ! command -v virsh >/dev/null || ! command -v libvirtd >/dev/null; then
		stop skip "libvirt is not installed and could not be (apt-get install libvirt-daemon libvirt-clients libvirt-daemon-driver-qemu: $(tail -1 "$T/apt.log" 2>/dev/null))"
	fi
fi

image lv-http "$top/examples/http-hello" -c "" >/dev/null 2>&1 || stop notok "cannot build examples/http-hello" "$(tail -3 "$T/mk.lv-http")"
port=$(freeport)
dom=unijs-test-$$
# The user's customisation of the template: name, ISO path, port, and a log
# of the serial console for the test to read.
sed -e "s|<name>unijs-app</name>|<name>$dom</name>|" \
	-e "s|/var/lib/libvirt/images/unijs-app.iso|$out/lv-http.iso|" \
	-e "s|hostfwd=tcp:127.0.0.1:8080-:8080|hostfwd=tcp:127.0.0.1:$port-:8080|" \
	-e "s|<serial type=\"pty\"><target port=\"0\"/></serial>|<serial type=\"pty\"><log file=\"@L@/console.log\"/><target port=\"0\"/></serial>|" \
	"$top/templates/libvirt-qemu.xml" >"$T/dom.xml"

# Session mode is for unprivileged users (as root, virsh goes to the system
# daemon): run it as nobody, with its state in a directory of its own.
L=$(mktemp -d)
chmod 755 "$T"
chown nobody "$L" 2>/dev/null
sed -i "s|@L@|$L|" "$T/dom.xml"
export XDG_RUNTIME_DIR="$L/run" XDG_CONFIG_HOME="$L/config" XDG_CACHE_HOME="$L/cache" XDG_DATA_HOME="$L/data" HOME="$L"
as=
if [ "$(id -u)" = 0 ]; then
	as="runuser -u nobody --"
	$as mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
else
	mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
fi
chmod 700 "$XDG_RUNTIME_DIR"
v() { timeout 60 $as env XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
	XDG_CACHE_HOME="$XDG_CACHE_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" HOME="$L" virsh -q -c qemu:///session "$@"; }
cleanup() {
	v destroy "$dom" >/dev/null 2>&1
	v undefine "$dom" >/dev/null 2>&1
	# the session daemon virsh started for us (it would exit when idle)
	pid=$(cat "$XDG_RUNTIME_DIR/libvirt/libvirtd.pid" 2>/dev/null)
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$T" "$L"
}
trap cleanup EXIT

if ! v define "$T/dom.xml" >"$T/define.out" 2>&1; then
	stop notok "virsh define failed" "$(cat "$T/define.out")"
fi
if ! v start "$dom" >"$T/start.out" 2>&1; then
	if grep -qi "not supported by the connection driver\|no emulator" "$T/start.out"; then
		stop skip "libvirt cannot start a domain here: $(head -2 "$T/start.out" | tr '\n' ' ')"
	else
		stop notok "virsh start failed" "$(cat "$T/start.out")"
	fi
fi
body=$(python3 - "$port" <<'PY'
import sys, time, urllib.request
deadline = time.time() + 180
while time.time() < deadline:
    try:
        print(urllib.request.urlopen('http://127.0.0.1:%s/' % sys.argv[1], timeout=5).read().decode(), end='')
        break
    except Exception:
        time.sleep(1)
PY
)
state=$(v domstate "$dom" 2>&1)
if [ "$body" = "Hello from unijs" ]; then
	ok "$name: defined, started, answered over HTTP ($state)"
else
	notok "$name: defined, started, answered over HTTP" "body '$body', state '$state'" "$(tail -5 "$L/console.log" 2>/dev/null)"
fi
# virsh shutdown is the ACPI power button: the app (no SIGTERM listener)
# ends and the guest powers itself off.
v shutdown "$dom" >"$T/shutdown.out" 2>&1
i=0
while [ $i -lt 60 ] && [ "$(v domstate "$dom" 2>/dev/null)" = running ]; do sleep 1; i=$((i + 1)); done
state=$(v domstate "$dom" 2>&1)
if [ "$state" = "shut off" ]; then
	ok "$name: virsh shutdown powers the guest off"
else
	notok "$name: virsh shutdown powers the guest off" "state after ${i}s: $state" "$(cat "$T/shutdown.out")"
fi
v destroy "$dom" >"$T/destroy.out" 2>&1
if v undefine "$dom" >>"$T/destroy.out" 2>&1; then
	ok "$name: undefined"
else
	notok "$name: undefined" "$(cat "$T/destroy.out")"
fi
finish
