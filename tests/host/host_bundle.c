/*
 * host_bundle.c: bundle_app for the host build, filled at start-up from
 * files on disk. It is const to js/ (runtime.h) but written here before
 * runtime_run, so this file does not include runtime.h.
 */
#include <stddef.h>

#include "host.h"

struct host_bundle_file {
	const char *name;
	const char *data;
	unsigned long len;
};

struct host_bundle_file bundle_app[HOST_MAX_FILES + 1];

int host_bundle_add(const char *name, const char *data, unsigned long len)
{
	int i;

	for (i = 0; i < HOST_MAX_FILES; i++) {
		if (!bundle_app[i].name) {
			bundle_app[i].name = name;
			bundle_app[i].data = data;
			bundle_app[i].len = len;
			return 0;
		}
	}
	return -1;
}
