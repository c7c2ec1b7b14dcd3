# Host unit test of how the engine finds a name given as a C text
# (patches/mujs/0194, 0253): the image's patched mujs, under
# AddressSanitizer (the object of bytecode.mk).
build/host/test_names: tests/unit/test_names.c tests/unit/libc_test.h build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		-I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_names.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_names
