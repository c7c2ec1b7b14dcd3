/*
 * AP start-up (smp.c): the real-mode trampoline and the 32-bit entry.
 *
 * A SIPI with vector 0x08 starts the AP in real mode at 0x0800:0000, the
 * copy of smp_tramp_start..smp_tramp_end that smp.c puts at SMP_TRAMP
 * (0x8000, in low RAM that entry.c keeps out of the heap). That page is
 * only ever executed with paging off, so it needs no executable mapping:
 * in the final tables it is writable and non-executable while smp.c
 * fills it, and unmapped once the APs are up (W^X holds throughout).
 *
 * The trampoline loads a flat 32-bit GDT of its own, enters protected
 * mode and jumps to smp_ap_start32 in the image's text, which does what
 * boot.S does for the boot core: PAE, the final page tables (smp_ap_cr3,
 * below 4 GiB), long mode with NX, boot.S's GDT, 64-bit code.
 *
 * Its slot (its stack, its per-CPU area) is the one smp.c prepared for
 * its APIC ID (CPUID.1:EBX[31:24]), so an AP that an INIT resets and a
 * SIPI restarts takes the same slot again; an ID smp.c did not expect
 * halts for good. It then waits for smp_ap_go (smp.c sets it before the
 * first SIPI: no AP waits today) before it touches anything of its slot: until
 * then the boot core may still reset it with an INIT (smp.c says when),
 * and a reset AP has nothing to undo.
 */
#include "asm.h"

#define SMP_TRAMP 0x8000

        .section .rodata
        .balign 16
        .globl smp_tramp_start, smp_tramp_end
        .code16
smp_tramp_start:
        cli
        cld
        mov     %cs, %ax                /* 0x0800: offsets below are from the start */
        mov     %ax, %ds
        lgdtl   tramp_gdt_desc - smp_tramp_start
        mov     %cr0, %eax
        or      $1, %eax                /* PE */
        mov     %eax, %cr0
        ljmpl   $0x08, $smp_ap_start32
        .balign 8
/* accessed bits set, as in boot.S (KVM without unrestricted guest) */
tramp_gdt:
        .quad 0
        .quad 0x00cf9b000000ffff        /* 0x08: 32-bit code, flat */
        .quad 0x00cf93000000ffff        /* 0x10: 32-bit data, flat */
tramp_gdt_desc:
        .word tramp_gdt_desc - tramp_gdt - 1
        .long SMP_TRAMP + (tramp_gdt - smp_tramp_start)
smp_tramp_end:

        .text
        .code32
        .globl smp_ap_start32
smp_ap_start32:
        mov     $0x10, %eax
        mov     %eax, %ds
        mov     %eax, %es
        mov     %eax, %ss
        mov     $1, %eax
        cpuid
        shr     $24, %ebx               /* ebx: this AP's initial APIC ID */
        xor     %edi, %edi              /* edi: its slot */
1:      cmp     smp_ap_slots, %edi
        jae     park
        cmp     smp_ap_ids(,%edi,4), %ebx
        je      3f
        inc     %edi
        jmp     1b
3:      pause
        cmpl    $0, smp_ap_go
        je      3b

        mov     %cr4, %eax
        or      $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        mov     %eax, %cr4
        mov     smp_ap_cr3, %eax
        mov     %eax, %cr3
        mov     $MSR_EFER, %ecx
        rdmsr
        or      $(EFER_LME | EFER_NXE), %eax
        wrmsr
        mov     %cr0, %eax
        and     $~(CR0_EM | CR0_TS), %eax
        or      $(CR0_PG | CR0_MP | CR0_WP | CR0_NE), %eax
        mov     %eax, %cr0
        lgdt    boot_gdt_desc
        ljmp    $KERNEL_CS, $ap_start64

park:   cli
        hlt
        jmp     park

        .code64
ap_start64:
        mov     $KERNEL_DS, %eax
        mov     %eax, %ds
        mov     %eax, %es
        mov     %eax, %ss
        xor     %eax, %eax
        mov     %eax, %fs
        mov     %eax, %gs
        mov     %edi, %edi
        lea     smp_ap_stack_top(%rip), %rax
        mov     (%rax,%rdi,8), %rsp
        xor     %ebp, %ebp              /* ends the frame-pointer backtrace */
        call    smp_ap_main
        ud2
