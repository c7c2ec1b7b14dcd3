# unijs: one JavaScript service, one bootable VM image.
#
#   make            build the library and the example images
#   make run        build and boot examples/hello (APP=examples/... for another)
#   make test       the whole test suite; ends with "N passed, N failed"
#   make bench      the benchmarks in bench/
#
# Third-party code (mujs, musl's libm, lwIP, http-parser, mbedTLS, zlib) comes from Debian
# source packages, fetched by scripts/setup.sh into build/src.

CC      ?= gcc
# V=1 shows the full commands
Q       := $(if $(V),,@)
HOSTCC  ?= cc
B       := build
SRC     := $(B)/src
MUJS    := $(SRC)/mujs-1.3.2
MUSL    := $(SRC)/musl-1.2.3
GCCINC  := $(shell $(CC) -print-file-name=include)

# Kernel code: freestanding, no red zone (interrupts land on the current
# stack), frame pointers kept for backtraces, no PIC (identity mapped at 1 MiB).
KFLAGS  := -std=gnu11 -O2 -g -ffreestanding -fbuiltin -nostdinc \
	   -isystem lib/include -isystem $(GCCINC) -I. \
	   -mno-red-zone -fno-pic -fno-pie -fno-stack-protector \
	   -fno-omit-frame-pointer -fno-asynchronous-unwind-tables \
	   -ffunction-sections -fdata-sections \
	   -fno-strict-aliasing -Wall -Wextra -Werror
# -fbuiltin undoes -ffreestanding's -fno-builtin: gcc may then inline
# memcpy/strlen of known sizes (mujs does many), and still calls ours
# otherwise. lib/string.c implements them, so it alone keeps -fno-builtin.
$(B)/obj/lib/string.c.o: KFLAGS += -fno-builtin
# lib/xmsg.c runs a hook from the IPI handler: no FPU/SSE state either.
$(B)/obj/lib/xmsg.c.o: KFLAGS += -mgeneral-regs-only
# arch/ and drivers/ hold interrupt handlers: no FPU/SSE state is ever
# touched there, so none needs saving on an interrupt.
KFLAGS_NOFPU := -mgeneral-regs-only
# arch/ runs at boot and on the rare trap; its hot paths (interrupt entry,
# the context switch) are assembly. Compiled for size, it pays for engine
# speed elsewhere within the image's size bound (tests/mkimage/run.sh).
KFLAGS_COLD := -Os
# The same for the drivers that run at boot or seldom (board bring-up,
# ACPI, PCI, fw_cfg, power, the serial console, entropy); virtio.c and
# virtio_net.c carry every packet and stay -O2.
COLD_DRIVERS := acpi board entropy fw_cfg pci power serial virtio_console virtio_rng
$(patsubst %,$(B)/obj/drivers/%.c.o,$(COLD_DRIVERS)): KFLAGS += $(KFLAGS_COLD)
# And the rest that runs once or seldom: the command line (boot), the C
# library's calendar (mujs has its own Date arithmetic), the
# bindings whose work is elsewhere or rare (signals, DNS look-ups, public
# keys, whose arithmetic is mbedTLS's, process's set-up and accessors, the
# console, reads of the packed files, zlib's streams, whose work is zlib's).
# The allocator's inlined fast paths (tenth session) took hello.elf past
# the bound by a page; these pay it back. The formatted printing (lib/fmt,
# lib/stdio: the kernel's messages, error texts; no request's path runs
# it) paid for the thirteenth session's engine patch 0201 and the http
# path's natives. The native Promise (js/binding_promise.c, 8.7 KB at
# -O2, 7.4 KB for size) is there too: its work is mostly the engine's
# calls it makes. The module loader (js/binding_module: require's
# resolution, at boot and at a require's first call; 5.1 KB at -O2, 4.0 KB
# for size) paid for the virtio console's ports (drivers/virtio_console.h);
# boot tracing (lib/trace: trace=, boot and first events only) and DNS
# look-ups (net/dns) for engine patches 0228-0231; the cross-core message
# rings (lib/xmsg: workers' and cluster's messages, 1.6 KB less) for
# 0232-0234.
COLD_LIB := lib/cmdline lib/time js/binding_signal js/binding_dns js/binding_crypto_pk js/binding_process \
	js/binding_console js/binding_fs js/binding_zlib lib/fmt lib/stdio js/binding_promise js/binding_module \
	lib/trace net/dns lib/xmsg
$(patsubst %,$(B)/obj/%.c.o,$(COLD_LIB)): KFLAGS += $(KFLAGS_COLD)
ASFLAGS := -D__ASSEMBLY__ -Iarch/x86_64

# mujs: the stack limits are raised from mujs's defaults (which allow only
# 128 nested calls) to Node-like depths; the boot stack (asm.h) is sized
# for JS_ENVLIMIT levels of C recursion.
MUJS_DEFS := -DJS_STACKSIZE=8192 -DJS_ENVLIMIT=1024 -DJS_TRYLIMIT=256 -DJS_ASTLIMIT=200
# The interpreter's threaded dispatch (patches/mujs/0204): gcc gathers
# the loop's computed gotos into one block and copies it back into each
# case only if it is at most this many insns (8 by default, less than
# the fetch-and-jump's ~20 insns in gcc's count); at 8 the cases share a
# few jumps again. Only computed gotos are concerned: nothing else in
# mujs changes.
MUJS_DISPATCH := --param=max-goto-duplication-insns=24
# mujs in function sections as the rest: mkimage's --gc-sections drops
# what no image calls (its debugging dumper, unused API), which pays for
# the ES2015 syntax of patches/mujs/0090-0093 (hello: 620 KB -> 591 KB)
# The engine without frame pointers: rbp is one more register for the
# interpreter loop and every engine call saves its push and pop (Express 4:
# 507,413 -> 494,745 guest instructions a request, -2.5 %; hello.elf 8 KB
# smaller). The cost is the kernel's backtraces (arch/x86_64/trap.c): the
# walk along rbp stops at the first engine frame, so a fault or panic in
# code the engine called shows the frames down to it, and one inside the
# engine shows where it happened (RIP) and little below. gdb still
# unwinds the engine from its debug information (-g).
MUJS_FLAGS := $(filter-out -Wall -Wextra -Werror -fno-omit-frame-pointer,$(KFLAGS)) -fomit-frame-pointer -w \
	$(MUJS_DEFS) $(MUJS_DISPATCH)
# The engine in precompiled modules' stamp (patches/mujs/0150): the patch
# set's hash, which set-up writes as it unpacks mujs. The image's engine
# and build/host/jsbc are built from the same tree; a module compiled by
# another is refused at load. (Expanded when a recipe runs: after set-up.)
MUJS_ENGINE = -DJS_BYTECODE_ENGINE='"mujs-1.3.2+$(shell cat $(MUJS)/.unijs-patches)"'

LIB_SRCS := $(wildcard arch/x86_64/*.c arch/x86_64/*.S lib/*.c drivers/*.c net/*.c js/*.c)
LIB_OBJS := $(patsubst %,$(B)/obj/%.o,$(LIB_SRCS)) $(B)/obj/gen/uniprops.c.o
JS_LIB   := $(sort $(wildcard js/lib/*.js js/lib/*/*.js))

.PHONY: all setup lib run test unit bench clean examples
all: lib examples

setup: $(SRC)/.done
# (the patches' directories too: a patch removed changes no file left,
# only its directory, and setup.sh must unpack the package afresh)
$(SRC)/.done: scripts/setup.sh $(wildcard patches/*/*.patch) $(wildcard patches/*/) tools/package-lock.json
	sh scripts/setup.sh

lib: $(B)/libunijs.a $(B)/libmujs.a $(B)/libm.a $(B)/liblwip.a $(B)/libhttp_parser.a \
	$(B)/libmbedcrypto.a $(B)/libz.a

# ---- our library
$(B)/obj/arch/%.c.o: arch/%.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) $(KFLAGS_NOFPU) $(KFLAGS_COLD) -MMD -c $< -o $@
$(B)/obj/drivers/%.c.o: drivers/%.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) $(KFLAGS_NOFPU) -MMD -c $< -o $@
$(B)/obj/js/%.c.o: js/%.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) -I$(MUJS) -I$(HTTP_PARSER) $(MBEDTLS_INC) $(ZLIB_INC) -MMD -c $< -o $@
$(B)/obj/%.c.o: %.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) -MMD -c $< -o $@
$(B)/obj/%.S.o: %.S
	@mkdir -p $(@D)
	@echo "  AS      $<"
	$(Q)$(CC) $(ASFLAGS) -MMD -c $< -o $@
# The Unicode property tables of regular expressions (\p{...}): generated
# (tests/host/host.mk's rule, scripts/gen-uniprops.js) from set-up's
# unicode-data; a member of the library that mkimage.sh pulls in (-u
# regexp_uniprop) only for apps whose sources mention \p{.
$(B)/gen/uniprops.c: $(SRC)/.done
$(B)/obj/gen/uniprops.c.o: $(B)/gen/uniprops.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) -c $< -o $@
# js/lib/*.js are not in the library: mkimage.sh embeds the core modules
# each image needs (bundle_lib).
$(B)/libunijs.a: $(LIB_OBJS)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcsD $@ $^

# ---- lwIP 2.1.3, unmodified (raw API, NO_SYS=1), for net/. Our port
# headers (net/lwipopts.h, net/arch/cc.h) are found through -Inet, by lwIP
# and by net/*.c alike. Only the files the options in lwipopts.h use.
LWIP      := $(SRC)/lwip-2.1.3+dfsg1/src
LWIP_INC  := -Inet -I$(LWIP)/include
LWIP_SRCS := core/init.c core/def.c core/inet_chksum.c core/ip.c core/mem.c \
	     core/memp.c core/netif.c core/pbuf.c core/tcp.c core/tcp_in.c \
	     core/tcp_out.c core/timeouts.c core/udp.c core/dns.c core/ipv4/dhcp.c \
	     core/ipv4/etharp.c core/ipv4/icmp.c core/ipv4/ip4.c \
	     core/ipv4/ip4_addr.c core/ipv4/ip4_frag.c netif/ethernet.c
LWIP_OBJS := $(patsubst %.c,$(B)/obj/lwip/%.o,$(LWIP_SRCS))
LWIP_FLAGS := $(filter-out -Wall -Wextra -Werror,$(KFLAGS)) -w $(LWIP_INC)
# The sources appear when set-up has unpacked them: without this rule a
# parallel make on a fresh clone finds no way to make them and stops.
# (Order-only: an existing source is never taken for remade, which would
# rebuild every object on every make. .SECONDARY: made by a rule, they
# are still not make's to delete.)
$(LWIP)/%.c: | $(SRC)/.done ;
.SECONDARY: $(addprefix $(LWIP)/,$(LWIP_SRCS))
$(B)/obj/lwip/%.o: $(LWIP)/%.c $(SRC)/.done $(wildcard net/*.h net/arch/*.h)
	@mkdir -p $(@D)
	@echo "  CC      $(patsubst $(LWIP)/%,lwip/%,$<)"
	$(Q)$(CC) $(LWIP_FLAGS) -c $< -o $@
$(B)/liblwip.a: $(LWIP_OBJS)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcsD $@ $^
$(B)/obj/net/%.c.o: net/%.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(KFLAGS) $(LWIP_INC) -MMD -c $< -o $@
-include tests/net/*.mk
-include tests/boot/*.mk
-include bench/*/*.mk

# ---- mujs, unmodified, freestanding
$(B)/libmujs.a: $(SRC)/.done
	@mkdir -p $(B)/obj/mujs
	@echo "  CC      $(MUJS)/one.c"
	$(Q)$(CC) $(MUJS_FLAGS) $(MUJS_ENGINE) -c $(MUJS)/one.c -o $(B)/obj/mujs/one.o
	$(Q)rm -f $@ && ar rcsD $@ $(B)/obj/mujs/one.o

# ---- http-parser 2.9.4, unmodified, for js/binding_http.c
HTTP_PARSER := $(SRC)/http-parser-2.9.4
$(B)/libhttp_parser.a: $(SRC)/.done
	@mkdir -p $(B)/obj/http_parser
	@echo "  CC      $(HTTP_PARSER)/http_parser.c"
	$(Q)$(CC) $(filter-out -Wall -Wextra -Werror,$(KFLAGS)) -w -c $(HTTP_PARSER)/http_parser.c -o $(B)/obj/http_parser/http_parser.o
	$(Q)rm -f $@ && ar rcsD $@ $(B)/obj/http_parser/http_parser.o

# ---- mbedTLS 2.28, unmodified, for js/binding_crypto.c: the digests,
# HMAC, PBKDF2 and the CTR-DRBG; and for js/binding_crypto_pk.c: keys and
# RSA/ECDSA signatures (the second line on), as js/mbedtls_config.h selects
# them. An archive: an image links only what its bindings reach.
MBEDTLS      := $(SRC)/mbedtls-2.28.3
MBEDTLS_INC  := -I$(MBEDTLS)/include '-DMBEDTLS_CONFIG_FILE="js/mbedtls_config.h"'
MBEDTLS_SRCS := md.c md5.c sha1.c sha256.c sha512.c pkcs5.c aes.c ctr_drbg.c \
		entropy.c platform_util.c \
		bignum.c oid.c asn1parse.c asn1write.c base64.c pem.c pk.c pk_wrap.c pkparse.c \
		pkwrite.c rsa.c rsa_internal.c ecp.c ecp_curves.c ecdsa.c constant_time.c cipher.c cipher_wrap.c
MBEDTLS_OBJS := $(patsubst %.c,$(B)/obj/mbedtls/%.o,$(MBEDTLS_SRCS))
# set-up's sources, as lwIP's above (make -j on a fresh clone)
$(MBEDTLS)/library/%.c: | $(SRC)/.done ;
.SECONDARY: $(addprefix $(MBEDTLS)/library/,$(MBEDTLS_SRCS))
$(B)/obj/mbedtls/%.o: $(MBEDTLS)/library/%.c $(SRC)/.done js/mbedtls_config.h
	@mkdir -p $(@D)
	@echo "  CC      mbedtls/$*.c"
	$(Q)$(CC) $(filter-out -Wall -Wextra -Werror,$(KFLAGS)) -w $(MBEDTLS_INC) -c $< -o $@
$(B)/libmbedcrypto.a: $(MBEDTLS_OBJS)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcsD $@ $^

# ---- zlib 1.2.13, unmodified, for js/binding_zlib.c. Z_SOLO: no gz* file
# functions and no default allocator (the binding passes lib/alloc.c's).
ZLIB      := $(SRC)/zlib-1.2.13.dfsg
ZLIB_INC  := -I$(ZLIB) -DZ_SOLO
ZLIB_SRCS := adler32.c crc32.c deflate.c inflate.c inffast.c inftrees.c trees.c zutil.c
ZLIB_OBJS := $(patsubst %.c,$(B)/obj/zlib/%.o,$(ZLIB_SRCS))
$(ZLIB)/%.c: | $(SRC)/.done ;
.SECONDARY: $(addprefix $(ZLIB)/,$(ZLIB_SRCS))
$(B)/obj/zlib/%.o: $(ZLIB)/%.c $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  CC      zlib/$*.c"
	$(Q)$(CC) $(filter-out -Wall -Wextra -Werror,$(KFLAGS)) -w $(ZLIB_INC) -c $< -o $@
$(B)/libz.a: $(ZLIB_OBJS)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcsD $@ $^

# ---- libm: musl's src/math (double and float functions), with musl's own
# headers; an x86_64 version replaces the generic file where musl has one.
MUSL_INC := -I$(MUSL)/arch/x86_64 -I$(MUSL)/arch/generic -I$(B)/musl/include \
	    -I$(MUSL)/src/include -I$(MUSL)/src/internal -I$(MUSL)/include
MUSL_FLAGS := -std=c99 -O2 -ffreestanding -nostdinc -isystem $(GCCINC) $(MUSL_INC) \
	      -D_XOPEN_SOURCE=700 -fno-pic -fno-pie -mno-red-zone -fno-stack-protector \
	      -fexcess-precision=standard -frounding-math -fno-strict-aliasing -w
$(B)/musl/include/bits/alltypes.h: $(SRC)/.done
	@mkdir -p $(@D)
	$(Q)sed -f $(MUSL)/tools/mkalltypes.sed $(MUSL)/arch/x86_64/bits/alltypes.h.in $(MUSL)/include/alltypes.h.in > $@
$(B)/libm.a: $(B)/musl/include/bits/alltypes.h scripts/build-libm.sh
	@mkdir -p $(B)/obj/libm
	@echo "  LIBM    $(MUSL)/src/math"
	$(Q)find $(B)/obj/libm -name '*.o' ! -newer scripts/build-libm.sh -delete
	$(Q)sh scripts/build-libm.sh "$(CC)" "$(MUSL)" $(B)/obj/libm "$(MUSL_FLAGS)"
	$(Q)rm -f $@ && ar rcsD $@ $(B)/obj/libm/*.o

# ---- examples: each examples/<name> becomes build/<name>.elf and .iso
EXAMPLES := $(notdir $(wildcard examples/*))
examples: $(foreach e,$(EXAMPLES),$(B)/$(e).elf)
# jscheck and jsbc first, here: mkimage.sh makes them if it must, and two
# images built in parallel would each make them at once
$(B)/%.elf: lib mkimage.sh $(B)/host/jscheck $(B)/host/jsbc FORCE
	+$(Q)./mkimage.sh --quiet examples/$*
# examples/npm-app has npm dependencies: installed as its user would
# (mkimage.sh never runs npm)
$(B)/npm-app.elf: examples/npm-app/node_modules/.package-lock.json
examples/npm-app/node_modules/.package-lock.json: examples/npm-app/package-lock.json
	cd examples/npm-app && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
FORCE:

# The default app serves HTTP on port 8080: host port PORT (default 8080)
# reaches it (curl localhost:8080; make run PORT=18080 when 8080 is taken).
# Ctrl-C stops the guest and ends make quietly (run.sh exits 0 on SIGINT).
APP ?= examples/http-hello
PORT ?= 8080
GUEST_PORT ?= 8080
run: lib
	./mkimage.sh --run --fwd $(PORT):$(GUEST_PORT) $(APP)

# ---- tests
UNIT_TESTS :=
JS_MUJS_DEFS := $(MUJS_DEFS)
-include tests/unit/*.mk
-include tests/host/*.mk
unit: $(UNIT_TESTS)
test: lib $(UNIT_TESTS) $(B)/host/unijs-host $(B)/host/jscheck $(B)/host/jsbc
	sh tests/run.sh $(UNIT_TESTS)

bench: lib
	sh bench/all.sh

clean:
	rm -rf $(B)/obj $(B)/*.a $(B)/*.elf $(B)/*.iso $(B)/img $(B)/host $(B)/musl $(B)/gen

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)

# ---- host tools
# (mujs's number conversions are lib/dtoa.c: patches/mujs/0020-number-conversions.patch)
$(B)/host/jscheck: scripts/jscheck.c lib/dtoa.c lib/dtoa.h $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  HOSTCC  $@"
	$(Q)$(HOSTCC) -O2 -w $(MUJS_DEFS) -I. -I$(MUJS) -o $@ scripts/jscheck.c $(MUJS)/one.c lib/dtoa.c -lm
# mkimage.sh's compiler of modules: the image's mujs, its stamp included
$(B)/host/jsbc: scripts/jsbc.c js/runtime_wrap.h lib/dtoa.c lib/dtoa.h $(SRC)/.done
	@mkdir -p $(@D)
	@echo "  HOSTCC  $@"
	$(Q)$(HOSTCC) -O2 -w $(MUJS_DEFS) $(MUJS_ENGINE) -I. -I$(MUJS) -o $@ scripts/jsbc.c $(MUJS)/one.c lib/dtoa.c -lm
