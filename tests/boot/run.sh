#!/bin/sh
# Boot tests: every example under microvm (-kernel) with each accelerator
# this machine can use, the ISO under pc, deliberate faults, bad command
# lines, memory limits. Output and exit codes are checked; every boot has a
# time limit.
. "$(dirname "$0")/lib.sh"

accels=tcg
[ "$(sh "$top/scripts/accel.sh")" = kvm ] && accels="tcg kvm"

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
if [ "$accels" = tcg ]; then
	skip "boot under kvm" "$(sh "$top/scripts/accel.sh" >/dev/null; [ -d /sys/module/kvm_pvm ] && echo 'this KVM is PVM, which cannot run non-PVM guests that use SSE (docs/platform.md)' || echo 'no usable /dev/kvm')"
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

# Arguments and environment from the command line, quoting included.
cat >"$T/args.js" <<'JS'
console.log(JSON.stringify(process.argv.slice(2)));
console.log(process.env.GREETING + '|' + process.env.EMPTY + '|' + Object.keys(process.env).length);
JS
image args "$T/args.js" --no-iso
boot args "$out/args.elf" env.GREETING="hello world" env.EMPTY= -- one "two words" 'q"uote'
expect args 0 '^\["one","two words","q\\"uote"\]$' '^hello world\|\|2$'

# A bad command line is refused with a clear message and Node's code 9.
boot bad-option "$out/hello.elf" colour=blue
expect bad-option 9 "bad command line: unknown option 'colour'"
boot bad-word "$out/hello.elf" oops
expect bad-word 9 "'oops' is not option=value"

# Deliberate faults: the report names the fault, shows registers and a
# backtrace with symbols, and the exit code says what happened.
boot fault-null "$out/hello.elf" fault=null
expect fault-null 121 'CPU exception 14 \(page fault\): null pointer dereference' 'rip=.* selftest_fault\+0x' \
	'^rax=' '^backtrace:' 'kernel_main\+0x'
boot fault-wx "$out/hello.elf" fault=wx
expect fault-wx 121 'page fault\): write to a read-only page' 'selftest_fault'
boot fault-nx "$out/hello.elf" fault=nx
expect fault-nx 121 'page fault\): execute from a non-executable page'
boot fault-stack "$out/hello.elf" fault=stack
expect fault-stack 122 'stack overflow \(main stack guard page hit\)' 'recurse\+0x'

# Memory: hello runs in a 4 MB guest and in the smallest QEMU starts (3 MB);
# below that the image says it has too little memory instead of resetting.
boot mem-4M --mem 4M "$out/hello.elf"
expect mem-4M 0 '^Hello from unijs!$'
boot mem-3M --mem 3M "$out/hello.elf"
expect mem-3M 0 '^Hello from unijs!$'
boot mem-2M --mem 2M "$out/hello.elf"
expect mem-2M 123 'not enough memory for the image'

# JavaScript that exhausts the heap gets an error and a non-zero exit, and
# deep recursion a RangeError, never a hang or a silent reset.
cat >"$T/oom.js" <<'JS'
var keep = [];
console.log('filling');
for (;;) keep.push(new Array(1000).join('x') + keep.length);
JS
image oom "$T/oom.js" --no-iso
boot oom --mem 8M "$out/oom.elf"
expect oom 123 '^filling$' 'out of memory'
cat >"$T/deep.js" <<'JS'
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log('caught', e instanceof RangeError ? 'RangeError' : String(e)); }
console.log('still running');
down(0);
JS
image deep "$T/deep.js" --no-iso
boot deep --mem 8M "$out/deep.elf"
expect deep 1 '^still running$' '^Uncaught RangeError: Maximum call stack size exceeded$'

# trace=boot prints the phase stamps.
boot trace "$out/hello.elf" trace=boot
expect trace 0 '^boot-trace: entry=0\.000us memory ready=[0-9.]+us .*js state ready=[0-9.]+us first app statement=[0-9.]+us tsc_hz=[0-9]+$'
