/*
 * RDRAND and RDSEED (Intel SDM vol. 1 §7.3.17, vol. 2 "RDRAND", "RDSEED";
 * Intel's "Digital Random Number Generator Software Implementation Guide"
 * §5.2: retry RDRAND up to 10 times; RDSEED may run dry for longer, so it
 * is retried with a pause in between). Availability comes from cpuid
 * (leaf 1 ECX bit 30, leaf 7 EBX bit 18), never from trying the
 * instruction: on a CPU without it, it is #UD.
 */
#include "arch.h"
#include <errno.h>

#define RDRAND_TRIES 10
#define RDSEED_TRIES 1000

static int rng_probed;
static unsigned rng_bits;

unsigned arch_rng_features(void)
{
	uint32_t r[4];

	if (rng_probed)
		return rng_bits;
	cpuid(1, 0, r);
	if (r[2] & (1u << 30))
		rng_bits |= ARCH_RNG_RDRAND;
	cpuid(0, 0, r);
	if (r[0] >= 7) {
		cpuid(7, 0, r);
		if (r[1] & (1u << 18))
			rng_bits |= ARCH_RNG_RDSEED;
	}
	rng_probed = 1;
	return rng_bits;
}

int arch_rdrand64(uint64_t *v)
{
	int i;

	if (!(arch_rng_features() & ARCH_RNG_RDRAND))
		return -EIO;
	for (i = 0; i < RDRAND_TRIES; i++) {
		uint8_t ok;
		__asm__ volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok) :: "cc");
		if (ok)
			return 0;
	}
	return -EIO;
}

int arch_rdseed64(uint64_t *v)
{
	int i;

	if (!(arch_rng_features() & ARCH_RNG_RDSEED))
		return -EIO;
	for (i = 0; i < RDSEED_TRIES; i++) {
		uint8_t ok;
		__asm__ volatile("rdseed %0; setc %1" : "=r"(*v), "=qm"(ok) :: "cc");
		if (ok)
			return 0;
		cpu_relax();
	}
	return -EIO;
}
