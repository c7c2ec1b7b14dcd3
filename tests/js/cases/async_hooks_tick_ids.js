// process.nextTick once async_hooks has loaded (the tick queue carries the
// context and async ids, js/binding_loop.c): 'uncaughtException' listeners
// see the context of the tick that threw, the ticks after it their own;
// each tick has its own executionAsyncId and its triggerAsyncId is the id
// of the code that queued it (the top level, a tick or a timer); ticks
// run in the order queued with their arguments (more than three too);
// run() and enterWith() inside a tick do not leak into the next one.
const { AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const store = () => { const s = als.getStore(); return s === undefined ? '-' : s; };
let thrown = 0;
process.on('uncaughtException', (e) => { out.push('caught ' + e.message + ' ' + store()); thrown++; });

const top = executionAsyncId();
const seen = new Set([top]);
function fresh() { const id = executionAsyncId(); const ok = !seen.has(id); seen.add(id); return ok; }

als.run('a', () => {
  const outer = executionAsyncId();
  process.nextTick(() => {
    out.push('t1 ' + store() + ' fresh ' + fresh() + ' trigger ' + (triggerAsyncId() === outer));
    const mine = executionAsyncId();
    process.nextTick(() => out.push('t1.1 ' + store() + ' fresh ' + fresh() + ' trigger ' + (triggerAsyncId() === mine)));
    als.run('inner', () => out.push('t1 run ' + store()));
    als.enterWith('entered');
    out.push('t1 entered ' + store());
  });
  process.nextTick(() => { out.push('t2 ' + store()); throw new Error('boom'); });
  als.run('b', () => process.nextTick((x, y, z, w) => out.push('t3 ' + store() + ' ' + [x, y, z, w].join(',')), 1, 2, 3, 4));
});
process.nextTick(() => out.push('t4 ' + store() + ' trigger ' + (triggerAsyncId() === top)));
out.push('sync ' + store() + ' ' + (executionAsyncId() === top));

setTimeout(() => {
  const tid = executionAsyncId();
  als.run('timer', () => process.nextTick(() => out.push('from timer ' + store() + ' ' + (triggerAsyncId() !== tid ? 'other' : 'timer'))));
  process.nextTick(() => { throw new Error('again'); });
  process.nextTick(() => out.push('after throw ' + store() + ' ' + (executionAsyncId() !== tid)));
}, 1);

setTimeout(() => {
  out.push('thrown ' + thrown);
  console.log(out.join('\n'));
}, 20);
