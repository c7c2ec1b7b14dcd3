#!/bin/sh
# Deployment tests: exit codes through run.sh and mkimage.sh --run, the
# command line of ISO and disk images (grub.cfg, fw_cfg), stopping a
# service by hand (SIGINT, make run PORT=), ACPI power button (SIGTERM),
# PVH boot, log=debug, TSC calibration without an RTC and its refinement
# (monotonic across it). Run by
# tests/run.sh as the suite "deploy"; results follow tests/lib.sh.
. "$(dirname "$0")/lib.sh"
export UNIJS_ACCEL=tcg
plan 32

# ---- exit codes: every app code 0..255 comes back as the app gave it,
# through process.exit and process.exitCode; the kernel's own outcomes
# are told apart by the status record (--status) and get a shell's codes.
cat >"$T/code.js" <<'JS'
var c = +process.argv[2];
if (process.argv[3] === 'exitCode') process.exitCode = c;
else process.exit(c);
JS
image code "$T/code.js" --no-iso
bad=
for c in 0 1 119 120 126 127 128 254 255; do
	sh "$top/scripts/run.sh" --timeout $(guard 60) --status "$T/st" "$out/code.elf" -- $c >"$T/code.out" 2>&1
	rc=$?
	[ "$rc" = "$c" ] && [ "$(cat "$T/st")" = "app $c" ] || bad="$bad process.exit($c)->$rc/$(cat "$T/st")"
done
for c in 255 -1:255 256:0 300:44; do
	want=${c#*:} c=${c%:*}
	sh "$top/scripts/run.sh" --timeout $(guard 60) "$out/code.elf" -- "$c" exitCode >"$T/code.out" 2>&1
	rc=$?
	[ "$rc" = "$want" ] || bad="$bad exitCode=$c->$rc(want $want)"
done
if [ -z "$bad" ]; then ok "exit codes 0..255 unchanged through run.sh"; else notok "exit codes 0..255 unchanged through run.sh" "$bad"; fi

"$top/mkimage.sh" -q --no-iso -o "$out" -n code --run "$T/code.js" -- 255 >"$T/mkrun.out" 2>&1
rc=$?
if [ "$rc" = 255 ]; then ok "mkimage.sh --run exits 255"; else notok "mkimage.sh --run exits 255" "exit $rc" "$(tail -3 "$T/mkrun.out")"; fi

# Kernel outcomes: a shell's code for a process dying the same way, the
# reason on stderr, and a status word no app code can give.
kout() { # kout NAME WANTCODE WANTSTATUS run.sh-args...
	n=$1 wc=$2 ws=$3
	shift 3
	sh "$top/scripts/run.sh" --timeout $(guard 60) --status "$T/$n.st" "$@" >"$T/$n.out" 2>&1
	rc=$?
	if [ "$rc" = "$wc" ] && [ "$(cat "$T/$n.st")" = "$ws" ] && grep -q "the kernel stopped the app: $ws" "$T/$n.out"; then
		ok "$n"
	else
		notok "$n" "exit $rc status '$(cat "$T/$n.st")', want $wc '$ws'" "$(tail -3 "$T/$n.out")"
	fi
}
image hello "$top/examples/hello" --no-iso
kout outcome-panic 134 panic "$out/hello.elf" fault=panic
kout outcome-fault 139 exception "$out/hello.elf" fault=null
kout outcome-stack 139 stack-overflow "$out/hello.elf" fault=stack
kout outcome-early-oom 134 out-of-memory --mem 2M "$out/hello.elf"

# By hand: QEMU's own status is ((v & 0x7f) << 1) | 1 (README).
qemu-system-x86_64 -M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=on -accel tcg -cpu max -m 32M \
	-nodefaults -no-user-config -display none -no-reboot -serial stdio -kernel "$out/code.elf" \
	-device isa-debug-exit,iobase=0xf4,iosize=4 -append "-- 42" >"$T/hand.out" 2>&1
a=$?
qemu-system-x86_64 -M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=on -accel tcg -cpu max -m 32M \
	-nodefaults -no-user-config -display none -no-reboot -serial stdio -kernel "$out/code.elf" \
	-device isa-debug-exit,iobase=0xf4,iosize=4 -append "-- 200" >"$T/hand.out" 2>&1
b=$?
qemu-system-x86_64 -M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=on -accel tcg -cpu max -m 32M \
	-nodefaults -no-user-config -display none -no-reboot -serial stdio -kernel "$out/hello.elf" \
	-device isa-debug-exit,iobase=0xf4,iosize=4 -append "fault=null" >"$T/hand.out" 2>&1
c=$?
if [ "$a $b $c" = "87 253 255" ]; then ok "QEMU status by hand: 2*code+3, 253 for 125..255, 255 for the kernel"; else notok "QEMU status by hand" "got $a $b $c, want 87 253 255"; fi

# ---- the command line of an ISO: grub.cfg words reach the app (quoting
# included), a bad word is refused with 9, run.sh's words go through
# fw_cfg after grub.cfg's (later wins; a -- replaces the arguments).
cat >"$T/env.js" <<'JS'
console.log(JSON.stringify(process.env) + ' ' + JSON.stringify(process.argv.slice(2)));
JS
image envc "$T/env.js" --format iso,raw -c "env.GREETING=hi env.G=\"hello world\" env.Q=it's env.B=\"a\\\"b\\\\c\" -- one \"two words\""
BOOT_TIMEOUT=120 boot iso-cmdline "$out/envc.iso"
expect iso-cmdline 0 '^\{"GREETING":"hi","G":"hello world","Q":"it'"'"'s","B":"a\\"b\\\\c"\} \["one","two words"\]$'
BOOT_TIMEOUT=120 boot iso-fw-cfg "$out/envc.iso" env.GREETING=bye env.X=1 -- a "b c"
expect iso-fw-cfg 0 '^\{"GREETING":"bye","G":"hello world","Q":"it'"'"'s","B":"a\\"b\\\\c","X":"1"\} \["a","b c"\]$'
BOOT_TIMEOUT=120 boot iso-fw-cfg-bad "$out/envc.iso" oops
expect iso-fw-cfg-bad 9 "bad command line \(fw_cfg opt/unijs/cmdline\): 'oops' is not option=value"
image envbad "$T/env.js" -c "oops"
BOOT_TIMEOUT=120 boot iso-bad-word "$out/envbad.iso"
expect iso-bad-word 9 "bad command line: 'oops' is not option=value"

# mkimage.sh --run takes -c in the kernel's quoting, as run.sh does
"$top/mkimage.sh" -q --no-iso -o "$out" -n envr --run -c 'env.G="hello world"' "$T/env.js" -- x 'y z' >"$T/mkrun-q.out" 2>&1
echo $? >"$T/mkrun-q.rc"
tr -d '\r' <"$T/mkrun-q.out" >"$T/mkrun-q.o2"; mv "$T/mkrun-q.o2" "$T/mkrun-q.out"
expect mkrun-q 0 '^\{"G":"hello world"\} \["x","y z"\]$'

# fw_cfg on microvm too (by hand: -fw_cfg name=opt/unijs/cmdline,string=)
boot fw-cfg-microvm --qemu "-fw_cfg name=opt/unijs/cmdline,string=env.A=2" "$out/envr.elf" env.A=1 env.B=1 -- k
expect fw-cfg-microvm 0 '^\{"A":"2","B":"1"\} \["k"\]$'

# ---- disk images: the hybrid ISO as a virtio disk on q35, and qcow2
BOOT_TIMEOUT=120 boot disk-raw-q35 --machine q35 "$out/envc.img"
expect disk-raw-q35 0 '^\{"GREETING":"hi",.*\["one","two words"\]$'
if command -v qemu-img >/dev/null; then
	image envq "$T/env.js" --format qcow2 -c "env.F=q"
	if [ -f "$out/envq.qcow2" ] && [ ! -f "$out/envq.iso" ] && qemu-img info "$out/envq.qcow2" | grep -q 'file format: qcow2'; then
		BOOT_TIMEOUT=120 boot disk-qcow2 "$out/envq.qcow2"
		expect disk-qcow2 0 '^\{"F":"q"\} \[\]$'
	else
		notok disk-qcow2 "mkimage --format qcow2 wrote no qcow2" "$(cat "$T/mk.envq")"
	fi
else
	skip disk-qcow2 "qemu-img missing (Debian package qemu-utils; scripts/setup.sh installs it)"
fi

# ---- log=debug says more than log=info: what the board found
boot log-info "$out/hello.elf" log=info
boot log-debug "$out/hello.elf" log=debug
expect log-debug 0 '^board: RAM 0x' '^board: started by multiboot; command line: ' '^board: TSC [0-9]+ Hz$' '^clock: TSC ' '^Hello from unijs!$'
# with a NIC: the virtio feature negotiation
image envnet "$T/env.js" --no-iso --net
boot log-debug-virtio --fwd "$((20000 + $$ % 20000)):80" "$out/envnet.elf" log=debug
expect log-debug-virtio 0 '^virtio: device type 1 over legacy mmio: features offered 0x[0-9a-f]+, wanted 0x[0-9a-f]+, taken 0x[0-9a-f]+$'
if cmp -s "$T/log-info.out" "$T/log-debug.out" || grep -q '^board: ' "$T/log-info.out"; then
	notok "log=info prints less than log=debug" "$(head -3 "$T/log-info.out")"
else
	ok "log=info prints less than log=debug"
fi

# ---- time without PIT or RTC: the TSC is measured against QEMU's LAPIC
# timer, never guessed. Under -icount shift=0 guest time is deterministic
# (one instruction per virtual ns, TSC included): exactly 1000 MHz, and a
# 50 ms timer fires no earlier than 50 ms by performance.now().
cat >"$T/timer50.js" <<'JS'
var t0 = performance.now();
setTimeout(function () { console.log('elapsed ok: ' + (performance.now() - t0 >= 50)); }, 50);
JS
image timer50 "$T/timer50.js" --no-iso
boot lapic-calibration --qemu "-M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=off -icount shift=0" "$out/timer50.elf" log=debug
expect lapic-calibration 0 '^clock: TSC measured against the LAPIC timer \(QEMU.s 1 GHz\): 1000\.000 MHz$' '^elapsed ok: true$'
# With the RTC (run.sh's default machine) the LAPIC still goes first: the
# RTC's periodic flag runs on another clock (here the host's, against
# icount's virtual one; on a loaded host, a late QEMU timer) and measured
# 56 MHz for this 1000 MHz TSC.
boot lapic-before-rtc --qemu "-icount shift=0" "$out/timer50.elf" log=debug
expect lapic-before-rtc 0 '^clock: TSC measured against the LAPIC timer \(QEMU.s 1 GHz\): 1000\.000 MHz$' '^elapsed ok: true$'
if grep -q 'assuming' "$T/lapic-calibration.out"; then notok "no TSC guess without an RTC" "$(grep assuming "$T/lapic-calibration.out")"; else ok "no TSC guess without an RTC"; fi

# The rate's refinement (arch/x86_64/clock.c clock_window): the first read
# takes the rate from the LAPIC window open since apic_init, the first
# timer closes that window and a longer, more precise one replaces the
# rate, moving the clock's origin to the switch. hrtime must never go back
# across it: it is read for 600 ms before the loop first idles (where the
# switch is), then when a line arrives on stdin, which hostclock.py sends
# 150 ms after it sees "mark", and every millisecond. Had the switch lost
# the time since the origin, the read for stdin would be ~450 ms back (a
# read woken by a timer would not show it: its deadline is on the same
# clock, so it waits until the clock has caught up; so the line must come
# after the switch and before the lost 600 ms are made up again).
# Under -icount guest time is instruction count: the rates are exactly
# 1000 MHz, and the switch always happens. Under plain TCG the longer
# window may read low instead (the vCPU thread moved to a host CPU whose
# TSC is behind: the reason windows are compared) and is then ignored:
# either line passes there, the clock's monotonicity is checked the same. Under plain TCG the guest's elapsed time between two lines it
# prints, 3 s apart by its clock, must match the host's between their
# arrivals within 20 % (a rate badly off; the TSC against QEMU's LAPIC
# once read 40 % low): generous for a loaded host, where a line can arrive
# late by a fraction of a second.
cat >"$T/refine.js" <<'JS'
function ns(h) { return h[0] * 1e9 + h[1]; }
var last = ns(process.hrtime()), back = 0, n = 0, lines = 0;
function read() {
  for (var i = 0; i < 50; i++) {
    var t = ns(process.hrtime());
    if (t < last) back++;
    last = t; n++;
  }
}
var b = performance.now();
while (performance.now() - b < 600)
  read();
process.stdin.on('data', function () { lines++; read(); });
var iv = setInterval(read, 1);
var t0 = performance.now();
console.log('mark');
setTimeout(function () {
  var e = performance.now() - t0;
  console.log('guest ms ' + e.toFixed(3));
  clearInterval(iv);
  read();
  console.log('reads ' + n + ', stdin ' + lines + ', backwards ' + back);
  process.exit(0);
}, 3000);
JS
image refine "$T/refine.js" --no-iso
cat >"$T/hostclock.py" <<'PY'
import os, subprocess, sys, time
# hostclock.py CMD...: runs CMD, sends a line to its stdin 150 ms after it
# prints "mark", stamps "mark" and "guest ms" lines with the host's monotonic
# clock; prints the output, then "host ms H guest ms G".
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, marks = [], {}
for line in iter(p.stdout.readline, b''):
    t = time.monotonic()
    s = line.decode('utf-8', 'replace').replace('\r', '').rstrip('\n')
    out.append(s)
    if s == 'mark':
        marks['a'] = t
        time.sleep(0.15)
        p.stdin.write(b'x\n'); p.stdin.flush()
    elif s.startswith('guest ms '): marks['b'] = t; marks['g'] = float(s.split()[2])
rc = p.wait()
print('\n'.join(out))
if 'a' in marks and 'b' in marks:
    print('host ms %.3f guest ms %.3f' % ((marks['b'] - marks['a']) * 1000, marks['g']))
sys.exit(rc)
PY
hostclock() { # hostclock NAME run.sh-args...
	n=$1
	shift
	python3 "$T/hostclock.py" sh "$top/scripts/run.sh" --timeout $(guard 60) "$@" >"$T/$n.out" 2>&1
	echo $? >"$T/$n.rc"
}
hostclock clock-refine-icount --qemu "-icount shift=0" "$out/refine.elf" log=debug
expect clock-refine-icount 0 '^clock: TSC measured against the LAPIC timer \(QEMU.s 1 GHz\): 1000\.000 MHz$' \
	'^clock: TSC refined: 1000\.000 MHz$' '^reads [0-9]+, stdin 1, backwards 0$'
hostclock clock-refine-tcg "$out/refine.elf" log=debug
expect clock-refine-tcg 0 '^clock: TSC (refined|window read low, ignored): ' '^reads [0-9]+, stdin 1, backwards 0$'
hg=$(sed -n 's/^host ms \([0-9.]*\) guest ms \([0-9.]*\)$/\1 \2/p' "$T/clock-refine-tcg.out")
if [ -n "$hg" ] && echo "$hg" | awk '{ exit !($2 >= $1 * 0.8 && $2 <= $1 * 1.25) }'; then
	ok "clock-refine-tcg: guest's 3 s within 20 % of the host's"
else
	notok "clock-refine-tcg: guest's 3 s within 20 % of the host's" "host and guest ms: ${hg:-none}" "$(tail -3 "$T/clock-refine-tcg.out")"
fi

# ---- the ACPI power button (QEMU system_powerdown, virsh shutdown) is
# SIGTERM: a process.on('SIGTERM') listener runs; without one the image
# ends with 143, as Node does.
cat >"$T/term.js" <<'JS'
var iv = setInterval(function () {}, 1000);
if (process.argv[2] === 'handle')
  process.on('SIGTERM', function (s) { console.log('got ' + s + ', closing'); clearInterval(iv); process.exitCode = 3; });
console.log('ready');
JS
image term "$T/term.js" --no-iso
cat >"$T/pb.py" <<'PY'
import os, socket, subprocess, sys, time
# pb.py MONSOCK CMD...: start CMD (run.sh with -monitor unix:MONSOCK), wait
# for "ready", send system_powerdown on the monitor, print output and rc.
mon = sys.argv[1]
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
buf = b''
deadline = time.time() + 120
while b'ready' not in buf and time.time() < deadline:
    c = os.read(p.stdout.fileno(), 4096)
    if not c: break
    buf += c
if b'ready' not in buf:
    p.kill(); print('never ready: %r' % buf[-300:]); sys.exit(1)
s = socket.socket(socket.AF_UNIX)
s.connect(mon)
s.sendall(b'system_powerdown\n')
try:
    rc = p.wait(timeout=60)
except subprocess.TimeoutExpired:
    p.kill(); p.wait(); rc = 'timeout'
buf += p.stdout.read()
s.close()
print(buf.decode(errors='replace').replace('\r', ''))
print('rc=%s' % rc)
PY
# microvm with acpi=on signals it through its Generic Event Device
for t in pc:handle:3 q35:none:143 microvm-acpi:handle:3; do
	m=${t%%:*} a=${t#*:} a=${a%:*} want=${t##*:}
	case $m in
	microvm-acpi) mo="--qemu -M --qemu microvm,acpi=on,x-option-roms=off,pit=off,pic=off,rtc=on" ;;
	*) mo="--machine $m" ;;
	esac
	python3 "$T/pb.py" "$T/mon.$m" sh "$top/scripts/run.sh" --timeout $(guard 100) $mo \
		--qemu "-monitor unix:$T/mon.$m,server=on,wait=off" "$out/term.elf" -- "$a" >"$T/pb.$m" 2>&1
	if grep -q "^rc=$want$" "$T/pb.$m" && { [ "$a" = none ] || grep -q '^got SIGTERM, closing$' "$T/pb.$m"; }; then
		ok "power button on $m: SIGTERM ($a listener), exit $want"
	else
		notok "power button on $m: SIGTERM ($a listener), exit $want" "$(tail -4 "$T/pb.$m")"
	fi
done

# ---- PVH: the ELF carries a Xen PHYS32_ENTRY note (type 18) in its own
# PT_NOTE segment. QEMU prefers multiboot, so a copy with the multiboot
# magic wiped must boot through PVH, command line included.
readelf -lnW "$out/envr.elf" >"$T/notes" 2>&1
if grep -qE '^ +NOTE ' "$T/notes" && grep -qE 'Xen[[:space:]]+0x00000008[[:space:]]+Unknown note type: \(0x00000012\)' "$T/notes"; then
	ok "PVH note: Xen type 18 in a PT_NOTE segment"
else
	notok "PVH note: Xen type 18 in a PT_NOTE segment" "$(grep -A4 'NOTE\|Xen' "$T/notes" | head -6)"
fi
python3 -c '
import struct, sys
d = bytearray(open(sys.argv[1], "rb").read())
i = d.find(struct.pack("<I", 0x1BADB002))
if i < 0 or i > 8192: sys.exit("no multiboot header")
d[i:i + 4] = bytes(4)
open(sys.argv[2], "wb").write(d)
' "$out/envr.elf" "$T/pvh.elf"
boot pvh "$T/pvh.elf" log=debug env.P=1 -- a "b c"
expect pvh 0 '^board: started by PVH; command line: pvh log=debug env.P=1 -- a "b c"( virtio_mmio\.device=[^ ]+)*$' '^\{"P":"1"\} \["a","b c"\]$'

# ---- stopping by hand: SIGINT to run.sh stops QEMU and exits 0; SIGTERM 143
cat >"$T/forever.js" <<'JS'
console.log('ready');
setInterval(function () {}, 1000);
JS
image forever "$T/forever.js" --no-iso
cat >"$T/sig.py" <<'PY'
import os, re, signal, subprocess, sys, time
# sig.py SIGNAL STATUSFILE CMD...: start CMD, wait for "ready" on its
# output, send SIGNAL to it, print its exit code and whether QEMU is gone.
sig, stf = getattr(signal, sys.argv[1]), sys.argv[2]
p = subprocess.Popen(sys.argv[3:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
buf = b''
deadline = time.time() + 60
while b'ready' not in buf and time.time() < deadline:
    c = os.read(p.stdout.fileno(), 4096)
    if not c: break
    buf += c
if b'ready' not in buf:
    p.kill(); print('never ready: %r' % buf[-300:]); sys.exit(1)
p.send_signal(sig)
try:
    rc = p.wait(timeout=30)
except subprocess.TimeoutExpired:
    p.kill(); print('run.sh did not end'); sys.exit(1)
buf += p.stdout.read()
# (this run's image by its path: another test run on the machine may be
# booting a forever.elf of its own)
left = subprocess.run(['pgrep', '-f', 'qemu-system.*' + re.escape(sys.argv[-1])], capture_output=True).stdout.strip()
print('rc=%d qemu-left=%s' % (rc, 'yes' if left else 'no'))
print(buf.decode(errors='replace'))
PY
for s in SIGINT:0 SIGTERM:143; do
	want=${s#*:} s=${s%:*}
	python3 "$T/sig.py" "$s" "$T/$s.st" sh "$top/scripts/run.sh" --timeout $(guard 60) --status "$T/$s.st" "$out/forever.elf" >"$T/$s.out" 2>&1
	if grep -q "^rc=$want qemu-left=no" "$T/$s.out" && [ "$(cat "$T/$s.st")" = interrupted ] && grep -q "stopped by $s" "$T/$s.out"; then
		ok "run.sh on $s: QEMU stopped, exit $want"
	else
		notok "run.sh on $s: QEMU stopped, exit $want" "$(head -3 "$T/$s.out")" "status: $(cat "$T/$s.st" 2>/dev/null)"
	fi
done

# make run PORT=: the service answers on that host port; Ctrl-C (SIGINT to
# the terminal's process group) stops QEMU and make prints no error.
cat >"$T/makerun.py" <<'PY'
import os, signal, subprocess, sys, time, urllib.request
# makerun.py TOP PORT: make run PORT=PORT, GET /, Ctrl-C, report.
top, port = sys.argv[1], sys.argv[2]
p = subprocess.Popen(['make', '-s', '-C', top, 'run', 'PORT=' + port], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, start_new_session=True)
body, deadline = None, time.time() + 180
while time.time() < deadline and p.poll() is None:
    try:
        body = urllib.request.urlopen('http://127.0.0.1:%s/' % port, timeout=5).read().decode()
        break
    except Exception:
        time.sleep(0.5)
os.killpg(p.pid, signal.SIGINT)
try:
    out = p.communicate(timeout=60)[0].decode(errors='replace')
except subprocess.TimeoutExpired:
    os.killpg(p.pid, signal.SIGKILL); print('make run did not end'); sys.exit(1)
left = subprocess.run(['pgrep', '-f', 'qemu-system.*hostfwd=tcp:127.0.0.1:%s-' % port], capture_output=True).stdout.strip()
print('body=%r qemu-left=%s' % (body, 'yes' if left else 'no'))
print(out)
PY
port=$(freeport)
python3 "$T/makerun.py" "$top" "$port" >"$T/makerun.out" 2>&1
if grep -q "^body='Hello from unijs\\\\n' qemu-left=no" "$T/makerun.out" && ! grep -qE 'Error|Interrupt|\*\*\*|without an exit status' "$T/makerun.out"; then
	ok "make run PORT=$port serves there; Ctrl-C stops it quietly"
else
	notok "make run PORT=$port serves there; Ctrl-C stops it quietly" "$(head -8 "$T/makerun.out")"
fi
finish
