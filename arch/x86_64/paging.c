/*
 * The page tables, built once at boot and never rewritten.
 *
 * Identity mapping. The first 2 MiB (and any further 2 MiB chunk the image
 * reaches into) use 4 KiB pages so that W^X follows the image's segments:
 * text read+execute, rodata read-only, data/bss/heap read+write, nothing
 * both writable and executable. Page 0 and the guard page under each stack
 * are left unmapped. The rest of the low 4 GiB uses 2 MiB pages: RAM and
 * firmware tables write-back, the holes (device MMIO: LAPIC, IOAPIC,
 * virtio-mmio, PCI BARs) uncached. RAM above 4 GiB uses 1 GiB pages where
 * the CPU has them, else 2 MiB pages while the table pool lasts.
 */
#include "arch_internal.h"
#include "asm.h"
#include "pvm.h"

#define PTE_NX    (1ull << 63)
#define PAGE_2M   0x200000ull
#define PAGE_1G   0x40000000ull
#define POOL_PAGES 26 /* +2: splits for the APs' guard pages (smp.c) */

static uint64_t pool[POOL_PAGES][512] __attribute__((aligned(4096)));
static int pool_used;
static uint64_t *root; /* the final PML4 */

static uint64_t *table_alloc(void)
{
	if (pool_used == POOL_PAGES)
		return 0;
	return pool[pool_used++];
}

static int overlaps_firmware_ram(uint64_t lo, uint64_t hi)
{
	int i;
	for (i = 0; i < firmware_nram; i++)
		if (firmware_ram[i].base < hi && firmware_ram[i].base + firmware_ram[i].len > lo)
			return 1;
	return 0;
}

static int is_guard(uintptr_t page)
{
	int n, i;
	const struct guard_page *g = cpu_guard_pages(&n);
	for (i = 0; i < n; i++)
		if (g[i].page == page)
			return 1;
	return 0;
}

/* Flags of one 4 KiB page at addr, in a chunk that needs fine mapping. */
static uint64_t small_page_flags(uintptr_t addr)
{
	if (addr == 0 || is_guard(addr))
		return 0;
	if (addr >= (uintptr_t)__image_start && addr < (uintptr_t)__text_end)
		return PTE_P;
	if (addr >= (uintptr_t)__text_end && addr < (uintptr_t)__rodata_end)
		return PTE_P | PTE_NX;
	return PTE_P | PTE_W | PTE_NX;
}

static int needs_small_pages(uint64_t chunk)
{
	return chunk == 0 || (chunk < (uintptr_t)__image_end && chunk + PAGE_2M > (uintptr_t)__image_start);
}

void paging_init(void)
{
	uint64_t *pml4 = table_alloc(), *pdpt = table_alloc();
	uint64_t top = 0, gb, addr;
	uint32_t r[4];
	int i, has_1g;

	cpuid(0x80000001, 0, r);
	has_1g = (r[3] >> 26) & 1;
	for (i = 0; i < firmware_nram; i++)
		if (firmware_ram[i].base + firmware_ram[i].len > top)
			top = firmware_ram[i].base + firmware_ram[i].len;
	if (top < 0x100000000ull)
		top = 0x100000000ull; /* always map the low 4 GiB: MMIO lives there */
	if (top > 512 * PAGE_1G)
		top = 512 * PAGE_1G; /* one PDPT: 512 GiB */

	pml4[0] = (uintptr_t)pdpt | PTE_P | PTE_W;
	for (gb = 0; gb * PAGE_1G < top; gb++) {
		uint64_t base = gb * PAGE_1G;
		uint64_t *pd;
		if (base >= 0x100000000ull && has_1g) {
			if (overlaps_firmware_ram(base, base + PAGE_1G))
				pdpt[gb] = base | PTE_P | PTE_W | PTE_PS | PTE_NX;
			continue;
		}
		pd = table_alloc();
		if (!pd)
			break; /* out of tables: RAM beyond here stays unmapped */
		pdpt[gb] = (uintptr_t)pd | PTE_P | PTE_W;
		for (i = 0; i < 512; i++) {
			uint64_t chunk = base + i * PAGE_2M;
			uint64_t *pt;
			int j;
			if (!needs_small_pages(chunk)) {
				if (overlaps_firmware_ram(chunk, chunk + PAGE_2M))
					pd[i] = chunk | PTE_P | PTE_W | PTE_PS | PTE_NX;
				else if (chunk < 0x100000000ull)
					pd[i] = chunk | PTE_P | PTE_W | PTE_PS | PTE_NX | PTE_PCD | PTE_PWT;
				continue;
			}
			pt = table_alloc();
			if (!pt)
				early_fail("page table pool exhausted mapping the image");
			pd[i] = (uintptr_t)pt | PTE_P | PTE_W;
			for (j = 0; j < 512; j++) {
				addr = chunk + j * 4096ull;
				uint64_t fl = small_page_flags(addr);
				pt[j] = fl ? (addr | fl) : 0;
			}
		}
	}
	pvm_fix_tables(pml4); /* under PVM only: U bits, upper-half alias */
	root = pml4;
	/* The one switch from the boot tables to these. */
	__asm__ volatile("mov %0, %%cr3" ::"r"((uintptr_t)pml4) : "memory");
}

uintptr_t paging_root(void)
{
	return (uintptr_t)root;
}

/*
 * One large mapping at *e (flags fl, level: 2 for 1 GiB, 1 for 2 MiB)
 * becomes a table of 512 smaller ones with the same flags.
 */
static int split(uint64_t *e, int level)
{
	uint64_t *t = table_alloc(), base = *e & 0x000fffffffe00000ull, fl = *e & (PTE_NX | 0xfff);
	uint64_t user = *e & PTE_U; /* PVM's (pvm.c): the table entry keeps it too */
	uint64_t step = level == 2 ? PAGE_2M : 4096;
	int i;

	if (!t)
		return -12; /* ENOMEM */
	if (level == 2)
		base &= ~(PAGE_1G - 1);
	else
		fl &= ~(uint64_t)PTE_PS; /* 4 KiB entries: bit 7 is PAT there */
	for (i = 0; i < 512; i++)
		t[i] = (base + i * step) | fl;
	*e = (uintptr_t)t | PTE_P | PTE_W | user;
	return 0;
}

int paging_unmap(uintptr_t page)
{
	uint64_t *pdpt, *pd, *pt;
	int r;

	if (!root || page >= 512 * PAGE_1G || !(root[0] & PTE_P))
		return -22; /* EINVAL */
	pdpt = (uint64_t *)(uintptr_t)(root[0] & 0x000ffffffffff000ull);
	if (!(pdpt[page / PAGE_1G] & PTE_P))
		return 0; /* not mapped: nothing to do */
	if ((pdpt[page / PAGE_1G] & PTE_PS) && (r = split(&pdpt[page / PAGE_1G], 2)) < 0)
		return r;
	pd = (uint64_t *)(uintptr_t)(pdpt[page / PAGE_1G] & 0x000ffffffffff000ull);
	pd += (page / PAGE_2M) % 512;
	if (!(*pd & PTE_P))
		return 0;
	if ((*pd & PTE_PS) && (r = split(pd, 1)) < 0)
		return r;
	pt = (uint64_t *)(uintptr_t)(*pd & 0x000ffffffffff000ull);
	pt[(page / 4096) % 512] = 0;
	/*
	 * Only this page's translation changed: a split maps every other page
	 * as the large entry did. INVLPG drops the TLB entry of any size that
	 * holds the address, and the paging-structure caches (SDM vol. 3A
	 * §4.10.4.1), so the old large entry goes with it. No CR3 reload: under
	 * PVM's shadow MMU that throws away every shadow entry, and the boot
	 * core then faults its working set back in, page by page (~2 ms per AP
	 * under load). Under PVM the upper-half alias (the same tables) too.
	 */
	__asm__ volatile("invlpg (%0)" ::"r"(page) : "memory");
	if (arch_pvm_vif)
		__asm__ volatile("invlpg (%0)" ::"r"(page + PVM_ALIAS_BASE) : "memory");
	return 0;
}
