// setImmediate once async_hooks has loaded (each immediate carries the
// context, a fresh async id and its trigger, timers.js; no wrapper
// function): the callback runs in the context it was queued in, with its
// own executionAsyncId and the queuing code's as triggerAsyncId, with its
// arguments and the immediate as this; the context is put back after a
// callback that throws ('uncaughtException' sees the thrower's); a
// function bound with AsyncLocalStorage.bind keeps its own context;
// clearImmediate, ref/unref as before; setImmediate is still the same
// function in timers and the global.
const { AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const timers = require('timers');
const als = new AsyncLocalStorage();
const out = [];
const store = () => { const s = als.getStore(); return s === undefined ? '-' : s; };
process.on('uncaughtException', (e) => out.push('caught ' + e.message + ' ' + store()));
// (after the phase with the callback that threw, the loop's context again)
process.on('exit', () => console.log('exit', store()));
console.log('same function', setImmediate === timers.setImmediate, typeof setImmediate);

const top = executionAsyncId();
const seen = new Set([top]);
function fresh() { const id = executionAsyncId(); const ok = !seen.has(id); seen.add(id); return ok; }

als.run('a', () => {
  const outer = executionAsyncId();
  const imm = setImmediate(function (x, y, z, w) {
    out.push('i1 ' + store() + ' ' + [x, y, z, w].join(',') + ' this ' + (this === imm) + ' fresh ' + fresh() +
      ' trigger ' + (triggerAsyncId() === outer));
    const mine = executionAsyncId();
    setImmediate(() => out.push('i1.1 ' + store() + ' fresh ' + fresh() + ' trigger ' + (triggerAsyncId() === mine)));
    als.enterWith('entered');
    out.push('i1 entered ' + store());
  }, 1, 2, 3, 4);
  setImmediate(() => { out.push('i2 ' + store() + ' fresh ' + fresh()); throw new Error('boom'); });
  als.run('b', () => setImmediate((x) => out.push('i3 ' + store() + ' ' + x + ' fresh ' + fresh()), 'arg'));
  const cleared = setImmediate(() => out.push('cleared ran'));
  clearImmediate(cleared);
  setImmediate(AsyncLocalStorage.bind(() => out.push('bound ' + store())));
  als.run('c', () => {
    const b = AsyncLocalStorage.bind(() => out.push('bound in c ' + store()));
    als.run('d', () => setImmediate(b));
  });
  timers.setImmediate(() => out.push('timers.setImmediate ' + store() + ' fresh ' + fresh()));
  const u = setImmediate(() => out.push('unref ran ' + store()));
  u.unref();
  out.push('hasRef ' + u.hasRef() + ' ' + u.ref().hasRef());
});
out.push('top after ' + store() + ' ' + (executionAsyncId() === top));
setImmediate(() => {
  out.push('top level ' + store() + ' trigger ' + (triggerAsyncId() === top));
  setImmediate(() => {
    out.push('after all ' + store());
    console.log(out.join('\n'));
  });
});
