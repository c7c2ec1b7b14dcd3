#!/bin/sh
# Entropy boot tests: the crypto module draws random bytes from RDRAND/RDSEED
# (QEMU -cpu max; the qemu64 model has neither) and from virtio-rng (on
# microvm's virtio-mmio and on pc's PCI), and with no source at all the
# image says so at boot and randomBytes throws a clear error.
. "$(dirname "$0")/lib.sh"

plan 6
if ! image entropy "$top/tests/boot/apps/entropy.js"; then
	notok entropy-build "$(cat "$T/mk.entropy")"
	for n in 1 2 3 4 5; do skip "entropy-$n" "no image"; done
	finish
fi
elf=$out/entropy.elf

# Under KVM the CPU with RDRAND is the host's (-cpu max would ask QEMU to
# set MSRs our PVM hosts refuse; run.sh's KVM default avoids them).
accel=${UNIJS_ACCEL:-auto}
[ "$accel" = auto ] && accel=$(sh "$top/scripts/accel.sh")
cpumax=max
[ "$accel" = kvm ] && cpumax=host,-arch-capabilities
boot entropy-cpu-max --cpu "$cpumax" --no-rng "$elf"
expect entropy-cpu-max 0 '^sources: (rdseed )?rdrand$' '^randomBytes 64 not all zero$' \
	'^uuid [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'

# The rest asks for a CPU without RDRAND/RDSEED (qemu64). QEMU hides them
# only where it answers CPUID: under PVM (our machines' KVM) the guest's
# CPUID is the host's whatever the model, so these boots run under TCG.
UNIJS_ACCEL=tcg
export UNIJS_ACCEL
boot entropy-virtio-mmio --cpu qemu64 "$elf"
expect entropy-virtio-mmio 0 '^sources: virtio-rng\(virtio-mmio' '^randomBytes 64 not all zero$' '^uuid '

boot entropy-none --cpu qemu64 --no-rng "$elf"
expect entropy-none 3 '^unijs: no entropy source' '^sources: none$' \
	'^randomBytes threw: no entropy source: this machine has no RDRAND/RDSEED and no virtio-rng' \
	'^randomUUID threw too$' '^getRandomValues threw too$' '^Math.random true$'
n=$(grep -c 'no entropy source (' "$T/entropy-none.out")
if [ "$n" = 1 ]; then ok entropy-none-one-line; else notok entropy-none-one-line "the boot message came $n times"; fi

# two boots give different bytes (and a different Math.random)
boot entropy-again --cpu qemu64 "$elf"
a=$(grep -E '^(uuid|math) ' "$T/entropy-virtio-mmio.out")
b=$(grep -E '^(uuid|math) ' "$T/entropy-again.out")
if [ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ]; then ok entropy-differs-between-boots
else notok entropy-differs-between-boots "first: $a" "second: $b"; fi

# virtio-rng-pci on the pc machine (GRUB ISO)
boot entropy-virtio-pci --cpu qemu64 "$out/entropy.iso"
expect entropy-virtio-pci 0 '^sources: virtio-rng\(virtio-pci' '^randomBytes 64 not all zero$'
finish
