/* Host test of lib/cmdline.c: the syntax README.md documents. */
#include <stdio.h>
#include <string.h>

#include "../../lib/cmdline.h"

static int pass, fail;

static void check(const char *name, int cond, const char *detail)
{
	if (cond) {
		printf("ok - cmdline %s\n", name);
		pass++;
	} else {
		printf("not ok - cmdline %s (%s)\n", name, detail);
		fail++;
	}
}

static int parse(const char *s, struct cmdline *c)
{
	static char buf[4096];
	snprintf(buf, sizeof buf, "%s", s);
	return cmdline_parse(buf, c);
}

int main(void)
{
	struct cmdline c;
	int r;

	printf("1..25\n"); /* the checks below, for tests/run.sh */

	r = parse("/boot/app.elf", &c);
	check("empty", r == 0 && c.argc == 0 && c.envc == 0 && !c.ip && !strcmp(c.log, "quiet"), c.err);

	r = parse("app.elf ip=10.0.0.2 gw=10.0.0.1 mask=255.255.255.0 log=debug trace=boot", &c);
	check("options", r == 0 && !strcmp(c.ip, "10.0.0.2") && !strcmp(c.gw, "10.0.0.1") &&
			     !strcmp(c.mask, "255.255.255.0") && !strcmp(c.log, "debug") && c.trace_boot == 1, c.err);
	r = parse("app.elf trace=http", &c);
	check("trace=http", r == 0 && c.trace_boot == 2, c.err);
	r = parse("app.elf trace=net", &c);
	check("bad trace", r < 0 && strstr(c.err, "trace=net: expected boot, http or gc"), c.err);
	r = parse("app.elf trace=gc trace=boot", &c);
	check("trace=gc beside trace=boot", r == 0 && c.trace_gc == 1 && c.trace_boot == 1, c.err);
	r = parse("app.elf trace=http", &c);
	check("trace=gc off unless given", r == 0 && c.trace_gc == 0, c.err);

	r = parse("app.elf env.A=1 env.B=\"two words\" env.EMPTY= -- x \"y z\" \"q\\\"uote\" -- --flag", &c);
	check("env and args", r == 0 && c.envc == 3 && !strcmp(c.env[0], "A=1") && !strcmp(c.env[1], "B=two words") &&
				  !strcmp(c.env[2], "EMPTY=") && c.argc == 5 && !strcmp(c.argv[0], "x") &&
				  !strcmp(c.argv[1], "y z") && !strcmp(c.argv[2], "q\"uote") && !strcmp(c.argv[3], "--") &&
				  !strcmp(c.argv[4], "--flag") && !c.argv[5] && !c.env[3],
	      c.err);

	r = parse("app.elf  \t  -- \"\"  ", &c);
	check("empty quoted arg", r == 0 && c.argc == 1 && !strcmp(c.argv[0], ""), c.err);

	r = parse("app.elf colour=blue", &c);
	check("unknown option", r < 0 && strstr(c.err, "unknown option 'colour'"), c.err);
	r = parse("app.elf oops", &c);
	check("bare word", r < 0 && strstr(c.err, "'oops' is not option=value"), c.err);
	r = parse("app.elf log=loud", &c);
	check("bad log level", r < 0 && strstr(c.err, "log=loud"), c.err);
	r = parse("app.elf watchdog=30", &c);
	check("watchdog", r == 0 && c.watchdog == 30, c.err);
	r = parse("app.elf", &c);
	check("no watchdog by default", r == 0 && c.watchdog == 0, c.err);
	r = parse("app.elf watchdog=0", &c);
	check("watchdog=0", r < 0 && strstr(c.err, "watchdog=0: expected whole seconds"), c.err);
	r = parse("app.elf watchdog=2s", &c);
	check("watchdog=2s", r < 0 && strstr(c.err, "watchdog=2s"), c.err);
	r = parse("app.elf watchdog=", &c);
	check("watchdog empty", r < 0, c.err);
	r = parse("app.elf watchdog=99999999999999999999", &c);
	check("watchdog too big", r < 0, c.err);
	r = parse("app.elf main=/app/bin/tool.js -- x", &c);
	check("main", r == 0 && c.main && !strcmp(c.main, "/app/bin/tool.js") && c.argc == 1, c.err);
	r = parse("app.elf", &c);
	check("no main by default", r == 0 && !c.main, c.err);
	r = parse("app.elf main=tool.js", &c);
	check("main not from /", r < 0 && strstr(c.err, "main=tool.js: expected a module path from /"), c.err);
	r = parse("app.elf -- \"unterminated", &c);
	check("unterminated quote", r < 0 && strstr(c.err, "unterminated quote"), c.err);
	/* QEMU's microvm words (PVH boot) are dropped wherever they are,
	 * unless quoted: then they are the user's */
	r = parse("app.elf virtio_mmio.device=512@0xfeb00e00:12 log=info -- a virtio_mmio.device=512@0xfeb00c00:11 "
		  "\"virtio_mmio.device=mine\" b virtio_mmio.device=512@0xfeb00a00:10", &c);
	check("qemu's virtio_mmio words dropped", r == 0 && !strcmp(c.log, "info") && c.argc == 3 &&
		 !strcmp(c.argv[0], "a") && !strcmp(c.argv[1], "virtio_mmio.device=mine") &&
		 !strcmp(c.argv[2], "b") && !c.argv[3], c.err);
	{
		static char more[] = "virtio_mmio.device=x";
		r = parse("app.elf", &c);
		r = r ? r : cmdline_append(more, &c);
		check("fw_cfg words are all the user's", r < 0 && strstr(c.err, "unknown option 'virtio_mmio.device'"), c.err);
	}

	r = parse("app.elf env.=x", &c);
	check("env without a name", r < 0, c.err);

	{
		char big[2000];
		int i, n = snprintf(big, sizeof big, "app.elf --");
		for (i = 0; i < 70; i++)
			n += snprintf(big + n, sizeof big - n, " a%d", i);
		r = parse(big, &c);
		check("too many args", r < 0 && strstr(c.err, "more than 64"), c.err);
	}

	printf("%d passed, %d failed\n", pass, fail);
	return fail != 0;
}
