#!/bin/sh
# Boot tests: every example under microvm (-kernel) with each accelerator
# this machine can use, the ISO under pc, deliberate faults, bad command
# lines, memory limits. Output and exit codes are checked; every boot has a
# time limit.
. "$(dirname "$0")/lib.sh"

accels=tcg
[ "$(sh "$top/scripts/accel.sh")" = kvm ] && accels="tcg kvm"
# 38 cases under TCG; under KVM the per-accelerator cases again (4) and
# the KVM fault reports (2) instead of the one "boot under kvm" skip
case $accels in *kvm*) plan 43 ;; *) plan 38 ;; esac

for e in hello exit-code throw; do
	image "$e" "$top/examples/$e" || { notok "build $e" "$(cat "$T/mk.$e")"; continue; }
done

for accel in $accels; do
	export UNIJS_ACCEL=$accel
	boot "hello-$accel" "$out/hello.elf"
	expect "hello-$accel" 0 '^Hello from unijs!$' '^running on unijs/x64, argv has 2 entries$'
	boot "exit-code-$accel" "$out/exit-code.elf"
	expect "exit-code-$accel" 42 '^exiting with code 42$' '^exit listener sees code 42$'
	boot "exit-code-arg-$accel" "$out/exit-code.elf" -- 7
	expect "exit-code-arg-$accel" 7 '^exiting with code 7$'
	boot "throw-$accel" "$out/throw.elf"
	expect "throw-$accel" 1 '^starting$' '^Uncaught Error: config has no port$' \
		'^    at validate \(/app/index.js:7\)$' '^    at parseConfig \(/app/index.js:4\)$'
done
# Fault reports under KVM too: under PVM every exception goes through the
# native event path (arch/x86_64/pvm.c), whose stacks differ from TCG's.
case $accels in
*kvm*)
	export UNIJS_ACCEL=kvm
	boot fault-null-kvm "$out/hello.elf" fault=null
	expect fault-null-kvm 139 'CPU exception 14 \(page fault\): null pointer dereference' 'rip=.* selftest_fault\+0x' \
		'^rax=' '^backtrace:' 'kernel_main\+0x'
	boot fault-stack-kvm "$out/hello.elf" fault=stack
	expect fault-stack-kvm 139 'stack overflow \(main stack guard page hit\)' 'recurse\+0x'
	;;
esac
if [ "$accels" = tcg ]; then
	skip "boot under kvm" "$(sh "$top/scripts/accel.sh" --why)"
fi
export UNIJS_ACCEL=tcg

# The ISO through SeaBIOS and GRUB on pc: with the exit device, and without
# it, where the image must power off through ACPI (QEMU then exits 0).
BOOT_TIMEOUT=120 boot iso-pc "$out/hello.iso"
expect iso-pc 0 '^Hello from unijs!$'
BOOT_TIMEOUT=120 boot iso-pc-acpi-off --no-exit-device "$out/hello.iso"
expect iso-pc-acpi-off 0 '^Hello from unijs!$'
BOOT_TIMEOUT=120 boot iso-q35 --machine q35 "$out/throw.iso"
expect iso-q35 1 '^Uncaught Error: config has no port$'

# The console's output through the virtio console run.sh gives (one exit
# per write, drivers/virtio_console.h), on microvm's virtio-mmio and on
# q35's PCI; with --serial-console through the UART, the same bytes.
# QEMU's trace of the UART's register writes tells which carried them.
for m in microvm q35; do
	img=$out/hello.elf
	[ $m = q35 ] && img=$out/hello.iso
	BOOT_TIMEOUT=120 boot console-virtio-$m --machine $m --qemu "-trace serial_write,file=$T/vc-$m.trace" "$img"
	BOOT_TIMEOUT=120 boot console-serial-$m --machine $m --serial-console --qemu "-trace serial_write,file=$T/sc-$m.trace" "$img"
	v=$(grep -c serial_write "$T/vc-$m.trace" 2>/dev/null)
	s=$(grep -c serial_write "$T/sc-$m.trace" 2>/dev/null)
	# SeaBIOS and GRUB write to the UART before the image runs on q35:
	# the image's own lines are what must not go through it
	if [ "$(cat "$T/console-virtio-$m.rc")" != 0 ] || [ "$(cat "$T/console-serial-$m.rc")" != 0 ]; then
		notok "console-$m" "exit codes $(cat "$T/console-virtio-$m.rc") and $(cat "$T/console-serial-$m.rc")" \
			"$(tail -3 "$T/console-virtio-$m.out")"
	elif ! grep -q '^Hello from unijs!$' "$T/console-virtio-$m.out" ||
		[ "$(grep -E '^(Hello|running)' "$T/console-virtio-$m.out")" != "$(grep -E '^(Hello|running)' "$T/console-serial-$m.out")" ]; then
		notok "console-$m" "the two consoles printed different lines" "$(cat "$T/console-virtio-$m.out")"
	elif [ $((s - v)) -lt 40 ]; then
		notok "console-$m" "UART writes: $v with the virtio console, $s without: the app's lines did not go through it"
	else
		ok "console-$m # UART register writes: $v with the virtio console, $s with the serial console"
	fi
done

# Nothing of the console's output is lost while the host reads it slowly.
# run.sh's console is a virtserialport (port 1): QEMU holds a buffer the
# host cannot take yet, and the image waits for it. A virtconsole (port 0)
# drops it (QEMU's virtio-console.c); with it, lines went missing from
# whatever the slow reader was given, a CI run's base64 line among them.
# Here the reader sleeps 2 s while the image writes 400 KB.
cat >"$T/flood.js" <<'JS'
var pad = new Array(90).join('x');
for (var i = 0; i < 4000; i++) console.log('line ' + i + ' ' + pad);
console.log('done');
JS
image flood "$T/flood.js" --no-iso
sh "$top/scripts/run.sh" --timeout "$(guard 120)" --append log=debug "$out/flood.elf" 2>&1 | { sleep 2; cat; } >"$T/flood.raw"
tr -d '\r' <"$T/flood.raw" >"$T/flood.out"
n=$(grep -c '^line [0-9]* x*$' "$T/flood.out")
ordered=$(grep '^line ' "$T/flood.out" | awk '$2 != NR - 1 { print "line " NR ": " $0; exit }')
if ! grep -q '^board: console: virtio port 1' "$T/flood.out"; then
	notok console-slow-reader "the console was not the virtio port 1" "$(grep -a '^board: console' "$T/flood.out")"
elif [ "$n" != 4000 ] || [ -n "$ordered" ] || ! grep -q '^done$' "$T/flood.out"; then
	notok console-slow-reader "$n of 4000 lines" "$ordered" "$(tail -c 300 "$T/flood.out")"
else
	ok console-slow-reader
fi

# The console QEMU gives in other ways: a virtconsole (port 0) with
# MULTIPORT (virtio-serial's default 31 ports), and without it
# (max_ports=1, the only way before MULTIPORT).
for v in multiport single; do
	mp=
	[ $v = single ] && mp=,max_ports=1
	boot console-port0-$v --serial-console --append log=debug \
		--qemu "-chardev file,id=c0,path=$T/port0-$v.out" \
		--qemu "-device virtio-serial-device$mp" --qemu "-device virtconsole,chardev=c0" "$out/hello.elf"
	tr -d '\r' <"$T/port0-$v.out" >"$T/port0-$v.txt" 2>/dev/null
	if [ "$(cat "$T/console-port0-$v.rc")" != 0 ]; then
		notok console-port0-$v "exit code $(cat "$T/console-port0-$v.rc")" "$(tail -3 "$T/console-port0-$v.out")"
	elif ! grep -q '^board: console: virtio port 0' "$T/port0-$v.txt" || ! grep -q '^Hello from unijs!$' "$T/port0-$v.txt"; then
		notok console-port0-$v "the virtconsole's file lacks the lines" "$(head -3 "$T/port0-$v.txt")" "$(tail -3 "$T/console-port0-$v.out")"
	else
		ok console-port0-$v
	fi
done

# Arguments and environment from the command line, quoting included.
cat >"$T/args.js" <<'JS'
console.log(JSON.stringify(process.argv.slice(2)));
console.log(process.env.GREETING + '|' + process.env.EMPTY + '|' + Object.keys(process.env).length);
JS
image args "$T/args.js" --no-iso
boot args "$out/args.elf" env.GREETING="hello world" env.EMPTY= -- one "two words" 'q"uote'
expect args 0 '^\["one","two words","q\\"uote"\]$' '^hello world\|\|2$'

# An image that reaches past 16 MiB (a packed file of 16 MiB) boots where
# the CPU has no 1 GiB pages: boot.S's first tables must cover the whole
# image, its stack at the end of .bss included (they covered 16 MiB: the
# first push faulted, a triple fault, "the guest stopped without an exit
# status"). qemu64 under TCG has no 1 GiB pages, nor has our KVM machines'
# PVM; then the same image under KVM where this machine has it (else TCG's
# own CPU model, max).
mkdir -p "$T/big"
head -c 16777216 /dev/urandom >"$T/big/blob.bin"
cat >"$T/big/index.js" <<'JS'
var b = require('fs').readFileSync(__dirname + '/blob.bin');
var sum = 0;
for (var i = 0; i < b.length; i += 65536) sum = (sum + b[i]) % 65536;
console.log('blob ' + b.length + ' bytes, sampled sum ' + sum);
JS
bigline=$(node "$T/big/index.js")
image big "$T/big" --no-iso
UNIJS_ACCEL=tcg BOOT_TIMEOUT=120 boot big-no-1g-pages --mem 64M --cpu qemu64 "$out/big.elf"
expect big-no-1g-pages 0 "^$bigline\$"
case $accels in *kvm*) bigaccel=kvm ;; *) bigaccel=tcg ;; esac
UNIJS_ACCEL=$bigaccel BOOT_TIMEOUT=120 boot big-image-$bigaccel --mem 64M "$out/big.elf"
expect big-image-$bigaccel 0 "^$bigline\$"

# A bad command line is refused with a clear message and Node's code 9.
boot bad-option "$out/hello.elf" colour=blue
expect bad-option 9 "bad command line: unknown option 'colour'"
boot bad-word "$out/hello.elf" oops
expect bad-word 9 "'oops' is not option=value"

# Deliberate faults: the report names the fault, shows registers and a
# backtrace with symbols, and the exit code says what happened.
boot fault-null "$out/hello.elf" fault=null
expect fault-null 139 'CPU exception 14 \(page fault\): null pointer dereference' 'rip=.* selftest_fault\+0x' \
	'^rax=' '^backtrace:' 'kernel_main\+0x'
boot fault-wx "$out/hello.elf" fault=wx
expect fault-wx 139 'page fault\): write to a read-only page' 'selftest_fault'
boot fault-nx "$out/hello.elf" fault=nx
expect fault-nx 139 'page fault\): execute from a non-executable page'
boot fault-stack "$out/hello.elf" fault=stack
expect fault-stack 139 'stack overflow \(main stack guard page hit\)' 'recurse\+0x'

# Memory: hello runs in a 4 MB guest (bench/size-mem.sh finds the
# smallest); with too little for the image itself it says so instead of
# resetting.
boot mem-4M --mem 4M "$out/hello.elf"
expect mem-4M 0 '^Hello from unijs!$'
boot mem-2M --mem 2M "$out/hello.elf"
expect mem-2M 134 'not enough memory for the image'

# JavaScript that exhausts the heap gets an error and a non-zero exit, and
# deep recursion a RangeError, never a hang or a silent reset.
cat >"$T/oom.js" <<'JS'
var keep = [];
console.log('filling');
for (;;) keep.push(new Array(1000).join('x') + keep.length);
JS
image oom "$T/oom.js" --no-iso
boot oom --mem 8M "$out/oom.elf"
expect oom 134 '^filling$' 'out of memory'
cat >"$T/deep.js" <<'JS'
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log('caught', e instanceof RangeError ? 'RangeError' : String(e)); }
console.log('still running');
down(0);
JS
image deep "$T/deep.js" --no-iso
boot deep --mem 8M "$out/deep.elf"
expect deep 1 '^still running$' '^Uncaught RangeError: Maximum call stack size exceeded$'

# The engine's memory settings at log=info (docs/memory.md).
boot heap-info --mem 8M "$out/hello.elf" log=info
expect heap-info 0 '^js: heap [0-9]+ KiB, [0-9]+ KiB used at start; GC after [0-9]+ KiB of growth' '^Hello from unijs!$'

# trace=gc (docs/memory.md): a line per collection, its time the sum of
# its mark and its sweep (each rounded down: within 1 us), garbage freed
# and the heap smaller after it. The app's garbage fills its 8 MB heap
# several times over; what it keeps is one object in a hundred.
cat >"$T/gcmany.js" <<'JS'
var keep = [];
for (var i = 0; i < 300000; i++) {
  var o = { a: i, b: [i, i + 1], s: 'x' + i };
  if (i % 100 === 0) keep.push(o);
}
console.log('kept', keep.length);
JS
image gcmany "$T/gcmany.js" --no-iso
boot gc-trace --mem 8M "$out/gcmany.elf" trace=gc
expect gc-trace 0 '^kept 3000$' '^gc: #[0-9]+ [0-9]+ us \(mark [0-9]+, sweep [0-9]+\), [0-9]+ of [0-9]+ things freed, heap [0-9]+ -> [0-9]+ KiB$'
if [ "$(cat "$T/gc-trace.rc")" = 0 ]; then
	# (the case above passed: now the figures themselves)
	awk '/^gc: #/ { n++; t = $3; m = $6 + 0; w = $8 + 0; f = $9; a = $11; from = $15; to = $17
		if (t < m + w || t > m + w + 1) bad = bad " time " t " != " m "+" w
		if (f + 0 > a + 0) bad = bad " freed " f " of " a
		if (f > 0) freed++
		if (to + 0 < from + 0) smaller++ }
		END { if (n < 2) bad = bad " only " n " collections"
		if (freed < 2) bad = bad " nothing freed"
		if (smaller < 2) bad = bad " no heap smaller after a collection"
		if (bad != "") { print bad; exit 1 } }' "$T/gc-trace.out" >"$T/gc-trace.check" ||
		notok "gc-trace figures" "$(cat "$T/gc-trace.check")" "$(grep '^gc:' "$T/gc-trace.out" | head -3)"
	[ -s "$T/gc-trace.check" ] || ok "gc-trace figures"
else
	notok "gc-trace figures" "the boot failed (above)"
fi

# watchdog=SECONDS (docs/watchdog.md): a handler that never returns is
# reported with its JavaScript stack and ends the image with the
# watchdog's status (run.sh 142); an idle loop is not stuck. Without
# watchdog= such an image would hang until its guard: not tested.
cat >"$T/stuck.js" <<'JS'
function spin(n) {
  var x = 0;
  for (;;) x = (x + n) | 0;
}
function onTimer() { spin(1); }
console.log('arming');
setTimeout(onTimer, 10);
JS
image stuck "$T/stuck.js" --no-iso
boot watchdog-stuck "$out/stuck.elf" watchdog=2
expect watchdog-stuck 142 '^arming$' '^unijs: watchdog: the event loop made no progress for 2 s; JavaScript stack:$' \
	'^    at spin \(/app/stuck.js:3' '^    at onTimer \(/app/stuck.js:5' 'the kernel stopped the app: watchdog'
# The same where the loop's only jump back is conditional (do-while: the
# interpreter goes straight on after a jump forward, patches/mujs/0192,
# and must still pass the watchdog's check at every jump back). Every
# instruction of this loop goes straight on (locals, + and !== on
# numbers), so the jump back is its only way past the check: were it
# skipped, the watchdog would find no JavaScript to stop ("not in
# JavaScript", a kernel backtrace, no stack below).
cat >"$T/stuck-do.js" <<'JS'
function spin(n) {
  var x = 0, stop = -n;
  do x = x + n; while (x !== stop);
}
function onTimer() { spin(1); }
console.log('arming');
setTimeout(onTimer, 10);
JS
image stuck-do "$T/stuck-do.js" --no-iso
boot watchdog-stuck-do "$out/stuck-do.elf" watchdog=2
expect watchdog-stuck-do 142 '^arming$' '^unijs: watchdog: the event loop made no progress for 2 s; JavaScript stack:$' \
	'^    at spin \(/app/stuck-do.js:3' '^    at onTimer \(/app/stuck-do.js:5' 'the kernel stopped the app: watchdog'
cat >"$T/idle.js" <<'JS'
var n = 0;
var t = setInterval(function () {
  if (++n === 3) { clearInterval(t); console.log('idle 3 s, not stuck'); }
}, 1000);
JS
image idle "$T/idle.js" --no-iso
boot watchdog-idle "$out/idle.elf" watchdog=1
expect watchdog-idle 0 '^idle 3 s, not stuck$'
boot watchdog-bad "$out/hello.elf" watchdog=0
expect watchdog-bad 9 "bad command line: watchdog=0: expected whole seconds, 1 to 86400"

# trace=boot prints the phase stamps.
boot trace "$out/hello.elf" trace=boot
expect trace 0 '^boot-trace: entry=0\.000us .*memory ready=[0-9.]+us .*js state ready=[0-9.]+us first app statement=[0-9.]+us tsc_hz=[0-9]+$'

# ---- the event loop (issue 3): timers, serial input, the REPL

# setTimeout(fn, 10) is never early (by the guest's own clock). How late
# it is depends on the machine's load: bench/timers.sh measures that.
cat >"$T/timer-accuracy.js" <<'JS'
// setTimeout(fn, 10), five times in a row on an idle guest: how late each
// fires by the guest's own clock (performance.now).
var runs = [], n = 5;
function one() {
  var t0 = performance.now();
  setTimeout(function () {
    runs.push(performance.now() - t0 - 10);
    if (runs.length < n) one();
    else done();
  }, 10);
}
function done() {
  var sorted = runs.slice().sort(function (a, b) { return a - b; });
  console.log('lateness ms: ' + runs.map(function (x) { return x.toFixed(3); }).join(' '));
  console.log('early: ' + runs.filter(function (x) { return x < 0; }).length);
  console.log('median late ms: ' + sorted[n >> 1].toFixed(3));
}
setTimeout(one, 1); // warm-up: the first call loads js/lib/timers.js
JS
image timer-accuracy "$T/timer-accuracy.js" --no-iso
boot timer-accuracy "$out/timer-accuracy.elf"
expect timer-accuracy 0 '^early: 0$'
sed -n 's/^lateness ms: /# timer lateness (ms): /p' "$T/timer-accuracy.out"

# 50 000 timers scheduled and cancelled at random: the right ones fire,
# once each, in deadline order, none early, none of the cancelled.
cat >"$T/timers-50k.js" <<'JS'
// 50 000 timers, scheduled and cancelled at random (fixed seed): the ones
// not cancelled fire exactly once, in deadline order, none early; none of
// the cancelled ones fires.
var N = 50000;
var seed = 12345;
function rnd(n) { // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
var delay = [], lo = [], hi = [], timers = [], cancelled = [], fired = [];
var errors = 0, nfired = 0, ncancelled = 0, lastId = -1;
function err(msg) { if (errors++ < 5) console.log('error: ' + msg); }
function fire(id) {
  var now = performance.now();
  if (cancelled[id]) err('cancelled timer ' + id + ' fired');
  if (fired[id]) err('timer ' + id + ' fired twice');
  fired[id] = true;
  nfired++;
  if (now < lo[id] + delay[id]) err('timer ' + id + ' early by ' + (lo[id] + delay[id] - now));
  // deadline order: the previous one's deadline cannot be after ours
  if (lastId >= 0 && lo[lastId] + delay[lastId] > hi[id] + delay[id])
    err('order: ' + lastId + ' before ' + id);
  lastId = id;
  // now and then cancel another one (maybe already fired: a no-op)
  if (rnd(10) === 0) {
    var v = rnd(N);
    if (!fired[v] && !cancelled[v]) { cancelled[v] = true; ncancelled++; }
    clearTimeout(timers[v]);
  }
}
var t0 = performance.now(), prev = t0;
for (var i = 0; i < N; i++) {
  var d = rnd(500);
  delay[i] = d < 1 ? 1 : d; // Node's coercion: below 1 ms is 1 ms
  lo[i] = prev;
  timers[i] = setTimeout(fire, d, i);
  hi[i] = prev = performance.now();
  if (i > 0 && rnd(3) === 0) { // cancel a random earlier one
    var v = rnd(i);
    if (!cancelled[v]) { cancelled[v] = true; ncancelled++; }
    clearTimeout(timers[v]);
  }
}
var t1 = performance.now();
console.log('scheduled ' + N + ' in ' + Math.round(t1 - t0) + ' ms');
process.on('exit', function () {
  var missing = 0;
  for (var i = 0; i < N; i++) if (!cancelled[i] && !fired[i]) missing++;
  console.log('firing took ' + Math.round(performance.now() - t1) + ' ms');
  console.log('fired ' + nfired + ', cancelled ' + ncancelled + ', missing ' + missing + ', errors ' + errors);
  console.log(nfired + ncancelled === N && missing === 0 && errors === 0 ? 'timers ok' : 'timers wrong');
});
JS
image timers-50k "$T/timers-50k.js" --no-iso
boot timers-50k --mem 256M "$out/timers-50k.elf"
expect timers-50k 0 '^fired [0-9]+, cancelled [0-9]+, missing 0, errors 0$' '^timers ok$'

# A service with nothing left to do ends by itself, with its exitCode
# (an unref'd timer and an unref'd stdin do not keep it alive).
cat >"$T/service-ends.js" <<'JS'
// A service with nothing left to do ends by itself with its exit code.
var n = 0;
var iv = setInterval(function () {
  if (++n === 3) {
    clearInterval(iv);
    setImmediate(function () { process.exitCode = 5; console.log('done after ' + n + ' ticks'); });
  }
}, 5);
setTimeout(function () {}, 1000).unref();
process.stdin.on('data', function () {});
process.stdin.unref();
process.on('exit', function (code) { console.log('exit event, code ' + code); });
JS
image service-ends "$T/service-ends.js" --no-iso
boot service-ends "$out/service-ends.elf" </dev/null
expect service-ends 5 '^done after 3 ticks$' '^exit event, code 5$'

# The REPL on QEMU's stdio: expressions, an error, a multi-line function,
# a timer that prints while the prompt waits, .exit. Input is written only
# after the guest printed a prompt (bytes piped before the UART is set up
# can be lost).
cat >"$T/repl-driver.py" <<'PY'
import os, subprocess, sys, time, select
# repl_driver.py OUT CMD...: drives the REPL on QEMU's stdio. Sends each
# input line only after the guest printed a prompt (bytes piped before the
# UART is set up can be lost), waits for expected output where needed,
# writes the transcript to OUT and exits with the guest's status.
out_path = sys.argv[1]
p = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
buf = b''
deadline = time.time() + 60
def wait_for(pat):
    global buf
    while True:
        i = buf.find(pat)
        if i >= 0:
            return
        left = deadline - time.time()
        if left <= 0:
            raise SystemExit('timeout waiting for %r; got %r' % (pat, buf[-200:]))
        r, _, _ = select.select([p.stdout], [], [], left)
        chunk = os.read(p.stdout.fileno(), 4096)
        if not chunk:
            raise SystemExit('guest ended waiting for %r; got %r' % (pat, buf[-200:]))
        buf += chunk
seen = 0
def expect_prompt(p_=b'> '):
    global seen, buf
    while True:
        wait_for(p_)
        i = buf.find(p_, seen)
        if i >= 0:
            seen = i + len(p_)
            return
        # read more
        r, _, _ = select.select([p.stdout], [], [], max(0, deadline - time.time()))
        chunk = os.read(p.stdout.fileno(), 4096)
        if not chunk:
            raise SystemExit('guest ended waiting for %r' % p_)
        buf += chunk
def send(s, end=b'\n'):
    p.stdin.write(s.encode() + end)
    p.stdin.flush()
try:
    expect_prompt()
    send('1 + 2')
    expect_prompt()
    send("'ab' + 'c'", b'\r')           # a terminal's line end
    expect_prompt()
    send('var o = { a: 1, b: [1, 2, 3] }', b'\r\n')
    expect_prompt()
    send('o')
    expect_prompt()
    send('undefinedThing')
    expect_prompt()
    send("throw new Error('boom')")
    expect_prompt()
    send('function add(a, b) {')
    expect_prompt(b'... ')
    send('  return a + b;')
    expect_prompt(b'... ')
    send('}')
    expect_prompt()
    send('add(40, 2)')
    expect_prompt()
    send("setTimeout(function () { console.log('timer fired while waiting'); }, 300); 'scheduled'")
    expect_prompt()
    wait_for(b'timer fired while waiting')
    send('{ x: 1 }')
    expect_prompt()
    send('.exit')
    rc = p.wait(timeout=30)
except BaseException as e:
    p.kill()
    p.wait()
    open(out_path, 'wb').write(buf.replace(b'\r', b''))
    print('driver: %s' % e)
    sys.exit(99)
buf += p.stdout.read()
open(out_path, 'wb').write(buf.replace(b'\r', b''))
sys.exit(rc)
PY
image repl "$top/examples/repl" --no-iso
python3 "$T/repl-driver.py" "$T/repl.out" sh "$top/scripts/run.sh" --timeout $(guard 60) "$out/repl.elf" -- --no-echo >"$T/repl.drv" 2>&1
echo $? >"$T/repl.rc"
cat "$T/repl.drv" >>"$T/repl.out"
expect repl 0 '^> 3$' "^> 'abc'$" '^> undefined$' '^> \{ a: 1, b: \[ 1, 2, 3 \] \}$' \
	'^> Uncaught ReferenceError: undefinedThing is not defined$' '^> Uncaught Error: boom$' \
	'^> \.\.\. \.\.\. undefined$' '^> 42$' "^> 'scheduled'$" '^> timer fired while waiting$' '^\{ x: 1 \}$'
finish
