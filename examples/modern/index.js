// An ES2022 service, lowered to ES5 when the image is built
// (scripts/lower.js): classes with private fields and statics, async/await
// over timers, a Map cache with expiry, destructuring, optional chaining,
// generators. It simulates a slow backend, serves a few lookups through
// the cache, prints what happened and exits.
'use strict';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class TtlCache {
  #entries = new Map();
  #hits = 0;
  #misses = 0;
  static DEFAULT_TTL = 50;

  constructor({ ttl = TtlCache.DEFAULT_TTL, now = Date.now } = {}) {
    this.ttl = ttl;
    this.now = now;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (entry && entry.expires > this.now()) {
      this.#hits++;
      return entry.value;
    }
    this.#entries.delete(key);
    this.#misses++;
    return undefined;
  }

  set(key, value) {
    this.#entries.set(key, { value, expires: this.now() + this.ttl });
    return this;
  }

  get stats() {
    return { hits: this.#hits, misses: this.#misses, size: this.#entries.size };
  }

  *keys() {
    yield* this.#entries.keys();
  }
}

class Backend {
  static #calls = 0;
  static get calls() { return Backend.#calls; }

  async fetchUser(id) {
    Backend.#calls++;
    await sleep(5);
    if (id < 0) throw new RangeError(`no user ${id}`);
    return { id, name: `user-${id}`, roles: id % 2 ? ['admin'] : [] };
  }
}

class UserService {
  constructor(backend, cache) {
    Object.assign(this, { backend, cache });
  }

  async user(id) {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const user = await this.backend.fetchUser(id);
    this.cache.set(id, user);
    return user;
  }
}

async function main() {
  const service = new UserService(new Backend(), new TtlCache({ ttl: 1000 }));
  const started = Date.now();
  const users = await Promise.all([1, 2, 3].map((id) => service.user(id)));
  for (const { id, name, roles: [role = 'user'] = [] } of users) console.log(`#${id} ${name} (${role})`);
  const again = await service.user(2);
  console.log('cached:', again?.name ?? 'none', 'backend calls:', Backend.calls);
  try {
    await service.user(-1);
  } catch (err) {
    console.log('error:', err.name, err.message);
  }
  const { hits, misses, size } = service.cache.stats;
  console.log(`cache hits=${hits} misses=${misses} size=${size} keys=${[...service.cache.keys()].join(',')}`);
  console.log('took at least 5 ms:', Date.now() - started >= 5);
}

main().then(() => console.log('done'));
