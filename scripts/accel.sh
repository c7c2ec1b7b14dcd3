#!/bin/sh
# Prints the accelerator "auto" stands for: kvm when /dev/kvm opens and its
# KVM can run a unijs image natively, else tcg. Exit status 0 either way.
#
# Our machines' KVM is PVM (module kvm_pvm), which runs a guest at hardware
# CPL 3 and emulates it instruction by instruction until the guest opts in
# to native execution. unijs images do that at boot (arch/x86_64/pvm.c), so
# PVM counts as usable as long as its native mode is on (pvm_native=Y). See
# docs/platform.md.
if [ -r /dev/kvm ] && [ -w /dev/kvm ] && sh -c 'exec 3<>/dev/kvm' 2>/dev/null &&
	{ [ ! -d /sys/module/kvm_pvm ] ||
		[ "$(cat /sys/module/kvm_pvm/parameters/pvm_native 2>/dev/null)" = Y ]; }; then
	echo kvm
else
	echo tcg
fi
