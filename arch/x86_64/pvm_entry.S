/*
 * PVM (pvm.c): the MSR probe that survives a #GP, and idle.
 */
#include "asm.h"

        .text
/*
 * int pvm_rdmsr_safe(uint32_t msr, uint64_t *value): 0, or -1 when the
 * rdmsr faulted (pvm_probe_gp resumes at pvm_rdmsr_fault).
 */
        .globl pvm_rdmsr_safe
pvm_rdmsr_safe:
        mov     %edi, %ecx
        rdmsr
        shl     $32, %rdx
        or      %rdx, %rax
        mov     %rax, (%rsi)
        xor     %eax, %eax
        ret
pvm_rdmsr_fault:
        mov     $-1, %eax
        ret

/* #GP from the probe on an ordinary KVM, through pvm.c's one-gate IDT. */
        .globl pvm_probe_gp
pvm_probe_gp:
        add     $8, %rsp                /* error code */
        lea     pvm_rdmsr_fault(%rip), %rax
        mov     %rax, (%rsp)
        iretq

/*
 * void pvm_idle(vif): arch_idle() under PVM, called with interrupts off;
 * vif is the calling core's VIF page (struct cpu, vif).
 * Sets the virtual interrupt flag and halts. An interrupt taken anywhere
 * from the flag store up to the hlt returns to pvm_idle_end instead
 * (pvm_irq_fixup), so a wake-up can never be lost between the two. One
 * already held back is delivered by the trapping sti.
 */
        .globl pvm_idle, pvm_idle_window, pvm_idle_hlt, pvm_idle_end
pvm_idle:
        mov     %rdi, %rax
        movb    $1, (%rax)
pvm_idle_window:
        cmpb    $0, 1(%rax)
        jne     1f
pvm_idle_hlt:
        hlt
pvm_idle_end:
        ret
1:      sti
        ret
