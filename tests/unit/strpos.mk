# Host unit test of the places remembered in long strings (patches/mujs/
# 0261): the image's patched mujs, under AddressSanitizer (the object of
# bytecode.mk), its internals called (jsi.h).
build/host/test_strpos: tests/unit/test_strpos.c tests/unit/libc_test.h build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		$(MUJS_DEFS) -I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_strpos.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_strpos
