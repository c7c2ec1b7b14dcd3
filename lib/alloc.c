/*
 * alloc.c: the kernel heap (contract in alloc.h).
 *
 * Two layers share each heap:
 *
 * - Large blocks live in "chunks": every chunk starts with a 16-byte header
 *   (size of the previous chunk, own size | in-use flag | magic), so a block
 *   knows both neighbours and frees coalesce in O(1) with no searching.
 *   Free chunks sit in segregated lists: 8 lists per power of two, with a
 *   two-level bitmap so the first non-empty list that is large enough is
 *   found with two bit scans. Asking for the next list boundary up ("good
 *   fit") makes any chunk found big enough without walking its list.
 *
 * - Small blocks (<= ALLOC_SMALL_MAX) come from spans: one to eight pages,
 *   page aligned, taken from the chunk layer and cut into objects of one
 *   size class. A span carries a free list plus a bump pointer for its
 *   never-used tail (so making a span touches no memory but its header).
 *   Spans with free objects are linked per class, so malloc pops from the
 *   first and free pushes to the owner: both O(1). Objects carry no header;
 *   free finds the span through a per-region page map (one byte per page:
 *   0 = not a span page, k = k-1 pages past the span's first page).
 *   An emptied span goes back to the chunk layer at once unless it is its
 *   class's only span with room (avoiding churn at a class boundary);
 *   those kept are released when a request would otherwise fail.
 *
 * Spans are carved from the high end of the chunk chosen for them and
 * large blocks from the low end, which keeps long-lived small objects and
 * transient large buffers apart and limits fragmentation.
 *
 * Misuse detection (cheap checks only): chunk headers carry a 16-bit magic
 * and their neighbour's size must agree; a freed small object holds a tag
 * derived from its address, so a second free is suspected in O(1) and then
 * confirmed by walking the span's free list (a matching tag by chance in
 * live data costs only that walk). The tag is checked again when the
 * object is handed out, catching writes after free to its first words.
 */
#include "alloc.h"
#include "panic.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE ((uintptr_t)1 << PAGE_SHIFT)
#define ALIGN 16
#define HDR 16		/* chunk header in front of every large block */
#define MIN_CHUNK 32	/* header + room for the two free-list links */
/* Refuse anything this big up front so size arithmetic cannot overflow. */
#define MAX_REQUEST ((size_t)1 << 46)

/* ---- chunks ---- */

struct chunk {
	size_t prev_size; /* size of the chunk below; 0 for a region's first */
	size_t head;	  /* size | C_INUSE | C_MAGIC */
	struct chunk *next, *prev; /* free chunks only: bin links */
};

#define C_INUSE ((size_t)1)
#define C_LENT ((size_t)2) /* alloc_lend: in use by another core's isolate */
/* A loan ended by free(): the block is (being) pushed on its heap's remote
 * stack, so a retired heap's region keeps it (alloc_core_shrink). Gone
 * when the owner frees it for good (the header is rewritten). */
#define C_LENT_END ((size_t)4)
#define C_MAGIC ((size_t)0xa11c << 48)
#define C_MAGIC_MASK ((size_t)0xffff << 48)
#define C_SIZE_MASK (~C_MAGIC_MASK & ~(size_t)(ALIGN - 1))

/* Segregated lists: first level = log2(size) from 2^5 (MIN_CHUNK) up to
 * 2^47, second level = the top 3 bits below that. */
#define FL_MIN 5
#define FL_COUNT 43
#define SL_BITS 3
#define SL_COUNT (1u << SL_BITS)

/* ---- spans ---- */

#define NCLASS 20
#define SPAN_MAGIC 0x5ba4u
#define FREE_TAG ((uintptr_t)0x6a09e667f3bcc908ull)

struct freeobj {
	struct freeobj *next;
	uintptr_t tag; /* address ^ FREE_TAG while free, 0 once handed out */
};

/* Sits at the start of the span's first page; objects follow it. */
struct span {
	uint16_t magic;
	uint16_t cls;
	uint16_t pages;
	uint16_t size; /* class_size[cls], one load nearer */
	uint32_t used; /* objects handed out */
	uint32_t cap;  /* objects that fit */
	struct freeobj *free;
	uintptr_t bump; /* next never-used object */
	struct span *next, *prev; /* class list of spans with room */
	struct alloc_heap *heap;
	/* ceil(2^64 / size): an offset off < 2^32 is a multiple of size iff
	 * off * div (mod 2^64) < div (Lemire, Kaser and Kurz, "Faster
	 * remainder by direct computation", 2019): free's check that a
	 * pointer starts an object is one multiply */
	uint64_t div;
};
_Static_assert(sizeof(struct span) == 64, "span header keeps objects 16-aligned");

/*
 * Classes: 16-byte steps up to 128 (where mujs's objects, properties and
 * short strings fall), then 4 per power of two. Pages per span are chosen
 * so the unusable tail stays near or under 3%.
 */
static const uint16_t class_size[NCLASS] = {
	16, 32, 48, 64, 80, 96, 112, 128, 160, 192,
	224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
};
static const uint8_t class_pages[NCLASS] = {
	1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 8,
};
/* Indexed by (size + 15) / 16. */
static const uint8_t size_to_class[ALLOC_SMALL_MAX / 16 + 1] = {
	0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10, 10, 11, 11,
	12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 15,
	16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17,
	18, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19,
};

/* ---- heap ---- */

struct region {
	struct region *next;
	uintptr_t start, end; /* the whole range handed over */
	uintptr_t lo, hi;     /* chunks: first header at lo, end marker at hi-16 */
	uintptr_t pg0;	      /* page of pagemap[0] */
	uint8_t *pagemap;
};

#define HEAP_MAGIC 0x68656170u

struct alloc_heap {
	uint32_t magic;
	bool in_hook;
	uint8_t sl_map[FL_COUNT];
	uint64_t fl_map;
	struct chunk *bins[FL_COUNT][SL_COUNT];
	struct span *partial[NCLASS];
	struct region *regions;
	/* The region span_of found last: the owner's frees come in runs from
	 * one region (a collector's sweep frees what was made together). */
	struct region *hint;
	unsigned max_span_pages; /* grows with the heap, see span_new */
	void (*oom_hook)(size_t want);
	struct alloc_stats st;
	/* Blocks of this heap freed by another core (alloc_core_*): a stack
	 * linked through each block's first word, pushed with a CAS by any
	 * core, taken whole by the owner before its next allocation. */
	void *remote;
	/* alloc_core_register: its slot + 1, 0 when not registered (written
	 * by the registering core before the owner runs or after it stopped) */
	unsigned slot;
	/* alloc_add_reserve: ranges added as regions when nothing else fits */
	struct {
		void *base;
		size_t len;
	} reserve[ALLOC_MAX_RESERVE];
	unsigned nreserve;
	/* Blocks lent (alloc_lend) and not yet freed or taken back, with
	 * LENT_RETIRED once the owner has stopped (alloc_core_retire). Any
	 * core changes it (atomic). */
	size_t lent;
};

#define LENT_RETIRED ((size_t)1 << 63)

static struct alloc_heap *default_heap;

/* ---- helpers ---- */

static inline uintptr_t align_up(uintptr_t x, uintptr_t a)
{
	return (x + a - 1) & ~(a - 1);
}

static inline size_t csize(const struct chunk *c)
{
	return c->head & C_SIZE_MASK;
}

static inline struct chunk *chunk_at(uintptr_t a)
{
	return (struct chunk *)a;
}

/* The header and the next chunk's back-link always change together. */
static inline void set_head(struct chunk *c, size_t size, size_t inuse)
{
	c->head = size | inuse | C_MAGIC;
	chunk_at((uintptr_t)c + size)->prev_size = size;
}

static inline size_t chunk_need(size_t n)
{
	size_t need = align_up(n + HDR, ALIGN);
	return need < MIN_CHUNK ? MIN_CHUNK : need;
}

static inline unsigned msb(size_t x)
{
	return 63u - (unsigned)__builtin_clzll(x);
}

static inline void mapping(size_t s, unsigned *fl, unsigned *sl)
{
	unsigned f = msb(s);
	*sl = (unsigned)(s >> (f - SL_BITS)) & (SL_COUNT - 1);
	*fl = f - FL_MIN;
}

static void bin_insert(struct alloc_heap *h, struct chunk *c)
{
	unsigned fl, sl;
	mapping(csize(c), &fl, &sl);
	struct chunk *first = h->bins[fl][sl];
	c->prev = NULL;
	c->next = first;
	if (first)
		first->prev = c;
	h->bins[fl][sl] = c;
	h->sl_map[fl] |= (uint8_t)(1u << sl);
	h->fl_map |= (uint64_t)1 << fl;
}

static void bin_remove(struct alloc_heap *h, struct chunk *c)
{
	unsigned fl, sl;
	mapping(csize(c), &fl, &sl);
	if (c->next)
		c->next->prev = c->prev;
	if (c->prev) {
		c->prev->next = c->next;
	} else {
		h->bins[fl][sl] = c->next;
		if (!c->next) {
			h->sl_map[fl] &= (uint8_t)~(1u << sl);
			if (!h->sl_map[fl])
				h->fl_map &= ~((uint64_t)1 << fl);
		}
	}
}

/* First non-empty list at or after (fl, sl). */
static bool next_nonempty(const struct alloc_heap *h, unsigned *fl, unsigned *sl)
{
	unsigned m = h->sl_map[*fl] & (0xffu << *sl);
	if (m) {
		*sl = (unsigned)__builtin_ctz(m);
		return true;
	}
	uint64_t fm = h->fl_map & (~(uint64_t)0 << (*fl + 1));
	if (!fm)
		return false;
	*fl = (unsigned)__builtin_ctzll(fm);
	*sl = (unsigned)__builtin_ctz(h->sl_map[*fl]);
	return true;
}

/*
 * A free chunk of at least need bytes, still in its list, or NULL.
 * need's own list is looked through first (a few chunks at most): a hole
 * a freed block left, of about need's size, is taken before a bigger
 * chunk is cut. Taking the first chunk of the next list up, as TLSF does,
 * cut the heap's big free chunk for each block while holes of the right
 * size waited; the blocks that lived on then stood alone in the middle of
 * the room the others left (tests/attack: no 1 MiB in one piece in an
 * 8 MB guest with more than 3 MB free).
 */
#define FIT_PROBES 8
static struct chunk *find_fit(struct alloc_heap *h, size_t need)
{
	unsigned fl, sl;
	mapping(need, &fl, &sl);
	if (fl < FL_COUNT) {
		int probes = FIT_PROBES;
		for (struct chunk *c = h->bins[fl][sl]; c && probes > 0; c = c->next, probes--)
			if (csize(c) >= need)
				return c;
	}
	/* Round up to the next list boundary so the first chunk found fits. */
	size_t r = need + ((size_t)1 << (msb(need) - SL_BITS)) - 1;
	mapping(r, &fl, &sl);
	if (fl < FL_COUNT && next_nonempty(h, &fl, &sl))
		return h->bins[fl][sl];
	/* Last resort: chunks in need's own list may still be big enough
	 * (this is what lets a request take the whole remaining heap). */
	mapping(need, &fl, &sl);
	if (fl >= FL_COUNT)
		return NULL;
	for (struct chunk *c = h->bins[fl][sl]; c; c = c->next)
		if (csize(c) >= need)
			return c;
	return NULL;
}

/* Give [c, c+size) back to the lists; its neighbours must be in use. */
static void make_free(struct alloc_heap *h, struct chunk *c, size_t size)
{
	set_head(c, size, 0);
	bin_insert(h, c);
}

/* Cut an allocated chunk down to need bytes, freeing the tail. */
static void shrink_tail(struct alloc_heap *h, struct chunk *c, size_t need)
{
	size_t size = csize(c);
	if (size - need < MIN_CHUNK)
		return;
	struct chunk *rest = chunk_at((uintptr_t)c + need);
	size_t rsize = size - need;
	struct chunk *next = chunk_at((uintptr_t)c + size);
	set_head(c, need, C_INUSE);
	if (!(next->head & C_INUSE)) {
		bin_remove(h, next);
		rsize += csize(next);
	}
	make_free(h, rest, rsize);
}

static struct chunk *large_alloc(struct alloc_heap *h, size_t need)
{
	struct chunk *c = find_fit(h, need);
	if (!c)
		return NULL;
	bin_remove(h, c);
	size_t size = csize(c);
	if (size - need >= MIN_CHUNK) {
		make_free(h, chunk_at((uintptr_t)c + need), size - need);
		size = need;
	}
	set_head(c, size, C_INUSE);
	return c;
}

/*
 * Highest header address x in free chunk c such that a chunk of need bytes
 * fits at x and x + HDR is a multiple of a; 0 if none. A 16-byte gap below
 * x could not hold a chunk, so that placement does not count.
 */
static uintptr_t place_high(struct chunk *c, size_t need, uintptr_t a)
{
	uintptr_t lo = (uintptr_t)c, size = csize(c);
	if (size < need)
		return 0;
	uintptr_t u = (lo + size - need + HDR) & ~(a - 1);
	if (u < lo + HDR)
		return 0;
	uintptr_t x = u - HDR;
	return x - lo == HDR ? 0 : x;
}

/* A chunk of need bytes whose block is aligned to a (a power of two > 16). */
static struct chunk *large_alloc_aligned(struct alloc_heap *h, size_t need, uintptr_t a)
{
	/*
	 * Exact fits first: spans freed earlier leave page-aligned holes of
	 * exactly a span's size, which the guaranteed search below (it needs
	 * a chunk of need + a + 16) would never reuse. Bounded, so worst case
	 * stays O(1).
	 */
	unsigned fl, sl;
	int probes = 16;
	struct chunk *c = NULL;
	uintptr_t x = 0;
	mapping(need, &fl, &sl);
	while (probes > 0 && fl < FL_COUNT && next_nonempty(h, &fl, &sl)) {
		for (c = h->bins[fl][sl]; c && probes > 0; c = c->next, probes--)
			if ((x = place_high(c, need, a)))
				goto found;
		if (++sl == SL_COUNT) {
			sl = 0;
			fl++;
		}
	}
	c = find_fit(h, need + a + HDR);
	if (!c)
		return NULL;
	x = place_high(c, need, a);
	if (!x)
		panic("alloc: no aligned placement in chunk %p of %zu bytes", (void *)c,
		      csize(c));
found:
	bin_remove(h, c);
	uintptr_t lo = (uintptr_t)c, hi = lo + csize(c);
	size_t tail = hi - (x + need);
	if (tail == HDR) { /* too small to stand alone: keep it */
		need += HDR;
		tail = 0;
	}
	if (x != lo)
		make_free(h, c, x - lo);
	struct chunk *r = chunk_at(x);
	set_head(r, need, C_INUSE);
	if (tail)
		make_free(h, chunk_at(x + need), tail);
	return r;
}

static void large_free(struct alloc_heap *h, struct chunk *c)
{
	size_t size = csize(c);
	/* Cleared first so the header, if merged away below, still reads as
	 * free: a second free() of this pointer is then recognised. */
	c->head &= ~C_INUSE;
	struct chunk *next = chunk_at((uintptr_t)c + size);
	if ((next->head & C_MAGIC_MASK) != C_MAGIC || next->prev_size != size)
		panic("free(%p): heap corrupted after the block (overrun?)",
		      (void *)((uintptr_t)c + HDR));
	if (!(next->head & C_INUSE)) {
		bin_remove(h, next);
		size += csize(next);
	}
	if (c->prev_size) {
		struct chunk *prev = chunk_at((uintptr_t)c - c->prev_size);
		if ((prev->head & C_MAGIC_MASK) != C_MAGIC || csize(prev) != c->prev_size)
			panic("free(%p): heap corrupted before the block",
			      (void *)((uintptr_t)c + HDR));
		if (!(prev->head & C_INUSE)) {
			bin_remove(h, prev);
			size += csize(prev);
			c = prev;
		}
	}
	make_free(h, c, size);
}

/* ---- regions and pointer lookup ---- */

static inline struct region *find_region(const struct alloc_heap *h, uintptr_t a)
{
	for (struct region *r = h->regions; r; r = r->next)
		if (a - r->lo < r->hi - r->lo)
			return r;
	return NULL;
}

static inline uint8_t *page_entry(const struct region *r, uintptr_t a)
{
	return &r->pagemap[(a - r->pg0) >> PAGE_SHIFT];
}

static inline uintptr_t obj_tag(const struct freeobj *o)
{
	return (uintptr_t)o ^ FREE_TAG;
}

static bool on_free_list(const struct span *s, const struct freeobj *o)
{
	for (const struct freeobj *f = s->free; f; f = f->next)
		if (f == o)
			return true;
	return false;
}

/* Why p, in span s's pages, failed span_of's two checks (cold). */
static void __attribute__((noreturn, noinline, cold)) bad_object(const struct span *s, void *p,
								      const char *who)
{
	uintptr_t a = (uintptr_t)p, off = a - (uintptr_t)(s + 1);

	if (a & (ALIGN - 1))
		panic("%s(%p): not a block of this heap", who, p);
	if (off >= (uintptr_t)s->cap * s->size || off % s->size)
		panic("%s(%p): not the start of a block", who, p);
	panic("%s(%p): block was never allocated", who, p);
}

/*
 * The span of p if p is in a span page of h, checked to be a live object
 * there; NULL if p lies in one of h's regions outside any span (a large
 * block's pointer, for chunk_of). Panics for anything else.
 * On free's path: the region of the last look-up is tried before the
 * loop over all; the object checks are one range
 * compare (an offset below the bump pointer: inside the span and handed
 * out at some time, which also catches a pointer into the span's header)
 * and one multiply (an object's start; alignment included, as every
 * class size is a multiple of 16).
 */
static inline __attribute__((always_inline)) struct span *span_of(struct alloc_heap *h, void *p, const char *who)
{
	uintptr_t a = (uintptr_t)p;
	struct region *r = h->hint;

	if (__builtin_expect(a - r->lo >= r->hi - r->lo, 0)) {
		if (!(r = find_region(h, a)))
			panic("%s(%p): not a block of this heap", who, p);
		h->hint = r;
	}
	uint8_t k = *page_entry(r, a);
	if (!k)
		return NULL;
	struct span *s = (struct span *)((a & ~(PAGE_SIZE - 1)) - (uintptr_t)(k - 1) * PAGE_SIZE);
	if (s->magic != SPAN_MAGIC || s->heap != h)
		panic("%s(%p): span header %p corrupted", who, p, (void *)s);
	uintptr_t first = (uintptr_t)(s + 1), off = a - first;
	if (__builtin_expect(off >= s->bump - first || off * s->div >= s->div, 0))
		bad_object(s, p, who);
	struct freeobj *o = p;
	if (o->tag == obj_tag(o) && on_free_list(s, o))
		panic("%s(%p): block already freed (double free?)", who, p);
	return s;
}

/* The chunk of p, which span_of found in a region of h but in no span:
 * a live large block's, else a panic. */
static inline struct chunk *chunk_of(void *p, const char *who)
{
	uintptr_t a = (uintptr_t)p;
	struct chunk *c = chunk_at(a - HDR);

	if (a & (ALIGN - 1))
		panic("%s(%p): not a block of this heap", who, p);
	if ((c->head & C_MAGIC_MASK) != C_MAGIC)
		panic("%s(%p): no block header (bad pointer or underrun)", who, p);
	if (!(c->head & C_INUSE))
		panic("%s(%p): block already freed (double free?)", who, p);
	return c;
}

/* ---- spans ---- */

static void span_link(struct alloc_heap *h, struct span *s)
{
	struct span *first = h->partial[s->cls];
	s->prev = NULL;
	s->next = first;
	if (first)
		first->prev = s;
	h->partial[s->cls] = s;
}

static void span_unlink(struct alloc_heap *h, struct span *s)
{
	if (s->next)
		s->next->prev = s->prev;
	if (s->prev)
		s->prev->next = s->next;
	else
		h->partial[s->cls] = s->next;
	s->next = s->prev = NULL;
}

static struct span *span_new(struct alloc_heap *h, unsigned c)
{
	/*
	 * A span is bounded by the heap's size (in a 64 KB heap an 8-page span
	 * would strand half of it in one class), and when the preferred size
	 * does not fit a single page is tried: every class fits 3 in one.
	 */
	unsigned pages = class_pages[c] < h->max_span_pages ? class_pages[c] : h->max_span_pages;
	/* need = bytes: the next chunk's header then lands in the last 16
	 * bytes of the last page, so spans tile memory page for page. */
	struct chunk *ch = large_alloc_aligned(h, (size_t)pages << PAGE_SHIFT, PAGE_SIZE);
	if (!ch && pages > 1) {
		pages = 1;
		ch = large_alloc_aligned(h, PAGE_SIZE, PAGE_SIZE);
	}
	if (!ch)
		return NULL;
	size_t bytes = (size_t)pages << PAGE_SHIFT;
	struct span *s = (struct span *)((uintptr_t)ch + HDR);
	struct region *r = find_region(h, (uintptr_t)s);
	uint8_t *pm = page_entry(r, (uintptr_t)s);
	for (unsigned i = 0; i < pages; i++)
		pm[i] = (uint8_t)(i + 1);
	s->magic = SPAN_MAGIC;
	s->cls = (uint16_t)c;
	s->pages = (uint16_t)pages;
	s->size = class_size[c];
	s->used = 0;
	s->cap = (uint32_t)((bytes - HDR - sizeof *s) / class_size[c]);
	s->free = NULL;
	s->bump = (uintptr_t)(s + 1);
	s->heap = h;
	s->div = UINT64_MAX / class_size[c] + 1;
	span_link(h, s);
	return s;
}

/* s is empty and unlinked: hand its pages back to the chunk layer. */
static void span_release(struct alloc_heap *h, struct span *s)
{
	struct region *r = find_region(h, (uintptr_t)s);
	memset(page_entry(r, (uintptr_t)s), 0, s->pages);
	s->magic = 0;
	large_free(h, chunk_at((uintptr_t)s - HDR));
}

/* Release every kept empty span; true if any was. */
static bool trim(struct alloc_heap *h)
{
	bool any = false;
	for (unsigned c = 0; c < NCLASS; c++) {
		struct span *s = h->partial[c];
		while (s) {
			struct span *next = s->next;
			if (!s->used) {
				span_unlink(h, s);
				span_release(h, s);
				any = true;
			}
			s = next;
		}
	}
	return any;
}

/* An object of span s, which has room (it is on its class's list). */
static inline void *span_take(struct alloc_heap *h, struct span *s)
{
	struct freeobj *o = s->free;
	if (o) {
		struct freeobj *next = o->next;
		if (__builtin_expect(o->tag != obj_tag(o) ||
					     (next && (uintptr_t)next - (uintptr_t)s >=
							      ((uintptr_t)s->pages << PAGE_SHIFT)),
				     0))
			panic("malloc: free block %p in span %p written after free", (void *)o,
			      (void *)s);
		s->free = next;
	} else {
		o = (struct freeobj *)s->bump;
		s->bump += s->size;
	}
	o->tag = 0;
	if (__builtin_expect(++s->used == s->cap, 0))
		span_unlink(h, s);
	return o;
}

static inline void *small_alloc(struct alloc_heap *h, unsigned c)
{
	struct span *s = h->partial[c];
	if (__builtin_expect(!s, 0)) {
		s = span_new(h, c);
		if (!s)
			return NULL;
	}
	return span_take(h, s);
}

/* s has just become empty: unless it is its class's only span with room
 * (avoiding churn at a class boundary), its pages go back. */
static void __attribute__((noinline)) span_emptied(struct alloc_heap *h, struct span *s)
{
	if (s->prev || s->next) {
		span_unlink(h, s);
		span_release(h, s);
	}
}

static inline void small_free(struct alloc_heap *h, struct span *s, void *p)
{
	struct freeobj *o = p;
	o->next = s->free;
	o->tag = obj_tag(o);
	s->free = o;
	if (__builtin_expect(s->used-- == s->cap, 0))
		span_link(h, s);
	else if (__builtin_expect(!s->used, 0))
		span_emptied(h, s);
}

/* ---- accounting and the slow path ---- */

static inline void note_alloc(struct alloc_heap *h, size_t usable)
{
	h->st.heap_used += usable;
	if (h->st.heap_used > h->st.heap_peak)
		h->st.heap_peak = h->st.heap_used;
	h->st.nallocs++;
}

static inline void note_free(struct alloc_heap *h, size_t usable)
{
	h->st.heap_used -= usable;
	h->st.nfrees++;
}

/* One attempt, no recovery. Returns the block and its usable size. */
static void *try_alloc(struct alloc_heap *h, size_t n, size_t a, size_t *usable)
{
	if (a <= ALIGN && n <= ALLOC_SMALL_MAX) {
		unsigned c = size_to_class[(n + 15) >> 4];
		void *p = small_alloc(h, c);
		if (p) {
			*usable = class_size[c];
			return p;
		}
		/* No room for a new span (a tiny heap has fewer pages than
		 * classes): a chunk still serves it, at a header's cost. */
	}
	struct chunk *c = a <= ALIGN ? large_alloc(h, chunk_need(n))
				     : large_alloc_aligned(h, chunk_need(n), a);
	if (!c)
		return NULL;
	*usable = csize(c) - HDR;
	return (void *)((uintptr_t)c + HDR);
}

static void *alloc_slow(struct alloc_heap *h, size_t n, size_t a)
{
	size_t usable = 0;
	void *p = NULL;
	if (n > MAX_REQUEST || a > MAX_REQUEST)
		goto fail;
	if ((p = try_alloc(h, n, a, &usable)))
		goto ok;
	if (trim(h) && (p = try_alloc(h, n, a, &usable)))
		goto ok;
	if (h->nreserve) {
		unsigned i, k = h->nreserve;
		h->nreserve = 0;
		for (i = 0; i < k; i++)
			alloc_heap_add_region(h, h->reserve[i].base, h->reserve[i].len);
		if ((p = try_alloc(h, n, a, &usable)))
			goto ok;
	}
	if (h->oom_hook && !h->in_hook) {
		h->in_hook = true;
		h->oom_hook(n);
		h->in_hook = false;
		trim(h);
		if ((p = try_alloc(h, n, a, &usable)))
			goto ok;
	}
fail:
	h->st.nfail++;
	errno = ENOMEM;
	return NULL;
ok:
	note_alloc(h, usable);
	return p;
}

/* ---- explicit heaps ---- */

int alloc_heap_add_region(struct alloc_heap *h, void *base, size_t len)
{
	uintptr_t start = (uintptr_t)base;
	if (!base || len > UINTPTR_MAX - start || len < ALLOC_REGION_MIN)
		return -EINVAL;
	uintptr_t end = start + len;
	for (struct region *r = h->regions; r; r = r->next)
		if (start < r->end && r->start < end)
			return -EINVAL;
	uintptr_t b = align_up(start, ALIGN), e = end & ~(uintptr_t)(ALIGN - 1);
	/* Chunk sizes keep 48 bits beside the magic; 64 TB per region is
	 * plenty, the rest of a larger range is simply not used. */
	if (e - b > MAX_REQUEST)
		e = b + MAX_REQUEST;
	struct region *r = (struct region *)b;
	r->start = start;
	r->end = end;
	r->pg0 = b & ~(PAGE_SIZE - 1);
	size_t npages = (e - r->pg0 + PAGE_SIZE - 1) >> PAGE_SHIFT;
	r->pagemap = (uint8_t *)(r + 1);
	r->lo = align_up((uintptr_t)r->pagemap + npages, ALIGN);
	r->hi = e;
	if (r->lo >= r->hi || r->hi - r->lo < HDR + MIN_CHUNK)
		return -EINVAL;
	memset(r->pagemap, 0, npages);
	struct chunk *end_mark = chunk_at(r->hi - HDR);
	end_mark->head = C_MAGIC | C_INUSE; /* size 0: stops coalescing */
	struct chunk *first = chunk_at(r->lo);
	first->prev_size = 0;
	make_free(h, first, r->hi - HDR - r->lo);
	h->st.heap_total += r->hi - HDR - r->lo;
	/* Spans up to 1/64 of the heap: at most ~1/3 of it can sit in
	 * partly used spans of 20 classes even in the worst case. */
	size_t span_pages = h->st.heap_total >> (PAGE_SHIFT + 6);
	h->max_span_pages = span_pages < 1 ? 1 : span_pages > 8 ? 8 : (unsigned)span_pages;
	/* Append: the first region (normally the largest) is checked first. */
	struct region **link = &h->regions;
	while (*link)
		link = &(*link)->next;
	r->next = NULL;
	*link = r;
	if (!h->hint)
		h->hint = r;
	return 0;
}

struct alloc_heap *alloc_heap_create(void *base, size_t len)
{
	uintptr_t start = (uintptr_t)base;
	if (!base || len > UINTPTR_MAX - start)
		return NULL;
	uintptr_t b = align_up(start, ALIGN);
	uintptr_t rest = align_up(b + sizeof(struct alloc_heap), ALIGN);
	if (rest >= start + len)
		return NULL;
	struct alloc_heap *h = (struct alloc_heap *)b;
	memset(h, 0, sizeof *h);
	h->magic = HEAP_MAGIC;
	if (alloc_heap_add_region(h, (void *)rest, start + len - rest) < 0)
		return NULL;
	h->regions->start = start; /* overlap checks must cover the heap too */
	return h;
}

static inline void remote_drain(struct alloc_heap *h);

/* Everything heap_malloc leaves: blocks freed by other cores, a class
 * with no span with room, a large request. */
static void *__attribute__((noinline)) malloc_slow(struct alloc_heap *h, size_t n)
{
	remote_drain(h);
	if (n <= ALLOC_SMALL_MAX) {
		unsigned c = size_to_class[(n + 15) >> 4];
		void *p = small_alloc(h, c);
		if (__builtin_expect(p != NULL, 1)) {
			note_alloc(h, class_size[c]);
			return p;
		}
	}
	return alloc_slow(h, n, ALIGN);
}

/*
 * malloc's path, inlined into each entry: a small request whose class
 * has a span with room, when no other core has freed blocks of h, is
 * served here without a call (so without saving registers); all else
 * goes to malloc_slow.
 */
static inline __attribute__((always_inline)) void *heap_malloc(struct alloc_heap *h, size_t n)
{
	if (__builtin_expect(n <= ALLOC_SMALL_MAX, 1)) {
		struct span *s = h->partial[size_to_class[(n + 15) >> 4]];
		if (__builtin_expect(s && !__atomic_load_n(&h->remote, __ATOMIC_RELAXED), 1)) {
			void *p = span_take(h, s);
			note_alloc(h, s->size);
			return p;
		}
	}
	return malloc_slow(h, n);
}

void *alloc_heap_malloc(struct alloc_heap *h, size_t n)
{
	return heap_malloc(h, n);
}

static void __attribute__((noinline)) free_large(struct alloc_heap *h, void *p, const char *who)
{
	struct chunk *c = chunk_of(p, who);
	note_free(h, csize(c) - HDR);
	large_free(h, c);
}

/* free's path, inlined into each entry: p (not NULL) a block of h. */
static inline __attribute__((always_inline)) void heap_free(struct alloc_heap *h, void *p)
{
	struct span *s = span_of(h, p, "free");
	if (__builtin_expect(!s, 0)) {
		free_large(h, p, "free");
		return;
	}
	note_free(h, s->size);
	small_free(h, s, p);
}

void alloc_heap_free(struct alloc_heap *h, void *p)
{
	if (p)
		heap_free(h, p);
}

void *alloc_heap_memalign(struct alloc_heap *h, size_t a, size_t n)
{
	if (!a || (a & (a - 1))) {
		errno = EINVAL;
		return NULL;
	}
	if (a <= ALIGN)
		return alloc_heap_malloc(h, n);
	return alloc_slow(h, n, a);
}

/* cold: seldom called (a realloc across cores or of a lent block), and
 * its copy of span_of weighed in hello.elf's size bound */
size_t __attribute__((cold)) alloc_heap_usable_size(struct alloc_heap *h, void *p)
{
	if (!p)
		return 0;
	struct span *s = span_of(h, p, "malloc_usable_size");
	return s ? s->size : csize(chunk_of(p, "malloc_usable_size")) - HDR;
}

/* Move a large block to a fresh one (used when in-place fails). */
static void *realloc_move(struct alloc_heap *h, void *p, size_t old, size_t n)
{
	void *q = alloc_heap_malloc(h, n);
	if (!q)
		return NULL;
	memcpy(q, p, old < n ? old : n);
	alloc_heap_free(h, p);
	return q;
}

/* cold (compiled for size): mujs's requests are ~3 % reallocs (an Express
 * boot: ~4,000 against ~125,000 new blocks), and hello.elf has a 600 KiB
 * bound */
void *__attribute__((cold)) alloc_heap_realloc(struct alloc_heap *h, void *p, size_t n)
{
	if (!p)
		return alloc_heap_malloc(h, n);
	if (!n)
		n = 1;
	struct span *s = span_of(h, p, "realloc");
	if (s) {
		size_t have = s->size;
		/* Stay unless growing, or shrinking enough to free real space. */
		if (n <= have && (n > have / 2 || s->cls == 0))
			return p;
		return realloc_move(h, p, have, n);
	}
	struct chunk *c = chunk_of(p, "realloc");
	size_t size = csize(c), old = size - HDR;
	if (n > MAX_REQUEST) {
		h->st.nfail++;
		errno = ENOMEM;
		return NULL;
	}
	if (n <= ALLOC_SMALL_MAX && n < old) {
		/* Shrunk into the small range: a class object wastes less than
		 * a chunk header, and leaves the large pool unfragmented. */
		unsigned k = size_to_class[(n + 15) >> 4];
		void *q = small_alloc(h, k);
		if (q) {
			note_alloc(h, class_size[k]);
			memcpy(q, p, n);
			alloc_heap_free(h, p);
			return q;
		}
	}
	size_t need = chunk_need(n);
	if (need <= size) {
		shrink_tail(h, c, need);
		h->st.heap_used -= size - csize(c);
		return p;
	}
	struct chunk *next = chunk_at((uintptr_t)c + size);
	size_t nsize = (next->head & C_INUSE) ? 0 : csize(next);
	if (size + nsize >= need) {
		bin_remove(h, next);
		set_head(c, size + nsize, C_INUSE);
		shrink_tail(h, c, need);
		note_alloc(h, csize(c) - size);
		h->st.nallocs--; /* same block: not a new allocation */
		return p;
	}
	if (c->prev_size) {
		struct chunk *prev = chunk_at((uintptr_t)c - c->prev_size);
		size_t psize = (prev->head & C_INUSE) ? 0 : csize(prev);
		if (psize && psize + size + nsize >= need) {
			bin_remove(h, prev);
			if (nsize)
				bin_remove(h, next);
			set_head(prev, psize + size + nsize, C_INUSE);
			void *q = (void *)((uintptr_t)prev + HDR);
			memmove(q, p, old);
			shrink_tail(h, prev, need);
			note_alloc(h, csize(prev) - size);
			h->st.nallocs--;
			return q;
		}
	}
	return realloc_move(h, p, old, n);
}

/* A reserve's bytes as alloc_heap_add_region will count them (about) */
static size_t reserve_bytes(const struct alloc_heap *h)
{
	size_t n = 0;
	for (unsigned i = 0; i < h->nreserve; i++)
		n += h->reserve[i].len;
	return n;
}

void alloc_heap_get_stats(struct alloc_heap *h, struct alloc_stats *st)
{
	*st = h->st;
	st->heap_total += reserve_bytes(h); /* the heap's, only not touched yet */
}

void alloc_heap_get_free(struct alloc_heap *h, struct alloc_free *f)
{
	memset(f, 0, sizeof *f);
	for (unsigned fl = 0; fl < FL_COUNT; fl++) {
		if (!h->sl_map[fl])
			continue;
		for (unsigned sl = 0; sl < SL_COUNT; sl++)
			for (struct chunk *c = h->bins[fl][sl]; c; c = c->next) {
				size_t n = csize(c) - HDR;
				f->chunks += n;
				f->nchunks++;
				if (n > f->largest)
					f->largest = n;
			}
	}
	/* a reserve is free room that any request can take (alloc_slow adds it) */
	for (unsigned i = 0; i < h->nreserve; i++) {
		f->chunks += h->reserve[i].len;
		f->nchunks++;
		if (h->reserve[i].len > f->largest)
			f->largest = h->reserve[i].len;
	}
}

void alloc_heap_set_oom_hook(struct alloc_heap *h, void (*fn)(size_t want))
{
	h->oom_hook = fn;
}

/* ---- consistency walk ---- */

static void check_span(struct alloc_heap *h, struct region *r, struct span *s,
		       size_t bytes, size_t *used, size_t *blocks, size_t *room)
{
	if (s->magic != SPAN_MAGIC || s->heap != h || s->cls >= NCLASS)
		panic("alloc_check: span %p header corrupted", (void *)s);
	unsigned c = s->cls;
	if (s->size != class_size[c] || s->div != UINT64_MAX / class_size[c] + 1)
		panic("alloc_check: span %p header corrupted (size or divisor)", (void *)s);
	if (!s->pages || s->pages > class_pages[c] || bytes < ((size_t)s->pages << PAGE_SHIFT) - HDR)
		panic("alloc_check: span %p has %u pages in a %zu-byte chunk", (void *)s,
		      s->pages, bytes);
	uint8_t *pm = page_entry(r, (uintptr_t)s);
	for (unsigned i = 0; i < s->pages; i++)
		if (pm[i] != i + 1)
			panic("alloc_check: page map wrong for span %p page %u", (void *)s, i);
	uintptr_t first = (uintptr_t)(s + 1), limit = first + (uintptr_t)s->cap * class_size[c];
	if (s->bump < first || s->bump > limit || (s->bump - first) % class_size[c])
		panic("alloc_check: span %p bump pointer %#lx out of range", (void *)s,
		      (unsigned long)s->bump);
	size_t nfree = 0;
	for (struct freeobj *f = s->free; f; f = f->next) {
		uintptr_t a = (uintptr_t)f;
		if (a < first || a >= s->bump || (a - first) % class_size[c] || f->tag != obj_tag(f))
			panic("alloc_check: span %p free list entry %p bad", (void *)s, (void *)f);
		if (++nfree > s->cap)
			panic("alloc_check: span %p free list loops", (void *)s);
	}
	size_t carved = (s->bump - first) / class_size[c];
	if (carved - nfree != s->used)
		panic("alloc_check: span %p counts %u used, free list says %zu", (void *)s,
		      s->used, carved - nfree);
	*used += (size_t)s->used * class_size[c];
	*blocks += s->used;
	if (s->used < s->cap)
		(*room)++;
}

int alloc_heap_check(struct alloc_heap *h)
{
	size_t used = 0, blocks = 0, nfree = 0, room = 0, total = 0;
	if (!h->hint || find_region(h, h->hint->lo) != h->hint)
		panic("alloc_check: look-up hint %p is no region of the heap", (void *)h->hint);
	for (struct region *r = h->regions; r; r = r->next) {
		uintptr_t a = r->lo;
		bool prev_free = false;
		size_t prev_size = 0;
		total += r->hi - HDR - r->lo;
		while (a < r->hi - HDR) {
			struct chunk *c = chunk_at(a);
			size_t size = csize(c);
			if ((c->head & C_MAGIC_MASK) != C_MAGIC || size < MIN_CHUNK ||
			    size > r->hi - HDR - a || c->prev_size != prev_size)
				panic("alloc_check: chunk %p header corrupted", (void *)c);
			bool inuse = c->head & C_INUSE;
			bool is_span = inuse && *page_entry(r, a + HDR) == 1 &&
				       ((struct span *)(a + HDR))->magic == SPAN_MAGIC;
			if (!inuse) {
				if (prev_free)
					panic("alloc_check: free chunks %p and its predecessor not merged",
					      (void *)c);
				nfree++;
			} else if (is_span) {
				check_span(h, r, (struct span *)(a + HDR), size - HDR, &used, &blocks,
					   &room);
			} else {
				used += size - HDR;
				blocks++;
			}
			if (!is_span) {
				/* No page that starts inside a non-span chunk may be
				 * marked, or free() would misread pointers into it. */
				for (uintptr_t p = a + HDR; p < a + size; p += PAGE_SIZE)
					if (*page_entry(r, p) && (p & ~(PAGE_SIZE - 1)) >= a + HDR)
						panic("alloc_check: chunk %p overlaps span pages",
						      (void *)c);
			}
			prev_free = !inuse;
			prev_size = size;
			a += size;
		}
		struct chunk *end_mark = chunk_at(a);
		if (a != r->hi - HDR || end_mark->head != (C_MAGIC | C_INUSE) ||
		    end_mark->prev_size != prev_size)
			panic("alloc_check: region %p end marker corrupted", (void *)r);
	}
	size_t listed = 0;
	for (unsigned fl = 0; fl < FL_COUNT; fl++) {
		if (!!h->sl_map[fl] != !!(h->fl_map & ((uint64_t)1 << fl)))
			panic("alloc_check: first-level bitmap wrong at %u", fl);
		for (unsigned sl = 0; sl < SL_COUNT; sl++) {
			struct chunk *c = h->bins[fl][sl];
			if (!c != !(h->sl_map[fl] & (1u << sl)))
				panic("alloc_check: bitmap wrong for list %u/%u", fl, sl);
			for (struct chunk *prev = NULL; c; prev = c, c = c->next) {
				unsigned f, s;
				mapping(csize(c), &f, &s);
				if ((c->head & C_INUSE) || f != fl || s != sl || c->prev != prev ||
				    !find_region(h, (uintptr_t)c))
					panic("alloc_check: chunk %p misfiled in list %u/%u", (void *)c,
					      fl, sl);
				listed++;
			}
		}
	}
	if (listed != nfree)
		panic("alloc_check: %zu free chunks, %zu in lists", nfree, listed);
	size_t linked = 0;
	for (unsigned c = 0; c < NCLASS; c++)
		for (struct span *s = h->partial[c]; s; s = s->next) {
			if (s->cls != c || s->used >= s->cap || (s->next && s->next->prev != s))
				panic("alloc_check: span %p misfiled in class %u", (void *)s, c);
			linked++;
		}
	if (linked != room)
		panic("alloc_check: %zu spans with room, %zu linked", room, linked);
	if (used != h->st.heap_used || blocks != h->st.nallocs - h->st.nfrees ||
	    total != h->st.heap_total || h->st.heap_peak < used)
		panic("alloc_check: stats say %zu bytes in %zu blocks, heap has %zu in %zu",
		      h->st.heap_used, h->st.nallocs - h->st.nfrees, used, blocks);
	return 0;
}

/* ---- the default heap and the per-core heaps ---- */

/*
 * One heap per core (DESIGN.md: per-core heaps, no lock on the fast path).
 * The boot core's is default_heap, over all RAM; a core that runs an
 * isolate of its own gets a heap built in one block of the default heap
 * (alloc_core_register) and set as its per-CPU heap (struct cpu, heap).
 * malloc & co. use the calling core's heap. A block freed on another core
 * than its heap's goes onto that heap's remote stack (one CAS) and is
 * really freed by its owner at its next allocation: so a message buffer
 * made by one core and dropped by another costs no lock anywhere.
 * The registered heaps are looked up by address only for such frees: with
 * no registered heap (-smp 1, no worker) free costs one load more.
 */
#ifdef UNIJS_ONE_CORE /* the host's unit tests: each thread is a "core" */
static __thread struct alloc_heap *thread_heap;
static inline struct alloc_heap *core_heap(void) { return thread_heap ? thread_heap : default_heap; }
void alloc_core_use(struct alloc_heap *h) { thread_heap = h; }
#else
#include "../arch/x86_64/arch.h"
/* An AP with no heap of its own (idle in xmsg_ap_loop) has none: it may
 * free (a message's buffer: handed back to its heap) but not allocate. */
static inline struct alloc_heap *core_heap(void)
{
	struct cpu *c = this_cpu();
	struct alloc_heap *h = c->heap;
	return h ? h : c->index == 0 ? default_heap : NULL;
}
void alloc_core_use(struct alloc_heap *h) { this_cpu()->heap = h; }
#endif

/*
 * The registered heaps: one slot each, holding the heap's range beside
 * the pointer, so that finding the heap of an address reads this static
 * table only. A heap's own memory may be freed (and reused for anything)
 * the moment it is unregistered, while another core is still scanning;
 * so a reader never dereferences a heap it has not matched, and a slot
 * rewritten under a reader (unregistered, then registered again with a
 * heap elsewhere, or shrunk: alloc_core_shrink) must never give it a
 * range from one registration with the heap of another.
 *
 * Each slot is a sequence lock (writers are rare: a worker's start and
 * end; readers are every free, realloc and malloc_usable_size while
 * any heap is registered):
 *   writer: CAS seq from even s to s+1 (this also keeps writers apart),
 *           release fence, relaxed stores of lo, hi, heap, then a
 *           release store of seq = s+2;
 *   reader: s1 = acquire load of seq (odd: a writer is inside, pause and
 *           load again), relaxed loads of lo, hi and (when the address is
 *           in range) heap, acquire fence, s2 = relaxed load of seq; the
 *           three values are used only if s2 == s1, else the slot is read
 *           again.
 * Why a (range, heap) pair so read is one that was published together
 * (C11): s1's acquire load synchronizes with the release store that wrote
 * s1, which follows that writer's data stores, so the data loads see
 * those stores or later ones; if a data load saw a later writer's store,
 * that store follows the later writer's release fence, so the fence
 * synchronizes with the reader's acquire fence and the later writer's
 * odd seq (before its fence) happens before the load of s2, which then
 * cannot read s1 (seq only grows). Under x86-TSO the same holds more
 * simply: loads are not reordered with loads nor stores with stores, the
 * CAS is a locked instruction, and the fences only stop the compiler.
 *
 * Why the pair read is new enough, for each address a caller may pass
 * (a live block p, alloc.h: it was made before the call and handed to
 * the caller with the synchronization any message between cores has,
 * so everything that happened before p was made happens before s1 is
 * loaded, and s1 is at or after every slot write that did):
 *   - p a block of a registered heap h: h was registered before it made
 *     any block, and is unregistered only after p is freed; in between
 *     the slot holds (h's range, h) whatever s1 is, and the writes of the
 *     unregistration happen after this call, so no load here reads them;
 *   - p a block of an unregistered heap (the default one): a registered
 *     range is a live block of another heap, disjoint from p; a range that
 *     held p's address was unregistered (or shrunk past it) before that
 *     memory was freed and p made from it, so before s1: no snapshot this
 *     reader can use holds it.
 * So owner_of returns a heap only for an address inside it, and that heap
 * outlives the call's use of it (the block is alive). The writer's window
 * is a few stores in loop context on one core (no allocator call runs in
 * an interrupt handler), so a reader spins for at most that long.
 *
 * core_heaps_n counts the registered heaps so that with none (-smp 1, no
 * worker) owner_of is one load: a slot is published before the count
 * goes up and cleared after it goes down, and a reader holding a block
 * of a registered heap sees that heap's increment (it happened before the
 * block was made) and not yet its decrement.
 */
#define CORE_HEAPS ALLOC_CORE_HEAPS
/* Slots ever used: [0, core_slots_hw). Only grows; raised before the
 * count below, so a reader that sees a heap's count sees its slot. */
static unsigned core_slots_hw;
static struct core_slot {
	unsigned long seq;	 /* even: stable; odd: a writer is inside */
	uintptr_t lo, hi;	 /* [lo, hi): the heap's one region; lo == hi empty */
	struct alloc_heap *heap; /* NULL when empty */
} core_slots[CORE_HEAPS] __attribute__((aligned(64)));
static unsigned core_heaps_n; /* registered: 0 keeps owner_of to one load */

#ifdef ALLOC_TEST_HOOKS
/* tests/unit/test_alloc.c, to run another core's step deterministically
 * in a window: owner_of between its loads of a slot's lo and hi; free()
 * between ending a loan and pushing the block on its heap's stack */
void (*alloc_test_slot_hook)(unsigned slot, const void *p);
void (*alloc_test_lent_hook)(const void *p);
#define SLOT_HOOK(i, p) do { if (alloc_test_slot_hook) alloc_test_slot_hook(i, p); } while (0)
#define LENT_HOOK(p) do { if (alloc_test_lent_hook) alloc_test_lent_hook(p); } while (0)
#else
#define SLOT_HOOK(i, p) ((void)0)
#define LENT_HOOK(p) ((void)0)
#endif

#ifdef UNIJS_ONE_CORE /* the kernel's is arch.h's */
static inline void cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }
#endif

/* Writer: take slot i if it holds want (NULL: empty); its seq is left odd. */
static bool slot_claim(unsigned i, const struct alloc_heap *want, unsigned long *seq)
{
	struct core_slot *sl = &core_slots[i];
	unsigned long s = __atomic_load_n(&sl->seq, __ATOMIC_ACQUIRE);

	for (;;) {
		if (s & 1) { /* another writer is inside */
			cpu_relax();
			s = __atomic_load_n(&sl->seq, __ATOMIC_ACQUIRE);
			continue;
		}
		if (__atomic_load_n(&sl->heap, __ATOMIC_RELAXED) != want)
			return false;
		/* fails (and reloads s) if any writer came in since s was read */
		if (__atomic_compare_exchange_n(&sl->seq, &s, s + 1, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			break;
	}
	__atomic_thread_fence(__ATOMIC_RELEASE);
	*seq = s + 1;
	return true;
}

static void slot_publish(unsigned i, unsigned long seq, uintptr_t lo, uintptr_t hi, struct alloc_heap *h)
{
	struct core_slot *sl = &core_slots[i];

	__atomic_store_n(&sl->lo, lo, __ATOMIC_RELAXED);
	__atomic_store_n(&sl->hi, hi, __ATOMIC_RELAXED);
	__atomic_store_n(&sl->heap, h, __ATOMIC_RELAXED);
	__atomic_store_n(&sl->seq, seq + 1, __ATOMIC_RELEASE);
}

int alloc_core_register(struct alloc_heap *h)
{
	unsigned long seq;

	if (!h || h->regions->next)
		return -EINVAL; /* one region: the range check is exact */
	for (unsigned i = 0; i < CORE_HEAPS; i++)
		if (slot_claim(i, NULL, &seq)) {
			unsigned hw = __atomic_load_n(&core_slots_hw, __ATOMIC_RELAXED);
			__atomic_store_n(&h->slot, i + 1, __ATOMIC_RELAXED);
			slot_publish(i, seq, h->regions->start, h->regions->end, h);
			while (hw < i + 1 && !__atomic_compare_exchange_n(&core_slots_hw, &hw, i + 1, false,
									  __ATOMIC_RELEASE, __ATOMIC_RELAXED))
				;
			__atomic_add_fetch(&core_heaps_n, 1, __ATOMIC_RELEASE);
			return 0;
		}
	return -ENOSPC;
}

void alloc_core_unregister(struct alloc_heap *h)
{
	unsigned long seq, hw = __atomic_load_n(&core_slots_hw, __ATOMIC_ACQUIRE);

	for (unsigned i = 0; i < hw; i++)
		if (slot_claim(i, h, &seq)) {
			slot_publish(i, seq, 0, 0, NULL);
			__atomic_store_n(&h->slot, 0, __ATOMIC_RELAXED);
			__atomic_sub_fetch(&core_heaps_n, 1, __ATOMIC_RELEASE);
		}
}

/* owner_of with some heap registered: the slots' scan */
static struct alloc_heap *owner_scan(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	unsigned hw;

	hw = __atomic_load_n(&core_slots_hw, __ATOMIC_ACQUIRE);
	for (unsigned i = 0; i < hw; i++) {
		struct core_slot *sl = &core_slots[i];
		struct alloc_heap *h;
		unsigned long s;
		uintptr_t lo, hi;

		do {
			while ((s = __atomic_load_n(&sl->seq, __ATOMIC_ACQUIRE)) & 1)
				cpu_relax();
			lo = __atomic_load_n(&sl->lo, __ATOMIC_RELAXED);
			SLOT_HOOK(i, p);
			hi = __atomic_load_n(&sl->hi, __ATOMIC_RELAXED);
			h = a - lo < hi - lo ? __atomic_load_n(&sl->heap, __ATOMIC_RELAXED) : NULL;
			__atomic_thread_fence(__ATOMIC_ACQUIRE);
		} while (__atomic_load_n(&sl->seq, __ATOMIC_RELAXED) != s);
		if (h)
			return h;
	}
	return default_heap;
}

/* The heap p came from: a registered one whose range holds it (they lie
 * inside default_heap's blocks, so they are asked first), else the default. */
static inline struct alloc_heap *owner_of(const void *p)
{
	if (__builtin_expect(!__atomic_load_n(&core_heaps_n, __ATOMIC_ACQUIRE), 1))
		return default_heap;
	return owner_scan(p);
}

/* The usable size of a live block of h, asked by another core than h's
 * owner: only what stays fixed while the block lives is read (its page's
 * map entry and span class, or its chunk header), none of what the owner
 * changes meanwhile (free lists, the bump pointer): no checks here. */
static size_t foreign_usable_size(struct alloc_heap *h, void *p)
{
	uintptr_t a = (uintptr_t)p;
	struct region *r = find_region(h, a);
	uint8_t k;

	if (!r)
		panic("realloc(%p): not a block of any heap", p);
	k = *page_entry(r, a);
	if (k) {
		struct span *s = (struct span *)((a & ~(PAGE_SIZE - 1)) - (uintptr_t)(k - 1) * PAGE_SIZE);
		return class_size[s->cls];
	}
	return csize(chunk_at(a - HDR)) - HDR;
}

static void remote_push(struct alloc_heap *h, void *p)
{
	void *top = __atomic_load_n(&h->remote, __ATOMIC_RELAXED);
	do
		*(void **)p = top;
	while (!__atomic_compare_exchange_n(&h->remote, &top, p, true, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

static inline void remote_drain(struct alloc_heap *h)
{
	void *p;
	if (__builtin_expect(!__atomic_load_n(&h->remote, __ATOMIC_RELAXED), 1))
		return;
	p = __atomic_exchange_n(&h->remote, NULL, __ATOMIC_ACQUIRE);
	while (p) {
		void *next = *(void **)p;
		alloc_heap_free(h, p);
		p = next;
	}
}

/*
 * Lent blocks (alloc_lend, alloc.h). A lent block is a large chunk whose
 * header has C_LENT: set by its owner when it lends it, cleared by
 * whichever core frees it, in the CAS that sets C_LENT_END (or by the
 * owner taking it back, which sets nothing). Only the
 * block's own header word is touched and only while the block is live, a
 * word its owner leaves alone while the block is in use (it reads it when
 * a neighbour is freed: C_INUSE, which stays set). The owner's count
 * keeps free() to one more load (of the heap the block came from) while
 * that heap has nothing lent: so a heap with loans out costs a page-map
 * look-up per free of its own blocks only.
 */
static void (*lent_hook)(struct alloc_heap *h);

static inline bool lending(struct alloc_heap *o)
{
	return __atomic_load_n(&o->lent, __ATOMIC_RELAXED) & ~LENT_RETIRED;
}

/* p's chunk if p is a large block of h (registered: its one region), else NULL */
static struct chunk *large_block(const struct alloc_heap *h, const void *p)
{
	uintptr_t a = (uintptr_t)p;
	struct region *r = find_region(h, a);

	if (!r || (a & (ALIGN - 1)) || *page_entry(r, a))
		return NULL;
	return chunk_at(a - HDR);
}

/* Clears p's lent mark, setting mark instead (C_LENT_END or 0); whether
 * it was set. */
static bool lent_take(struct alloc_heap *o, void *p, size_t mark)
{
	struct chunk *c;
	size_t head;

	if (__builtin_expect(!lending(o), 1))
		return false;
	c = large_block(o, p);
	if (!c)
		return false;
	head = __atomic_load_n(&c->head, __ATOMIC_RELAXED);
	do
		if (!(head & C_LENT))
			return false;
	while (!__atomic_compare_exchange_n(&c->head, &head, (head & ~C_LENT) | mark, true, __ATOMIC_RELAXED,
					    __ATOMIC_RELAXED));
	return true;
}

/* One lent block of o is gone (freed or taken back). Nothing of o is
 * touched after the count drops: a retired heap whose count reaches zero
 * may be released at once by the core the hook tells. */
static void lent_drop(struct alloc_heap *o)
{
	if (__atomic_sub_fetch(&o->lent, 1, __ATOMIC_ACQ_REL) == LENT_RETIRED && lent_hook)
		lent_hook(o);
}

int alloc_lend(void *p)
{
	struct alloc_heap *h = core_heap();
	struct chunk *c;

	if (!p || !h || !__atomic_load_n(&h->slot, __ATOMIC_RELAXED) || (__atomic_load_n(&h->lent, __ATOMIC_RELAXED) & LENT_RETIRED) || !(c = large_block(h, p)))
		return -EINVAL;
	if (!(c->head & C_INUSE) || (c->head & C_MAGIC_MASK) != C_MAGIC)
		panic("alloc_lend(%p): not a live block", p);
	if (__atomic_fetch_or(&c->head, C_LENT, __ATOMIC_RELAXED) & C_LENT)
		return 0; /* lent already */
	__atomic_add_fetch(&h->lent, 1, __ATOMIC_RELAXED);
	return 0;
}

_Bool alloc_unlend(void *p)
{
	struct alloc_heap *h = core_heap();

	if (!p || !h || owner_of(p) != h || !lent_take(h, p, 0))
		return false;
	lent_drop(h);
	return true;
}

size_t alloc_core_retire(struct alloc_heap *h)
{
	return __atomic_fetch_or(&h->lent, LENT_RETIRED, __ATOMIC_ACQ_REL) & ~LENT_RETIRED;
}

size_t alloc_core_lent(struct alloc_heap *h)
{
	return __atomic_load_n(&h->lent, __ATOMIC_ACQUIRE) & ~LENT_RETIRED;
}

/*
 * A retired heap h with loans out keeps only what the frees of its loans
 * still touch: its bookkeeping (the heap, region and page map at the
 * start of its region: the lent count, the remote stack, the page map
 * entry of each lent block) and each lent block with its header. Its
 * other chunks are dead: its owner has stopped, every block it gave away
 * unlent has come back (alloc.h), so nobody reads or writes them again.
 * So the region's block in the calling core's heap shrinks to end at the
 * last chunk still lent, and h's slot range with it, first: an address
 * in the part given back is then another heap's (owner_of: a block made
 * there is made after the slot changed). A chunk counts as lent while
 * C_LENT is set and also once a free has ended its loan (C_LENT_END, set
 * in the same CAS that clears C_LENT): that free may still be pushing the
 * block on h's remote stack, which writes its first word. Read here, the
 * two bits leave no gap: a free turns one into the other atomically,
 * and nobody sets C_LENT on a retired heap.
 */
size_t alloc_core_shrink(struct alloc_heap *h)
{
	struct alloc_heap *me = core_heap();
	struct core_slot *sl;
	struct region *r;
	struct chunk *bc;
	uintptr_t keep, lim, a;
	unsigned long seq;
	unsigned i;
	size_t need, had;

	if (!me || !h || !(i = __atomic_load_n(&h->slot, __ATOMIC_RELAXED)) ||
	    !(__atomic_load_n(&h->lent, __ATOMIC_ACQUIRE) & LENT_RETIRED))
		return 0;
	sl = &core_slots[--i];
	r = h->regions;
	/* the slot's hi is changed only here (on this core) and by unregister */
	lim = __atomic_load_n(&sl->hi, __ATOMIC_RELAXED);
	/* the block h was built in, up to that hi: a large block of this core's heap */
	bc = large_block(me, (void *)r->start);
	if (!bc || (bc->head & (C_MAGIC_MASK | C_INUSE)) != (C_MAGIC | C_INUSE) || (uintptr_t)bc + csize(bc) < lim)
		return 0;
	if (lim > r->hi - HDR)
		lim = r->hi - HDR; /* h's end marker; after a shrink, the end kept */
	keep = r->lo;
	for (a = r->lo; a < lim;) {
		size_t head = __atomic_load_n(&chunk_at(a)->head, __ATOMIC_RELAXED), size = head & C_SIZE_MASK;
		if ((head & C_MAGIC_MASK) != C_MAGIC || size < MIN_CHUNK || size > lim - a)
			panic("alloc_core_shrink: heap %p corrupted at %p", (void *)h, (void *)a);
		a += size;
		if (head & (C_LENT | C_LENT_END))
			keep = a;
	}
	need = keep - ((uintptr_t)bc);
	had = csize(bc);
	if (had - need < MIN_CHUNK)
		return 0;
	if (!slot_claim(i, h, &seq))
		return 0;
	slot_publish(i, seq, __atomic_load_n(&sl->lo, __ATOMIC_RELAXED), keep, h);
	shrink_tail(me, bc, need);
	me->st.heap_used -= had - csize(bc);
	return had - csize(bc);
}

void alloc_set_lent_hook(void (*fn)(struct alloc_heap *h))
{
	lent_hook = fn;
}

static inline struct alloc_heap *dh(const char *who)
{
	struct alloc_heap *h = core_heap();
	if (__builtin_expect(!h, 0))
		panic("%s before alloc_init or on a core without a heap", who);
	remote_drain(h);
	return h;
}

void alloc_init(void *base, size_t len)
{
	struct alloc_heap *h = alloc_heap_create(base, len);
	if (!h)
		panic("alloc_init(%p, %zu): range too small for a heap", base, len);
	default_heap = h;
}

int alloc_add_region(void *base, size_t len)
{
	if (!default_heap)
		return -ENODEV;
	return alloc_heap_add_region(default_heap, base, len);
}

int alloc_add_reserve(void *base, size_t len)
{
	if (!default_heap)
		return -ENODEV;
	if (default_heap->nreserve == ALLOC_MAX_RESERVE)
		return -ENOSPC;
	default_heap->reserve[default_heap->nreserve].base = base;
	default_heap->reserve[default_heap->nreserve].len = len;
	default_heap->nreserve++;
	return 0;
}

void *malloc(size_t size)
{
	struct alloc_heap *h = core_heap();
	if (__builtin_expect(!h, 0))
		panic("malloc before alloc_init or on a core without a heap");
	return heap_malloc(h, size); /* it takes the remote frees back */
}

void *calloc(size_t nmemb, size_t size)
{
	struct alloc_heap *h = dh("calloc");
	size_t n;
	if (__builtin_mul_overflow(nmemb, size, &n)) {
		h->st.nfail++;
		errno = ENOMEM;
		return NULL;
	}
	void *p = alloc_heap_malloc(h, n);
	if (p)
		memset(p, 0, n);
	return p;
}

void *realloc(void *ptr, size_t size)
{
	struct alloc_heap *h = dh("realloc"), *o = ptr ? owner_of(ptr) : h;
	struct chunk *c;
	size_t old;
	void *p;

	/* Moved rather than resized: another core's block (a copy here, the
	 * old one back to its heap), or a lent one (its header keeps the mark:
	 * a new block, and the old one freed as lent). */
	if (!ptr || (o == h && !(__builtin_expect(lending(h), 0) && (c = large_block(h, ptr)) && (c->head & C_LENT))))
		return alloc_heap_realloc(h, ptr, size);
	old = o == h ? alloc_heap_usable_size(h, ptr) : foreign_usable_size(o, ptr);
	p = alloc_heap_malloc(h, size ? size : 1);
	if (!p)
		return NULL;
	memcpy(p, ptr, old < size ? old : size);
	free(ptr);
	return p;
}

/* free(ptr), ptr not NULL, on the core whose heap is h (NULL: none),
 * while some heap is registered or h has loans out */
static void __attribute__((noinline)) free_other(struct alloc_heap *h, void *ptr)
{
	struct alloc_heap *o = owner_of(ptr);

	if (o == h && !lending(o)) {
		heap_free(h, ptr);
		return;
	}
	if (lent_take(o, ptr, C_LENT_END)) {
		LENT_HOOK(ptr);
		/* the block first, then the count: o may go once it drops */
		if (o == h)
			alloc_heap_free(h, ptr);
		else
			remote_push(o, ptr);
		lent_drop(o);
		return;
	}
	if (o == h)
		alloc_heap_free(h, ptr);
	else
		remote_push(o, ptr);
}

/* free(ptr), ptr not NULL, on the core whose heap is h. With no heap
 * registered every block is the default heap's (owner_of) and no heap
 * has a loan out (only a registered heap lends, and one with loans out
 * stays registered: alloc.h): on the default heap's core the block is
 * freed here without a call (so without saving registers); all else
 * goes to free_other. */
static inline void core_free(struct alloc_heap *h, void *ptr)
{
	if (__builtin_expect(!__atomic_load_n(&core_heaps_n, __ATOMIC_ACQUIRE) && h == default_heap, 1))
		heap_free(h, ptr);
	else
		free_other(h, ptr);
}

void alloc_core_free(struct alloc_heap *h, void *ptr)
{
	if (ptr)
		core_free(h, ptr);
}

/* One copy of the inlined path (a jump to it, no frame): hello.elf's size
 * bound (tests/mkimage) is 600 KiB. */
void free(void *ptr)
{
	alloc_core_free(core_heap(), ptr);
}

struct alloc_heap *alloc_core_heap(void)
{
	return core_heap();
}

void *aligned_alloc(size_t alignment, size_t size)
{
	return alloc_heap_memalign(dh("aligned_alloc"), alignment, size);
}

int posix_memalign(void **memptr, size_t alignment, size_t size)
{
	if (alignment < sizeof(void *) || (alignment & (alignment - 1)))
		return EINVAL;
	void *p = alloc_heap_memalign(dh("posix_memalign"), alignment, size);
	if (!p)
		return ENOMEM;
	*memptr = p;
	return 0;
}

size_t malloc_usable_size(void *ptr)
{
	struct alloc_heap *o;
	if (!ptr)
		return 0;
	o = owner_of(ptr);
	return o == core_heap() ? alloc_heap_usable_size(o, ptr) : foreign_usable_size(o, ptr);
}

void alloc_get_stats(struct alloc_stats *st)
{
	struct alloc_heap *h = core_heap();
	if (h)
		alloc_heap_get_stats(h, st);
	else
		memset(st, 0, sizeof *st);
}

void alloc_get_free(struct alloc_free *f)
{
	struct alloc_heap *h = core_heap();
	if (h)
		alloc_heap_get_free(h, f);
	else
		memset(f, 0, sizeof *f);
}

void alloc_set_oom_hook(void (*fn)(size_t want))
{
	alloc_heap_set_oom_hook(dh("alloc_set_oom_hook"), fn);
}

int alloc_check(void)
{
	return alloc_heap_check(dh("alloc_check"));
}
