#!/bin/sh
# run.sh: boot a unijs image under QEMU and exit with the app's exit code.
#
#   scripts/run.sh [options] IMAGE.elf|IMAGE.iso|IMAGE.img|IMAGE.qcow2 [kernel words...] [-- app args...]
#
# Options (before the image):
#   --machine microvm|pc|q35  default microvm for .elf, pc for the others
#   --mem SIZE                guest memory (default 32M; QEMU syntax)
#   --timeout SECONDS         kill the guest after that long (exit 124)
#   --no-exit-device          leave out isa-debug-exit (the image then powers
#                             off through ACPI; the status record still
#                             carries the exit code)
#   --fwd HOST:GUEST          forward host TCP port to the guest (user net)
#   --tap IFNAME              the NIC on the host's tap device IFNAME
#                             instead of user networking (made beforehand,
#                             e.g. `ip tuntap add dev IFNAME mode tap`, with
#                             an address and up; give the guest ip= and gw=
#                             on that network, or let a DHCP server there
#                             answer): how a server is deployed, without
#                             slirp's TCP/IP stack in the QEMU process
#   --append STRING           kernel words as one string, in the kernel's
#                             own quoting ("double quotes", \" and \\),
#                             placed before the separate words
#   --status FILE             write the outcome there as one line: "app N",
#                             "panic", "exception", "stack-overflow",
#                             "out-of-memory", "watchdog", "timeout", "interrupted",
#                             "no-status" or "qemu-failed"
#   --qemu ARG                pass ARG to QEMU (repeatable)
#   --no-rng                  leave out the virtio-rng device (entropy for
#                             crypto; docs/crypto.md)
#   --serial-console          leave out the virtio console: the image's
#                             output then goes through the serial port, as
#                             on a machine without one (by default the
#                             output goes through a virtio serial port
#                             (port 1: QEMU holds its bytes while our
#                             stdout is slow, where a virtconsole drops
#                             them) writing to QEMU's stdout, one exit per write instead of
#                             one per byte; input is the serial port's
#                             either way: drivers/virtio_console.h)
#   --cpu MODEL               QEMU CPU model (default max under TCG: it has
#                             RDRAND; qemu64 has none)
#   --smp N[,TOPOLOGY]        N virtual CPUs (default 1; QEMU's -smp syntax,
#                             e.g. 4,cores=2). Under TCG with
#                             N > 1, one host thread per vCPU (QEMU's
#                             multi-threaded TCG, -accel tcg,thread=multi,
#                             QEMU 7.2's default for x86 on x86 already,
#                             made explicit), unless --qemu asks for
#                             -icount, which needs the single-threaded one
# Environment: UNIJS_ACCEL=kvm|tcg|auto (default auto: KVM when /dev/kvm
# opens, else TCG). UNIJS_QEMU overrides the QEMU binary.
#
# Kernel words reach an .elf through -append, and an ISO or disk image
# through QEMU's fw_cfg (opt/unijs/cmdline), after the words its grub.cfg
# carries (README: "Command line").
#
# Exit status: the app's code, every one of 0..255 as the app gave it; when
# the kernel stopped the app, what a shell reports for a process that died
# the same way: 134 (abort) for a panic or out of memory, 139 (segmentation
# fault) for a CPU exception or a stack overflow, 142 (SIGALRM) when the
# watchdog (watchdog=SECONDS) ended a stuck app, with the reason on stderr.
# run.sh's own: 124 timeout, 125 QEMU failed to start or run, 126 the guest
# stopped without a status. SIGINT (Ctrl-C) stops QEMU and exits 0: ending
# a service by hand is a normal end (and make then prints no error);
# SIGTERM stops QEMU and exits 143, as a shell reports it. --status tells
# all of these apart from the same app codes.
set -u

machine= mem=32M timeout= exitdev=1 fwd= tap= extra= rng=1 cpu= raw= statusf= smp=1 vcon=1
while [ $# -gt 0 ]; do
	case $1 in
	--machine) machine=$2; shift 2 ;;
	--mem) mem=$2; shift 2 ;;
	--timeout) timeout=$2; shift 2 ;;
	--no-exit-device) exitdev=0; shift ;;
	--serial-console) vcon=0; shift ;;
	--fwd) fwd="$fwd,hostfwd=tcp:127.0.0.1:${2%%:*}-:${2#*:}"; shift 2 ;;
	--tap) tap=$2; shift 2 ;;
	--append) raw=$2; shift 2 ;;
	--status) statusf=$2; shift 2 ;;
	--qemu) extra="$extra $2"; shift 2 ;;
	--no-rng) rng=0; shift ;;
	--cpu) cpu=$2; shift 2 ;;
	--smp) smp=$2; shift 2 ;;
	-h|--help) sed -n "2,$(($(grep -n '^set -u' "$0" | cut -d: -f1) - 2))p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 125 ;;
	*) break ;;
	esac
done
[ $# -ge 1 ] || { echo "run.sh: which image?" >&2; exit 125; }
[ -n "$fwd" ] && [ -n "$tap" ] && { echo "run.sh: --fwd and --tap: one NIC, either user networking or a tap device" >&2; exit 125; }
if [ -n "$tap" ] && ! [ -d "/sys/class/net/$tap" ]; then
	echo "run.sh: --tap $tap: no such network device (make it first: ip tuntap add dev $tap mode tap)" >&2
	exit 125
fi
image=$1
shift
[ -f "$image" ] || { echo "run.sh: $image: no such file" >&2; exit 125; }

# The kernel command line: the remaining words, re-quoted so that app
# arguments with spaces survive (lib/cmdline.c undoes the quoting).
append=$raw
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
ncpu=${smp%%,*}
case $ncpu in
'' | *[!0-9]* | 0) echo "run.sh: --smp $smp: expected a number of CPUs (and QEMU's ,cores=... after it)" >&2; exit 125 ;;
esac
accelopt=$accel
if [ "$accel" = tcg ] && [ "$ncpu" -gt 1 ]; then
	case $extra in
	*-icount*) accelopt=tcg,thread=single ;;
	*) accelopt=tcg,thread=multi ;;
	esac
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
*.img) machine=${machine:-pc}; boot="-drive file=$image,format=raw,if=virtio,readonly=on" ;;
*.qcow2) machine=${machine:-pc}; boot="-drive file=$image,format=qcow2,if=virtio,readonly=on" ;;
*) machine=${machine:-microvm}; boot="-kernel $image" ;;
esac
case $machine in
microvm)
	# No PIC, PIT or option ROMs; the RTC stays for wall time under TCG
	# (KVM gives kvmclock). ACPI off: virtio-mmio slots are then fixed.
	mach="-M microvm,acpi=off,x-option-roms=off,pit=off,pic=off,rtc=on"
	net=virtio-net-device rngdev=virtio-rng-device serdev=virtio-serial-device ;;
pc|q35) mach="-M $machine"; net=virtio-net-pci rngdev=virtio-rng-pci serdev=virtio-serial-pci ;;
*) echo "run.sh: --machine $machine: expected microvm, pc or q35" >&2; exit 125 ;;
esac

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
: >"$T/status"
set -- ${UNIJS_QEMU:-qemu-system-x86_64} $mach -accel "$accelopt" -cpu "$cpu" -smp "$smp" -m "$mem" \
	-nodefaults -no-user-config -display none -no-reboot -serial stdio $boot \
	-chardev "file,id=unijs_status,path=$T/status" -device isa-debugcon,iobase=0xe9,chardev=unijs_status
[ "$exitdev" = 1 ] && set -- "$@" -device isa-debug-exit,iobase=0xf4,iosize=4
# an entropy source for the guest (host /dev/urandom), as a machine has one
[ "$rng" = 1 ] && set -- "$@" -device "$rngdev"
[ -n "$fwd" ] && set -- "$@" -netdev "user,id=n0$fwd" -device "$net,netdev=n0"
[ -n "$tap" ] && set -- "$@" -netdev "tap,id=n0,ifname=$tap,script=no,downscript=no" -device "$net,netdev=n0"
# The console's output: a virtserialport, port 1 (after the other devices: they keep
# their slots). It and the serial port write into one pipe ($T/out, which
# cat copies to our stdout), so their bytes stay in the guest's order
# whatever our stdout is: two opens of one file would each keep their own
# offset and overwrite each other.
if [ "$vcon" = 1 ]; then
	mkfifo "$T/out"
	set -- "$@" -chardev "file,id=unijs_con,path=$T/out" \
		-device "$serdev,max_ports=2" -device virtserialport,chardev=unijs_con,nr=1
fi
if [ -n "$append" ]; then
	case $image in
	*.elf) set -- "$@" -append "$append" ;;
	*) # GRUB owns the boot line of an ISO or disk: these words go
		# through fw_cfg, read after it (drivers/fw_cfg.h).
		printf %s "$append" >"$T/cmdline"
		set -- "$@" -fw_cfg "name=opt/unijs/cmdline,file=$T/cmdline" ;;
	esac
fi
# shellcheck disable=SC2086
set -- "$@" $extra

status() { [ -z "$statusf" ] || echo "$1" >"$statusf"; }

# QEMU runs in the background so that a SIGINT or SIGTERM to this script
# (Ctrl-C on `make run`, or kill) is handled at once: stop QEMU, then exit
# as a shell reports such a signal. A background job's stdin would be
# /dev/null: hand it ours (the serial console reads it).
qpid= cpid=
stop() {
	trap '' INT TERM
	[ -n "$qpid" ] && kill -TERM "$qpid" 2>/dev/null && wait "$qpid"
	[ -n "$cpid" ] && wait "$cpid"
	echo "run.sh: stopped by SIG$1; the guest was shut down" >&2
	status interrupted
	exit "$2"
}
trap 'stop INT 0' INT
trap 'stop TERM 143' TERM
exec 3<&0
if [ -n "$timeout" ]; then
	set -- timeout -s KILL "$timeout" "$@"
fi
if [ "$vcon" = 1 ]; then
	cat "$T/out" &
	cpid=$!
	"$@" <&3 3<&- >"$T/out" &
else
	"$@" <&3 3<&- &
fi
qpid=$!
wait "$qpid"
st=$?
qpid=
[ -z "$cpid" ] || wait "$cpid" # the console's last bytes are out before ours
cpid=

if [ -n "$timeout" ] && { [ "$st" = 124 ] || [ "$st" = 137 ]; }; then
	echo "run.sh: timed out after ${timeout}s" >&2
	status timeout
	exit 124
fi
# The status record (drivers/power.h): the guest's last word on port 0xe9.
rec=$(grep -a '^unijs-exit ' "$T/status" | tail -n 1)
case $rec in
"unijs-exit app "*)
	code=${rec#unijs-exit app }
	status "app $code"
	exit "$code" ;;
"unijs-exit "*)
	what=${rec#unijs-exit }
	status "$what"
	case $what in
	panic|out-of-memory) code=134 ;;
	watchdog) code=142 ;; # as a process killed by its alarm (SIGALRM)
	*) code=139 ;;
	esac
	echo "run.sh: the kernel stopped the app: $what (exit $code)" >&2
	exit $code ;;
esac
# No record (no debugcon, e.g. replaced through --qemu): the exit device's
# status alone, ((v & 0x7f) << 1) | 1 (drivers/power.h).
if [ $((st & 1)) = 1 ] && [ "$st" -ge 3 ] && [ "$st" -le 251 ]; then
	status "app $(((st - 3) / 2))"
	exit $(((st - 3) / 2))
fi
if [ "$st" = 0 ]; then
	status no-status
	echo "run.sh: the guest stopped without an exit status (reset or power-off)" >&2
	exit 126
fi
status qemu-failed
echo "run.sh: qemu failed (status $st)" >&2
exit 125
