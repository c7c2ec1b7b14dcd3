/*
 * entropy: see entropy.h. The CPU's instructions come through arch.h, the
 * device through virtio_rng.h; nothing here is a source by itself.
 */
#include "entropy.h"
#include "virtio_rng.h"
#include "../arch/x86_64/arch.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int probed;
static unsigned have;
static char desc[96];

unsigned entropy_sources(void)
{
	unsigned cpu;

	if (probed)
		return have;
	probed = 1;
	cpu = arch_rng_features();
	if (cpu & ARCH_RNG_RDSEED)
		have |= ENTROPY_RDSEED;
	if (cpu & ARCH_RNG_RDRAND)
		have |= ENTROPY_RDRAND;
	if (virtio_rng_init() == 0)
		have |= ENTROPY_VIRTIO;
	return have;
}

static int read_cpu(int (*insn)(uint64_t *), uint8_t *p, size_t len)
{
	uint64_t v;
	size_t n;

	while (len) {
		if (insn(&v) < 0)
			return -EIO;
		n = len < sizeof v ? len : sizeof v;
		memcpy(p, &v, n);
		p += n;
		len -= n;
	}
	v = 0;
	return 0;
}

int entropy_read_source(unsigned source, void *buf, size_t len)
{
	if (!(entropy_sources() & source))
		return -ENODEV;
	switch (source) {
	case ENTROPY_RDSEED: return read_cpu(arch_rdseed64, buf, len);
	case ENTROPY_RDRAND: return read_cpu(arch_rdrand64, buf, len);
	case ENTROPY_VIRTIO: return virtio_rng_read(buf, len);
	}
	return -ENODEV;
}

int entropy_read(void *buf, size_t len)
{
	static const unsigned order[] = { ENTROPY_RDSEED, ENTROPY_VIRTIO, ENTROPY_RDRAND };
	unsigned i;

	for (i = 0; i < sizeof order / sizeof order[0]; i++)
		if (entropy_read_source(order[i], buf, len) == 0)
			return 0;
	return -ENODEV;
}

const char *entropy_describe(void)
{
	unsigned s = entropy_sources();

	if (desc[0])
		return desc;
	if (!s) {
		snprintf(desc, sizeof desc, "none");
		return desc;
	}
	snprintf(desc, sizeof desc, "%s%s%s%s%s",
		 s & ENTROPY_RDSEED ? "rdseed " : "",
		 s & ENTROPY_RDRAND ? "rdrand " : "",
		 s & ENTROPY_VIRTIO ? "virtio-rng(" : "",
		 s & ENTROPY_VIRTIO ? virtio_rng_name() : "",
		 s & ENTROPY_VIRTIO ? ")" : "");
	if (desc[strlen(desc) - 1] == ' ')
		desc[strlen(desc) - 1] = 0;
	return desc;
}
