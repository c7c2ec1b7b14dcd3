/*
 * The one header through which lib/, drivers/ and js/ reach the CPU.
 * Everything x86-specific stays behind it.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdint.h>
#include <stddef.h>

/* ---- port I/O, MSRs, CPUID: inline because they are single instructions */

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" ::"a"(v), "Nd"(port)); }
static inline void outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" ::"a"(v), "Nd"(port)); }
static inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" ::"a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint16_t inw(uint16_t port) { uint16_t v; __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint32_t inl(uint16_t port) { uint32_t v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }

static inline uint64_t rdmsr(uint32_t msr)
{
	uint32_t lo, hi;
	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((uint64_t)hi << 32) | lo;
}
static inline void wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ volatile("wrmsr" ::"c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}
static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}
static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}
static inline void cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }
static inline void irq_disable(void) { __asm__ volatile("cli" ::: "memory"); }
static inline void irq_enable(void) { __asm__ volatile("sti" ::: "memory"); }
static inline void barrier(void) { __asm__ volatile("" ::: "memory"); }

static inline uint32_t mmio_read32(uintptr_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_write32(uintptr_t a, uint32_t v) { *(volatile uint32_t *)a = v; }

/* ---- what the boot protocol told us */

#define BOOT_MAX_REGIONS 32
#define BOOT_CMDLINE_MAX 4096

struct boot_region {
	uint64_t base, len;
};

struct boot_info {
	/* usable RAM, page aligned, excluding the image and low 1 MiB */
	struct boot_region ram[BOOT_MAX_REGIONS];
	int nram;
	uint64_t ram_top;               /* highest usable address + 1 */
	char cmdline[BOOT_CMDLINE_MAX]; /* NUL-terminated, may be empty */
	uint64_t tsc_entry;             /* TSC at the first instruction we ran */
};

/*
 * Called by arch_start() once the CPU, memory map and exceptions are set up:
 * the one upward call, like crt0 calling main(). It never returns.
 */
void kernel_main(struct boot_info *bi) __attribute__((noreturn));

/* ---- the image's own layout (kernel.ld) */
extern char __image_start[], __text_end[], __rodata_end[], __load_end[], __bss_end[], __image_end[];

/* ---- faults and diagnostics (trap.c) */

/* Exit codes of the image when the kernel itself stops it (docs/exit-codes). */
#define EXIT_PANIC          120 /* app codes are 0..119 */
#define EXIT_CPU_EXCEPTION  121
#define EXIT_STACK_OVERFLOW 122
#define EXIT_OUT_OF_MEMORY  123
#define EXIT_BAD_CMDLINE    9   /* Node's "invalid argument" code */

/*
 * Final exit hook, set by the power driver: trap.c cannot call drivers, so
 * the driver registers how to end the machine. Falls back to halting.
 */
extern void (*arch_exit_hook)(int code);
void arch_halt_forever(void) __attribute__((noreturn));
void arch_exit(int code) __attribute__((noreturn));

/* Prints a frame-pointer backtrace starting at rbp, with symbol names. */
void arch_backtrace(uintptr_t rbp);
/* Symbol containing addr, and the offset into it; NULL when unknown. */
const char *arch_symbol(uintptr_t addr, uintptr_t *off);
/* Prints the current registers and a backtrace (used by panic). */
void arch_dump_here(void);

/* ---- interrupts (trap.c, apic.c) */

/*
 * Runs fn(vector, ctx) with interrupts off when the vector fires. The
 * handler must acknowledge its device, mark work ready and return; it must
 * not allocate, call into JS or touch FPU/SSE state (files holding
 * handlers are built with -mgeneral-regs-only). 0, -EINVAL or -EBUSY.
 */
int arch_irq_register(int vector, void (*fn)(int vector, void *ctx), void *ctx);
void arch_irq_eoi(void);

/* ---- clock (clock.c): TSC based */
uint64_t arch_tsc_hz(void);                  /* measured on first call if no source states it */
uint64_t arch_tsc_to_ns(uint64_t tsc_delta);
uint64_t clock_monotonic_ns(void);           /* never goes back; arbitrary origin */
uint64_t clock_realtime_ns(void);            /* ns since 1970-01-01 UTC */

#endif
