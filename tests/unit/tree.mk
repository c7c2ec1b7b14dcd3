# Host unit test of the property trees built by insertion (patches/mujs/
# 0269): the image's patched mujs, under AddressSanitizer (the object of
# bytecode.mk), its internals called (jsi.h).
build/host/test_tree: tests/unit/test_tree.c tests/unit/libc_test.h build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		$(MUJS_DEFS) -I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_tree.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_tree
