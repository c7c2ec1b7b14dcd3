/*
 * kernel_main: the runtime's main. arch_start() has set up the CPU, the
 * page tables and the clock; here the console, exit path, heap and command
 * line come up, then the JavaScript runtime runs the app, and the machine
 * ends with the app's exit code.
 */
#include "../arch/x86_64/arch.h"
#include "../drivers/board.h"
#include "../drivers/power.h"
#include "../lib/cmdline.h"
#include "../lib/panic.h"
#include "../lib/trace.h"
#include "../net/net.h"
#include "runtime.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

static struct cmdline cmdline;

/* fault=...: deliberate faults, so the tests can see the reports. */
static void __attribute__((noinline)) selftest_fault(const char *what);
static volatile int sink;

static int __attribute__((noinline)) recurse(int n)
{
	volatile char pad[512];
	pad[0] = (char)n;
	if (sink == -1) /* never: but the compiler cannot know */
		return n;
	return recurse(n + 1) + pad[0];
}

static void selftest_fault(const char *what)
{
	if (!strcmp(what, "null"))
		sink = *(volatile int *)(uintptr_t)sink;
	else if (!strcmp(what, "wx"))
		*(volatile char *)(uintptr_t)kernel_main = 0;
	else if (!strcmp(what, "nx"))
		((void (*)(void))(uintptr_t)&cmdline)();
	else if (!strcmp(what, "stack"))
		sink = recurse(0);
	else if (!strcmp(what, "panic"))
		panic("fault=panic: a deliberate panic");
	printf("unijs: fault=%s did not fault\n", what);
}

/* For ioapic_init: arch/ may not call drivers/, so it is handed this. */

/*
 * The network (net/net.h): only when a virtio-net device answers the probe
 * (a few port and MMIO reads otherwise); DHCP completes in the background.
 */
/*
 * Weak: mkimage.sh links the network stack (net/, lwIP, virtio) only into
 * images whose modules require net or http, so that every other image stays
 * small; then net_init is absent and there is nothing to start.
 */
#pragma weak net_init
static void start_network(void)
{
	struct net_config nc = { cmdline.ip, cmdline.gw, cmdline.mask, !strcmp(cmdline.log, "debug") ? 2 : strcmp(cmdline.log, "quiet") != 0 };
	const char *bad = 0;
	int r;

	if (!net_init)
		return;
	r = net_init(&nc, &bad);

	if (r == -EINVAL && bad) {
		printf("unijs: bad command line: '%s' is not an IPv4 address\n", bad);
		power_exit(EXIT_BAD_CMDLINE);
	}
	if (r < 0 && r != -ENODEV)
		printf("unijs: network: virtio-net failed (error %d)\n", r);
}

/* (cold: runs once; compiled for size, hello.elf's bound) */
void __attribute__((cold)) kernel_main(struct boot_info *bi)
{
	struct runtime_config rc;
	int code;

	board_init(bi, &cmdline);
	if (cmdline.fault)
		selftest_fault(cmdline.fault);
	start_network();

	rc.argc = cmdline.argc;
	rc.argv = cmdline.argv;
	rc.envc = cmdline.envc;
	rc.env = cmdline.env;
	rc.heap_fixed = 1;
	rc.log_info = strcmp(cmdline.log, "quiet") != 0;
	rc.trace_gc = cmdline.trace_gc;
	rc.watchdog_s = cmdline.watchdog;
	rc.gc_torture = 0;
	rc.cores_ready = board_cores_ready;
	rc.main = cmdline.main;
	code = runtime_run(&rc);
	power_exit(code == EXIT_OUT_OF_MEMORY ? code : code & 0xff);
}
