// diagnostics_channel: channels by name, subscribe/publish/unsubscribe,
// hasSubscribers, bindStore with runStores, tracing channels (sync,
// callback, promise) and their event order.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const log = (...a) => console.log(...a);

const ch = dc.channel('my-channel');
log(ch === dc.channel('my-channel'), ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const sub = (msg, name) => log('got', JSON.stringify(msg), name);
ch.subscribe(sub);
log(ch.hasSubscribers, dc.hasSubscribers('my-channel'));
ch.publish({ a: 1 });
dc.subscribe('my-channel', (m) => log('second', m.a));
ch.publish({ a: 2 });
log('unsub', ch.unsubscribe(sub), ch.unsubscribe(sub));
ch.publish({ a: 3 });
try { ch.subscribe(5); } catch (e) { log(e.code); }

const store = new AsyncLocalStorage();
const sc = dc.channel('with-store');
sc.bindStore(store, (data) => ({ wrapped: data }));
sc.runStores('payload', function (x) { log('runStores', JSON.stringify(store.getStore()), this.t, x); }, { t: 'this' }, 'arg');
log('unbind', sc.unbindStore(store), sc.unbindStore(store));

const tc = dc.tracingChannel('op');
log('tracing hasSubscribers', tc.hasSubscribers);
const ev = (name) => (ctx) => log(' ', name, JSON.stringify(ctx));
const handlers = { start: ev('start'), end: ev('end'), asyncStart: ev('asyncStart'), asyncEnd: ev('asyncEnd'), error: ev('error') };
tc.subscribe(handlers);
log('sync', tc.traceSync((a, b) => a + b, { n: 1 }, null, 2, 3));
try { tc.traceSync(() => { throw new Error('bad'); }, { n: 2 }); } catch (e) { log('threw', e.message); }
tc.traceCallback((x, cb) => setTimeout(() => cb(null, x * 2), 1), -1, { n: 3 }, null, 21, (err, v) => {
  log('callback', err, v);
  tc.tracePromise(async (v) => v + 1, { n: 4 }, null, 41).then((r) => {
    log('promise', r);
    log('unsubscribe all', tc.unsubscribe(handlers), tc.hasSubscribers);
  });
});
