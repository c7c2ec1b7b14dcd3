// The order of promise jobs against node: process.nextTick callbacks
// before promise jobs, queueMicrotask and promise jobs in one FIFO,
// nested thens, ticks and microtasks queued from jobs, thenables adopted
// a job later (resolving with a promise costs two jobs), await in async
// functions (lowered by Babel: one job per await of a promise or a
// value, as V8's), an async function returning a promise, and timers
// and setImmediate after all of them (not against each other: Node's
// order of a 0 ms timer and an immediate from the main module varies).
'use strict';
const out = [];
const log = (s) => out.push(s);

setImmediate(() => log('immediate'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => {
  log('then 1');
  process.nextTick(() => log('tick from then 1'));
  queueMicrotask(() => log('micro from then 1'));
  Promise.resolve().then(() => log('then from then 1'));
}).then(() => log('then 1.1')).then(() => log('then 1.2'));
queueMicrotask(() => log('micro 1'));
Promise.resolve().then(() => log('then 2')).then(() => log('then 2.1'));
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('then from tick 2'));
  process.nextTick(() => log('tick from tick 2'));
});
// resolving with a promise / a thenable
new Promise((r) => r(Promise.resolve('p'))).then((v) => log('resolved with promise ' + v));
new Promise((r) => r({ then(f) { log('thenable then called'); f('t'); } })).then((v) => log('resolved with thenable ' + v));
Promise.resolve().then(() => Promise.resolve('r')).then((v) => log('then returned promise ' + v));
// async/await
async function inner(x) { log('inner start ' + x); await null; log('inner after await ' + x); return x; }
async function outer() {
  log('outer start');
  const a = await inner(1);
  log('outer got ' + a);
  const b = await Promise.resolve(2);
  log('outer got ' + b);
  await new Promise((r) => setImmediate(() => setTimeout(r, 1))); // (after 'immediate' however slow the run)
  log('outer after timer');
  return Promise.resolve('ret');
}
// (printed once outer is done: no deadline race with a slow run)
outer().then((v) => { log('outer resolved ' + v); setTimeout(() => console.log(out.join('\n')), 5); });
async function ret() { return 'plain'; }
ret().then((v) => log('ret resolved ' + v));
(async () => { try { await Promise.reject(new Error('e')); } catch (e) { log('caught ' + e.message); } })();
Promise.all([1, Promise.resolve(2)]).then((v) => log('all ' + v));
Promise.race([Promise.resolve('race')]).then((v) => log('race ' + v));
log('sync end');
