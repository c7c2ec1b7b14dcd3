#!/bin/sh
# bench/exit-cost.sh [N]: what one exit to the hypervisor costs a guest on
# this machine, by kind (bench/exit-cost/exit-cost.c says which), N of
# each (default 20000). Under our machines' PVM an exit costs tens of
# microseconds, as much as a small request's work: the figure every
# choice between spinning and halting, and every notification a driver
# sends or an interrupt it takes, is weighed against (docs/figures.md).
# Needs KVM (under TCG there are no exits; it says so and stops).
. "$(dirname "$0")/common.sh"

[ "$UNIJS_ACCEL" = kvm ] || { echo "exit-cost: needs KVM (accelerator is $UNIJS_ACCEL)"; exit 0; }
make -s build/bench/exit-cost.elf || exit 1
sh scripts/run.sh --timeout 120 build/bench/exit-cost.elf ${1:+-- "$1"} 2>&1 | grep '^exit-cost:'
