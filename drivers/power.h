/*
 * Ending the machine with an exit status.
 *
 * power_exit(code) ends the machine with an app exit code, or with one of
 * the kernel's own outcomes (EXIT_PANIC, EXIT_CPU_EXCEPTION,
 * EXIT_STACK_OVERFLOW, EXIT_OUT_OF_MEMORY from arch.h). An app code is
 * taken modulo 256 as a POSIX exit status is (process.exit(-1) is 255,
 * process.exit(256) is 0, as under Node on Linux).
 *
 * Two channels carry the outcome out (README "Exit codes"):
 *  - the status record: when QEMU's isa-debugcon sits at port 0xe9 (found
 *    by its read-back of 0xe9), one line "unijs-exit app N\n" or
 *    "unijs-exit panic|exception|stack-overflow|out-of-memory|watchdog\n" is written
 *    there; scripts/run.sh reads it, so every code 0..255 comes back exact
 *    and the kernel's outcomes stay apart from them;
 *  - isa-debug-exit (port 0xf4, iosize 4): QEMU exits with status
 *    ((v & 0x7f) << 1) | 1 for the value v written, so only 127 values
 *    fit: v = code + 1 for app codes 0..124 (status 2 * code + 3), 126 for
 *    app codes 125..255 (status 253), 127 for a kernel outcome (status 255).
 *    Never 0 and never 1 (QEMU's own error status).
 * Without the exit device the machine powers off through ACPI S5.
 *
 * power_init() registers power_exit as the arch exit hook, so faults and
 * panics end the machine the same way. May be called with interrupts in any
 * state; never returns.
 */
#ifndef POWER_H
#define POWER_H

void power_init(void);
void power_exit(int code) __attribute__((noreturn));

#endif
