/*
 * host_profile.c: where the host build's time goes, by JavaScript function
 * and line. UNIJS_HOST_PROFILE=FILE unijs-host ... (bench/js-profile.sh).
 *
 * A sampling profiler: every UNIJS_HOST_PROFILE_US microseconds (default
 * 50; a CLOCK_MONOTONIC timer: CPU-time timers tick at the kernel's HZ,
 * 4 ms, so the process should be busy, as a benchmark that loads itself
 * over the loopback is) the SIGPROF handler copies the
 * interpreter's call stack as mujs keeps it for stack traces
 * (J->trace[0..tracetop]: each frame's function and the line it is at,
 * kept up to date by the interpreter loop) into a table of samples. At
 * exit the samples are written to FILE, one line each, outermost frame
 * first, frames separated by ';', each "name (file:line)"; a native
 * function's frame is "name (native)". C code that runs inside a native
 * function (the http parser, the loopback network, the allocator) counts
 * as that native function; time outside JavaScript (the event loop
 * waiting) is a sample of depth 0, written as "-idle-". A sample taken
 * while the collector runs gets a last frame "-gc- (native)": collection
 * happens at the interpreter's safe points, so without it its cost
 * would count as the line that happened to cross the threshold.
 *
 * The handler only reads: the frame being pushed at the moment of a
 * signal may be seen half-written; one sample in many thousands. The
 * names it keeps are engine strings that live as long as the state
 * (interned function names, native functions' static names, file names
 * of loaded modules).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "host.h"
#include "jsi.h"
#include "runtime_internal.h"

#define PROF_DEPTH 16 /* innermost frames kept a sample */
#define PROF_MAX (1u << 17) /* samples kept: then sampling stops */

struct prof_frame {
	const char *name, *file;
	int line;
};
struct prof_sample {
	int depth; /* frames kept (the innermost PROF_DEPTH), 0: idle */
	int total; /* the stack's depth */
	int gc;    /* the collector was running */
	struct prof_frame f[PROF_DEPTH];
};

static struct prof_sample *prof_samples;
static volatile unsigned prof_n;
static const char *prof_out;

static void prof_tick(int sig)
{
	js_State *J = runtime_iso_boot.J;
	struct prof_sample *s;
	int top, i, lo;

	(void)sig;
	if (prof_n >= PROF_MAX)
		return;
	s = &prof_samples[prof_n];
	top = J ? J->tracetop : -1;
	/* trace[0] is the engine's own outermost entry ("-top-") */
	s->total = top < 1 ? 0 : top;
	lo = top - PROF_DEPTH + 1;
	if (lo < 1)
		lo = 1;
	s->depth = 0;
	s->gc = J && J->gcbusy;
	for (i = lo; i <= top && J; i++) {
		js_StackTrace *t = &J->trace[i];
		struct prof_frame *f = &s->f[s->depth++];
		f->name = jsR_tracename(t);
		f->file = t->file;
		f->line = t->line;
	}
	prof_n++;
}

static void prof_write(void)
{
	FILE *o;
	unsigned n;
	int i;

	if (!prof_out)
		return;
	signal(SIGPROF, SIG_IGN);
	o = fopen(prof_out, "w");
	if (!o) {
		perror(prof_out);
		return;
	}
	for (n = 0; n < prof_n; n++) {
		struct prof_sample *s = &prof_samples[n];
		if (!s->depth) {
			fputs(s->gc ? "-gc- (native)\n" : "-idle-\n", o);
			continue;
		}
		if (s->total > s->depth)
			fputs("...;", o);
		for (i = 0; i < s->depth; i++) {
			struct prof_frame *f = &s->f[i];
			const char *name = f->name && f->name[0] ? f->name : "(anonymous)";
			if (!f->file || !strcmp(f->file, "native"))
				fprintf(o, "%s (native)%s", name, i + 1 < s->depth || s->gc ? ";" : "\n");
			else
				fprintf(o, "%s (%s:%d)%s", name, f->file, f->line, i + 1 < s->depth || s->gc ? ";" : "\n");
		}
		if (s->gc)
			fputs("-gc- (native)\n", o);
	}
	fclose(o);
	if (prof_n >= PROF_MAX)
		fprintf(stderr, "host-profile: the first %u samples kept, the rest dropped\n", prof_n);
}

void host_profile_start(void)
{
	struct itimerspec it = { { 0, 50000 }, { 0, 50000 } };
	struct sigevent ev;
	struct sigaction sa;
	const char *us;
	timer_t t;

	prof_out = getenv("UNIJS_HOST_PROFILE");
	if (!prof_out || !*prof_out)
		return;
	us = getenv("UNIJS_HOST_PROFILE_US");
	if (us && atoi(us) > 0)
		it.it_interval.tv_nsec = it.it_value.tv_nsec = 1000L * (atoi(us) % 1000000);
	prof_samples = calloc(PROF_MAX, sizeof *prof_samples);
	if (!prof_samples) {
		fprintf(stderr, "host-profile: no memory for the samples\n");
		exit(1);
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = prof_tick;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPROF, &sa, NULL);
	atexit(prof_write);
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGPROF;
	if (timer_create(CLOCK_MONOTONIC, &ev, &t) || timer_settime(t, 0, &it, NULL)) {
		perror("host-profile: timer");
		exit(1);
	}
}
