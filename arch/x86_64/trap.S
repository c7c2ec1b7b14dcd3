/*
 * One stub per vector. Each pushes a zero where the CPU pushes no error
 * code, then the vector number, so trap.c always sees the same frame.
 */
#include "asm.h"

.macro stub vec
        .balign 16
stub\vec:
.if (\vec == 8 || \vec == 10 || \vec == 11 || \vec == 12 || \vec == 13 || \vec == 14 || \vec == 17 || \vec == 21 || \vec == 29 || \vec == 30)
.else
        pushq   $0
.endif
        pushq   $\vec
        jmp     trap_common
.endm

        .text
        .balign 16
trap_common:
        push    %rax
        push    %rbx
        push    %rcx
        push    %rdx
        push    %rsi
        push    %rdi
        push    %rbp
        push    %r8
        push    %r9
        push    %r10
        push    %r11
        push    %r12
        push    %r13
        push    %r14
        push    %r15
        cld
        mov     %rsp, %rdi
        call    trap_dispatch
        pop     %r15
        pop     %r14
        pop     %r13
        pop     %r12
        pop     %r11
        pop     %r10
        pop     %r9
        pop     %r8
        pop     %rbp
        pop     %rdi
        pop     %rsi
        pop     %rdx
        pop     %rcx
        pop     %rbx
        pop     %rax
        add     $16, %rsp               /* vector and error code */
        iretq

        .altmacro
        .set i, 0
        .rept 256
        stub %i
        .set i, i + 1
        .endr

        .section .rodata
        .balign 8
        .globl trap_stubs
trap_stubs:
.macro stubaddr vec
        .quad stub\vec
.endm
        .set i, 0
        .rept 256
        stubaddr %i
        .set i, i + 1
        .endr
