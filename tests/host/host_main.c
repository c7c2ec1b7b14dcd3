/*
 * host_main.c: unijs-host [--boot-time] app.js [args...]
 *              unijs-host [--boot-time] --bundle DIR [--main NAME] [args...]
 *
 * Runs app.js through the same runtime as the kernel, on Linux. The app's
 * directory is packed as /app: app.js becomes /app/<its name> (the main
 * module) and every other .js and .json file below that directory (three
 * levels deep, skipping node_modules and dot-directories) becomes
 * /app/<relative path>, so relative require() works. The environment is
 * passed whole. --boot-time prints the time of each boot phase from runtime_run's
 * entry to the main module's first statement.
 *
 * --bundle DIR runs what scripts/bundle.js wrote into DIR (as mkimage.sh
 * packs it: DIR/files lists "module<TAB>path", the main module first,
 * lowered modern syntax and core-js built-ins included; DIR/resolve.json
 * is the resolution map; DIR/fsfiles, from scripts/packfiles.js, the
 * files fs sees under /app). tests/host/host-runner.sh does these steps.
 * DIR/code, when there is one, lists "module<TAB>path" of modules'
 * precompiled forms (build/host/jsbc app, as mkimage.sh makes them):
 * those modules are loaded from them (bench/boot-compile.sh). The core
 * modules are always precompiled (tests/host/host.mk). --main NAME runs
 * module NAME (/app/x.js) as the main module, as main= on an image's
 * command line does (a bundle of several entries: mkimage.sh --entry).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "host.h"
#include "runtime.h"

extern char **environ;

static char *host_read(const char *path, unsigned long *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	buf[n] = 0;
	fclose(f);
	*len = (unsigned long)n;
	return buf;
}

static int host_add(const char *path, const char *name)
{
	unsigned long len;
	char *data = host_read(path, &len);

	if (!data) {
		perror(path);
		return -1;
	}
	if (host_bundle_add(strdup(name), data, len) < 0) {
		fprintf(stderr, "unijs-host: too many files\n");
		return -1;
	}
	return 0;
}

static int host_wanted(const char *name)
{
	size_t n = strlen(name);

	return (n > 3 && !strcmp(name + n - 3, ".js")) || (n > 5 && !strcmp(name + n - 5, ".json"));
}

static void host_scan(const char *dir, const char *prefix, const char *skip, int depth)
{
	struct dirent **list;
	int n, i;

	if (depth > 3 || (n = scandir(dir, &list, NULL, alphasort)) < 0)
		return;
	for (i = 0; i < n; i++) {
		const char *e = list[i]->d_name;
		char path[4096], name[4096];
		struct stat st;

		snprintf(path, sizeof path, "%s/%s", dir, e);
		snprintf(name, sizeof name, "%s/%s", prefix, e);
		if (e[0] != '.' && strcmp(e, "node_modules") && !stat(path, &st)) {
			if (S_ISDIR(st.st_mode))
				host_scan(path, name, skip, depth + 1);
			else if (S_ISREG(st.st_mode) && host_wanted(e) && strcmp(name, skip))
				host_add(path, name);
		}
		free(list[i]);
	}
	free(list);
}

/* DIR/fsfiles (scripts/packfiles.js: "name\tpath" lines, no path for a
 * directory) into bundle_fs; a bundle without one packs no files. */
static int host_load_fs(const char *dir)
{
	char path[4096], line[8192];
	FILE *f;
	int r = 0;

	snprintf(path, sizeof path, "%s/fsfiles", dir);
	if (!(f = fopen(path, "r")))
		return 0;
	while (r == 0 && fgets(line, sizeof line, f)) {
		char *tab = strchr(line, '\t'), *nl = strchr(line, '\n');
		char *data = NULL;
		unsigned long len = 0;

		if (nl)
			*nl = 0;
		if (!tab)
			continue;
		*tab = 0;
		if (tab[1] && !(data = host_read(tab + 1, &len))) {
			perror(tab + 1);
			r = -1;
		} else if (host_bundle_fs_add(strdup(line), data, len) < 0) {
			fprintf(stderr, "unijs-host: too many packed files\n");
			r = -1;
		}
	}
	fclose(f);
	return r;
}

/* DIR/files ("module\tpath" lines) and DIR/resolve.json, as :resolve. */
static int host_load_bundle(const char *dir)
{
	char path[4096], line[8192];
	FILE *f;
	int r = 0;

	snprintf(path, sizeof path, "%s/files", dir);
	if (!(f = fopen(path, "r"))) {
		perror(path);
		return -1;
	}
	while (r == 0 && fgets(line, sizeof line, f)) {
		char *tab = strchr(line, '\t'), *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (!tab)
			continue;
		*tab = 0;
		r = host_add(tab + 1, line);
	}
	fclose(f);
	snprintf(path, sizeof path, "%s/code", dir);
	if (r == 0 && (f = fopen(path, "r"))) {
		while (r == 0 && fgets(line, sizeof line, f)) {
			char *tab = strchr(line, '\t'), *nl = strchr(line, '\n'), *data;
			unsigned long len;
			if (nl)
				*nl = 0;
			if (!tab)
				continue;
			*tab = 0;
			if (!(data = host_read(tab + 1, &len))) {
				perror(tab + 1);
				r = -1;
			} else if (host_bundle_code(line, data, len) < 0) {
				fprintf(stderr, "unijs-host: %s: precompiled, but no such module\n", line);
				r = -1;
			}
		}
		fclose(f);
	}
	if (r == 0)
		r = host_load_fs(dir);
	snprintf(path, sizeof path, "%s/resolve.json", dir);
	return r < 0 ? r : host_add(path, ":resolve");
}

int main(int argc, char **argv)
{
	struct runtime_config cfg = { 0 };
	char dir[4096], mainname[4096];
	const char *path, *base;
	int envc = 0, i = 1;

	if (i < argc && !strcmp(argv[i], "--boot-time")) {
		host_trace = 1;
		i++;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: unijs-host [--boot-time] app.js|--bundle DIR [--main NAME] [args...]\n");
		return 2;
	}
	if (!strcmp(argv[i], "--bundle")) {
		if (i + 1 >= argc || host_load_bundle(argv[i + 1]) < 0)
			return 1;
		i += 2;
		if (i + 1 < argc && !strcmp(argv[i], "--main")) {
			cfg.main = argv[i + 1];
			i += 2;
		}
		goto run;
	}
	path = argv[i++];
	base = strrchr(path, '/');
	if (base) {
		snprintf(dir, sizeof dir, "%.*s", (int)(base - path), path);
		base++;
	} else {
		strcpy(dir, ".");
		base = path;
	}
	if (!dir[0])
		strcpy(dir, "/");
	snprintf(mainname, sizeof mainname, "/app/%s", base);
	if (host_add(path, mainname) < 0)
		return 1;
	host_scan(dir, "/app", mainname, 1);
run:

	while (environ[envc])
		envc++;
	cfg.argc = argc - i;
	cfg.argv = argv + i;
	cfg.envc = envc;
	cfg.env = environ;
	if (getenv("UNIJS_GC_TORTURE")) /* js/runtime.h: tests of the collector */
		cfg.gc_torture = (unsigned)atoi(getenv("UNIJS_GC_TORTURE"));
	host_profile_start();
	return (host_trace_start(), runtime_run(&cfg));
}
