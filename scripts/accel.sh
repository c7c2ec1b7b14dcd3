#!/bin/sh
# Prints the accelerator "auto" stands for: kvm when /dev/kvm opens and its
# KVM can run a unijs image, else tcg. Exit status 0 either way.
#
# Our machines' KVM is PVM (module kvm_pvm): it runs only guests written to
# the PVM paravirtual ABI natively and emulates every instruction of any
# other guest with KVM's instruction emulator, which has no SSE. mujs computes
# with doubles, so a unijs image dies there at its first SSE instruction
# ("KVM internal error. Suberror: 1"). See docs/platform.md.
if [ -r /dev/kvm ] && [ -w /dev/kvm ] && sh -c 'exec 3<>/dev/kvm' 2>/dev/null &&
	[ ! -d /sys/module/kvm_pvm ]; then
	echo kvm
else
	echo tcg
fi
