/*
 * Ending the machine with an exit status.
 *
 * power_exit(code): QEMU's isa-debug-exit device (iobase 0xf4) makes QEMU
 * itself exit with status 2 * (code + 1) + 1, which scripts/run.sh turns
 * back into code; without that device, ACPI S5 power-off (the status is then
 * lost: a clean shutdown). Codes are 0..126 (the device's status is 8 bits);
 * larger ones are reduced modulo 128, a non-zero code never becoming 0.
 * power_init() registers power_exit as the arch exit hook, so faults and
 * panics end the machine the same way.
 */
#ifndef POWER_H
#define POWER_H

void power_init(void);
void power_exit(int code) __attribute__((noreturn));

#endif
