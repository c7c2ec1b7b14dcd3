# tests/host/host.mk: the runtime on Linux, for fast iteration and for the
# JS speed benchmark. Included by the top-level Makefile (run in the
# repository root); also usable alone: make -f tests/host/host.mk host
# (once the top Makefile has made build/host/jsbc, the precompiler, and
# with its MUJS_ENGINE: make build/host/jsbc first)
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
# (binding_worker.c and binding_cluster.c: other cores, kernel only)
JS_RUNTIME_SRCS := js/runtime.c $(filter-out js/binding_worker.c js/binding_cluster.c,$(sort $(wildcard js/binding_*.c)))
JS_RUNTIME_HDRS := js/runtime.h js/runtime_internal.h

HOST_CFLAGS ?= -O2 -g
HOST_WARN := -std=gnu11 -Wall -Wextra -Werror -DUNIJS_ONE_CORE
MBEDTLS_DIR ?= build/src/mbedtls-2.28.3
ZLIB_DIR ?= build/src/zlib-1.2.13.dfsg
HOST_INC := -I. -Ijs -Itests/host -I$(MUJS_DIR) -I$(HTTP_PARSER_DIR) \
	    -I$(MBEDTLS_DIR)/include '-DMBEDTLS_CONFIG_FILE="js/mbedtls_config.h"' -I$(ZLIB_DIR) -DZ_SOLO
HOST_SRCS := $(JS_RUNTIME_SRCS) tests/host/platform_linux.c tests/host/host_main.c tests/host/host_bundle.c lib/dtoa.c \
	     tests/host/net_loopback.c tests/host/loop_host.c tests/host/entropy_linux.c tests/host/host_profile.c
# mbedTLS and zlib for js/binding_crypto*.c and js/binding_zlib.c: the same
# sources the kernel links (Makefile: MBEDTLS_SRCS, ZLIB_SRCS)
HOST_MBEDTLS_SRCS := md.c md5.c sha1.c sha256.c sha512.c pkcs5.c aes.c ctr_drbg.c entropy.c platform_util.c \
		bignum.c oid.c asn1parse.c asn1write.c base64.c pem.c pk.c pk_wrap.c pkparse.c \
		pkwrite.c rsa.c rsa_internal.c ecp.c ecp_curves.c ecdsa.c constant_time.c cipher.c cipher_wrap.c
HOST_ZLIB_SRCS := adler32.c crc32.c deflate.c inflate.c inffast.c inftrees.c trees.c zutil.c
HOST_THIRD_OBJS := $(patsubst %.c,$(HOST_BUILD)/mbedtls/%.o,$(HOST_MBEDTLS_SRCS)) \
		   $(patsubst %.c,$(HOST_BUILD)/zlib/%.o,$(HOST_ZLIB_SRCS))
HOST_OBJS := $(patsubst %.c,$(HOST_BUILD)/%.o,$(HOST_SRCS))

.PHONY: host host-test-js

host: $(HOST_BUILD)/unijs-host

$(HOST_BUILD)/unijs-host: $(HOST_OBJS) $(HOST_BUILD)/mujs.o $(HOST_BUILD)/http_parser.o $(HOST_BUILD)/bundle_lib.o \
		$(HOST_BUILD)/bundle_lib_code.o $(HOST_THIRD_OBJS) \
		$(HOST_BUILD)/uniprops.o
	$(HOST_CC) -no-pie -o $@ $^ -lm

# The Unicode property tables of regular expressions (\p{...}), generated
# from Debian's unicode-data (set-up fetches it): the host build always
# carries them; mkimage.sh links them into images that need them.
UCD_DIR ?= build/src/unicode-data-15.0.0/usr/share/unicode
build/gen/uniprops.c: scripts/gen-uniprops.js $(wildcard build/src/.done)
	@mkdir -p $(dir $@)
	node scripts/gen-uniprops.js $(UCD_DIR) >$@.tmp && mv $@.tmp $@
$(HOST_BUILD)/uniprops.o: build/gen/uniprops.c
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) $(HOST_WARN) -c -o $@ $<

# (host_profile.c reads the engine's state: jsi.h, with the engine's limits)
$(HOST_BUILD)/tests/host/host_profile.o: HOST_INC += $(JS_MUJS_DEFS)
# (loop_host.c compiles lib/loop.c whole, behind its fake arch/ layer)
$(HOST_BUILD)/tests/host/loop_host.o: lib/loop.c lib/loop.h
$(HOST_BUILD)/%.o: %.c $(JS_RUNTIME_HDRS) tests/host/host.h $(SRC)/.done
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) $(HOST_WARN) $(HOST_INC) -c -o $@ $<

# -no-pie: bundle_lib is a table of absolute addresses in .rodata, as in the
# kernel.

# Third-party code: its own warnings are not ours to fix.
# (-I.: mujs's number conversions are lib/dtoa.c, patches/mujs/0020-number-conversions.patch)
# (one.c includes every mujs source; set-up's stamp changes with the
# patches, which one.c's own date does not)
# (the sources exist once set-up has run: a fresh clone under make -j)
$(MUJS_DIR)/one.c $(MUJS_DIR)/.unijs-patches: | $(SRC)/.done ;
$(HOST_BUILD)/mujs.o: $(MUJS_DIR)/one.c $(MUJS_DIR)/.unijs-patches $(SRC)/.done lib/dtoa.h tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w $(JS_MUJS_DEFS) $(MUJS_DISPATCH) $(MUJS_ENGINE) -I. -c -o $@ $<

$(HTTP_PARSER_DIR)/http_parser.c: | $(SRC)/.done ;
$(HOST_BUILD)/http_parser.o: $(HTTP_PARSER_DIR)/http_parser.c tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w -c -o $@ $<

$(HOST_BUILD)/mbedtls/%.o: $(MBEDTLS_DIR)/library/%.c js/mbedtls_config.h tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w -I. -I$(MBEDTLS_DIR)/include '-DMBEDTLS_CONFIG_FILE="js/mbedtls_config.h"' -c -o $@ $<

$(HOST_BUILD)/zlib/%.o: $(ZLIB_DIR)/%.c tests/host/host.mk
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -w -DZ_SOLO -c -o $@ $<

$(HOST_BUILD)/bundle_lib.S: $(JS_LIB_FILES) scripts/jsembed.sh
	@mkdir -p $(dir $@)
	scripts/jsembed.sh bundle_lib $@ $(JS_LIB_ARGS)

$(HOST_BUILD)/bundle_lib.o: $(HOST_BUILD)/bundle_lib.S
	$(HOST_CC) -c -o $@ $<

# The core modules precompiled, as every image has them (mkimage.sh; the
# source stays in bundle_lib here, unused): build/host/jsbc, whose engine
# stamp mujs.o shares ($(MUJS_ENGINE), from the top Makefile).
$(HOST_BUILD)/bundle_lib_code.S: $(JS_LIB_FILES) scripts/jsembed.sh $(HOST_BUILD)/jsbc
	@mkdir -p $(HOST_BUILD)/bc
	for f in $(JS_LIB_FILES); do m=$${f#js/lib/}; m=$${m%.js}; printf '%s\t%s\t%s\n' "$$m" "$$f" "$(HOST_BUILD)/bc/$$(echo $$m | tr / _).bc"; done | \
		$(HOST_BUILD)/jsbc lib >/dev/null
	scripts/jsembed.sh bundle_lib_code $@ $(foreach f,$(JS_LIB_FILES),$(patsubst js/lib/%.js,%,$(f))=$(HOST_BUILD)/bc/$(subst /,_,$(patsubst js/lib/%.js,%,$(f))).bc)

$(HOST_BUILD)/bundle_lib_code.o: $(HOST_BUILD)/bundle_lib_code.S
	$(HOST_CC) -c -o $@ $<

host-test-js: $(HOST_BUILD)/unijs-host
	tests/js/run.sh tests/host/host-runner.sh
