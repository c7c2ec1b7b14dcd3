// Promise.all, allSettled, race, any against node: values in order,
// the first rejection, non-promise values, empty iterables, strings and
// iterables that are not arrays, a value that is not iterable, any's
// AggregateError (name, message, errors, instanceof Error, how it
// prints), and the order of their jobs with other promise jobs.
'use strict';
const log = (...a) => console.log(...a);
const later = (v, ms, fail) => new Promise((r, j) => setTimeout(() => (fail ? j(v) : r(v)), ms));
async function main() {
  log('all', await Promise.all([1, Promise.resolve(2), later(3, 5), { then(r) { r(4); } }]));
  log('all empty', await Promise.all([]));
  log('all string', await Promise.all('ab'));
  log('all iterable', await Promise.all(new Set([5, 6])));
  try { await Promise.all([later(1, 10), Promise.reject(new Error('first')), later(new Error('second'), 2, true)]); } catch (e) { log('all rejects', e.message); }
  try { await Promise.all(5); } catch (e) { log(e.constructor.name, e.message); }
  try { await Promise.all(); } catch (e) { log(e.constructor.name, e.message); }
  const settled = await Promise.allSettled([1, Promise.reject(new Error('no')), later('x', 3)]);
  log('allSettled', settled.map((r) => r.status + ':' + (r.value !== undefined ? r.value : r.reason.message)));
  log('allSettled object', (await Promise.allSettled([Promise.resolve(1)]))[0]);
  log('race', await Promise.race([later('slow', 20), later('fast', 1)]));
  try { await Promise.race([later('slow', 20), later(new Error('fast fail'), 1, true)]); } catch (e) { log('race rejects', e.message); }
  // (the first fulfilment a job, not a timer: two timers of 1 and 2 ms
  // made together may fire in either order, in node as here, when the
  // loop comes to them late)
  log('any', await Promise.any([Promise.reject(new Error('a')), later('b', 1), Promise.resolve().then(() => 'c')]));
  try {
    await Promise.any([Promise.reject(new Error('x')), later(new Error('y'), 1, true)]);
  } catch (e) {
    log(e.name, e.message, e instanceof AggregateError, e instanceof Error, e.errors.map((x) => x.message));
    log(Object.keys(e), Object.prototype.hasOwnProperty.call(e, 'errors'), Object.getOwnPropertyDescriptor(e, 'errors').enumerable);
  }
  try { await Promise.any([]); } catch (e) { log('any empty', e.message, e.errors); }
  const ae = new AggregateError([1, 2], 'msg');
  log(ae.name, ae.message, ae.errors, ae instanceof Error, typeof AggregateError, AggregateError.name);
  log(Object.prototype.toString.call(ae), String(ae));
  // the order of combinator jobs among others
  const order = [];
  Promise.all([1, 2]).then(() => order.push('all'));
  Promise.resolve().then(() => order.push('a')).then(() => order.push('b')).then(() => order.push('c'));
  Promise.race([1]).then(() => order.push('race'));
  Promise.allSettled([1]).then(() => order.push('allSettled'));
  Promise.any([1]).then(() => order.push('any'));
  await later(0, 5);
  log(order.join(' '));
}
main().then(() => log('done'));
