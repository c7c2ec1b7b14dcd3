# tests/unit/loop.mk: host tests of the event loop (lib/loop.c), included by
# the top-level Makefile, which runs from the repository root.
#
# test_loop.c includes lib/loop.c whole behind a fake arch/ layer (a clock
# that moves only when told, a recorded hardware timer, an arch_idle that
# jumps to the next interrupt), so it is compiled with the host's own
# headers and C library.

LOOP_HOST_CC ?= cc

UNIT_TESTS += build/host/test_loop

build/host/test_loop: tests/unit/test_loop.c tests/unit/libc_test.h lib/loop.c lib/loop.h \
		lib/panic.h tests/unit/loop.mk
	@mkdir -p $(@D)
	$(LOOP_HOST_CC) -std=gnu11 -O1 -g -fno-omit-frame-pointer -Wall -Wextra -Werror \
		-Itests/unit -fsanitize=address,undefined -fno-sanitize-recover=all \
		-o $@ tests/unit/test_loop.c
