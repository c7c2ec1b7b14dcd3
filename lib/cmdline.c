#include "cmdline.h"
#include <string.h>
#include <stdio.h>

#define EINVAL 22

/* Next word of *p, unquoted in place; NULL at the end. */
static char *next_word(char **p, int *bad_quote)
{
	char *s = *p, *w, *out;
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (!*s) {
		*p = s;
		return 0;
	}
	w = out = s;
	while (*s && *s != ' ' && *s != '\t' && *s != '\n') {
		/* \" \\ \' escape outside quotes too: GRUB writes a word it
		 * was given quoted (a grub.cfg made by mkimage.sh) that way. */
		if (*s == '\\' && (s[1] == '"' || s[1] == '\\' || s[1] == '\'')) {
			*out++ = s[1];
			s += 2;
			continue;
		}
		if (*s != '"') {
			*out++ = *s++;
			continue;
		}
		s++;
		while (*s && *s != '"') {
			if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
				s++;
			*out++ = *s++;
		}
		if (!*s) {
			*bad_quote = 1;
			break;
		}
		s++;
	}
	if (*s)
		s++;
	*out = 0; /* out <= s - 1 here, so this never clobbers the next word */
	*p = s;
	return w;
}

static int fail(struct cmdline *c, const char *fmt, const char *word)
{
	snprintf(c->err, sizeof c->err, fmt, word);
	return -EINVAL;
}

static int one_of(const char *v, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(v, *set))
			return 1;
	return 0;
}

/* QEMU's microvm appends "virtio_mmio.device=SIZE@ADDR:IRQ" to the line
 * of a kernel it boots by PVH, one per virtio-mmio device, for Linux
 * (auto-kernel-cmdline): QEMU's words, not the user's, and they land
 * after "--" among the app's arguments. Skips one at *p (unquoted: a
 * quoted word is always the user's); returns whether it did. The devices
 * themselves are found by probing (drivers/virtio.c). */
static int skip_qemu_word(char **p)
{
	static const char w[] = "virtio_mmio.device=";
	char *s = *p;

	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (strncmp(s, w, sizeof w - 1))
		return 0;
	while (*s && *s != ' ' && *s != '\t' && *s != '\n')
		s++;
	*p = s;
	return 1;
}

/* The words of s onto c; a "--" in s starts its app arguments afresh.
 * boot_line: s is the boot loader's line (QEMU's own words dropped). */
static int parse_words(char *s, struct cmdline *c, int boot_line)
{
	static const char *const logs[] = { "quiet", "info", "debug", 0 };
	static const char *const faults[] = { "null", "wx", "nx", "stack", "panic", 0 };
	static const char *const traces[] = { "boot", "http", "gc", 0 };
	int bad_quote = 0, app = 0;
	char *w;

	for (;;) {
		char *eq;
		if (boot_line && skip_qemu_word(&s))
			continue;
		if (!(w = next_word(&s, &bad_quote)))
			break;
		if (bad_quote)
			return fail(c, "unterminated quote in '%s'", w);
		if (app || !strcmp(w, "--")) {
			if (app && c->argc == CMDLINE_MAX_ARGS)
				return fail(c, "more than 64 app arguments at '%s'", w);
			if (app)
				c->argv[c->argc++] = w;
			else
				c->argc = 0;
			c->argv[c->argc] = 0;
			app = 1;
			continue;
		}
		eq = strchr(w, '=');
		if (!eq)
			return fail(c, "'%s' is not option=value (app arguments go after --)", w);
		*eq = 0;
		if (!strncmp(w, "env.", 4) && w[4]) {
			*eq = '=';
			if (c->envc == CMDLINE_MAX_ENV)
				return fail(c, "more than 64 env.NAME=value words at '%s'", w);
			c->env[c->envc++] = w + 4;
		} else if (!strcmp(w, "ip")) {
			c->ip = eq + 1;
		} else if (!strcmp(w, "gw")) {
			c->gw = eq + 1;
		} else if (!strcmp(w, "mask")) {
			c->mask = eq + 1;
		} else if (!strcmp(w, "log")) {
			if (!one_of(eq + 1, logs))
				return fail(c, "log=%s: expected quiet, info or debug", eq + 1);
			c->log = eq + 1;
		} else if (!strcmp(w, "trace")) {
			if (!one_of(eq + 1, traces))
				return fail(c, "trace=%s: expected boot, http or gc", eq + 1);
			if (!strcmp(eq + 1, "gc")) /* (besides boot or http: a word each) */
				c->trace_gc = 1;
			else
				c->trace_boot = strcmp(eq + 1, "http") ? 1 : 2; /* lib/trace.h's TRACE_* */
		} else if (!strcmp(w, "watchdog")) {
			const char *d = eq + 1;
			unsigned long v = 0;
			for (; *d >= '0' && *d <= '9' && v <= 86400; d++)
				v = v * 10 + (unsigned long)(*d - '0');
			if (*d || d == eq + 1 || v < 1 || v > 86400)
				return fail(c, "watchdog=%s: expected whole seconds, 1 to 86400", eq + 1);
			c->watchdog = (unsigned)v;
		} else if (!strcmp(w, "main")) {
			/* a module name as the image packs it; whether the image
			 * has it is the runtime's to say (runtime_run) */
			if (eq[1] != '/')
				return fail(c, "main=%s: expected a module path from /, as /app/tool.js", eq + 1);
			c->main = eq + 1;
		} else if (!strcmp(w, "fault")) {
			if (!one_of(eq + 1, faults))
				return fail(c, "fault=%s: expected null, wx, nx, stack or panic", eq + 1);
			c->fault = eq + 1;
		} else {
			return fail(c, "unknown option '%s'", w);
		}
	}
	if (bad_quote)
		return fail(c, "%s", "unterminated quote");
	return 0;
}

int cmdline_parse(char *s, struct cmdline *c)
{
	int bad_quote = 0;

	memset(c, 0, sizeof *c);
	c->log = "quiet";
	next_word(&s, &bad_quote); /* the kernel's path */
	if (bad_quote)
		return fail(c, "%s", "unterminated quote");
	return parse_words(s, c, 1);
}

int cmdline_append(char *s, struct cmdline *c)
{
	return parse_words(s, c, 0);
}
