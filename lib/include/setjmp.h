/*
 * setjmp.h: non-local jumps, in assembly (arch/x86_64). jmp_buf holds the
 * callee-saved state of the SysV ABI: rbx rbp r12 r13 r14 r15 rsp rip. No
 * signal mask and no FPU control words: the kernel never changes them, and
 * mujs unwinds errors with longjmp on the event loop, so neither is needed.
 * setjmp and _setjmp are the same function. longjmp(env, 0) returns 1.
 */
#ifndef UNIJS_SETJMP_H
#define UNIJS_SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long jmp_buf[8];

__attribute__((returns_twice)) int setjmp(jmp_buf env);
__attribute__((returns_twice)) int _setjmp(jmp_buf env);
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void _longjmp(jmp_buf env, int val);

#ifdef __cplusplus
}
#endif

#endif
