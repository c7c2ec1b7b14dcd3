// An app's own setImmediate in the global's place before async_hooks
// loads: async_hooks wraps it (timers.js's own carries the context
// itself and is left as it is); the context still reaches the callback.
const timers = require('timers'); // (its loading puts its functions in the globals)
const orig = setImmediate;
let calls = 0;
global.setImmediate = function (fn) { calls++; return orig.apply(this, arguments); };
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('x', () => {
  setImmediate((a) => console.log('global', als.getStore(), a, calls), 'arg');
  timers.setImmediate(() => console.log('timers', als.getStore(), timers.setImmediate === orig));
});
setImmediate(() => console.log('outside', als.getStore()));
