// uncaught: Uncaught Error: boom in a timer
// An error thrown in a timer callback with no 'uncaughtException' listener
// ends the app with status 1 after the 'exit' listeners; nothing else runs.
process.on('exit', function (code) { console.log('exit listener', code); });
setTimeout(function () { console.log('first timer'); }, 5);
setTimeout(function () {
  process.nextTick(function () { console.log('tick: never'); });
  setImmediate(function () { console.log('immediate: never'); });
  throw new Error('boom in a timer');
}, 200);
setTimeout(function () { console.log('never'); }, 400);
