/* Constants shared by the assembly and C parts of arch/x86_64. */
#ifndef ARCH_X86_64_ASM_H
#define ARCH_X86_64_ASM_H

#define KERNEL_CS       0x08
#define KERNEL_DS       0x10
#define TSS_SEL         0x18

#define PTE_P           (1 << 0)
#define PTE_W           (1 << 1)
#define PTE_U           (1 << 2)
#define PTE_PWT         (1 << 3)
#define PTE_PCD         (1 << 4)
#define PTE_PS          (1 << 7)

#define CR0_MP          (1 << 1)
#define CR0_EM          (1 << 2)
#define CR0_TS          (1 << 3)
#define CR0_NE          (1 << 5)
#define CR0_WP          (1 << 16)
#define CR0_PG          (1 << 31)
#define CR4_PAE         (1 << 5)
#define CR4_OSFXSR      (1 << 9)
#define CR4_OSXMMEXCPT  (1 << 10)

#define MSR_EFER        0xC0000080
#define EFER_LME        (1 << 8)
#define EFER_NXE        (1 << 11)
#define MSR_GS_BASE     0xC0000101

/*
 * The main stack: mujs recurses in C, ~420 bytes per JS call level and
 * ~1 KB per parser nesting level; sized for the limits in the Makefile.
 */
#define BOOT_STACK_SIZE (1024 * 1024)
/* Exception stacks (IST): a fault on a blown stack still has room to report. */
#define IST_STACK_SIZE  (16 * 1024)

#endif
