# Host unit test of the variable sites' entries (patches/mujs/0257) and
# the environment templates copied whole (0256): the image's patched
# mujs, under AddressSanitizer (the object of bytecode.mk), its internals
# read (jsi.h).
build/host/test_varsites: tests/unit/test_varsites.c tests/unit/libc_test.h tests/unit/dumpbuf.h build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		$(MUJS_DEFS) -I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_varsites.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_varsites
