/*
 * host_bundle.c: bundle_app for the host build, filled at start-up from
 * files on disk. It is const to js/ (runtime.h) but written here before
 * runtime_run, so this file does not include runtime.h.
 */
#include <stddef.h>
#include <string.h>

#include "host.h"

struct host_bundle_file {
	const char *name;
	const char *data;
	unsigned long len;
};

struct host_bundle_file bundle_app[HOST_MAX_FILES + 1];
/* parallel to bundle_app, entry for entry: len 0, none (compiled from
 * its source) unless host_bundle_code gave one */
struct host_bundle_file bundle_app_code[HOST_MAX_FILES + 1];

int host_bundle_add(const char *name, const char *data, unsigned long len)
{
	int i;

	for (i = 0; i < HOST_MAX_FILES; i++) {
		if (!bundle_app[i].name) {
			bundle_app[i].name = name;
			bundle_app[i].data = data;
			bundle_app[i].len = len;
			bundle_app_code[i].name = name;
			bundle_app_code[i].data = "";
			bundle_app_code[i].len = 0;
			return 0;
		}
	}
	return -1;
}

int host_bundle_code(const char *name, const char *data, unsigned long len)
{
	int i;

	for (i = 0; i < HOST_MAX_FILES && bundle_app[i].name; i++) {
		if (!strcmp(bundle_app[i].name, name)) {
			bundle_app_code[i].data = data;
			bundle_app_code[i].len = len;
			return 0;
		}
	}
	return -1;
}

/* bundle_fs (js/binding_fs.c): the packed files, from DIR/fsfiles. */
struct host_bundle_file bundle_fs[HOST_MAX_FS_FILES + 1];
const long long bundle_fs_mtime = 0;

int host_bundle_fs_add(const char *name, const char *data, unsigned long len)
{
	int i;

	for (i = 0; i < HOST_MAX_FS_FILES; i++) {
		if (!bundle_fs[i].name) {
			bundle_fs[i].name = name;
			bundle_fs[i].data = data;
			bundle_fs[i].len = len;
			return 0;
		}
	}
	return -1;
}
