// With an 'uncaughtException' listener the app survives errors thrown in
// timers, intervals, immediates, ticks and microtasks; the rest of the
// queue still runs.
process.on('uncaughtException', function (err, origin) {
  console.log('caught:', err.message, origin);
});
setTimeout(function () { throw new Error('from timeout'); }, 1);
setTimeout(function () { console.log('next timeout still runs'); }, 1);
var n = 0;
var iv = setInterval(function () {
  n++;
  if (n === 3) {
    clearInterval(iv);
    later(); // from here, so that the order does not depend on speed
  }
  throw new Error('from interval ' + n);
}, 20);
function later() {
setTimeout(function () {
  setImmediate(function () { throw new Error('from immediate 1'); });
  setImmediate(function () { console.log('immediate 2 runs'); });
}, 100);
setTimeout(function () {
  process.nextTick(function () { throw new Error('from tick'); });
  process.nextTick(function () { console.log('tick 2 runs'); });
}, 200);
setTimeout(function () {
  queueMicrotask(function () { throw new Error('from microtask'); });
  queueMicrotask(function () { console.log('microtask 2 runs'); });
}, 300);
setTimeout(function () { throw 'a string'; }, 400);
}
process.on('exit', function (code) { console.log('exit', code); });
