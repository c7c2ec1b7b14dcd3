# Host unit tests of the freestanding C library in lib/ (included by the top
# Makefile, run from the repository root). lib/ is compiled against its own
# headers, exactly as in the kernel, with every libc symbol renamed to uj_*
# (tests/unit/rename.h) so it links beside the host's C library, which the
# tests use as the reference. Sanitizers catch what the comparisons cannot.

LIBC_HOST_CC ?= cc
LIBC_HOST_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
LIBC_HOST_LIB_CFLAGS := -std=gnu11 -O1 -g -ffreestanding -fno-builtin -nostdinc \
	-isystem lib/include -isystem $(shell $(LIBC_HOST_CC) -print-file-name=include) \
	-include tests/unit/rename.h -fno-omit-frame-pointer -DUNIJS_ONE_CORE \
	-Wall -Wextra -Werror $(LIBC_HOST_SAN)
LIBC_HOST_TEST_CFLAGS := -std=gnu11 -O1 -g -Itests/unit -fno-omit-frame-pointer \
	-Wall -Wextra -Werror $(LIBC_HOST_SAN)
LIBC_HOST_DIR := build/host/libc

LIBC_HOST_DEPS := $(wildcard lib/include/*.h lib/include/sys/*.h) lib/fmt.h \
	lib/console.h lib/clock.h lib/panic.h tests/unit/rename.h

$(LIBC_HOST_DIR)/%.o: lib/%.c $(LIBC_HOST_DEPS) tests/unit/fmt.mk
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) $(LIBC_HOST_LIB_CFLAGS) -c $< -o $@

LIBC_HOST_OBJS = $(addprefix $(LIBC_HOST_DIR)/,$(addsuffix .o,$(1)))

build/host/test_fmt: tests/unit/test_fmt.c tests/unit/libc_test.h \
		$(call LIBC_HOST_OBJS,fmt string stdio console errno)
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) $(LIBC_HOST_TEST_CFLAGS) -o $@ $(filter %.c %.o,$^) -lm

build/host/test_string: tests/unit/test_string.c tests/unit/libc_test.h \
		$(call LIBC_HOST_OBJS,string stdlib errno assert)
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) $(LIBC_HOST_TEST_CFLAGS) -o $@ $(filter %.c %.o,$^)

build/host/test_time: tests/unit/test_time.c tests/unit/libc_test.h \
		$(call LIBC_HOST_OBJS,time errno)
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) $(LIBC_HOST_TEST_CFLAGS) -o $@ $(filter %.c %.o,$^)

UNIT_TESTS += build/host/test_fmt build/host/test_string build/host/test_time
