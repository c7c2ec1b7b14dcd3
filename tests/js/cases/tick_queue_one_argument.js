// process.nextTick with one argument, queued without its count
// (binding_loop.c: such a tick is fn, arg; any other n, fn, args...):
// one-argument ticks whose argument is a number, a function, undefined,
// null, a string or an object, next to ticks of 0, 2 and 3 arguments
// (counts that are numbers like the arguments), ticks that queue more,
// a nextTick refused for its callback in between, and the same again once
// async_hooks has loaded (every tick with its count again). Each tick
// shows its arguments and how many it got, in Node's order.
var log = [];
function show(v) {
  return typeof v === 'function' ? 'fn:' + v.name : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}
function t() {
  var a = [];
  for (var i = 0; i < arguments.length; i++) a.push(show(arguments[i]));
  log.push(arguments.length + '(' + a.join(',') + ')');
}
function named() {}
function round(tag) {
  process.nextTick(t, 1);
  process.nextTick(t);
  process.nextTick(t, 0);
  process.nextTick(t, 2, 3);
  process.nextTick(t, named);
  process.nextTick(t, undefined);
  process.nextTick(t, null);
  process.nextTick(t, -1);
  process.nextTick(t, 3, 4, 5);
  process.nextTick(t, 'x');
  process.nextTick(t, { n: 1 });
  process.nextTick(function (n) {
    log.push(tag + ' queues ' + n);
    process.nextTick(t, n + 1);
    process.nextTick(t, n, n);
    process.nextTick(t, t);
  }, 7);
  try {
    process.nextTick(5, 6);
  } catch (e) {
    log.push(tag + ' refused ' + e.code);
  }
  process.nextTick(t, 8);
  process.nextTick(t, 10);
  process.nextTick(t, 11, 12);
  process.nextTick(function () { log.push(tag + ' end'); });
}
round('plain');
setTimeout(function () {
  require('async_hooks');
  round('async');
  setTimeout(function () { console.log(log.join('\n')); }, 1);
}, 1);
