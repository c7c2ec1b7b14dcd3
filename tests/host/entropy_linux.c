/*
 * entropy_linux.c: drivers/entropy.h on Linux for unijs-host, from
 * getrandom(2) (the kernel's CSPRNG), reported as the one source there is.
 * UNIJS_HOST_NO_ENTROPY=1 in the environment makes the host machine one
 * without any source, to test that path.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

#include "drivers/entropy.h"

unsigned entropy_sources(void)
{
	const char *no = getenv("UNIJS_HOST_NO_ENTROPY");
	return no && *no == '1' ? 0 : ENTROPY_VIRTIO;
}

int entropy_read_source(unsigned source, void *buf, size_t len)
{
	unsigned char *p = buf;

	if (!(entropy_sources() & source))
		return -ENODEV;
	while (len) {
		ssize_t n = getrandom(p, len, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -EIO;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int entropy_read(void *buf, size_t len)
{
	return entropy_read_source(ENTROPY_VIRTIO, buf, len);
}

const char *entropy_describe(void)
{
	return entropy_sources() ? "getrandom" : "none";
}
