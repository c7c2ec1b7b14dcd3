// Rejections nobody handled, with process listeners, against node:
// 'unhandledRejection' (reason, promise) once the microtask queue has
// drained (after the ticks and jobs of that turn, before timers and
// immediates), none for a rejection handled by a job of the same turn,
// a derived promise's rejection reported as its own, an async function's
// throw, a rejection made in a timer reported after that timer's jobs,
// and 'rejectionHandled' for a reported one handled later.
'use strict';
const log = (...a) => console.log(...a);
process.on('unhandledRejection', (reason, p) => {
  log('unhandledRejection', reason instanceof Error ? reason.message : reason, p instanceof Promise, p === late);
});
process.on('rejectionHandled', (p) => log('rejectionHandled', p === late));
const soon = Promise.reject(new Error('soon'));
Promise.resolve().then(() => Promise.resolve()).then(() => soon.catch(() => log('soon caught')));
const late = Promise.reject(new Error('late'));
setTimeout(() => {
  late.catch(() => log('late caught'));
  log('late handler added');
}, 2);
Promise.reject(new Error('source')).then(() => {});
(async () => { await null; throw new Error('async'); })();
Promise.reject(42);
setTimeout(() => {
  Promise.reject(new Error('in a timer'));
  Promise.resolve().then(() => log('job in the timer'));
  process.nextTick(() => log('tick in the timer'));
}, 5);
Promise.resolve().then(() => log('job'));
process.nextTick(() => log('tick'));
log('sync end');
