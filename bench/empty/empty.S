/*
 * The empty guest: the floor for bench/coldboot.sh. A multiboot v1 kernel
 * that does nothing but leave QEMU through isa-debug-exit, so booting it
 * costs exactly what QEMU itself costs (process start, machine setup,
 * -kernel loading, teardown) with the same options as a unijs image.
 *
 * Like arch/x86_64/boot.S the file is an ELF64 with the multiboot "a.out
 * kludge" (flag bit 16): the loader takes the addresses from the header.
 * It writes 1 to port 0xf4, which drivers/power.c uses for app code 0, so
 * QEMU exits with status 2*1+1 = 3 and scripts/run.sh reports exit code 0.
 */
#define MB_MAGIC        0x1BADB002
#define MB_FLAGS        (1 << 16)       /* address fields valid */

        .section .text, "ax"
        .code32
        .balign 4
mb_header:
        .long MB_MAGIC
        .long MB_FLAGS
        .long -(MB_MAGIC + MB_FLAGS)
        .long mb_header                 /* header_addr */
        .long mb_header                 /* load_addr: the file from here on */
        .long empty_end                 /* load_end_addr */
        .long empty_end                 /* bss_end_addr: no bss */
        .long start                     /* entry_addr */

        .globl start
start:
        mov     $0xf4, %dx
        mov     $1, %eax
        out     %eax, %dx
1:      cli                             /* no exit device: stop here */
        hlt
        jmp     1b
empty_end:
