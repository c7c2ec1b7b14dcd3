# Host unit test of lib/dtoa.c (number <-> string for mujs), compiled as
# the other lib/ tests are (tests/unit/fmt.mk: freestanding flags, uj_
# renames, sanitizers) and checked against glibc's strtod and printf.
build/host/test_dtoa: tests/unit/test_dtoa.c tests/unit/libc_test.h lib/dtoa.h \
		build/host/libc/dtoa.o
	@mkdir -p $(@D)
	$(LIBC_HOST_CC) $(LIBC_HOST_TEST_CFLAGS) -O2 -o $@ $(filter %.c %.o,$^) -lm

# (the object comes from the lib/ pattern rule in fmt.mk, read after this file)
UNIT_TESTS += build/host/test_dtoa
