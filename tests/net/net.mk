# The network test image (tests/net/echo.c): our library without js/ and
# mujs, plus lwIP, with the test's own kernel_main. Included by the Makefile.
NET_ECHO_OBJS := $(B)/obj/tests/net/echo.c.o \
	$(filter-out $(B)/obj/js/% $(B)/obj/bundle_lib.o,$(LIB_OBJS))
$(B)/test/net-echo.elf: $(NET_ECHO_OBJS) $(B)/liblwip.a arch/x86_64/kernel.ld
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)ld -nostdlib -static -no-pie -z max-page-size=4096 -z noexecstack --gc-sections \
		-T arch/x86_64/kernel.ld -o $@.debug $(NET_ECHO_OBJS) $(B)/liblwip.a
	$(Q)strip -s -o $@ $@.debug
.PHONY: net-echo
net-echo: $(B)/test/net-echo.elf
