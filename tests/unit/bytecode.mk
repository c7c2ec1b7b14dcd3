# Host unit test of precompiled scripts (patches/mujs/0150): the image's
# patched mujs (its engine stamp included, as build/host/jsbc has it),
# under AddressSanitizer; mujs itself without warnings, as in the kernel.
build/host/bytecode/one.o: $(SRC)/.done
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -O1 -g -w -fsanitize=address -fno-omit-frame-pointer $(MUJS_DEFS) $(MUJS_ENGINE) \
		-I. -I$(MUJS) -c $(MUJS)/one.c -o $@
build/host/test_bytecode: tests/unit/test_bytecode.c tests/unit/libc_test.h tests/unit/dumpbuf.h js/runtime_wrap.h \
		build/host/bytecode/one.o lib/dtoa.c lib/dtoa.h
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address -fno-omit-frame-pointer \
		-I. -Itests/unit -I$(MUJS) -o $@ tests/unit/test_bytecode.c build/host/bytecode/one.o lib/dtoa.c -lm

UNIT_TESTS += build/host/test_bytecode
