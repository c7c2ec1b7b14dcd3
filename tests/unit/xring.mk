# tests/unit/xring.mk: host tests of the cross-core ring (lib/xring.h),
# two threads standing for two cores. Included by the top-level Makefile.
UNIT_TESTS += build/host/test_xring

build/host/test_xring: tests/unit/test_xring.c tests/unit/libc_test.h lib/xring.h tests/unit/xring.mk
	@mkdir -p $(@D)
	$(HOSTCC) -std=gnu11 -O2 -g -Wall -Wextra -Werror -pthread -fsanitize=undefined \
		-fno-sanitize-recover=all -o $@ tests/unit/test_xring.c
