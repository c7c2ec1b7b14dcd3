/*
 * test_alloc.c: host tests of lib/alloc.c.
 *
 * Built with the allocator's public names renamed (malloc -> uj_malloc,
 * ... see alloc.mk), so the calls below reach lib/alloc.c while the host's
 * own malloc keeps serving libc and the sanitizers. <stdlib.h> is kept out
 * on purpose: it would redeclare the renamed functions with glibc's "leaf"
 * attribute, which is false for ours (the OOM hook calls back into here).
 *
 * panic() longjmps back into the harness, so a detected misuse is a
 * checkable outcome and an unexpected one fails only its own case.
 */
#include "alloc.h"
#include "panic.h"

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

#define KB ((size_t)1024)
#define MB (1024 * KB)

/* ---- harness ---- */

static jmp_buf *panic_jmp;
static char panic_msg[400];
static char detail[512];
static int npassed, nfailed;

void panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(panic_msg, sizeof panic_msg, fmt, ap);
	va_end(ap);
	if (panic_jmp)
		longjmp(*panic_jmp, 1);
	fprintf(stderr, "panic outside a test: %s\n", panic_msg);
	_exit(2);
}

/* Record a failure detail; the case returns false right after. */
__attribute__((format(printf, 1, 2))) static bool fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, fmt, ap);
	va_end(ap);
	return false;
}

#define CHECK(cond, ...)                                                                   \
	do {                                                                               \
		if (!(cond))                                                               \
			return fail(__VA_ARGS__);                                          \
	} while (0)

static void run(const char *name, bool (*fn)(void))
{
	jmp_buf jb;
	detail[0] = 0;
	bool ok;
	if (setjmp(jb)) {
		snprintf(detail, sizeof detail, "panic: %s", panic_msg);
		ok = false;
	} else {
		panic_jmp = &jb;
		ok = fn();
	}
	panic_jmp = NULL;
	if (ok) {
		printf("ok - %s\n", name);
		npassed++;
	} else {
		printf("not ok - %s (%s)\n", name, detail);
		nfailed++;
	}
	fflush(stdout);
}

/* Call fn(arg), expecting a panic whose message contains want. */
static bool expect_panic(void (*fn)(void *), void *arg, const char *want)
{
	jmp_buf jb, *outer = panic_jmp;
	volatile bool panicked = false;
	if (setjmp(jb)) {
		panicked = true;
	} else {
		panic_jmp = &jb;
		fn(arg);
	}
	panic_jmp = outer;
	if (!panicked)
		return fail("no panic (wanted \"%s\")", want);
	if (!strstr(panic_msg, want))
		return fail("panic \"%s\", wanted \"%s\"", panic_msg, want);
	return true;
}

/* On failure the case returns with expect_panic's detail. */
#define EXPECT_PANIC(fn, arg, want)                                                        \
	do {                                                                               \
		if (!expect_panic(fn, arg, want))                                          \
			return false;                                                      \
	} while (0)

/* ---- arenas ---- */

static unsigned char *arena;
static size_t arena_len;

static void *map(size_t len)
{
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		perror("mmap");
		_exit(2);
	}
	return p;
}

/* A fresh default heap of len bytes (dirty, so nothing relies on zeroes). */
static void fresh(size_t len)
{
	if (arena)
		munmap(arena, arena_len);
	arena = map(len);
	arena_len = len;
	memset(arena, 0xa5, len);
	alloc_init(arena, len);
}

static struct alloc_stats stats(void)
{
	struct alloc_stats st;
	alloc_get_stats(&st);
	return st;
}

/* ---- PRNG (xorshift64*, fixed seeds) ---- */

static uint64_t rng = 88172645463325252ull;

static uint64_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ull;
}

static size_t rnd_below(size_t n)
{
	return (size_t)(rnd() % n);
}

/* Mostly mujs-sized objects, some medium, a few large (capped by max). */
static size_t rnd_size(size_t max)
{
	unsigned r = (unsigned)rnd_below(1000);
	size_t n;
	if (r < 800)
		n = 1 + rnd_below(128);
	else if (r < 950)
		n = 129 + rnd_below(1024 - 128);
	else if (r < 990)
		n = 1025 + rnd_below(16 * KB);
	else
		n = 16 * KB + rnd_below(256 * KB);
	return n > max ? 1 + rnd_below(max) : n;
}

/* ---- content patterns ---- */

static inline unsigned char pat(uint32_t id, size_t i)
{
	return (unsigned char)((id * 0x9e3779b1u) >> 24 ^ i ^ (i >> 8) ^ (i >> 16));
}

/* Big blocks are sampled (head, tail, one byte per 64) to keep ASan fast:
 * the index after i among the sampled ones of an n-byte block. */
static inline size_t next_i(size_t i, size_t n)
{
	i++;
	if (n <= 2048 || i < 512 || i >= n - 512 || (i & 63) == 0)
		return i;
	size_t j = (i + 63) & ~(size_t)63;
	return j < n - 512 ? j : n - 512;
}

static void fill(unsigned char *p, size_t n, uint32_t id)
{
	for (size_t i = 0; i < n; i = next_i(i, n))
		p[i] = pat(id, i);
}

/* First bad offset below lim, or -1; sampling follows the size n filled. */
static long verify(const unsigned char *p, size_t n, size_t lim, uint32_t id)
{
	for (size_t i = 0; i < lim; i = next_i(i, n))
		if (p[i] != pat(id, i))
			return (long)i;
	return -1;
}

/* ---- shadow of live blocks ---- */

struct blk {
	unsigned char *p;
	size_t n;
	uint32_t id;
};

#define MAX_SLOTS 8192
static struct blk slots[MAX_SLOTS];
static struct blk sorted[MAX_SLOTS];

static void sort_by_addr(struct blk *a, size_t n)
{
	/* Shell sort: no <stdlib.h> (see top), and n is small. */
	for (size_t gap = n / 2; gap; gap /= 2)
		for (size_t i = gap; i < n; i++) {
			struct blk t = a[i];
			size_t j = i;
			for (; j >= gap && a[j - gap].p > t.p; j -= gap)
				a[j] = a[j - gap];
			a[j] = t;
		}
}

/* Live blocks: inside the arena, disjoint, stats agree, heap walk passes. */
static bool check_shadow(size_t nslots)
{
	size_t n = 0, used = 0;
	for (size_t i = 0; i < nslots; i++)
		if (slots[i].p) {
			sorted[n] = slots[i];
			sorted[n].n = malloc_usable_size(slots[i].p);
			used += sorted[n].n;
			n++;
		}
	sort_by_addr(sorted, n);
	for (size_t i = 0; i < n; i++) {
		CHECK(sorted[i].p >= arena && sorted[i].p + sorted[i].n <= arena + arena_len,
		      "block %p outside the arena", (void *)sorted[i].p);
		CHECK(i == 0 || sorted[i - 1].p + sorted[i - 1].n <= sorted[i].p,
		      "blocks %p+%zu and %p overlap", (void *)sorted[i - 1].p, sorted[i - 1].n,
		      (void *)sorted[i].p);
	}
	struct alloc_stats st = stats();
	CHECK(st.heap_used == used, "heap_used %zu, live blocks hold %zu", st.heap_used, used);
	CHECK(st.nallocs - st.nfrees == n, "nallocs-nfrees %zu, live %zu",
	      st.nallocs - st.nfrees, n);
	CHECK(st.heap_peak >= st.heap_used, "peak below used");
	alloc_check();
	return true;
}

/*
 * The random workload: nops operations over nslots slots. Every block is
 * filled with its id's pattern and verified before it is freed or resized.
 */
static bool random_ops(size_t len, size_t nslots, long nops, uint64_t seed)
{
	fresh(len);
	rng = seed;
	memset(slots, 0, sizeof slots);
	size_t max = len / 16;
	uint32_t next_id = 1;
	long nnull = 0, nrealloc_same = 0;
	for (long op = 0; op < nops; op++) {
		struct blk *b = &slots[rnd_below(nslots)];
		unsigned r = (unsigned)rnd_below(100);
		if (!b->p) {
			size_t n = rnd_size(max);
			unsigned char *p;
			bool zero = false;
			errno = 0;
			if (r < 80) {
				p = malloc(n);
			} else if (r < 92) {
				size_t count = 1 + rnd_below(4);
				n = (n + 3) / 4;
				p = calloc(count, n);
				n *= count;
				zero = true;
			} else {
				size_t a = (size_t)16 << rnd_below(6);
				p = aligned_alloc(a, n);
				CHECK(!p || ((uintptr_t)p & (a - 1)) == 0, "aligned_alloc(%zu) gave %p",
				      a, (void *)p);
			}
			if (!p) {
				CHECK(errno == ENOMEM, "NULL with errno %d", errno);
				nnull++;
				continue;
			}
			CHECK(((uintptr_t)p & 15) == 0, "%p not 16-aligned", (void *)p);
			CHECK(malloc_usable_size(p) >= n, "usable %zu < %zu", malloc_usable_size(p), n);
			if (zero)
				for (size_t i = 0; i < n; i++)
					CHECK(!p[i], "calloc byte %zu is %#x", i, p[i]);
			b->p = p;
			b->n = n;
			b->id = next_id++;
			fill(p, n, b->id);
		} else {
			long bad = verify(b->p, b->n, b->n, b->id);
			CHECK(bad < 0, "block %u (%p, %zu bytes) corrupted at %ld", b->id, (void *)b->p,
			      b->n, bad);
			if (r < 55) {
				free(b->p);
				b->p = NULL;
			} else if (r < 95) {
				size_t n = r < 85 ? rnd_size(max) : b->n + 1 + rnd_below(b->n);
				if (n > max)
					n = max;
				errno = 0;
				unsigned char *q = realloc(b->p, n);
				if (!q) {
					CHECK(errno == ENOMEM, "realloc NULL with errno %d", errno);
					nnull++;
					continue; /* old block must be intact: verified next time */
				}
				nrealloc_same += q == b->p;
				size_t keep = n < b->n ? n : b->n;
				bad = verify(q, b->n, keep, b->id);
				CHECK(bad < 0, "realloc %zu->%zu lost byte %ld", b->n, n, bad);
				CHECK(((uintptr_t)q & 15) == 0, "realloc gave %p", (void *)q);
				b->p = q;
				b->n = n;
				fill(q, n, b->id);
			}
		}
		if (op % 100000 == 99999 && !check_shadow(nslots))
			return false;
	}
	if (!check_shadow(nslots))
		return false;
	for (size_t i = 0; i < nslots; i++) {
		if (slots[i].p) {
			long bad = verify(slots[i].p, slots[i].n, slots[i].n, slots[i].id);
			CHECK(bad < 0, "block %u corrupted at %ld", slots[i].id, bad);
			free(slots[i].p);
			slots[i].p = NULL;
		}
	}
	struct alloc_stats st = stats();
	CHECK(st.heap_used == 0, "heap_used %zu after freeing everything", st.heap_used);
	CHECK(st.nallocs == st.nfrees, "nallocs %zu != nfrees %zu", st.nallocs, st.nfrees);
	alloc_check();
	/* Everything coalesced back: one block of 90% of the arena fits. */
	size_t big = len / 10 * 9;
	void *p = malloc(big);
	CHECK(p, "malloc(%zu) of a %zu arena failed after free-all", big, len);
	memset(p, 1, big);
	free(p);
	alloc_check();
	if (nnull && len >= 64 * MB)
		return fail("%ld NULLs in a large arena", nnull);
	printf("# %zu KB arena: %ld ops, %u blocks, %ld NULL, %ld realloc in place, peak %zu\n",
	       len / KB, nops, next_id - 1, nnull, nrealloc_same, st.heap_peak);
	return true;
}

static bool random_64k(void)
{
	return random_ops(64 * KB, 64, 200000, 1);
}

static bool random_3m(void)
{
	return random_ops(3 * MB, 1024, 1000000, 2);
}

static bool random_64m(void)
{
	return random_ops(64 * MB, 8192, 1000000, 3);
}

/* ---- targeted cases ---- */

static bool small_sizes(void)
{
	fresh(3 * MB);
	void *ps[2100];
	for (size_t n = 0; n < 2100; n++) {
		unsigned char *p = malloc(n);
		CHECK(p, "malloc(%zu) failed", n);
		CHECK(((uintptr_t)p & 15) == 0, "malloc(%zu) = %p", n, (void *)p);
		CHECK(malloc_usable_size(p) >= n, "usable(%zu) = %zu", n, malloc_usable_size(p));
		CHECK(n > ALLOC_SMALL_MAX || malloc_usable_size(p) - n <= 16 + n / 4,
		      "class for %zu wastes: usable %zu", n, malloc_usable_size(p));
		memset(p, (int)n, n);
		ps[n] = p;
	}
	for (size_t n = 0; n < 2100; n++) {
		for (size_t i = 0; i < n; i++)
			CHECK(((unsigned char *)ps[n])[i] == (unsigned char)n, "block %zu overwritten", n);
		free(ps[n]);
	}
	CHECK(stats().heap_used == 0, "used %zu", stats().heap_used);
	alloc_check();
	return true;
}

static bool zero_and_null(void)
{
	fresh(64 * KB);
	free(NULL);
	void *a = malloc(0), *b = malloc(0);
	CHECK(a && b && a != b, "malloc(0) gave %p, %p", a, b);
	CHECK(malloc_usable_size(NULL) == 0, "usable(NULL)");
	void *c = realloc(NULL, 10);
	CHECK(c, "realloc(NULL, 10)");
	c = realloc(c, 0);
	CHECK(c, "realloc(p, 0) freed p");
	free(a);
	free(b);
	free(c);
	CHECK(stats().heap_used == 0 && stats().nallocs == 3, "stats off: %zu used, %zu allocs",
	      stats().heap_used, stats().nallocs);
	alloc_check();
	return true;
}

static bool calloc_cases(void)
{
	fresh(3 * MB);
	errno = 0;
	CHECK(!calloc(SIZE_MAX / 2 + 1, 2), "calloc overflow returned a block");
	CHECK(errno == ENOMEM, "errno %d", errno);
	CHECK(!calloc(SIZE_MAX, SIZE_MAX), "calloc(max, max)");
	CHECK(!calloc((size_t)1 << 33, (size_t)1 << 31), "calloc(2^33, 2^31)");
	/* Dirty memory, free it, and calloc must hand it back zeroed. */
	size_t sizes[] = {24, 100, 1000, 5000, 100000};
	for (size_t k = 0; k < 5; k++) {
		void *p = malloc(sizes[k]);
		memset(p, 0xff, sizes[k]);
		free(p);
		unsigned char *q = calloc(sizes[k], 1);
		CHECK(q, "calloc(%zu)", sizes[k]);
		for (size_t i = 0; i < sizes[k]; i++)
			CHECK(!q[i], "calloc(%zu) byte %zu = %#x", sizes[k], i, q[i]);
		free(q);
	}
	CHECK(calloc(0, 5) != NULL, "calloc(0, 5)");
	return true;
}

static bool realloc_in_place(void)
{
	fresh(3 * MB);
	/* Small: growth within the class and mild shrink stay put. */
	unsigned char *s = malloc(40);
	CHECK(realloc(s, 48) == s, "small grow within class moved");
	CHECK(realloc(s, 30) == s, "small mild shrink moved");
	unsigned char *s2 = realloc(s, 1000);
	CHECK(s2 && s2 != s, "small grow across classes");
	free(s2);
	/* Large grows into the free space after it, shrinks in place. */
	unsigned char *p = malloc(4000);
	fill(p, 4000, 7);
	struct alloc_stats before = stats();
	CHECK(realloc(p, 100000) == p, "large grow into free neighbour moved");
	CHECK(verify(p, 4000, 4000, 7) < 0, "grow lost data");
	CHECK(stats().nallocs == before.nallocs && stats().nfrees == before.nfrees,
	      "in-place realloc counted as alloc/free");
	CHECK(stats().heap_used >= before.heap_used + 96000, "heap_used did not grow");
	fill(p, 100000, 8);
	CHECK(realloc(p, 50000) == p, "large shrink moved");
	CHECK(verify(p, 100000, 50000, 8) < 0, "shrink lost data");
	CHECK(malloc_usable_size(p) < 50100, "shrink kept %zu", malloc_usable_size(p));
	/* Grow into the free block before it (contents moved down). */
	unsigned char *a = malloc(5000), *b = malloc(5000), *c = malloc(5000);
	fill(b, 5000, 9);
	free(a);
	unsigned char *b2 = realloc(b, 9000);
	CHECK(b2 == a, "grow into previous free block: got %p, hoped %p", (void *)b2, (void *)a);
	CHECK(verify(b2, 5000, 5000, 9) < 0, "move down lost data");
	/* Shrinking a large block into the small range moves it to a class. */
	fill(b2, 9000, 10);
	unsigned char *b3 = realloc(b2, 100);
	CHECK(b3 && malloc_usable_size(b3) == 112, "shrink to small: usable %zu",
	      malloc_usable_size(b3));
	CHECK(verify(b3, 9000, 100, 10) < 0, "shrink to small lost data");
	free(b3);
	free(c);
	free(p);
	CHECK(stats().heap_used == 0, "used %zu", stats().heap_used);
	alloc_check();
	return true;
}

static bool aligned(void)
{
	fresh(3 * MB);
	void *ps[64];
	int k = 0;
	for (size_t a = 1; a <= 64 * KB; a <<= 1)
		for (size_t n = 1; n < 20000; n = n * 7 + 3) {
			unsigned char *p = aligned_alloc(a, n);
			CHECK(p, "aligned_alloc(%zu, %zu) failed", a, n);
			CHECK(((uintptr_t)p & (a - 1)) == 0 && ((uintptr_t)p & 15) == 0,
			      "aligned_alloc(%zu) = %p", a, (void *)p);
			memset(p, 3, n);
			if (k < 64)
				ps[k++] = p;
			else
				free(p);
		}
	for (int i = 0; i < k; i++)
		free(ps[i]);
	void *p = NULL;
	CHECK(posix_memalign(&p, 4096, 100) == 0 && p && !((uintptr_t)p & 4095), "posix_memalign");
	free(p);
	p = (void *)1;
	CHECK(posix_memalign(&p, 24, 100) == EINVAL && p == (void *)1, "alignment 24 accepted");
	CHECK(posix_memalign(&p, 4, 100) == EINVAL, "alignment 4 accepted");
	CHECK(posix_memalign(&p, 64, SIZE_MAX / 2) == ENOMEM && p == (void *)1, "huge memalign");
	errno = 0;
	CHECK(!aligned_alloc(48, 10) && errno == EINVAL, "aligned_alloc(48) accepted");
	CHECK(stats().heap_used == 0, "used %zu", stats().heap_used);
	alloc_check();
	return true;
}

/*
 * Splits that would leave a 16-byte remainder (too small for a chunk) must
 * keep it inside the block: shrinking by one step, and aligned placements
 * whose tail comes out at 16 bytes, over many sizes and alignments.
 */
/*
 * A hole a freed block left is taken by the next block of its size before
 * the big free chunk is cut (find_fit looks through need's own list
 * first). Cut instead, the big chunk took a block for every hole left
 * waiting, and the blocks that lived on split the room the others freed
 * (an 8 MB guest found no 1 MiB in one piece with 3.9 MB free).
 */
static bool holes_first(void)
{
	fresh(1 * MB);
	unsigned char *hole[8], *keep[8], *big;
	for (int i = 0; i < 8; i++) {
		hole[i] = malloc(1500 + 100 * i);
		keep[i] = malloc(3000); /* lives on between the holes */
	}
	for (int i = 0; i < 8; i++)
		free(hole[i]);
	for (int i = 7; i >= 0; i--) {
		unsigned char *p = malloc(1500 + 100 * i);
		CHECK(p == hole[i], "a block of %d bytes at %p, not in its hole %p", 1500 + 100 * i, (void *)p,
		      (void *)hole[i]);
	}
	/* so the rest of the heap is one piece */
	big = malloc(1 * MB - 64 * 1024);
	CHECK(big, "the rest of the heap is not in one piece");
	free(big);
	for (int i = 0; i < 8; i++) {
		free(hole[i]);
		free(keep[i]);
	}
	CHECK(stats().heap_used == 0, "used %zu", stats().heap_used);
	alloc_check();
	return true;
}

static bool edge_splits(void)
{
	fresh(3 * MB);
	for (size_t n = 1100; n < 1400; n += 16) {
		unsigned char *p = malloc(n), *guard = malloc(2000);
		size_t u = malloc_usable_size(p);
		fill(p, n, 11);
		CHECK(realloc(p, n - 16) == p, "shrink by 16 moved");
		CHECK(malloc_usable_size(p) == u, "16-byte tail split off (%zu -> %zu)", u,
		      malloc_usable_size(p));
		CHECK(realloc(p, n - 32) == p && malloc_usable_size(p) == u - 32,
		      "shrink by 32: usable %zu", malloc_usable_size(p));
		CHECK(verify(p, n, n - 32, 11) < 0, "shrink lost data");
		alloc_check();
		free(p);
		free(guard);
	}
	for (size_t lead = 0; lead < 40; lead++) {
		fresh(3 * MB);
		void *g = lead ? malloc(1024 + lead * 16) : NULL;
		for (size_t a = 32; a <= 8192; a <<= 1)
			for (size_t n = 1; n <= 160; n += 15) {
				void *p = aligned_alloc(a, n);
				CHECK(p && !((uintptr_t)p & (a - 1)), "aligned_alloc(%zu, %zu)", a, n);
				alloc_check();
			}
		free(g);
	}
	return true;
}

/* Fill an arena with n-byte blocks until NULL; returns count, frees all. */
static size_t fill_with(size_t n, void **keep, size_t max)
{
	size_t k = 0;
	while (k < max) {
		void *p = malloc(n);
		if (!p)
			break;
		keep[k++] = p;
	}
	for (size_t i = 0; i < k; i++)
		free(keep[i]);
	return k;
}

static void *many[400000];

static bool spans_returned(void)
{
	fresh(3 * MB);
	/* Filling with 16-byte objects then with 1024-byte objects must get
	 * about the same bytes: empty spans went back to the common pool. */
	size_t k16 = fill_with(16, many, 400000);
	alloc_check();
	size_t k1024 = fill_with(1024, many, 400000);
	alloc_check();
	size_t k80 = fill_with(80, many, 400000);
	CHECK(k16 * 16 > 3 * MB * 85 / 100, "only %zu 16-byte blocks fit", k16);
	CHECK(k1024 * 1024 > 3 * MB * 85 / 100, "only %zu 1 KB blocks fit after 16-byte ones",
	      k1024);
	CHECK(k80 * 80 > 3 * MB * 85 / 100, "only %zu 80-byte blocks fit", k80);
	void *p = malloc(3 * MB / 10 * 9);
	CHECK(p, "90%% block after class churn");
	free(p);
	alloc_check();
	return true;
}

/* alloc_get_free: the free chunks are the room any request can take; the
 * free bytes inside spans are not in them. */
static bool free_room(void)
{
	struct alloc_free f;
	struct alloc_stats st;

	fresh(3 * MB);
	alloc_get_free(&f);
	st = stats();
	CHECK(f.nchunks >= 1 && f.largest == f.chunks && f.chunks <= st.heap_total &&
	      f.chunks > st.heap_total * 95 / 100, "fresh heap: %zu in %zu chunks, largest %zu, total %zu",
	      f.chunks, f.nchunks, f.largest, st.heap_total);
	/* a large block comes out of the free chunks, whole */
	void *big = malloc(MB);
	CHECK(big, "1 MB block");
	struct alloc_free g;
	alloc_get_free(&g);
	CHECK(g.chunks + MB <= f.chunks && g.largest < f.largest, "after 1 MB: %zu (was %zu)", g.chunks, f.chunks);
	/* 80-byte objects, every other one freed: the heap is in pieces, the
	 * free bytes sit inside spans and the chunks do not count them */
	size_t k = 0;
	while (k < 16000 && (many[k] = malloc(80)))
		k++;
	CHECK(k == 16000, "only %zu 80-byte blocks", k);
	for (size_t i = 0; i < k; i += 2)
		free(many[i]);
	alloc_get_free(&g);
	st = stats();
	CHECK(st.heap_total - st.heap_used - g.chunks >= (k / 2) * 80,
	      "free %zu, in chunks %zu: the %zu bytes freed inside spans are not all outside the chunks",
	      st.heap_total - st.heap_used, g.chunks, (k / 2) * 80);
	for (size_t i = 1; i < k; i += 2)
		free(many[i]);
	free(big);
	alloc_get_free(&g);
	/* all back but the one empty span a class keeps (at most 8 pages) */
	CHECK(g.chunks <= f.chunks && g.chunks + 32 * KB >= f.chunks && g.nchunks <= 2,
	      "all freed: %zu in %zu chunks (was %zu in %zu)", g.chunks, g.nchunks, f.chunks, f.nchunks);
	alloc_check();
	return true;
}

static bool exhaustion(void)
{
	size_t lens[] = {64 * KB, 3 * MB};
	for (int l = 0; l < 2; l++) {
		fresh(lens[l]);
		rng = 42;
		size_t k = 0;
		/* Mixed sizes until even a 16-byte request is refused. */
		for (size_t n = 0; k < 400000;) {
			errno = 0;
			void *p = malloc(n ? n : rnd_size(lens[l] / 8));
			if (!p) {
				CHECK(errno == ENOMEM, "errno %d", errno);
				if (n)
					break;
				n = 16;
				continue;
			}
			n = 0;
			many[k++] = p;
		}
		struct alloc_stats st = stats();
		CHECK(st.nfail >= 2, "nfail %zu", st.nfail);
		CHECK(st.heap_used > lens[l] / 10 * 7, "heap full at only %zu of %zu", st.heap_used,
		      lens[l]);
		CHECK(!malloc(SIZE_MAX) && !malloc(SIZE_MAX / 2) && !realloc(many[0], SIZE_MAX / 2),
		      "huge request succeeded");
		alloc_check();
		/* Free every other block: allocation works again. */
		for (size_t i = 0; i < k; i += 2) {
			free(many[i]);
			many[i] = NULL;
		}
		void *p = malloc(16);
		CHECK(p, "no recovery after frees");
		free(p);
		for (size_t i = 1; i < k; i += 2)
			free(many[i]);
		CHECK(stats().heap_used == 0, "used %zu", stats().heap_used);
		p = malloc(lens[l] / 10 * 9);
		CHECK(p, "90%% of the arena after exhaustion");
		free(p);
		alloc_check();
	}
	return true;
}

static void *hook_reserve;
static int hook_calls;
static size_t hook_want;

static void hook_free_reserve(size_t want)
{
	hook_calls++;
	hook_want = want;
	/* A GC would allocate too: a nested failure must not recurse. */
	void *p = malloc(SIZE_MAX / 4);
	(void)p;
	free(hook_reserve);
	hook_reserve = NULL;
}

static bool oom_hook(void)
{
	fresh(3 * MB);
	hook_reserve = malloc(2 * MB);
	CHECK(hook_reserve, "reserve");
	alloc_set_oom_hook(hook_free_reserve);
	void *p = malloc(2 * MB);
	CHECK(p, "hook freed 2 MB but malloc still failed");
	CHECK(hook_calls == 1 && hook_want == 2 * MB, "hook calls %d want %zu", hook_calls,
	      hook_want);
	void *q = malloc(2 * MB);
	CHECK(!q && hook_calls == 2, "second failure: %p, %d calls", q, hook_calls);
	free(p);
	alloc_set_oom_hook(NULL);
	CHECK(!malloc(4 * MB) && hook_calls == 2, "hook called after removal");
	alloc_check();
	return true;
}

static bool regions(void)
{
	fresh(64 * KB);
	unsigned char *second = map(3 * MB);
	CHECK(alloc_add_region(second, 3 * MB) == 0, "add 3 MB region");
	CHECK(alloc_add_region(second + MB, MB) == -EINVAL, "overlap accepted");
	CHECK(alloc_add_region(arena + 1024, 16 * KB) == -EINVAL, "overlap with heap accepted");
	CHECK(alloc_add_region(second, 100) == -EINVAL, "tiny region accepted");
	CHECK(alloc_add_region(NULL, 100000) == -EINVAL, "NULL region accepted");
	struct alloc_stats st = stats();
	CHECK(st.heap_total > 3 * MB && st.heap_total < 3 * MB + 64 * KB, "heap_total %zu",
	      st.heap_total);
	unsigned char *big = malloc(2 * MB);
	CHECK(big >= second && big < second + 3 * MB, "2 MB block not from the 2nd region");
	size_t k = fill_with(48, many, 400000);
	CHECK(k * 48 > MB / 2, "small objects did not spill into region 2: %zu", k);
	free(big);
	alloc_check();
	/* The add_region path on a fresh unaligned base also works. */
	unsigned char *odd = map(256 * KB);
	CHECK(alloc_add_region(odd + 8, 256 * KB - 8) == 0, "unaligned region");
	void *p = malloc(200 * KB);
	CHECK(p, "alloc after unaligned region");
	free(p);
	alloc_check();
	munmap(odd, 256 * KB);
	munmap(second, 3 * MB);
	/* Point the default heap somewhere valid before the mapping is reused. */
	fresh(64 * KB);
	return true;
}

/* alloc_add_reserve: kept out of the heap until nothing else fits, then
 * added before the out-of-memory hook is asked. */
static bool reserve(void)
{
	fresh(64 * KB);
	unsigned char *r = map(MB);
	hook_calls = 0;
	hook_reserve = NULL;
	alloc_set_oom_hook(hook_free_reserve);
	CHECK(alloc_add_reserve(r, MB) == 0, "add 1 MB reserve");
	size_t total = stats().heap_total;
	CHECK(total > MB && total < MB + 64 * KB, "reserve not counted before use: heap_total %zu", total);
	struct alloc_free fr;
	alloc_get_free(&fr);
	CHECK(fr.largest == MB, "reserve not free room: largest %zu", fr.largest);
	void *small = malloc(1000);
	CHECK(small && ((unsigned char *)small < r || (unsigned char *)small >= r + MB),
	      "small block from the reserve while the heap had room");
	void *p = malloc(512 * KB);
	CHECK(p && (unsigned char *)p >= r && (unsigned char *)p < r + MB, "512 KB not from the reserve: %p", p);
	CHECK(hook_calls == 0, "hook called with a reserve left: %d", hook_calls);
	CHECK(stats().heap_total > MB && stats().heap_total < MB + 64 * KB, "heap_total %zu after the reserve joined",
	      stats().heap_total);
	free(p);
	free(small);
	alloc_set_oom_hook(NULL);
	alloc_check();
	munmap(r, MB);
	fresh(64 * KB);
	return true;
}

/* ---- misuse that must panic ---- */

static void do_free(void *p)
{
	free(p);
}

static void do_realloc(void *p)
{
	(void)realloc(p, 64);
}

static void do_malloc80(void *p)
{
	(void)p;
	(void)malloc(80);
}

static bool double_free_small(void)
{
	fresh(64 * KB);
	void *p = malloc(32), *q = malloc(32);
	free(p);
	EXPECT_PANIC(do_free, p, "double free");
	EXPECT_PANIC(do_realloc, p, "double free");
	free(q);
	return true;
}

static bool double_free_large(void)
{
	fresh(64 * KB);
	void *p = malloc(3000), *q = malloc(3000);
	free(p);
	EXPECT_PANIC(do_free, p, "double free");
	free(q);
	EXPECT_PANIC(do_free, q, "double free");
	return true;
}

static bool bad_pointers(void)
{
	fresh(64 * KB);
	int on_stack;
	char *s = malloc(64), *l = malloc(5000);
	EXPECT_PANIC(do_free, &on_stack, "not a block of this heap");
	EXPECT_PANIC(do_free, s + 16, "not the start");
	EXPECT_PANIC(do_free, s + 1, "not a block");
	EXPECT_PANIC(do_free, s + 64 * 20, "never allocated");
	EXPECT_PANIC(do_free, l + 32, "no block header");
	free(s);
	free(l);
	alloc_check();
	return true;
}

static bool corruption(void)
{
	fresh(64 * KB);
	/* Overrun of a large block into the next header is caught by free. */
	char *a = malloc(2000), *b = malloc(2000);
	memset(a, 'x', malloc_usable_size(a) + 16);
	EXPECT_PANIC(do_free, a, "corrupted");
	(void)b;
	/* A write after free to a small object is caught when reissued. */
	fresh(64 * KB);
	uint64_t *p = malloc(80);
	free(p);
	p[1] = 12345; /* deliberate use after free; the arena is ours */
	EXPECT_PANIC(do_malloc80, NULL, "written after free");
	return true;
}

/*
 * free's checks of a pointer into a span (span_of): the bump pointer
 * bounds it, one multiply tells an object's start (a divisor kept in the
 * span, alloc.c). Every 16-byte step of a span's head, in every class,
 * from its header to past the objects handed out: only the live objects
 * may be freed, the rest panics with its own reason.
 */
static const size_t class_sizes[] = {
	16, 32, 48, 64, 80, 96, 112, 128, 160, 192,
	224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
};

static bool object_starts(void)
{
	for (size_t ci = 0; ci < sizeof class_sizes / sizeof class_sizes[0]; ci++) {
		size_t cs = class_sizes[ci];
		unsigned char *o[5];
		fresh(4 * MB);
		for (int i = 0; i < 5; i++) {
			o[i] = malloc(cs);
			CHECK(o[i] && (i == 0 || o[i] == o[0] + i * cs), "class %zu: object %d at %p, not after %p", cs, i,
			      (void *)o[i], (void *)o[0]);
		}
		free(o[2]); /* on the free list: a second free is a double free */
		/* o[0] follows the span's 64-byte header at its page's start */
		CHECK(((uintptr_t)o[0] & 4095) == 64, "class %zu: first object at %p", cs, (void *)o[0]);
		for (unsigned char *a = o[0] - 64; a < o[0] + 7 * cs; a += 16) {
			size_t off = (size_t)(a - o[0]);
			if (a < o[0] || off % cs)
				EXPECT_PANIC(do_free, a, "not the start");
			else if (off / cs >= 5)
				EXPECT_PANIC(do_free, a, "never allocated");
			else if (off / cs == 2)
				EXPECT_PANIC(do_free, a, "double free");
			EXPECT_PANIC(do_free, a + 8, "not a block");
		}
		CHECK(malloc_usable_size(o[4]) == cs, "class %zu: usable size %zu", cs, malloc_usable_size(o[4]));
		for (int i = 0; i < 5; i++)
			if (i != 2)
				free(o[i]);
		alloc_check();
		CHECK(stats().heap_used == 0, "class %zu: %zu bytes left", cs, stats().heap_used);
	}
	return true;
}

/*
 * free's path looks the region of the last look-up first, then all
 * (span_of): blocks of every region are freed, in no order, and an
 * address between regions is no block.
 */
static bool regions_lookup(void)
{
	size_t sz[3] = { 256 * KB, 3 * MB, MB };
	unsigned char *m[3], *gap = map(64 * KB);
	size_t k = 0, in[4] = { 0 };

	fresh(64 * KB);
	for (int i = 0; i < 3; i++) {
		m[i] = map(sz[i]);
		CHECK(alloc_add_region(m[i], sz[i]) == 0, "add region %d", i);
	}
	/* small and large blocks until the heap is full: all four regions */
	while (k < sizeof many / sizeof many[0]) {
		size_t n = k % 7 == 6 ? 1500 + k % 3000 : 16 + k % 500;
		unsigned char *p = malloc(n);
		if (!p)
			break;
		memset(p, 0x5a, n);
		many[k++] = p;
		for (int i = 0; i < 3; i++)
			if (p >= m[i] && p < m[i] + sz[i])
				in[i + 1]++;
		if (p >= arena && p < arena + arena_len)
			in[0]++;
	}
	for (int i = 0; i < 4; i++)
		CHECK(in[i] > 0, "no block in region %d (%zu blocks)", i, k);
	EXPECT_PANIC(do_free, gap + 4096, "not a block of this heap");
	for (size_t i = 0; i < k; i++) { /* a shuffle */
		size_t j = i + rnd_below(k - i);
		void *t = many[i];
		many[i] = many[j];
		many[j] = t;
	}
	for (size_t i = 0; i < k; i++) {
		free(many[i]);
		if (i % 4096 == 0)
			alloc_check();
	}
	alloc_check();
	CHECK(stats().heap_used == 0, "%zu bytes left", stats().heap_used);
	for (int i = 0; i < 3; i++)
		munmap(m[i], sz[i]);
	munmap(gap, 64 * KB);
	fresh(64 * KB);
	return true;
}

/*
 * An isolate's allocator hook allocates from its core's heap without
 * finding it each time (alloc_core_heap, alloc_heap_malloc,
 * alloc_core_free): alloc_heap_malloc on the heap's own core takes back
 * what other cores freed to it first, as malloc does; alloc_core_free is
 * free on that core, another heap's blocks and lent ones included. Two
 * "cores" here are one thread switching heaps (alloc_core_use).
 */
static bool core_heap_hook(void)
{
	size_t len = 2 * MB;
	void *m[2] = { map(len), map(len) };
	struct alloc_heap *h[2];
	struct alloc_stats st;
	size_t frees;

	fresh(1 * MB);
	for (int i = 0; i < 2; i++) {
		h[i] = alloc_heap_create(m[i], len);
		CHECK(h[i] && alloc_core_register(h[i]) == 0, "heap %d", i);
	}
	CHECK(alloc_core_heap() != h[0] && alloc_core_heap() != h[1], "no heap of its own yet");
	alloc_core_use(h[0]);
	CHECK(alloc_core_heap() == h[0], "alloc_core_heap is not the heap in use");
	void *a = alloc_heap_malloc(h[0], 40), *b = alloc_heap_malloc(h[0], 3000), *c = malloc(100);
	void *l = malloc(5000);
	CHECK(a && b && c && l, "blocks of heap 0");
	CHECK(alloc_lend(l) == 0, "lend");
	alloc_core_free(h[0], c); /* its own: freed at once */
	alloc_heap_get_stats(h[0], &st);
	CHECK(st.nfrees == 1 && st.nallocs == 4, "heap 0: %zu allocations, %zu frees", st.nallocs, st.nfrees);
	frees = st.nfrees;

	/* "core 1" frees heap 0's blocks: they go on heap 0's stack */
	alloc_core_use(h[1]);
	alloc_core_free(h[1], a);
	alloc_core_free(h[1], b);
	alloc_core_free(h[1], l); /* ends the loan */
	CHECK(alloc_core_lent(h[0]) == 0, "loan not ended by alloc_core_free");
	alloc_core_free(h[1], NULL);
	alloc_heap_get_stats(h[0], &st);
	CHECK(st.nfrees == frees, "heap 0 freed on another core");
	void *d = alloc_heap_malloc(h[1], 24);

	/* back on core 0: its next alloc_heap_malloc takes them back */
	alloc_core_use(h[0]);
	void *e = alloc_heap_malloc(h[0], 40); /* a class with a span with room */
	CHECK(e, "alloc on heap 0");
	alloc_heap_get_stats(h[0], &st);
	CHECK(st.nfrees == frees + 3, "alloc_heap_malloc took back %zu of 3 remote frees", st.nfrees - frees);
	alloc_core_free(h[0], d); /* heap 1's block, freed on core 0 */
	alloc_core_free(h[0], e);
	alloc_heap_check(h[0]);
	alloc_heap_get_stats(h[0], &st);
	CHECK(st.heap_used == 0 && st.nallocs == st.nfrees, "heap 0 holds %zu bytes", st.heap_used);
	alloc_core_use(h[1]);
	free(malloc(16));
	alloc_heap_check(h[1]);
	alloc_heap_get_stats(h[1], &st);
	CHECK(st.heap_used == 0 && st.nallocs == st.nfrees, "heap 1 holds %zu bytes", st.heap_used);
	alloc_core_use(NULL);
	for (int i = 0; i < 2; i++) {
		alloc_core_unregister(h[i]);
		munmap(m[i], len);
	}
	return true;
}

/*
 * Per-core heaps (alloc_core_*): each thread stands for a core
 * (alloc_core_use is per thread in this build). A block made by one
 * "core" and freed by another goes back to its own heap, without a lock:
 * here two threads swap 200,000 blocks through a ring, each freeing the
 * other's, while both keep allocating; at the end every heap is whole and
 * holds nothing.
 */
#define XRING 256
static void *volatile xring[2][XRING]; /* [from] slots, NULL when empty */
static struct alloc_heap *xheap[2];
static volatile long xbad;

static void *xcore(void *arg)
{
	int me = (int)(intptr_t)arg, other = !me;
	unsigned sent = 0, got = 0, si = 0, ri = 0;
	alloc_core_use(xheap[me]);
	while (sent < 100000 || got < 100000) {
		if (sent < 100000 && !__atomic_load_n(&xring[me][si], __ATOMIC_ACQUIRE)) {
			size_t n = 16 + (sent * 37) % 3000;
			unsigned char *p = malloc(n);
			if (!p) {
				xbad++;
				break;
			}
			memset(p, me + 1, n);
			p[0] = (unsigned char)n;
			__atomic_store_n(&xring[me][si], p, __ATOMIC_RELEASE);
			si = (si + 1) % XRING;
			sent++;
		}
		unsigned char *q = __atomic_load_n(&xring[other][ri], __ATOMIC_ACQUIRE);
		if (got < 100000 && q) {
			if (q[1] != other + 1)
				xbad++;
			__atomic_store_n(&xring[other][ri], NULL, __ATOMIC_RELEASE);
			if (got % 3 == 0) {
				q = realloc(q, 100); /* another core's block: copied here */
				if (!q || q[1] != other + 1)
					xbad++;
			}
			free(q);
			ri = (ri + 1) % XRING;
			got++;
		}
	}
	/* what came back to this heap is freed at its next allocation */
	free(malloc(16));
	alloc_core_use(NULL);
	return NULL;
}

static bool core_heaps(void)
{
	size_t len = 16 * MB;
	void *m[2] = { map(len), map(len) };
	pthread_t t[2];
	struct alloc_stats st;

	fresh(1 * MB);
	for (int i = 0; i < 2; i++) {
		xheap[i] = alloc_heap_create(m[i], len);
		CHECK(xheap[i], "heap %d", i);
		CHECK(alloc_core_register(xheap[i]) == 0, "register %d", i);
	}
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, xcore, (void *)(intptr_t)i);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	CHECK(!xbad, "%ld blocks came with the wrong bytes or could not be made", xbad);
	for (int i = 0; i < 2; i++) {
		/* the last frees of the other thread may have come after this
		 * heap's last allocation: one more drains them */
		alloc_core_use(xheap[i]);
		free(malloc(16));
		alloc_core_use(NULL);
		alloc_heap_check(xheap[i]);
		alloc_heap_get_stats(xheap[i], &st);
		CHECK(st.heap_used == 0, "heap %d holds %zu bytes after all were freed", i, st.heap_used);
		CHECK(st.nallocs == st.nfrees, "heap %d: %zu allocations, %zu frees", i, st.nallocs, st.nfrees);
		alloc_core_unregister(xheap[i]);
		munmap(m[i], len);
	}
	return true;
}

/*
 * Lending (alloc_lend, alloc.h): a worker's heap lends the blocks it hands
 * to another core for good; the heap, once retired (the worker ended),
 * stays until the last loan is freed, and that free calls the hook once.
 */
static struct alloc_heap *hooked;
static volatile int hook_n;

static void lent_hook(struct alloc_heap *h)
{
	hooked = h;
	__atomic_add_fetch(&hook_n, 1, __ATOMIC_SEQ_CST);
}

static bool lend_accounting(void)
{
	size_t len = 4 * MB;
	void *m = map(len), *m2 = map(len);
	struct alloc_heap *w, *w2;
	unsigned char *a, *b, *c, *s, *d, *q;

	fresh(1 * MB);
	hook_n = 0;
	hooked = NULL;
	alloc_set_lent_hook(lent_hook);
	w = alloc_heap_create(m, len);
	CHECK(w && alloc_core_register(w) == 0, "register");

	alloc_core_use(w); /* the worker's core */
	a = malloc(64 * KB);
	b = malloc(4000);
	s = malloc(100);
	CHECK(a && b && s, "malloc");
	memset(a, 7, 64 * KB);
	CHECK(alloc_lend(s) == -EINVAL, "a small block was lent");
	CHECK(alloc_lend(a) == 0 && alloc_lend(a) == 0 && alloc_lend(b) == 0, "lend");
	CHECK(alloc_core_lent(w) == 2, "lent %zu, want 2 (twice counts once)", alloc_core_lent(w));
	CHECK(malloc_usable_size(a) >= 64 * KB, "usable size of a lent block");
	/* the owner takes b back (a buffer that came home): no longer lent */
	CHECK(alloc_unlend(b) && !alloc_unlend(b) && !alloc_unlend(s), "unlend");
	CHECK(alloc_core_lent(w) == 1, "lent %zu after unlend, want 1", alloc_core_lent(w));
	free(b);
	free(s);
	CHECK(alloc_core_lent(w) == 1, "a free of a block not lent changed the count");
	/* a lent block reallocated by its owner: moved, the old one freed as lent */
	c = malloc(8 * KB);
	memset(c, 9, 8 * KB);
	CHECK(alloc_lend(c) == 0 && alloc_core_lent(w) == 2, "lend c");
	c = realloc(c, 16 * KB);
	CHECK(c && c[0] == 9 && c[8 * KB - 1] == 9, "realloc of a lent block lost its bytes");
	CHECK(alloc_core_lent(w) == 1, "lent %zu after realloc, want 1", alloc_core_lent(w));
	CHECK(alloc_unlend(c) == false, "the realloc's new block is not lent");
	d = malloc(2 * KB);
	CHECK(d && alloc_lend(d) == 0 && alloc_core_lent(w) == 2, "lend d");
	alloc_core_use(NULL);

	/* core 0: its own blocks are not lent (its heap is not registered) */
	q = malloc(4 * KB);
	CHECK(q && alloc_lend(q) == -EINVAL, "core 0's block was lent");
	free(q);
	/* d freed before the worker ends: the worker's heap takes it back */
	free(d);
	CHECK(alloc_core_lent(w) == 1 && hook_n == 0, "lent %zu, hook %d after freeing d", alloc_core_lent(w), hook_n);
	/* the worker ends holding a lent block elsewhere: the heap is held */
	CHECK(alloc_core_retire(w) == 1, "retire: wrong count of loans");
	CHECK(hook_n == 0, "hook before the last loan ended");
	alloc_core_use(w);
	CHECK(alloc_lend(c) == -EINVAL, "a retired heap lent");
	alloc_core_use(NULL);
	CHECK(a[0] == 7 && a[64 * KB - 1] == 7, "the lent block's bytes changed");
	free(a); /* the last loan: on core 0, onto w's remote stack, then the hook */
	CHECK(hook_n == 1 && hooked == w, "hook %d (heap %p, want %p) after the last loan", hook_n, (void *)hooked, (void *)w);
	CHECK(alloc_core_lent(w) == 0, "lent %zu at the end", alloc_core_lent(w));
	alloc_core_unregister(w);
	munmap(m, len); /* the region goes whole */

	/* a heap retired with no loans out goes at once: no hook */
	w2 = alloc_heap_create(m2, len);
	CHECK(w2 && alloc_core_register(w2) == 0, "register w2");
	alloc_core_use(w2);
	b = malloc(10 * KB);
	CHECK(b && alloc_lend(b) == 0, "lend in w2");
	alloc_core_use(NULL);
	free(b);
	CHECK(alloc_core_retire(w2) == 0 && hook_n == 1, "w2: loans left or a hook");
	alloc_core_unregister(w2);
	munmap(m2, len);
	alloc_check(); /* core 0's heap untouched by it all */
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	alloc_set_lent_hook(NULL);
	return true;
}

/* Two threads as two cores, many times: the worker's core lends blocks
 * and hands them over a ring to the other, which frees them, and retires
 * its heap (the worker ended) after a random pause, so that the retire
 * races with the last frees. The hook comes exactly once when loans were
 * still out at the retire, inside the last free, and never otherwise. */
#define LROUNDS 300
#define LBLOCKS 200
static void *volatile lring[LBLOCKS];
static volatile int lfreed, hook_freed;

static void lent_hook_freed(struct alloc_heap *h)
{
	hook_freed = lfreed;
	lent_hook(h);
}

static void *lfreer(void *arg)
{
	(void)arg;
	for (int i = 0; i < LBLOCKS; i++) {
		void *p;
		while (!(p = __atomic_load_n(&lring[i], __ATOMIC_ACQUIRE)))
			;
		__atomic_store_n(&lring[i], NULL, __ATOMIC_RELAXED);
		free(p);
		__atomic_add_fetch(&lfreed, 1, __ATOMIC_RELEASE);
	}
	return NULL;
}

/* Round r of the lending races: lfreer (started in *t) frees, as another
 * core, each block w lends as soon as it is in lring; then a random pause
 * lets the two overlap the retire that follows differently each round. */
static bool lend_ring(struct alloc_heap *w, int r, pthread_t *t, unsigned pause)
{
	pthread_create(t, NULL, lfreer, NULL);
	alloc_core_use(w);
	for (int i = 0; i < LBLOCKS; i++) {
		void *p = malloc(1100 + rnd_below(5000));
		CHECK(p && alloc_lend(p) == 0, "round %d: block %d", r, i);
		__atomic_store_n(&lring[i], p, __ATOMIC_RELEASE);
	}
	alloc_core_use(NULL);
	for (volatile unsigned k = 0; k < pause; k++)
		;
	return true;
}

static bool lend_threads(void)
{
	size_t len = 2 * MB;
	void *m = map(len);
	int held = 0;

	fresh(1 * MB);
	alloc_set_lent_hook(lent_hook_freed);
	for (int r = 0; r < LROUNDS; r++) {
		struct alloc_heap *w = alloc_heap_create(m, len);
		pthread_t t;
		size_t left;
		unsigned pause = (unsigned)rnd_below(200000);

		CHECK(w && alloc_core_register(w) == 0, "round %d: register", r);
		hook_n = 0;
		hooked = NULL;
		lfreed = 0;
		hook_freed = -1;
		if (!lend_ring(w, r, &t, pause))
			return false;
		left = alloc_core_retire(w);
		pthread_join(t, NULL);
		CHECK(alloc_core_lent(w) == 0, "round %d: %zu loans left", r, alloc_core_lent(w));
		if (left) {
			CHECK(hook_n == 1 && hooked == w, "round %d: %zu loans at the retire, hook %d", r, left, hook_n);
			CHECK(hook_freed == LBLOCKS - 1, "round %d: hook after %d frees, want %d", r, hook_freed, LBLOCKS - 1);
			held++;
		} else {
			CHECK(hook_n == 0, "round %d: no loans at the retire, hook %d", r, hook_n);
		}
		alloc_core_unregister(w);
		memset(m, 0xa5, len); /* the region is reused */
	}
	alloc_check();
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	printf("# lend_threads: %d of %d retires found loans still out\n", held, LROUNDS);
	alloc_set_lent_hook(NULL);
	munmap(m, len);
	return true;
}

/*
 * owner_of's slot table (lib/alloc.c): core 1 frees a block q of core 0's
 * heap while core 0 unregisters a worker's heap w1, frees its region a,
 * and registers another heap w2 (region c) in the same slot, with
 * a < q < c. The test's hook (ALLOC_TEST_HOOKS) runs all of that between
 * core 1's loads of the slot's lo and hi. The freed heap is poisoned, so
 * a reader that read the range through the heap pointer (as owner_of did)
 * stops under ASan; one that read the range from the table with no
 * sequence check pairs w1's lo with w2's hi, whose range holds q, and
 * hands q to w2 (its next allocation then panics on q). q must go back to
 * core 0's heap and nothing to w2.
 */
extern void (*alloc_test_slot_hook)(unsigned slot, const void *p);
static int sw_state; /* 1: core 1 waits in the hook; 2: core 0 is done */
static int sw_freed;
static const void *sw_block;

static void slot_hook_wait(unsigned slot, const void *p)
{
	int idle = 0;
	if (slot != 0 || p != sw_block ||
	    !__atomic_compare_exchange_n(&sw_state, &idle, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		return; /* once, in the first look at slot 0 */
	while (__atomic_load_n(&sw_state, __ATOMIC_ACQUIRE) != 2)
		sched_yield();
}

static void *sw_freer(void *heap)
{
	alloc_core_use(heap);
	free((void *)sw_block);
	alloc_core_use(NULL);
	__atomic_store_n(&sw_freed, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void poison(void *p, size_t n, bool on)
{
#ifdef __SANITIZE_ADDRESS__
	if (on)
		__asan_poison_memory_region(p, n);
	else
		__asan_unpoison_memory_region(p, n);
#else
	(void)p, (void)n, (void)on;
#endif
}

static bool slot_rewritten(void)
{
	size_t len = 1 * MB, rl = 512 * KB;
	void *fm = map(len);
	struct alloc_heap *f, *w1, *w2;
	unsigned char *a, *q, *c;
	size_t used, ua, uq;
	struct alloc_stats st;
	pthread_t t;
	bool hooked_in, w2_ok;

	fresh(4 * MB);
	a = malloc(rl);
	q = malloc(64 * KB);
	c = malloc(rl);
	CHECK(a && q && c && a < q && q < c, "layout: %p %p %p", (void *)a, (void *)q, (void *)c);
	ua = malloc_usable_size(a);
	uq = malloc_usable_size(q);
	used = stats().heap_used;
	w1 = alloc_heap_create(a, rl);
	f = alloc_heap_create(fm, len); /* core 1's own heap (not registered) */
	CHECK(w1 && f && alloc_core_register(w1) == 0, "w1");

	sw_block = q;
	sw_state = 0;
	sw_freed = 0;
	alloc_test_slot_hook = slot_hook_wait;
	pthread_create(&t, NULL, sw_freer, f);
	while (__atomic_load_n(&sw_state, __ATOMIC_ACQUIRE) != 1 && !__atomic_load_n(&sw_freed, __ATOMIC_ACQUIRE))
		sched_yield();
	hooked_in = __atomic_load_n(&sw_state, __ATOMIC_ACQUIRE) == 1;
	/* core 1 has read slot 0's lo (w1's): w1 goes, its memory is freed */
	alloc_core_unregister(w1);
	free(a);
	poison(a + 64, rl - 128, true); /* nobody may read the freed heap now */
	w2 = alloc_heap_create(c, rl);
	w2_ok = w2 && alloc_core_register(w2) == 0; /* slot 0 again */
	__atomic_store_n(&sw_state, 2, __ATOMIC_RELEASE);
	pthread_join(t, NULL);
	alloc_test_slot_hook = NULL;
	poison(a + 64, rl - 128, false);
	CHECK(hooked_in, "the hook never ran: core 1 did not look at slot 0");
	CHECK(w2_ok, "w2");

	/* q came back to core 0's heap (taken at its next allocation) ... */
	free(malloc(16));
	st = stats();
	CHECK(st.heap_used == used - ua - uq, "core 0's heap holds %zu bytes, want %zu (q went elsewhere)",
	      st.heap_used, used - ua - uq);
	/* ... and nothing to w2 (its next allocation frees what came back) */
	alloc_core_use(w2);
	free(malloc(16));
	alloc_core_use(NULL);
	alloc_heap_check(w2);
	alloc_heap_get_stats(w2, &st);
	CHECK(st.nfrees == 1 && st.heap_used == 0, "w2 was handed %zu blocks", st.nfrees - 1);
	alloc_core_unregister(w2);
	free(c);
	alloc_check();
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	munmap(fm, len);
	return true;
}

/*
 * The same race at random, as workers come and go: core 0 (this thread)
 * keeps CH_HEAPS worker heaps registered, each cut out of its own heap as
 * a worker's is, and hands blocks over a queue to two freeing cores:
 * blocks of the live worker heaps (made as their core), and, each time it
 * has unregistered a worker heap and freed its region, blocks of its own,
 * which then lie where worker heaps had been. Then it registers a new
 * heap, elsewhere. Every block must go back to the heap it came from:
 * each worker heap holds nothing when it goes, and core 0's heap nothing
 * at the end.
 */
#define CH_HEAPS 3
#define CH_ROUNDS 1500
#define CH_Q 64
static struct {
	pthread_mutex_t mu;
	void *item[CH_Q];
	int heap[CH_Q]; /* index in ch_w, -1: core 0's */
	unsigned head, tail;
	int done;
} chq = { .mu = PTHREAD_MUTEX_INITIALIZER };
static int ch_out[CH_HEAPS]; /* blocks of ch_w[i] not yet freed */

static void ch_push(void *p, int heap)
{
	for (;;) {
		pthread_mutex_lock(&chq.mu);
		if (chq.tail - chq.head < CH_Q) {
			chq.item[chq.tail % CH_Q] = p;
			chq.heap[chq.tail % CH_Q] = heap;
			chq.tail++;
			pthread_mutex_unlock(&chq.mu);
			return;
		}
		pthread_mutex_unlock(&chq.mu);
		sched_yield();
	}
}

static void *ch_freer(void *heap)
{
	alloc_core_use(heap);
	for (;;) {
		void *p = NULL;
		int h = -1, done;
		pthread_mutex_lock(&chq.mu);
		if (chq.head != chq.tail) {
			p = chq.item[chq.head % CH_Q];
			h = chq.heap[chq.head % CH_Q];
			chq.head++;
		}
		done = chq.done;
		pthread_mutex_unlock(&chq.mu);
		if (p) {
			free(p);
			if (h >= 0)
				__atomic_sub_fetch(&ch_out[h], 1, __ATOMIC_RELEASE);
		} else if (done) {
			break;
		} else {
			sched_yield();
		}
	}
	alloc_core_use(NULL);
	return NULL;
}

/* Heap i's blocks are all back: it must hold nothing. Then it goes. */
static bool ch_retire(struct alloc_heap *w, int i)
{
	struct alloc_stats st;
	while (__atomic_load_n(&ch_out[i], __ATOMIC_ACQUIRE))
		sched_yield();
	alloc_core_use(w);
	free(malloc(16)); /* takes what the freeing cores pushed back */
	alloc_core_use(NULL);
	alloc_heap_check(w);
	alloc_heap_get_stats(w, &st);
	if (st.heap_used || st.nallocs != st.nfrees)
		return fail("worker heap %d holds %zu bytes, %zu allocations, %zu frees", i, st.heap_used,
			    st.nallocs, st.nfrees);
	alloc_core_unregister(w);
	return true;
}

static bool slot_churn(void)
{
	size_t len = 1 * MB;
	void *fm[2] = { map(len), map(len) };
	struct alloc_heap *w[CH_HEAPS];
	unsigned char *reg[CH_HEAPS];
	size_t rsz[CH_HEAPS];
	pthread_t t[2];
	unsigned long in_former = 0, handed = 0;
	static uintptr_t former[CH_ROUNDS][2]; /* worker regions freed so far */
	bool ok = true;

	fresh(64 * MB);
	for (int i = 0; i < CH_HEAPS; i++) {
		rsz[i] = 64 * KB + rnd_below(512 * KB);
		reg[i] = malloc(rsz[i]);
		w[i] = reg[i] ? alloc_heap_create(reg[i], rsz[i]) : NULL;
		CHECK(w[i] && alloc_core_register(w[i]) == 0, "heap %d", i);
	}
	chq.head = chq.tail = 0;
	chq.done = 0;
	for (int i = 0; i < 2; i++) {
		struct alloc_heap *f = alloc_heap_create(fm[i], len);
		CHECK(f, "freeing core %d's heap", i);
		pthread_create(&t[i], NULL, ch_freer, f);
	}
	for (int r = 0; r < CH_ROUNDS && ok; r++) {
		int j = r % CH_HEAPS;
		for (int k = 0; k < 6; k++) {
			int m = (int)rnd_below(CH_HEAPS);
			void *p;
			alloc_core_use(w[m]);
			p = malloc(16 + rnd_below(6 * KB));
			alloc_core_use(NULL);
			if (!p)
				continue; /* a small heap may be full of blocks in flight */
			__atomic_add_fetch(&ch_out[m], 1, __ATOMIC_RELAXED);
			ch_push(p, m);
		}
		if (!(ok = ch_retire(w[j], j)))
			break;
		former[r][0] = (uintptr_t)reg[j];
		former[r][1] = (uintptr_t)reg[j] + rsz[j];
		free(reg[j]);
		for (int k = 0; k < 12; k++) {
			unsigned char *p = malloc(ALLOC_SMALL_MAX + 1 + rnd_below(16 * KB)); /* large: first from the lowest chunk that fits */
			if (!p) {
				ok = fail("round %d: core 0's heap is full", r);
				break;
			}
			for (int e = r; e >= 0; e--)
				if ((uintptr_t)p >= former[e][0] && (uintptr_t)p < former[e][1]) {
					in_former++;
					break;
				}
			handed++;
			ch_push(p, -1);
		}
		rsz[j] = 64 * KB + rnd_below(512 * KB);
		reg[j] = malloc(rsz[j]);
		w[j] = reg[j] ? alloc_heap_create(reg[j], rsz[j]) : NULL;
		if (ok && !(w[j] && alloc_core_register(w[j]) == 0))
			ok = fail("round %d: heap %d", r, j);
	}
	pthread_mutex_lock(&chq.mu);
	chq.done = 1;
	pthread_mutex_unlock(&chq.mu);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	if (!ok)
		return false;
	for (int i = 0; i < CH_HEAPS; i++) {
		if (!ch_retire(w[i], i))
			return false;
		free(reg[i]);
	}
	free(malloc(16));
	alloc_check();
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	printf("# slot_churn: %lu of core 0's %lu blocks lay where a worker heap had been\n", in_former, handed);
	CHECK(in_former > handed / 4, "only %lu of %lu blocks in former worker ranges", in_former, handed);
	munmap(fm[0], len);
	munmap(fm[1], len);
	return true;
}

/*
 * alloc_core_shrink: a worker's heap, cut out of core 0's as a worker's
 * is, ends with a loan out (a) and a loan its free ended but the worker
 * never took back (b, above a: still on the heap's remote stack). Its
 * region shrinks to end after b; core 0 then has room for a block it
 * could not make before, made in the part given back, and core 1's free
 * of that block goes to core 0's heap, not the worker's. The last loan's
 * free calls the hook; then the heap goes and core 0's holds nothing.
 */
static void *shrink_freer(void *arg)
{
	void **v = arg;
	alloc_core_use(v[0]);
	free(v[1]); /* core 0's block, where the worker's heap was */
	free(v[2]); /* the last loan */
	alloc_core_use(NULL);
	return NULL;
}

/* The end of the shrink cases: w released, its region m (a block of core
 * 0's heap) freed, and core 0's heap (in fm, len bytes) found empty. */
static bool shrink_done(struct alloc_heap *w, void *m, void *fm, size_t len)
{
	alloc_core_unregister(w);
	free(m);
	alloc_check();
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	alloc_set_lent_hook(NULL);
	munmap(fm, len);
	return true;
}

static bool lend_shrink(void)
{
	size_t rl = 3 * MB, len = 1 * MB;
	void *fm = map(len), *v[3];
	struct alloc_heap *w, *f;
	unsigned char *m, *a, *b, *big, *s[50];
	size_t used, given;
	pthread_t t;

	fresh(4 * MB);
	hook_n = 0;
	hooked = NULL;
	alloc_set_lent_hook(lent_hook);
	m = malloc(rl);
	w = m ? alloc_heap_create(m, rl) : NULL;
	f = alloc_heap_create(fm, len);
	CHECK(w && f && alloc_core_register(w) == 0, "register");
	alloc_core_use(w);
	a = malloc(256 * KB);
	b = malloc(8 * KB);
	for (int i = 0; i < 50; i++)
		s[i] = malloc(16 + 37 * i); /* the isolate's: they die with the heap */
	CHECK(a && b && a < b && alloc_lend(a) == 0 && alloc_lend(b) == 0, "lend");
	memset(a, 7, 256 * KB);
	alloc_core_use(NULL);
	free(b); /* its loan ends; the worker never takes it back */
	CHECK(alloc_core_retire(w) == 1, "retire: wrong count of loans");
	CHECK(!malloc(2 * MB), "core 0 had room for 2 MB before the shrink");

	used = stats().heap_used;
	given = alloc_core_shrink(w);
	CHECK(given > 2 * MB, "shrink gave back %zu bytes", given);
	CHECK(stats().heap_used == used - given, "core 0's heap holds %zu bytes, want %zu", stats().heap_used,
	      used - given);
	alloc_check();
	CHECK(alloc_core_shrink(w) == 0, "a second shrink found more");
	big = malloc(2 * MB);
	CHECK(big && big > b + 8 * KB && big < m + rl, "the 2 MB block at %p, region %p..%p, b at %p",
	      (void *)big, (void *)m, (void *)(m + rl), (void *)b);
	memset(big, 9, 2 * MB);
	CHECK(a[0] == 7 && a[256 * KB - 1] == 7 && s[49], "the lent block's bytes changed");

	v[0] = f;
	v[1] = big;
	v[2] = a;
	pthread_create(&t, NULL, shrink_freer, v);
	pthread_join(t, NULL);
	CHECK(hook_n == 1 && hooked == w, "hook %d after the last loan", hook_n);
	free(malloc(16)); /* takes big back */
	CHECK(stats().heap_used == used - given, "core 0's heap holds %zu bytes, want %zu (big went elsewhere)",
	      stats().heap_used, used - given);
	return shrink_done(w, m, fm, len);
}

/*
 * alloc_core_shrink racing with the frees of the loans: lend_threads'
 * rounds, with the worker's heap cut out of core 0's, and core 0 shrinking
 * it right after the retire, then filling what came back with a block of
 * its own. A free that ended a loan and is still pushing the block on
 * the heap's remote stack writes the block's first word: had that block
 * been given back, the fill would show it (or the heap checks would).
 */
static bool lend_shrink_threads(void)
{
	size_t len = 2 * MB;
	int shrunk = 0;

	fresh(4 * MB);
	alloc_set_lent_hook(lent_hook_freed);
	for (int r = 0; r < LROUNDS; r++) {
		unsigned char *m = malloc(len), *fill = NULL;
		struct alloc_heap *w = m ? alloc_heap_create(m, len) : NULL;
		unsigned pause = (unsigned)rnd_below(200000);
		size_t left, given = 0;
		pthread_t t;

		CHECK(w && alloc_core_register(w) == 0, "round %d: register", r);
		hook_n = 0;
		lfreed = 0;
		if (!lend_ring(w, r, &t, pause))
			return false;
		left = alloc_core_retire(w);
		if (left && (given = alloc_core_shrink(w))) {
			fill = malloc(given);
			CHECK(fill && fill >= m && fill < m + len, "round %d: %zu bytes given back, not made there", r, given);
			memset(fill, 0x5a, given);
			shrunk++;
		}
		pthread_join(t, NULL);
		CHECK(alloc_core_lent(w) == 0 && hook_n == !!left, "round %d: %zu loans left, hook %d", r,
		      alloc_core_lent(w), hook_n);
		for (size_t i = 0; fill && i < given; i++)
			CHECK(fill[i] == 0x5a, "round %d: byte %zu of what was given back changed", r, i);
		free(fill);
		alloc_core_unregister(w);
		free(m);
		alloc_check();
	}
	CHECK(stats().heap_used == 0, "core 0's heap holds %zu bytes", stats().heap_used);
	printf("# lend_shrink_threads: %d of %d heaps shrunk with loans out\n", shrunk, LROUNDS);
	CHECK(shrunk > 0, "no round shrank a heap");
	alloc_set_lent_hook(NULL);
	return true;
}

/*
 * alloc_core_shrink while a free that ended a loan is still pushing the
 * block on its heap's remote stack (the test's hook holds core 1 in that
 * window): the block is the heap's last lent one, and must be kept;
 * what is given back is filled by core 0, and core 1's push (which writes
 * the block's first word) must land in the kept block, not in the fill.
 */
extern void (*alloc_test_lent_hook)(const void *p);
static int lw_state; /* 1: core 1 waits in the hook; 2: core 0 is done */

static void lent_hook_wait(const void *p)
{
	(void)p;
	__atomic_store_n(&lw_state, 1, __ATOMIC_RELEASE);
	while (__atomic_load_n(&lw_state, __ATOMIC_ACQUIRE) != 2)
		sched_yield();
}

static void *lw_freer(void *arg)
{
	void **v = arg;
	alloc_core_use(v[0]);
	free(v[1]);
	alloc_core_use(NULL);
	__atomic_store_n(&lw_state, 3, __ATOMIC_RELEASE);
	return NULL;
}

static bool lend_shrink_inflight(void)
{
	size_t rl = 3 * MB, len = 1 * MB, given = 0;
	void *fm = map(len), *v[2];
	struct alloc_heap *w, *f;
	unsigned char *m, *a, *b, *big = NULL;
	pthread_t t;
	bool in_window;

	fresh(4 * MB);
	hook_n = 0;
	alloc_set_lent_hook(lent_hook);
	m = malloc(rl);
	w = m ? alloc_heap_create(m, rl) : NULL;
	f = alloc_heap_create(fm, len);
	CHECK(w && f && alloc_core_register(w) == 0, "register");
	alloc_core_use(w);
	a = malloc(64 * KB); /* the isolate's: dies with the heap */
	b = malloc(64 * KB);
	CHECK(a && b && a < b && alloc_lend(b) == 0, "lend");
	alloc_core_use(NULL);

	lw_state = 0;
	alloc_test_lent_hook = lent_hook_wait;
	v[0] = f;
	v[1] = b;
	pthread_create(&t, NULL, lw_freer, v);
	while (__atomic_load_n(&lw_state, __ATOMIC_ACQUIRE) == 0)
		sched_yield();
	in_window = __atomic_load_n(&lw_state, __ATOMIC_ACQUIRE) == 1;
	/* core 1 has ended b's loan and not yet pushed b: the worker ends */
	if (in_window && alloc_core_retire(w) == 1 && (given = alloc_core_shrink(w)) > 0 &&
	    (big = malloc(given)) != NULL)
		memset(big, 0x5a, given);
	__atomic_store_n(&lw_state, 2, __ATOMIC_RELEASE);
	pthread_join(t, NULL);
	alloc_test_lent_hook = NULL;
	CHECK(in_window, "the hook never ran");
	CHECK(big, "shrink gave back %zu bytes", given);
	CHECK(hook_n == 1, "hook %d after the last loan", hook_n);
	CHECK(big >= b + 64 * KB, "b (%p) was given back: the block made there is at %p", (void *)b, (void *)big);
	for (size_t i = 0; i < given; i++)
		CHECK(big[i] == 0x5a, "byte %zu of what was given back changed", i);
	free(big);
	return shrink_done(w, m, fm, len);
}

int main(void)
{
	printf("1..31\n"); /* the groups below, for tests/run.sh */
	fflush(stdout);
	run("zero_and_null", zero_and_null);
	run("small_sizes", small_sizes);
	run("calloc", calloc_cases);
	run("realloc_in_place", realloc_in_place);
	run("holes_first", holes_first);
	run("aligned", aligned);
	run("edge_splits", edge_splits);
	run("spans_returned", spans_returned);
	run("free_room", free_room);
	run("exhaustion", exhaustion);
	run("oom_hook", oom_hook);
	run("regions", regions);
	run("reserve", reserve);
	run("double_free_small", double_free_small);
	run("double_free_large", double_free_large);
	run("bad_pointers", bad_pointers);
	run("corruption", corruption);
	run("object_starts", object_starts);
	run("regions_lookup", regions_lookup);
	run("random_64k", random_64k);
	run("random_3m", random_3m);
	run("random_64m", random_64m);
	run("core_heaps", core_heaps);
	run("core_heap_hook", core_heap_hook);
	run("lend_accounting", lend_accounting);
	run("lend_threads", lend_threads);
	run("slot_rewritten", slot_rewritten);
	run("slot_churn", slot_churn);
	run("lend_shrink", lend_shrink);
	run("lend_shrink_threads", lend_shrink_threads);
	run("lend_shrink_inflight", lend_shrink_inflight);
	printf("%d passed, %d failed\n", npassed, nfailed);
	return nfailed ? 1 : 0;
}
