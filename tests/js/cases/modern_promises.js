// Promise (core-js) and async/await: combinators, chaining, errors, and
// the order of promise jobs relative to process.nextTick (Node: the whole
// nextTick queue first, then the promise jobs).
'use strict';
const log = (...a) => console.log(...a);
Promise.resolve(1).then((v) => log('then', v));
process.nextTick(() => log('tick 1'));
Promise.reject(new Error('nope')).catch((e) => log('catch', e.message)).finally(() => log('finally'));
process.nextTick(() => { log('tick 2'); Promise.resolve().then(() => log('job from tick')); process.nextTick(() => log('tick from tick')); });
log('sync');
const p = new Promise((resolve, reject) => { resolve('first'); resolve('second'); reject(new Error('late')); });
p.then((v) => log('settled once', v));
Promise.all([1, Promise.resolve(2), new Promise((r) => r(3))]).then((v) => log('all', v));
Promise.all([Promise.resolve(1), Promise.reject(new Error('all fails'))]).catch((e) => log('all rejected', e.message));
Promise.allSettled([Promise.resolve('ok'), Promise.reject(new Error('bad'))]).then((rs) =>
  log('allSettled', rs.map((r) => r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason.message))));
Promise.race([new Promise(() => {}), Promise.resolve('fast')]).then((v) => log('race', v));
Promise.any([Promise.reject(new Error('a')), Promise.resolve('any ok')]).then((v) => log('any', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) =>
  log('any rejected', e.constructor.name, e.errors.map((x) => x.message)));
// thenables are adopted; chains pass values and errors along
Promise.resolve({ then(r) { r('thenable'); } }).then((v) => log('adopted', v));
Promise.resolve(1).then((v) => v + 1).then((v) => { throw new Error('at ' + v); }).then(() => log('skipped'))
  .catch((e) => { log('chain caught', e.message); return 'recovered'; }).then((v) => log(v));
// async/await
async function add(a, b) { await null; return a + b; }
async function main() {
  const x = await add(1, 2);
  log('await', x);
  try { await Promise.reject(new Error('awaited rejection')); } catch (e) { log('try/await', e.message); }
  const results = await Promise.all([add(1, 1), add(2, 2)]);
  log('parallel', results);
  for (const n of [1, 2]) log('loop', await add(n, 10));
  return 'main done';
}
main().then(log);
const arrow = async () => 'arrow';
arrow().then(log);
class Svc { async get() { return this.v; } constructor() { this.v = 'method'; } }
new Svc().get().then(log);
log('end of script');
