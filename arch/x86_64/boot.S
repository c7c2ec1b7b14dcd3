/*
 * Boot entry: multiboot v1 (QEMU -kernel and GRUB's `multiboot`).
 *
 * The image is an ELF64, which a multiboot v1 loader cannot parse, so the
 * header sets flag bit 16 and carries the load addresses itself (the
 * "a.out kludge"): the loader copies the file from the header's position on
 * to load_addr and zeroes up to bss_end_addr. kernel.ld keeps the file
 * layout contiguous so that this copy reproduces the ELF segments exactly;
 * mkimage.sh checks that.
 *
 * The loader leaves us in 32-bit protected mode with paging off, EAX =
 * 0x2BADB002 and EBX = the multiboot information. We identity-map the first
 * 4 GiB with 2 MiB pages (just enough to reach 64-bit C code), enter long
 * mode, and hand over to arch_start(), which builds the real page tables.
 * The boot tables set the U bit, which changes nothing at CPL 0 (no SMEP,
 * no SMAP) but lets PVM run on them natively (pvm.c) before paging_init().
 */
#include "asm.h"

#define MB_MAGIC        0x1BADB002
#define MB_FLAGS        ((1 << 1) | (1 << 16)) /* memory info, address fields */

        .section .multiboot, "a"
        .balign 4
mb_header:
        .long MB_MAGIC
        .long MB_FLAGS
        .long -(MB_MAGIC + MB_FLAGS)
        .long mb_header                 /* header_addr */
        .long __image_start             /* load_addr */
        .long __load_end                /* load_end_addr */
        .long __bss_end                 /* bss_end_addr */
        .long start32                   /* entry_addr */

/*
 * PVH (Xen's x86/HVM direct boot ABI, which QEMU, Firecracker and
 * cloud-hypervisor implement): XEN_ELFNOTE_PHYS32_ENTRY (type 18) names a
 * 32-bit entry; the loader enters it in flat protected mode, paging off,
 * with EBX = the hvm_start_info (magic 0x336ec578). QEMU -kernel takes
 * multiboot when both are there; the rest take this.
 */
        .section .note.Xen, "a", @note
        .balign 4
        .long 4                         /* namesz: "Xen\0" */
        .long 8                         /* descsz: a 64-bit address, as Linux gives */
        .long 18                        /* XEN_ELFNOTE_PHYS32_ENTRY */
        .asciz "Xen"
        .balign 4
        .quad pvh_start32

        .section .text.boot, "ax"
        .code32
        .globl pvh_start32
pvh_start32:
        mov     $0x336ec578, %eax       /* arch_start tells the protocols apart */
        /* EBX: the start info; its first byte has bit 0 clear, so the
         * multiboot memory check below is skipped */

        .globl start32
start32:
        cli
        cld
        mov     %eax, %edi              /* multiboot magic: 1st argument */
        mov     %ebx, %esi              /* multiboot info: 2nd argument */

        /*
         * Too little RAM for the image and its stack would end in a triple
         * fault at the first push: say so instead (multiboot mem_upper is
         * the KiB of RAM above 1 MiB) and exit with EXIT_OUT_OF_MEMORY.
         */
        testb   $1, (%ebx)
        jz      2f
        mov     8(%ebx), %eax
        shl     $10, %eax
        add     $0x100000, %eax
        cmp     $__bss_end, %eax
        jae     2f
        mov     $no_memory_msg, %esi
1:      lodsb
        test    %al, %al
        jz      1f
        mov     $0x3f8, %dx
        outb    %al, %dx
        jmp     1b
1:      mov     $0xe9, %dx              /* power.c's status record... */
        inb     %dx, %al
        cmp     $0xe9, %al
        jne     3f
        mov     $oom_record, %esi
1:      lodsb
        test    %al, %al
        jz      3f
        outb    %al, %dx
        jmp     1b
3:      mov     $0xf4, %dx
        mov     $127, %eax              /* ...and exit value: a kernel outcome */
        outl    %eax, %dx
        cli
        hlt
2:
        /*
         * The loader zeroed .bss, so the boot tables start empty. Identity
         * map the low 4 GiB with PML4[0] -> PDPT, whose four entries are
         * 1 GiB pages where the CPU has them. Where it has not, only the
         * first 16 MiB here, or up to the image's end and 2 MiB past it
         * when the image reaches further (the image, its stack at the end
         * of .bss, the loader's multiboot data after it: an app of 15 MB
         * of packed modules ends past 16 MiB, and its first push faulted
         * into a triple fault), with 2 MiB pages; boot_map_extend()
         * (entry.c) maps the rest from C. A 2048-entry loop here would
         * cost ~6 ms on hypervisors that emulate this early code
         * instruction by instruction (PVM before the switch to native,
         * docs/platform.md; its cpuid is the machine underneath's, which
         * has no 1 GiB pages on ours).
         */
        mov     $boot_pdpt, %eax
        or      $(PTE_P | PTE_W | PTE_U), %eax
        mov     %eax, boot_pml4

        mov     $0x80000001, %eax       /* (cpuid leaves esi/edi alone) */
        cpuid
        bt      $26, %edx               /* Page1GB */
        jnc     2f
        mov     $(PTE_P | PTE_W | PTE_U | PTE_PS), %eax
        xor     %ecx, %ecx
1:      mov     %eax, boot_pdpt(,%ecx,8)
        add     $0x40000000, %eax
        inc     %ecx
        cmp     $4, %ecx
        jne     1b
        jmp     3f

2:      mov     $boot_pd_early, %eax
        or      $(PTE_P | PTE_W | PTE_U), %eax
        mov     %eax, boot_pdpt
        mov     $(__image_end + 0x3fffff), %edx /* 2 MiB pages to the end, and one */
        shr     $21, %edx
        cmp     $8, %edx
        jae     4f
        mov     $8, %edx                /* at least 16 MiB */
4:      mov     $(PTE_P | PTE_W | PTE_U | PTE_PS), %eax
        xor     %ecx, %ecx
1:      mov     %eax, boot_pd_early(,%ecx,8)
        add     $0x200000, %eax
        inc     %ecx
        cmp     %edx, %ecx
        jne     1b
3:
        mov     $boot_pml4, %eax
        mov     %eax, %cr3

        mov     %cr4, %eax
        or      $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        mov     %eax, %cr4

        mov     $MSR_EFER, %ecx
        rdmsr
        or      $(EFER_LME | EFER_NXE), %eax
        wrmsr

        mov     %cr0, %eax
        and     $~(CR0_EM | CR0_TS), %eax
        or      $(CR0_PG | CR0_MP | CR0_WP | CR0_NE), %eax
        mov     %eax, %cr0

        lgdt    boot_gdt_desc
        ljmp    $KERNEL_CS, $start64

        .code64
start64:
        mov     $KERNEL_DS, %eax
        mov     %eax, %ds
        mov     %eax, %es
        mov     %eax, %ss
        xor     %eax, %eax
        mov     %eax, %fs
        mov     %eax, %gs

        mov     %edi, %edi              /* upper halves are undefined after */
        mov     %esi, %esi              /* the switch: zero-extend */
        lea     boot_stack_top(%rip), %rsp
        xor     %ebp, %ebp              /* ends the frame-pointer backtrace */
        call    arch_start
        ud2

        .section .rodata
no_memory_msg:
        .asciz "unijs: not enough memory for the image (give the guest more, e.g. QEMU -m 4M)\r\n"
oom_record:
        .asciz "\nunijs-exit out-of-memory\n"
        .balign 8
/*
 * Descriptors carry the accessed bit already: KVM without unrestricted
 * guest (our nested hosts) treats a segment without it as invalid state
 * and falls back to emulating every instruction, which fails on SSE.
 */
boot_gdt:
        .quad 0
        .quad 0x00209b0000000000        /* KERNEL_CS: 64-bit code, ring 0 */
        .quad 0x0000930000000000        /* KERNEL_DS */
        .globl boot_gdt_desc            /* smp_tramp.S: the APs load it too */
boot_gdt_desc:
        .word boot_gdt_desc - boot_gdt - 1
        .long boot_gdt

        .section .bss.boot, "aw", @nobits
        .balign 4096
        .globl boot_pml4, boot_pdpt, boot_pd
boot_pml4:      .skip 4096
boot_pdpt:      .skip 4096
boot_pd_early:  .skip 4096
boot_pd:        .skip 4 * 4096
        /*
         * The boot stack is the main stack for the whole life of the image
         * (one core). The page below it is left unmapped by paging.c, so an
         * overflow faults instead of corrupting .bss.
         */
        .globl boot_stack_guard, boot_stack_bottom, boot_stack_top
boot_stack_guard:  .skip 4096
boot_stack_bottom: .skip BOOT_STACK_SIZE
boot_stack_top:
