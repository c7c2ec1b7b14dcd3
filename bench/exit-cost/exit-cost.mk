# bench/exit-cost/exit-cost.mk: the exit-cost image (bench/exit-cost/exit-cost.c):
# our library without js/ and net/, with its own kernel_main. Included by
# the Makefile; run by bench/exit-cost.sh.
EXIT_COST_OBJS := $(B)/obj/bench/exit-cost/exit-cost.c.o \
	$(filter-out $(B)/obj/js/% $(B)/obj/net/% $(B)/obj/bundle_lib.o,$(LIB_OBJS))
$(B)/bench/exit-cost.elf: $(EXIT_COST_OBJS) arch/x86_64/kernel.ld
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)ld -nostdlib -static -no-pie -z max-page-size=4096 -z noexecstack --gc-sections \
		-T arch/x86_64/kernel.ld -o $@ $(EXIT_COST_OBJS)
