/*
 * alloc.h: the kernel heap. This is the C library's allocator: malloc,
 * calloc, realloc, free, aligned_alloc, posix_memalign, malloc_usable_size
 * are implemented here (lib/include/stdlib.h repeats the first four).
 *
 * Memory comes only from RAM regions handed over at boot (alloc_init, then
 * alloc_add_region for each further usable range); nothing is ever returned
 * to the platform. Any size of heap works, from a few tens of KB up to many
 * GB; a region must be at least ALLOC_REGION_MIN bytes.
 *
 * Contract:
 * - NOT reentrant and NOT interrupt-safe: no function here may be called
 *   from an interrupt handler, and a heap is used by one core only. SMP gets
 *   one struct alloc_heap per core (alloc_heap_*); the plain names use the
 *   default heap set up by alloc_init. A block must be freed to the heap it
 *   came from.
 * - Every returned block is aligned to 16 bytes (SSE) or more.
 * - Small requests (<= ALLOC_SMALL_MAX) are O(1); larger ones look at
 *   up to 8 free blocks of their own size class first (a hole of the
 *   right size before a bigger block is cut: less fragmentation), then are
 *   O(1) apart from the rare aligned or last-resort cases, which search a
 *   bounded number of free blocks.
 * - Exhaustion: first the empty small spans kept for reuse are released,
 *   then the OOM hook (if any) is called once and the request retried once;
 *   if it still fails the call returns NULL with errno = ENOMEM. It never
 *   loops and never touches memory it does not own.
 * - free(NULL) is a no-op. free/realloc of a pointer that is not a live
 *   block of this heap (double free, interior or foreign pointer, header
 *   overwritten by an overrun) panics when it can be detected cheaply; not
 *   every misuse can be.
 */
#ifndef UNIJS_ALLOC_H
#define UNIJS_ALLOC_H

#include <stddef.h>

/* Largest request served by the segregated size classes. */
#define ALLOC_SMALL_MAX 1024
/* Smallest region alloc_add_region accepts (bookkeeping plus one page). */
#define ALLOC_REGION_MIN 8192

struct alloc_stats {
	size_t heap_total; /* bytes of all regions available to blocks */
	size_t heap_used;  /* bytes handed out, incl. size-class rounding
			      (the sum of malloc_usable_size of live blocks) */
	size_t heap_peak;  /* highest heap_used seen */
	size_t nallocs;	   /* blocks handed out (a moving realloc counts) */
	size_t nfrees;	   /* blocks given back (a moving realloc counts) */
	size_t nfail;	   /* requests answered with NULL for lack of memory */
};

/* ---- the default heap (what malloc & co. use) ---- */

/*
 * Make [base, base+len) the whole heap, discarding any previous heap (meant
 * for boot; tests use it to start over). Panics if the range is too small.
 */
void alloc_init(void *base, size_t len);

/*
 * Add one more RAM range to the default heap. Returns 0, -EINVAL if the
 * range is too small or overlaps a region already in the heap, or -ENODEV
 * before alloc_init.
 */
int alloc_add_region(void *base, size_t len);

/*
 * A RAM range kept back: it joins the default heap (as alloc_add_region)
 * only when an allocation finds no room in the heap's regions, before the
 * out-of-memory hook runs; until then nothing of it is touched. For memory
 * that costs more to touch first, or whose first touch can wait
 * (drivers/board.c). The statistics count it already (heap_total, and
 * free room in alloc_get_free): the heap's size and room do not change,
 * only where blocks go first. At most ALLOC_MAX_RESERVE ranges: -ENOSPC
 * beyond, -ENODEV before alloc_init. Boot code.
 */
#define ALLOC_MAX_RESERVE 4
int alloc_add_reserve(void *base, size_t len);

void *malloc(size_t size);
/* NULL (errno ENOMEM) when nmemb * size overflows. */
void *calloc(size_t nmemb, size_t size);
/*
 * realloc(NULL, n) is malloc(n); realloc(p, 0) behaves as realloc(p, 1) and
 * never frees p behind the caller's back. Grows into a free neighbour and
 * shrinks in place when it can; on failure returns NULL and p is untouched.
 */
void *realloc(void *ptr, size_t size);
void free(void *ptr);
/* alignment must be a power of two (else NULL, errno EINVAL); any size. */
void *aligned_alloc(size_t alignment, size_t size);
/* 0, EINVAL (alignment not a power of two multiple of sizeof(void *)) or
 * ENOMEM; *memptr is only written on success. */
int posix_memalign(void **memptr, size_t alignment, size_t size);
/* Bytes usable in the block (>= the size asked for); 0 for NULL. */
size_t malloc_usable_size(void *ptr);

void alloc_get_stats(struct alloc_stats *st);

/*
 * Where the free bytes are (heap_total - heap_used): in free chunks, which
 * any request can take (a large block or a new span), or inside spans,
 * where only objects of that span's size class fit. O(free chunks): for
 * reports and for decisions taken once per event, not per allocation.
 */
struct alloc_free {
	size_t chunks;	/* usable bytes in free chunks */
	size_t largest; /* usable bytes of the largest free chunk */
	size_t nchunks; /* free chunks */
};
void alloc_get_free(struct alloc_free *f);

/*
 * Called when a request cannot be met, before NULL is returned, with the
 * size asked for. It may free memory (e.g. run the JS garbage collector);
 * the request is retried once afterwards. While the hook runs, failing
 * requests do not call it again. NULL removes the hook.
 */
void alloc_set_oom_hook(void (*fn)(size_t want));

/*
 * Walk the default heap and check every invariant (headers, free lists,
 * span counts, statistics); panics naming the first broken one, else 0.
 * O(heap size): for tests and debugging.
 */
int alloc_check(void);

/* ---- explicit heaps (per-core heaps for SMP) ---- */

struct alloc_heap;

/*
 * Build a heap whose bookkeeping lives at the start of [base, base+len).
 * NULL if the range is too small.
 */
struct alloc_heap *alloc_heap_create(void *base, size_t len);
int alloc_heap_add_region(struct alloc_heap *h, void *base, size_t len);
/* As malloc, from h: on h's own core it is malloc there (the blocks other
 * cores freed to h are taken back first, see alloc_core_use). */
void *alloc_heap_malloc(struct alloc_heap *h, size_t size);
void *alloc_heap_realloc(struct alloc_heap *h, void *ptr, size_t size);
void *alloc_heap_memalign(struct alloc_heap *h, size_t alignment, size_t size);
void alloc_heap_free(struct alloc_heap *h, void *ptr);
size_t alloc_heap_usable_size(struct alloc_heap *h, void *ptr);
void alloc_heap_get_stats(struct alloc_heap *h, struct alloc_stats *st);
void alloc_heap_get_free(struct alloc_heap *h, struct alloc_free *f);
void alloc_heap_set_oom_hook(struct alloc_heap *h, void (*fn)(size_t want));
int alloc_heap_check(struct alloc_heap *h);

/*
 * Per-core heaps (kernel): malloc & co. use the calling core's heap, the
 * per-CPU area's (struct cpu, heap), or the default heap where it has
 * none (the boot core). A block may be freed on any core: one freed on
 * another core than its heap's is handed back to that heap without a lock
 * and really freed at its owner's next allocation; realloc of such a
 * block copies it into the caller's heap. A heap whose blocks may travel
 * so is registered first (one region, as alloc_heap_create makes it);
 * -EINVAL, -ENOSPC (ALLOC_CORE_HEAPS registered). Unregister it only when none of its
 * blocks is alive anywhere (the owner has stopped and every block it gave
 * away was freed). Loop context; register/unregister from one core.
 */
/* Heaps registered at once, at most: each running worker's, and each
 * ended worker's whose lent blocks live on (a few KiB each once shrunk:
 * alloc_core_shrink). A free looks through the slots used so far. */
#define ALLOC_CORE_HEAPS 64
int alloc_core_register(struct alloc_heap *h);
void alloc_core_unregister(struct alloc_heap *h);
/* The calling core allocates from h from now on (NULL: none of its own;
 * the boot core then uses the default heap). Host unit tests: per thread. */
void alloc_core_use(struct alloc_heap *h);
/*
 * The heap malloc uses on the calling core (NULL: none). A caller that
 * allocates often on one core (an isolate's allocator hook) keeps it and
 * calls alloc_heap_malloc(h, n) and alloc_core_free(h, p) there: the same
 * as malloc(n) and free(p) on that core (any block, another core's or lent
 * included), without finding the core's heap again each time.
 */
struct alloc_heap *alloc_core_heap(void);
void alloc_core_free(struct alloc_heap *h, void *p);

/*
 * Lending: a block of a registered heap that outlives its owner. A core
 * whose heap goes away when it stops (a worker's) lends a block that it
 * hands to another core for good (a transferred ArrayBuffer's bytes):
 * alloc_lend(p), p a live block of the calling core's registered heap,
 * larger than ALLOC_SMALL_MAX (smaller ones are cheaper copied): 0, or
 * -EINVAL (p is not such a block; nothing changed). Lending twice counts
 * once. free() of a lent block, on any core, ends the loan; so does
 * alloc_unlend(p) on the owner's core when the owner takes the block back
 * as its own (true if p was lent). The heap counts its loans.
 *
 * When the owner stops, alloc_core_retire(h) (any core, once) marks h
 * retired and gives the loans still out: 0, and h may be unregistered
 * and its region freed at once; else h must stay registered and its
 * region allocated (frees of its lent blocks still find it, and are
 * pushed on its remote stack, which nobody drains: the region goes
 * whole, see alloc_core_shrink for its unused part) until
 * alloc_core_lent(h) is 0. The free that ends the last loan
 * of a retired heap calls the hook set by alloc_set_lent_hook, on the
 * core that freed, once per heap, after its last access to h: the hook
 * tells the core that releases regions (or releases h itself, on that
 * core); it may free, but not allocate. Cost: while any heap is
 * registered, free() loads the lent count of the block's heap, and looks
 * the block up in its page map while that heap has loans out.
 */
int alloc_lend(void *p);
_Bool alloc_unlend(void *p);
size_t alloc_core_retire(struct alloc_heap *h);
size_t alloc_core_lent(struct alloc_heap *h);
/*
 * A retired heap h held for its loans need not keep its whole region:
 * alloc_core_shrink(h), on the core whose heap h's region is a block of
 * (h was built at that block's start, as alloc_heap_create(malloc(n), n)
 * makes it), after alloc_core_retire and before h is unregistered (so
 * not while a lent hook may release h on another core), gives
 * back to that heap the part of the region above the last block still
 * lent (the block shrinks in place; h's registered range with it) and
 * returns the bytes given back; 0 when there are none or h is not such a
 * heap. What stays is h's bookkeeping, its lent blocks and what lies
 * between them; a block whose loan a free ended before the owner took it
 * back counts as lent. O(chunks of h). May be called again as loans end.
 */
size_t alloc_core_shrink(struct alloc_heap *h);
void alloc_set_lent_hook(void (*fn)(struct alloc_heap *h));

#endif
