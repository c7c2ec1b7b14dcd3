/*
 * binding_random.c: Math.random, replacing mujs's (a 31-bit Lehmer
 * generator seeded from time(0), which is the same on every boot of a
 * machine without a wall clock) with xorshift128+ (the generator V8 uses
 * for Node's Math.random), seeded on its first call from the machine's
 * entropy sources (drivers/entropy.h).
 *
 * Without any source the seed comes from the TSC and the wall clock:
 * Math.random is not for secrets in Node either, and its values then
 * still differ between boots; the crypto module, which is for secrets,
 * refuses to work instead (binding_crypto.c).
 */
#include <stdint.h>

#include "arch/x86_64/arch.h"
#include "drivers/entropy.h"

#include "runtime_internal.h"


/* splitmix64: spreads a weak seed over all bits */
static uint64_t mix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static void seed(void)
{
	uint64_t *state = runtime_iso()->rnd;
	uint64_t x;

	if (entropy_read(state, sizeof runtime_iso()->rnd) < 0) {
		x = rdtsc() ^ clock_realtime_ns();
		state[0] = mix(&x);
		state[1] = mix(&x);
	}
	if (!state[0] && !state[1])
		state[1] = 1; /* the one state xorshift never leaves */
	runtime_iso()->rnd_seeded = 1;
}

static void math_random(js_State *J)
{
	uint64_t *state = runtime_iso()->rnd;
	uint64_t s1, s0;

	if (!runtime_iso()->rnd_seeded)
		seed();
	s1 = state[0];
	s0 = state[1];
	state[0] = s0;
	s1 ^= s1 << 23;
	s1 ^= s1 >> 17;
	s1 ^= s0;
	s1 ^= s0 >> 26;
	state[1] = s1;
	js_pushnumber(J, (double)((state[0] + state[1]) >> 11) * (1.0 / 9007199254740992.0));
}

void runtime_random_init(js_State *J)
{
	js_getglobal(J, "Math");
	js_newcfunction(J, math_random, "random", 0);
	js_defproperty(J, -2, "random", JS_DONTENUM);
	js_pop(J, 1);
}
