/*
 * bench_alloc.c: lib/alloc.c against glibc malloc on a mujs-like pattern.
 *
 * mujs allocates objects, properties and strings of 16-128 bytes in bursts,
 * grows property tables and strings with realloc, and frees unreachable
 * objects in GC sweeps that walk its object list in allocation order. The
 * same pre-generated sequence of requests runs on both allocators; each
 * takes the best of several runs. Prints the ratio (below 1: unijs is
 * faster); not a test, nothing is asserted.
 *
 * Built with the allocator's names renamed to uj_* (see alloc.mk); the
 * #undefs below give back glibc's malloc and free for the comparison.
 */
#include "alloc.h"
#include "panic.h"

#undef malloc
#undef free
#undef realloc
#undef calloc

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

void panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "panic: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	abort();
}

#define ROUNDS 40
#define PER_ROUND 100000 /* allocations between two sweeps */
#define MAX_LIVE (4 * PER_ROUND)
#define RUNS 5

static uint32_t sizes[ROUNDS * PER_ROUND];
static uint8_t grow[ROUNDS * PER_ROUND];   /* realloc this object right away */
static uint8_t survive[ROUNDS * MAX_LIVE]; /* sweep decisions, by position */
static void *live[MAX_LIVE];

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (uint32_t)((rng * 2685821657736338717ull) >> 32);
}

static void generate(void)
{
	for (size_t i = 0; i < ROUNDS * PER_ROUND; i++) {
		uint32_t r = rnd() % 100;
		uint32_t n = r < 35   ? 16 + rnd() % 17	/* values, short strings */
			     : r < 65 ? 33 + rnd() % 32	/* properties */
			     : r < 90 ? 65 + rnd() % 64	/* objects */
			     : r < 98 ? 129 + rnd() % 384 /* arrays, strings */
				      : 513 + rnd() % 1536;
		sizes[i] = n;
		grow[i] = rnd() % 100 < 5;
	}
	for (size_t i = 0; i < ROUNDS * (size_t)MAX_LIVE; i++)
		survive[i] = rnd() % 100 < 30;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* One allocator's run; returns operations done (allocs+reallocs+frees). */
#define WORKLOAD(name, MALLOC, REALLOC, FREE)                                             \
	static size_t name(void)                                                          \
	{                                                                                 \
		size_t nlive = 0, ops = 0, k = 0;                                         \
		for (size_t round = 0; round < ROUNDS; round++) {                         \
			for (size_t i = 0; i < PER_ROUND; i++, k++) {                     \
				char *p = MALLOC(sizes[k]);                               \
				if (!p)                                                   \
					abort();                                          \
				p[0] = 1; /* the interpreter writes what it allocates */  \
				if (grow[k]) {                                            \
					p = REALLOC(p, sizes[k] * 2);                     \
					ops++;                                            \
				}                                                         \
				live[nlive++] = p;                                        \
			}                                                                 \
			/* Sweep: free the unreachable, keep survivors in order. */      \
			size_t kept = 0;                                                  \
			const uint8_t *s = &survive[round * MAX_LIVE];                    \
			for (size_t i = 0; i < nlive; i++) {                              \
				if (s[i] && kept < MAX_LIVE - PER_ROUND)                  \
					live[kept++] = live[i];                           \
				else                                                      \
					FREE(live[i]);                                    \
			}                                                                 \
			ops += PER_ROUND + nlive - kept;                                  \
			nlive = kept;                                                     \
		}                                                                         \
		for (size_t i = 0; i < nlive; i++)                                        \
			FREE(live[i]);                                                    \
		return ops + nlive;                                                       \
	}

WORKLOAD(run_glibc, malloc, realloc, free)
WORKLOAD(run_unijs, uj_malloc, uj_realloc, uj_free)

int main(void)
{
	size_t arena_len = (size_t)256 << 20;
	void *arena = mmap(NULL, arena_len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (arena == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	generate();
	double best_g = 1e9, best_u = 1e9;
	size_t ops = 0;
	struct alloc_stats st = {0};
	for (int r = 0; r < RUNS; r++) {
		double t = now();
		ops = run_glibc();
		t = now() - t;
		if (t < best_g)
			best_g = t;
		alloc_init(arena, arena_len);
		t = now();
		run_unijs();
		t = now() - t;
		if (t < best_u)
			best_u = t;
		alloc_get_stats(&st);
	}
	printf("bench_alloc: %zu ops (malloc/realloc/free, 16-2048 bytes, GC-style sweeps)\n",
	       ops);
	printf("glibc malloc: %.1f ns/op\n", best_g * 1e9 / (double)ops);
	printf("unijs alloc:  %.1f ns/op (peak %zu KB)\n", best_u * 1e9 / (double)ops,
	       st.heap_peak >> 10);
	printf("ratio unijs/glibc: %.2f\n", best_u / best_g);
	return 0;
}
