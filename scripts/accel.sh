#!/bin/sh
# Prints the accelerator "auto" stands for: kvm when /dev/kvm opens and its
# KVM can run a unijs image natively, else tcg. Exit status 0 either way.
# With --why, prints instead why it is not kvm (nothing when it is).
#
# Our machines' KVM is PVM (module kvm_pvm), which runs a guest at hardware
# CPL 3 and emulates it instruction by instruction until the guest opts in
# to native execution. unijs images do that at boot (arch/x86_64/pvm.c), so
# PVM counts as usable as long as its native mode is on (pvm_native=Y). See
# docs/platform.md.
why=
if [ ! -e /dev/kvm ]; then
	why="no /dev/kvm on this machine"
elif [ ! -r /dev/kvm ] || [ ! -w /dev/kvm ]; then
	why="/dev/kvm is not readable and writable by $(id -un)"
elif ! sh -c 'exec 3<>/dev/kvm' 2>/dev/null; then
	why="/dev/kvm does not open"
elif [ -d /sys/module/kvm_pvm ] && [ "$(cat /sys/module/kvm_pvm/parameters/pvm_native 2>/dev/null)" != Y ]; then
	why="this KVM is PVM with native mode off (pvm_native=N; docs/platform.md)"
fi
if [ "${1:-}" = --why ]; then
	[ -z "$why" ] || echo "$why"
elif [ -n "$why" ]; then
	echo tcg
else
	echo kvm
fi
