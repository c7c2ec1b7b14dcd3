/*
 * loop_host.c: the kernel's event loop (lib/loop.c, compiled whole) on
 * Linux for build/host/unijs-host, behind a fake arch/ layer, and the
 * serial receive of drivers/serial.h on stdin.
 *
 * The fake arch/: there are no interrupts (irq_save/irq_restore do
 * nothing: everything runs on the one thread), the "hardware timer" is a
 * deadline in clock_monotonic_ns() terms, and arch_idle() is a ppoll()
 * until that deadline, on stdin while process.stdin reads. Input read
 * there reaches the loop as an event, as the UART's interrupt handler
 * posts one in the kernel. Nothing else can wake the loop: on the host,
 * net/tcp.h is tests/host/net_loopback.c, which works through loop events
 * alone.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "drivers/serial.h"
#include "lib/clock.h"
#include "lib/loop.h"
#include "lib/panic.h"

/* ---- the fake arch/ (stands in for arch/x86_64/arch.h) */
#define ARCH_H 1
#define UNIJS_ONE_CORE 1 /* lib/loop.c: one loop, no per-CPU area */

static uint64_t host_deadline; /* armed "hardware timer", 0: none */

static uint64_t irq_save(void) { return 0; }
static void irq_restore(uint64_t f) { (void)f; }
static void arch_timer_set(uint64_t d) { host_deadline = d ? d : 1; }
static uint64_t arch_idle_poll_ns(void) { return 0; }
static void cpu_relax(void) { __asm__ volatile("" ::: "memory"); }
static void arch_timer_cancel(void) { host_deadline = 0; }

/* ---- serial input on stdin */

#define RX_BUF 4096

static void (*rx_cb)(const char *buf, size_t len);
static char rx_buf[RX_BUF];
static size_t rx_len;
static int rx_eof;
static struct loop_event rx_ev;
static int rx_ev_ready;

static void rx_deliver(struct loop_event *ev)
{
	char buf[RX_BUF];
	size_t n = rx_len;

	(void)ev;
	if (!rx_cb || !n)
		return;
	memcpy(buf, rx_buf, n); /* on_data may stop, restart, read again */
	rx_len = 0;
	rx_cb(buf, n);
}

int serial_rx_start(void (*on_data)(const char *buf, size_t len))
{
	if (!on_data)
		return -EINVAL;
	if (!rx_ev_ready) {
		loop_event_init(&rx_ev, rx_deliver);
		rx_ev_ready = 1;
	}
	rx_cb = on_data;
	if (rx_len)
		loop_event_post(&rx_ev); /* what came while stopped */
	return 0;
}

void serial_rx_stop(void)
{
	rx_cb = NULL;
	if (rx_ev_ready)
		loop_event_cancel(&rx_ev);
}

/* Halts until the deadline or input on stdin (while someone reads it). */
static void arch_idle(void)
{
	struct pollfd pfd = { .fd = 0, .events = POLLIN };
	struct timespec ts, *tsp = NULL;
	int watch = rx_cb && !rx_eof && rx_len < RX_BUF;
	ssize_t n;

	if (host_deadline) {
		uint64_t now = clock_monotonic_ns();
		uint64_t d = host_deadline > now ? host_deadline - now : 0;
		ts.tv_sec = (time_t)(d / 1000000000u);
		ts.tv_nsec = (long)(d % 1000000000u);
		tsp = &ts;
	}
	if (!watch && !tsp) {
		/* nothing can ever wake this loop: a listener nobody connects
		 * to, or stdin read after its end. The kernel would halt for
		 * good; wait for a signal the same way. */
		pause();
		return;
	}
	if (ppoll(&pfd, watch ? 1 : 0, tsp, NULL) <= 0 || !watch)
		return;
	n = read(0, rx_buf + rx_len, RX_BUF - rx_len);
	if (n > 0) {
		rx_len += (size_t)n;
		loop_event_post(&rx_ev);
	} else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
		rx_eof = 1; /* a console has no end: the app waits on */
	}
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fflush(stdout);
	fputs("unijs-host: panic: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}

/* ---- the code itself (its #pragma applies from here on) */
#include "../../lib/loop.c"
