// async_hooks' wrappers of the schedulers (process.nextTick through a
// record per tick, the others through a bound callback): each callback
// runs in the AsyncLocalStorage context it was scheduled in, gets exactly
// the arguments given after it (none, some, more than three, undefined
// ones), `this` undefined, and a non-function is refused as without the
// wrapper; a callback scheduled outside any context has none.
const { AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const out = [];
function store() { const s = als.getStore(); return s ? s.id : null; }
als.run({ id: 1 }, function () {
  process.nextTick(function () { out.push(['t0', store(), arguments.length, this === undefined || this === globalThis]); });
  process.nextTick(function (a) { out.push(['t1', store(), a, arguments.length]); }, 'x');
  process.nextTick(function (a, b, c, d, e) { out.push(['t5', store(), a, e, arguments.length]); }, 1, 2, 3, 4, 5);
  process.nextTick(function (a, b, c) { out.push(['t3', store(), a, b, c, arguments.length]); }, 1, undefined, 3);
  process.nextTick(function (a, b, c, d) { out.push(['t4', store(), a, d, arguments.length]); }, 'a', 'b', 'c', 'd');
  als.run({ id: 2 }, function () {
    process.nextTick(function (a, b) { out.push(['inner', store(), a, b, arguments.length]); }, 'p', 'q');
  });
  setTimeout(function (a, b) { out.push(['timer', store(), a, b, arguments.length]); }, 1, 'p', 'q');
  setTimeout(function () { out.push(['timer0', store(), arguments.length]); }, 2);
});
process.nextTick(function () { out.push(['outside', store()]); });
try { process.nextTick(42); } catch (e) { out.push(['refused', e.code]); }
const ids = [];
process.nextTick(function () { ids.push(executionAsyncId() > 1, triggerAsyncId() >= 0); });
setTimeout(function () { console.log(JSON.stringify(out)); console.log(JSON.stringify(ids)); }, 30);
