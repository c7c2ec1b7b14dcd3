// async_hooks: AsyncLocalStorage.run/getStore/exit/enterWith carried
// through setTimeout, setImmediate, nextTick, queueMicrotask, promises and
// await, nested runs, AsyncResource.bind/runInAsyncScope, snapshot.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
// (timers and immediates race in Node too: lines are printed sorted)
const lines = [];
const log = (...a) => lines.push(a.join(' '));
process.on('exit', () => console.log(lines.sort().join('\n')));

log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync', als.getStore().id);
  setTimeout(() => log('timeout', als.getStore().id), 2);
  setImmediate(() => log('immediate', als.getStore().id));
  process.nextTick(() => log('tick', als.getStore().id));
  queueMicrotask(() => log('microtask', als.getStore().id));
  Promise.resolve().then(() => log('then', als.getStore().id));
  (async () => {
    await null;
    log('await 1', als.getStore().id);
    await new Promise((r) => setTimeout(r, 1));
    log('await 2', als.getStore().id);
  })();
  als.run({ id: 2 }, () => {
    other.run('o', () => {
      setTimeout(() => log('nested', als.getStore().id, other.getStore()), 3);
    });
  });
  als.exit(() => {
    log('exit', als.getStore());
    setTimeout(() => log('exit later', als.getStore()), 1);
  });
  log('back', als.getStore().id);
});
log('after run', als.getStore());

let res, snap;
als.run('resource', () => {
  res = new AsyncResource('X');
  snap = AsyncLocalStorage.snapshot();
});
als.run('elsewhere', () => {
  log('runInAsyncScope', res.runInAsyncScope(() => als.getStore()));
  const f = res.bind(function (a) { return als.getStore() + a; });
  log('bound', f('!'));
  log('snapshot', snap(() => als.getStore()));
});
setTimeout(() => {
  als.enterWith({ id: 'entered' });
  log('enterWith', als.getStore().id);
  setTimeout(() => log('enterWith later', als.getStore().id), 1);
}, 10);
