/*
 * jscheck: the build-time syntax check. Compiles each file exactly as the
 * image will (mujs, same version, inside the same CommonJS wrapper), so an
 * error is reported at build time as "file:line: SyntaxError: message"
 * and never turned into an image that fails at boot. .json files are
 * parsed as JSON. Exit status 1 on the first bad file.
 *
 *   jscheck FILE...
 */
#include <mujs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Must match the wrapper in js/ so that line numbers agree. */
#define WRAP_HEAD "(function (exports, require, module, __filename, __dirname) {"
#define WRAP_TAIL "\n})"

static char *slurp(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	if (!f)
		return 0;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(*len + sizeof WRAP_HEAD + sizeof WRAP_TAIL + 1);
	if (!buf || fread(buf + strlen(WRAP_HEAD), 1, *len, f) != (size_t)*len) {
		fclose(f);
		free(buf);
		return 0;
	}
	fclose(f);
	return buf;
}

static int check(js_State *J, const char *path)
{
	long len;
	size_t head = strlen(WRAP_HEAD);
	char *buf = slurp(path, &len);
	size_t n = strlen(path);
	int json = n > 5 && !strcmp(path + n - 5, ".json");

	if (!buf) {
		fprintf(stderr, "%s: cannot read file\n", path);
		return 1;
	}
	if (json) {
		buf[head + len] = 0;
		js_getglobal(J, "JSON");
		js_getproperty(J, -1, "parse");
		js_rot2(J);
		js_pushstring(J, buf + head);
		if (js_pcall(J, 1)) {
			fprintf(stderr, "%s: invalid JSON: %s\n", path, js_trystring(J, -1, "error"));
			free(buf);
			return 1;
		}
		js_pop(J, 1);
		free(buf);
		return 0;
	}
	memcpy(buf, WRAP_HEAD, head);
	/* Node ignores a first line starting with #!; so do we (js/ does too). */
	if (len >= 2 && buf[head] == '#' && buf[head + 1] == '!')
		buf[head] = buf[head + 1] = '/';
	memcpy(buf + head + len, WRAP_TAIL, sizeof WRAP_TAIL);
	if (js_ploadstring(J, path, buf)) {
		/* mujs's message is "file:line: what"; print it as
		 * "file:line: SyntaxError: what", the compiler convention. */
		const char *msg = "SyntaxError", *sep;
		if (js_isobject(J, -1) && js_hasproperty(J, -1, "message"))
			msg = js_trystring(J, -1, "SyntaxError");
		sep = strstr(msg, ": ");
		if (sep && !strncmp(msg, path, strlen(path)))
			fprintf(stderr, "%.*s: SyntaxError: %s\n", (int)(sep - msg), msg, sep + 2);
		else
			fprintf(stderr, "%s: SyntaxError: %s\n", path, msg);
		free(buf);
		return 1;
	}
	js_pop(J, 1);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	js_State *J = js_newstate(NULL, NULL, JS_ES5); /* ES2015 syntax in a file: Babel lowers it */
	int i;
	if (!J)
		return 3;
	for (i = 1; i < argc; i++)
		if (check(J, argv[i]))
			return 1;
	js_freestate(J);
	return 0;
}
