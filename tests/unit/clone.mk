# Host unit test of the engine's copy of own properties (patches/mujs/0222):
# the image's patched mujs, under AddressSanitizer (the object of
# bytecode.mk).
build/host/test_clone: tests/unit/test_clone.c tests/unit/libc_test.h build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		-I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_clone.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_clone
