# tests/unit/cmdline.mk: host test of the kernel command-line parser.
UNIT_TESTS += build/host/test_cmdline

build/host/test_cmdline: tests/unit/test_cmdline.c lib/cmdline.c lib/cmdline.h
	@mkdir -p $(@D)
	$(HOSTCC) -std=gnu11 -Wall -Wextra -Werror -O1 -g -fsanitize=address,undefined \
		-fno-sanitize-recover=all -o $@ tests/unit/test_cmdline.c lib/cmdline.c
