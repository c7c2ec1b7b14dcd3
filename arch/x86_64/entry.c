/*
 * arch_start: the first C code. Reads the multiboot information before
 * anything can overwrite it, sets up the CPU (cpu.c) and the final page
 * tables (paging.c), then calls kernel_main().
 */
#include "arch.h"
#include "arch_internal.h"
#include "asm.h"
#include "pvm.h"

#define MB_BOOT_MAGIC    0x2BADB002
#define MB_INFO_MEM      (1 << 0)
#define MB_INFO_CMDLINE  (1 << 2)
#define MB_INFO_MMAP     (1 << 6)

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
	uint32_t mods_count, mods_addr, syms[4];
	uint32_t mmap_length, mmap_addr;
} __attribute__((packed));

struct mb_mmap {
	uint32_t size;
	uint64_t addr, len;
	uint32_t type;
} __attribute__((packed));

static struct boot_info boot_info;
/* Every RAM/ACPI range as the firmware reported it, for paging.c. */
struct boot_region firmware_ram[BOOT_MAX_REGIONS];
int firmware_nram;

static void add_ram(uint64_t base, uint64_t len)
{
	uint64_t end = base + len;
	uint64_t img_lo = (uintptr_t)__image_start, img_hi = (uintptr_t)__image_end;

	base = (base + 4095) & ~4095ull;
	end &= ~4095ull;
	if (base < 0x10000)
		base = 0x10000; /* below: real-mode IVT/BDA and room for an AP trampoline */
	if (end <= base)
		return;
	if (base < img_hi && end > img_lo) { /* carve the image out */
		if (base < img_lo)
			add_ram(base, img_lo - base);
		if (end > img_hi)
			add_ram(img_hi, end - img_hi);
		return;
	}
	if (boot_info.nram == BOOT_MAX_REGIONS)
		return;
	boot_info.ram[boot_info.nram].base = base;
	boot_info.ram[boot_info.nram].len = end - base;
	boot_info.nram++;
	if (end > boot_info.ram_top)
		boot_info.ram_top = end;
}

/* PVH (xen/include/public/arch-x86/hvm/start_info.h) */
#define PVH_MAGIC 0x336ec578

struct pvh_start_info {
	uint32_t magic, version, flags, nr_modules;
	uint64_t modlist_paddr, cmdline_paddr, rsdp_paddr;
	uint64_t memmap_paddr; /* version >= 1 */
	uint32_t memmap_entries, reserved;
} __attribute__((packed));

struct pvh_memmap {
	uint64_t addr, size;
	uint32_t type, reserved;
} __attribute__((packed));

static void read_pvh(const struct pvh_start_info *si)
{
	/* PVH's command line has no kernel path first: put one there, as
	 * cmdline_parse skips the first word. */
	static const char path[] = "pvh ";
	size_t i = 0, j;

	for (j = 0; path[j]; j++)
		boot_info.cmdline[i++] = path[j];
	if (si->cmdline_paddr) {
		const char *s = (const char *)(uintptr_t)si->cmdline_paddr;
		for (j = 0; s[j] && i < BOOT_CMDLINE_MAX - 1; j++)
			boot_info.cmdline[i++] = s[j];
	}
	boot_info.cmdline[i] = 0;
	if (si->version < 1 || !si->memmap_paddr || !si->memmap_entries)
		early_fail("the PVH loader gave no memory map");
	for (j = 0; j < si->memmap_entries; j++) {
		const struct pvh_memmap *e = (const struct pvh_memmap *)(uintptr_t)si->memmap_paddr + j;
		if ((e->type == 1 || e->type == 3 || e->type == 4) && firmware_nram < BOOT_MAX_REGIONS) {
			firmware_ram[firmware_nram].base = e->addr;
			firmware_ram[firmware_nram].len = e->size;
			firmware_nram++;
		}
		if (e->type == 1)
			add_ram(e->addr, e->size);
	}
}

static void read_multiboot(uint32_t magic, const struct mb_info *mb)
{
	if (magic == PVH_MAGIC) {
		boot_info.protocol = "PVH";
		read_pvh((const struct pvh_start_info *)mb);
		return;
	}
	if (magic != MB_BOOT_MAGIC)
		early_fail("not started by a multiboot or PVH loader");
	boot_info.protocol = "multiboot";

	if (mb->flags & MB_INFO_CMDLINE) {
		const char *s = (const char *)(uintptr_t)mb->cmdline;
		size_t i = 0;
		while (s[i] && i < BOOT_CMDLINE_MAX - 1) {
			boot_info.cmdline[i] = s[i];
			i++;
		}
		boot_info.cmdline[i] = 0;
	}

	if (mb->flags & MB_INFO_MMAP) {
		uintptr_t p = mb->mmap_addr, end = p + mb->mmap_length;
		while (p < end) {
			const struct mb_mmap *e = (const struct mb_mmap *)p;
			if ((e->type == 1 || e->type == 3 || e->type == 4) && firmware_nram < BOOT_MAX_REGIONS) {
				firmware_ram[firmware_nram].base = e->addr;
				firmware_ram[firmware_nram].len = e->len;
				firmware_nram++;
			}
			if (e->type == 1)
				add_ram(e->addr, e->len);
			p += e->size + 4;
		}
	} else if (mb->flags & MB_INFO_MEM) {
		/* mem_upper: KiB above 1 MiB, contiguous */
		firmware_ram[0].base = 0x100000;
		firmware_ram[0].len = (uint64_t)mb->mem_upper * 1024;
		firmware_nram = 1;
		add_ram(0x100000, (uint64_t)mb->mem_upper * 1024);
	} else {
		early_fail("the boot loader gave no memory map");
	}
}

/*
 * boot.S mapped only the first 16 MiB when the CPU has no 1 GiB pages:
 * map the rest of the low 4 GiB here, where the loop runs natively. The
 * four PDs are filled while unused (writes to live page tables trap on
 * shadow-paging hypervisors), then put in place with four writes and one
 * TLB flush.
 */
extern uint64_t boot_pml4[512], boot_pdpt[512], boot_pd[4 * 512];

static void boot_map_extend(void)
{
	uint64_t cr3;
	int i;

	if (boot_pdpt[0] & PTE_PS)
		return; /* 1 GiB pages: all mapped already */
	for (i = 0; i < 4 * 512; i++)
		boot_pd[i] = (uint64_t)i * 0x200000 | PTE_P | PTE_W | PTE_U | PTE_PS;
	for (i = 0; i < 4; i++)
		boot_pdpt[i] = (uintptr_t)&boot_pd[i * 512] | PTE_P | PTE_W | PTE_U;
	__asm__ volatile("mov %%cr3, %0\n\tmov %0, %%cr3" : "=r"(cr3)::"memory");
}

void arch_start(uint32_t magic, const struct mb_info *mb) __attribute__((noreturn));
void arch_start(uint32_t magic, const struct mb_info *mb)
{
	boot_info.tsc_entry = rdtsc();
	pvm_init(); /* our machines' KVM: native from here on (pvm.c) */
	boot_map_extend();
	read_multiboot(magic, mb);
	cpu_init();
	paging_init();
	clock_init();
	kernel_main(&boot_info);
}
