# tests/unit/alloc.mk: host tests of the kernel allocator (lib/alloc.c).
# Included by the top-level Makefile, which runs from the repository root.
#
# lib/alloc.c defines malloc & co.; on the host those names belong to glibc,
# which ASan and stdio keep using, so the allocator and the programs that
# call it are compiled with its public names renamed to uj_*.

HOSTCC ?= cc

ALLOC_RENAME := -Dmalloc=uj_malloc -Dcalloc=uj_calloc -Drealloc=uj_realloc \
	-Dfree=uj_free -Daligned_alloc=uj_aligned_alloc \
	-Dposix_memalign=uj_posix_memalign -Dmalloc_usable_size=uj_malloc_usable_size
ALLOC_HOST_CFLAGS := -std=gnu11 -Wall -Wextra -Werror -iquote lib $(ALLOC_RENAME) -DUNIJS_ONE_CORE
ALLOC_DEPS := lib/alloc.c lib/alloc.h lib/panic.h tests/unit/alloc.mk

UNIT_TESTS += build/host/test_alloc

# ALLOC_TEST_HOOKS: owner_of calls a hook of the test's between its loads
# of a slot (lib/alloc.c), so a writer can be run there deterministically.
build/host/test_alloc: tests/unit/test_alloc.c $(ALLOC_DEPS)
	@mkdir -p $(@D)
	$(HOSTCC) $(ALLOC_HOST_CFLAGS) -DALLOC_TEST_HOOKS -O1 -g -fno-omit-frame-pointer \
		-fsanitize=address,undefined -fno-sanitize-recover=all -pthread \
		-o $@ tests/unit/test_alloc.c lib/alloc.c

# Not a test: times a mujs-like small-object pattern against glibc malloc.
build/host/bench_alloc: tests/unit/bench_alloc.c $(ALLOC_DEPS)
	@mkdir -p $(@D)
	$(HOSTCC) $(ALLOC_HOST_CFLAGS) -O2 -o $@ tests/unit/bench_alloc.c lib/alloc.c
