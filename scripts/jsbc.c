/*
 * jsbc: the build-time compiler of modules (mkimage.sh). Compiles each
 * module exactly as js/binding_module.c would at require() (the same mujs,
 * built from the same patched tree; the same wrapper, file name and state
 * flags) and writes the compiled script with js_dumpscript
 * (patches/mujs/0150): the image loads it with js_loadbytecode instead of
 * parsing the source at boot (docs/internals.md, "Precompiled modules").
 *
 *   jsbc lib|app <LIST
 *
 * LIST: one "NAME<TAB>SOURCE<TAB>OUT" per line. lib: NAME is a core module
 * id ("util"), compiled as "unijs:NAME.js" in the core modules' wrapper;
 * app: NAME is the module's id ("/app/x.js"), compiled under that name in
 * the modules' wrapper. Writes OUT. A module that does not compile is
 * named on stderr as "NAME: SyntaxError: ..." and gets no OUT (it stays
 * source: require() throws its SyntaxError at run time, as in Node); the
 * others are still written. Prints on stdout, per module written,
 * "NAME<TAB>SOURCE BYTES<TAB>OUT BYTES". Exit status 0, or 3 on a read,
 * write or memory failure.
 */
#include <mujs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* js/runtime_internal.h's RUNTIME_MODULE_HEAD, RUNTIME_LIB_HEAD and
 * RUNTIME_LIB_PREFIX, and runtime_compile's tail: the same bytes make the
 * same lines and the same functions */
#include "js/runtime_wrap.h"

static char *slurp(const char *path, const char *head, long *len)
{
	FILE *f = fopen(path, "rb");
	size_t hlen = strlen(head);
	char *buf;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(hlen + *len + sizeof RUNTIME_WRAP_TAIL);
	if (!buf || fread(buf + hlen, 1, *len, f) != (size_t)*len) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	memcpy(buf, head, hlen);
	memcpy(buf + hlen + *len, RUNTIME_WRAP_TAIL, sizeof RUNTIME_WRAP_TAIL);
	/* runtime_compile blanks a "#!" first line */
	if (*len >= 2 && buf[hlen] == '#' && buf[hlen + 1] == '!')
		buf[hlen] = buf[hlen + 1] = '/';
	return buf;
}

static void put(void *ctx, const void *data, size_t n)
{
	FILE *f = ctx;
	if (fwrite(data, 1, n, f) != n)
		fprintf(stderr, "jsbc: write failed\n");
}

int main(int argc, char **argv)
{
	char line[8192];
	int lib;

	if (argc != 2 || (strcmp(argv[1], "lib") && strcmp(argv[1], "app"))) {
		fprintf(stderr, "usage: jsbc lib|app <LIST (NAME<TAB>SOURCE<TAB>OUT per line)\n");
		return 2;
	}
	lib = !strcmp(argv[1], "lib");
	while (fgets(line, sizeof line, stdin)) {
		char *name = line, *src, *out, *buf, fname[1024];
		long len, size;
		js_State *J;
		FILE *f;

		line[strcspn(line, "\n")] = 0;
		if (!*line)
			continue;
		src = strchr(name, '\t');
		out = src ? strchr(src + 1, '\t') : NULL;
		if (!out) {
			fprintf(stderr, "jsbc: bad line '%s'\n", line);
			return 2;
		}
		*src++ = 0;
		*out++ = 0;
		buf = slurp(src, lib ? RUNTIME_LIB_HEAD : RUNTIME_MODULE_HEAD, &len);
		if (!buf) {
			fprintf(stderr, "jsbc: %s: cannot read\n", src);
			return 3;
		}
		if (lib)
			snprintf(fname, sizeof fname, RUNTIME_LIB_PREFIX "%s.js", name);
		else
			snprintf(fname, sizeof fname, "%s", name);
		/* a state per module: nothing of one module's compilation
		 * (interned strings, the collector's lists) is in another's */
		J = js_newstate(NULL, NULL, 0); /* js/runtime.c's flags */
		if (!J) {
			fprintf(stderr, "jsbc: out of memory\n");
			return 3;
		}
		if (js_ploadstring(J, fname, buf)) {
			fprintf(stderr, "%s: SyntaxError: %s\n", name, js_trystring(J, -1, "?"));
			js_freestate(J);
			free(buf);
			continue;
		}
		f = fopen(out, "wb");
		if (!f) {
			fprintf(stderr, "jsbc: %s: cannot write\n", out);
			return 3;
		}
		if (js_dumpscript(J, -1, put, f)) {
			fprintf(stderr, "jsbc: %s: cannot serialise\n", name);
			return 3;
		}
		size = ftell(f);
		if (ferror(f) | fclose(f)) {
			fprintf(stderr, "jsbc: %s: cannot write\n", out);
			return 3;
		}
		printf("%s\t%ld\t%ld\n", name, len, size);
		js_freestate(J);
		free(buf);
	}
	return 0;
}
