#!/bin/sh
# run.sh: boot a unijs image under QEMU and exit with the app's exit code.
#
#   scripts/run.sh [options] IMAGE.elf|IMAGE.iso [kernel options...] [-- app args...]
#
# Options (before the image):
#   --machine microvm|pc|q35  default microvm for .elf, pc for .iso
#   --mem SIZE                guest memory (default 32M; QEMU syntax)
#   --timeout SECONDS         kill the guest after that long (exit 124)
#   --no-exit-device          leave out isa-debug-exit (the image then powers
#                             off through ACPI; the exit code is lost)
#   --fwd HOST:GUEST          forward host TCP port to the guest (user net)
#   --qemu ARG                pass ARG to QEMU (repeatable)
#   --no-rng                  leave out the virtio-rng device (entropy for
#                             crypto; docs/crypto.md)
#   --cpu MODEL               QEMU CPU model (default max under TCG: it has
#                             RDRAND; qemu64 has none)
# Environment: UNIJS_ACCEL=kvm|tcg|auto (default auto: KVM when /dev/kvm
# opens, else TCG). UNIJS_QEMU overrides the QEMU binary.
#
# Exit status: the app's code (0..126); 124 timeout; 125 QEMU failed to
# start or run; 126 the guest reset or stopped without an exit status.
set -u

machine= mem=32M timeout= exitdev=1 fwd= extra= rng=1 cpu=
while [ $# -gt 0 ]; do
	case $1 in
	--machine) machine=$2; shift 2 ;;
	--mem) mem=$2; shift 2 ;;
	--timeout) timeout=$2; shift 2 ;;
	--no-exit-device) exitdev=0; shift ;;
	--fwd) fwd="$fwd,hostfwd=tcp:127.0.0.1:${2%%:*}-:${2#*:}"; shift 2 ;;
	--qemu) extra="$extra $2"; shift 2 ;;
	--no-rng) rng=0; shift ;;
	--cpu) cpu=$2; shift 2 ;;
	-h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 125 ;;
	*) break ;;
	esac
done
[ $# -ge 1 ] || { echo "run.sh: which image?" >&2; exit 125; }
image=$1
shift
[ -f "$image" ] || { echo "run.sh: $image: no such file" >&2; exit 125; }

# The kernel command line: the remaining words, re-quoted so that app
# arguments with spaces survive (lib/cmdline.c undoes the quoting).
append=
for w; do
	case $w in
	*[\ \"\\]*) w=\"$(printf %s "$w" | sed 's/[\\"]/\\&/g')\" ;;
	esac
	append="$append${append:+ }$w"
done

accel=${UNIJS_ACCEL:-auto}
if [ "$accel" = auto ]; then
	accel=$(sh "$(dirname "$0")/accel.sh")
fi
case $accel in
# arch-capabilities off: PVM (our machines' KVM) advertises the MSR but
# refuses QEMU's write of it, and QEMU then aborts at start-up.
kvm) cpu=${cpu:-host,-arch-capabilities} ;;
tcg) cpu=${cpu:-max} ;;
*) echo "run.sh: UNIJS_ACCEL=$accel: expected kvm, tcg or auto" >&2; exit 125 ;;
esac

case $image in
*.iso) machine=${machine:-pc}; boot="-cdrom $image -boot d" ;;
*) machine=${machine:-microvm}; boot="-kernel $image" ;;
esac
case $machine in
microvm)
	# No PIC, PIT or option ROMs; the RTC stays for wall time under TCG
	# (KVM gives kvmclock). ACPI off: virtio-mmio slots are then fixed.
	mach="-M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=on"
	net=virtio-net-device rngdev=virtio-rng-device ;;
pc|q35) mach="-M $machine"; net=virtio-net-pci rngdev=virtio-rng-pci ;;
*) echo "run.sh: --machine $machine: expected microvm, pc or q35" >&2; exit 125 ;;
esac

set -- ${UNIJS_QEMU:-qemu-system-x86_64} $mach -accel "$accel" -cpu "$cpu" -m "$mem" \
	-nodefaults -no-user-config -display none -no-reboot -serial stdio $boot
[ "$exitdev" = 1 ] && set -- "$@" -device isa-debug-exit,iobase=0xf4,iosize=4
# an entropy source for the guest (host /dev/urandom), as a machine has one
[ "$rng" = 1 ] && set -- "$@" -device "$rngdev"
[ -n "$fwd" ] && set -- "$@" -netdev "user,id=n0$fwd" -device "$net,netdev=n0"
[ -n "$append" ] && [ "${image%.iso}" = "$image" ] && set -- "$@" -append "$append"
# shellcheck disable=SC2086
set -- "$@" $extra

if [ -n "$timeout" ]; then
	timeout -s KILL "$timeout" "$@"
else
	"$@"
fi
st=$?
case $st in
124|137) [ -n "$timeout" ] && { echo "run.sh: timed out after ${timeout}s" >&2; exit 124; } ;;
esac
if [ $((st & 1)) = 1 ] && [ "$st" -ge 3 ]; then
	exit $(((st - 3) / 2))
fi
if [ "$st" = 0 ]; then
	[ "$exitdev" = 0 ] && exit 0
	echo "run.sh: the guest stopped without an exit status (reset or power-off)" >&2
	exit 126
fi
echo "run.sh: qemu failed (status $st)" >&2
exit 125
