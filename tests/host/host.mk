# tests/host/host.mk: the runtime on Linux, for fast iteration and for the
# JS speed benchmark. Included by the top-level Makefile (run in the
# repository root); also usable alone: make -f tests/host/host.mk host
#
#   host          build/host/unijs-host
#   host-test-js  the Node-oracle conformance tests against unijs-host,
#                 each case packed as mkimage.sh packs it
#                 (tests/host/host-runner.sh: modern syntax lowered)
#
# The event loop is the kernel's own lib/loop.c behind a fake arch/
# (tests/host/loop_host.c: timer = a deadline, idle = ppoll on stdin);
# net/tcp.h is an in-process loopback (tests/host/net_loopback.c).
#
# Shared with the kernel build:
#   JS_MUJS_DEFS  the mujs limits the runtime is written for (use the same
#                 -D values when compiling mujs for the kernel)
#   JS_LIB_FILES  js/lib/*.js; JS_LIB_ARGS the NAME=PATH list for
#                 scripts/jsembed.sh bundle_lib OUT.S $(JS_LIB_ARGS)
#   JS_RUNTIME_SRCS  js/ sources except the kernel's js/main.c

HOST_CC ?= gcc
HOST_BUILD ?= build/host
MUJS_DIR ?= build/src/mujs-1.3.2
HTTP_PARSER_DIR ?= build/src/http-parser-2.9.4

JS_MUJS_DEFS ?= -DJS_STACKSIZE=2048 -DJS_ENVLIMIT=256 -DJS_TRYLIMIT=64 -DJS_ASTLIMIT=100 -DREG_MAXREC=256
JS_LIB_FILES := $(sort $(wildcard js/lib/*.js js/lib/*/*.js))
JS_LIB_ARGS := $(foreach f,$(JS_LIB_FILES),$(patsubst js/lib/%.js,%,$(f))=$(f))
JS_RUNTIME_SRCS := js/runtime.c $(sort $(wildcard js/binding_*.c))
JS_RUNTIME_HDRS := js/runtime.h js/runtime_internal.h

HOST_CFLAGS ?= -O2 -g
HOST_WARN := -std=gnu11 -Wall -Wextra -Werror
HOST_INC := -I. -Ijs -Itests/host -I$(MUJS_DIR) -I$(HTTP_PARSER_DIR)
HOST_SRCS := $(JS_RUNTIME_SRCS) tests/host/platform_linux.c tests/host/host_main.c tests/host/host_bundle.c lib/dtoa.c \
	     tests/host/net_loopback.c tests/host/loop_host.c
HOST_OBJS := $(patsubst %.c,$(HOST_BUILD)/%.o,$(HOST_SRCS))

.PHONY: host host-test-js

host: $(HOST_BUILD)/unijs-host

$(HOST_BUILD)/unijs-host: $(HOST_OBJS) $(HOST_BUILD)/mujs.o $(HOST_BUILD)/http_parser.o $(HOST_BUILD)/bundle_lib.o
	$(HOST_CC) -no-pie -o $@ $^ -lm

# (loop_host.c compiles lib/loop.c whole, behind its fake arch/ layer)
$(HOST_BUILD)/tests/host/loop_host.o: lib/loop.c lib/loop.h
$(HOST_BUILD)/%.o: %.c $(JS_RUNTIME_HDRS) tests/host/host.h
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) $(HOST_WARN) $(HOST_INC) -c -o $@ $<

# -no-pie: bundle_lib is a table of absolute addresses in .rodata, as in the
# kernel.

# Third-party code: its own warnings are not ours to fix.
# (-I.: mujs's number conversions are lib/dtoa.c, patches/mujs/0020-number-conversions.patch)
$(HOST_BUILD)/mujs.o: $(MUJS_DIR)/one.c lib/dtoa.h tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w $(JS_MUJS_DEFS) -I. -c -o $@ $<

$(HOST_BUILD)/http_parser.o: $(HTTP_PARSER_DIR)/http_parser.c tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w -c -o $@ $<

$(HOST_BUILD)/bundle_lib.S: $(JS_LIB_FILES) scripts/jsembed.sh
	@mkdir -p $(dir $@)
	scripts/jsembed.sh bundle_lib $@ $(JS_LIB_ARGS)

$(HOST_BUILD)/bundle_lib.o: $(HOST_BUILD)/bundle_lib.S
	$(HOST_CC) -c -o $@ $<

host-test-js: $(HOST_BUILD)/unijs-host
	tests/js/run.sh tests/host/host-runner.sh
