/*
 * The kernel command line (QEMU -append, GRUB's multiboot line).
 *
 *   <kernel path> [option=value ...] [env.NAME=value ...] [-- app args ...]
 *
 * The first word is the kernel's path (multiboot loaders put it there) and
 * is skipped. Words are separated by spaces; "double quotes" group a word;
 * \" and \\ escape inside and outside quotes, and \' outside them (GRUB
 * passes a word with a quote or backslash that way). Options before "--":
 * see parse_words in cmdline.c and README.md. Everything after "--" is
 * process.argv[2...]. Unquoted "virtio_mmio.device=..." words anywhere on
 * the boot line are QEMU's (microvm adds them for Linux) and are dropped.
 *
 * cmdline_parse tokenizes s in place (the result points into it) and
 * returns 0, or -EINVAL with a message in c->err naming the bad word.
 */
#ifndef UNIJS_CMDLINE_H
#define UNIJS_CMDLINE_H

#define CMDLINE_MAX_ARGS 64
#define CMDLINE_MAX_ENV 64

struct cmdline {
	int argc, envc;
	char *argv[CMDLINE_MAX_ARGS + 1]; /* NULL-terminated */
	char *env[CMDLINE_MAX_ENV + 1];   /* "NAME=value", NULL-terminated */
	const char *ip, *gw, *mask;       /* NULL: not given */
	const char *log;                  /* "quiet" (default), "info", "debug" */
	const char *main;                 /* main=/app/...: the main module, NULL: the image's */
	const char *fault;                /* self-test: "null", "wx", "nx", "stack", "panic" */
	int trace_boot;                   /* trace=boot: 1, trace=http: 2 (lib/trace.h) */
	int trace_gc;                     /* trace=gc: a line per collection (js/runtime.c) */
	unsigned watchdog;                /* watchdog=SECONDS (1..86400), 0: none */
	char err[160];
};

int cmdline_parse(char *s, struct cmdline *c);

/*
 * More words after a parsed line (the fw_cfg file opt/unijs/cmdline): no
 * kernel path first. An option or env.NAME given again takes the later
 * value; a "--" here replaces the app arguments. Same errors as above.
 */
int cmdline_append(char *s, struct cmdline *c);

#endif
