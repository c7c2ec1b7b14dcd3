# tests/boot/tasks.mk: the time-shared loops test image (tests/boot/tasks.c):
# our library without js/ and net/ (no mujs, no lwIP), with the test's own
# kernel_main. Included by the Makefile; run by tests/boot/smp.sh.
TASKS_TEST_OBJS := $(B)/obj/tests/boot/tasks.c.o \
	$(filter-out $(B)/obj/js/% $(B)/obj/net/% $(B)/obj/bundle_lib.o,$(LIB_OBJS))
$(B)/test/tasks.elf: $(TASKS_TEST_OBJS) arch/x86_64/kernel.ld
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)ld -nostdlib -static -no-pie -z max-page-size=4096 -z noexecstack --gc-sections \
		-T arch/x86_64/kernel.ld -o $@.debug $(TASKS_TEST_OBJS)
	$(Q)strip -s -o $@ $@.debug
.PHONY: tasks-test
tasks-test: $(B)/test/tasks.elf
