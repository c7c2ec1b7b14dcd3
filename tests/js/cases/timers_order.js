// Node's phases: the main module, then process.nextTick callbacks, then
// microtasks; timers in deadline order, equal ones in the order they were
// set; inside a timer callback setImmediate runs before any new timer.
// (Only orders that hold however slow the machine is: timers compared
// with each other start in the same callback.)
var log = [];
function say(s) { console.log(s); }

setTimeout(function () { say('timeout 0 a'); }, 0);
setTimeout(function () { say('timeout 0 b'); }, 0);
setTimeout(function (x, y) { say('timeout args ' + x + ' ' + y + ' ' + arguments.length); }, 1, 'x', 2);
setTimeout(function () {
  say('timeout 200');
  setTimeout(function () { say('nested timeout 0'); }, 0);
  setImmediate(function () {
    say('immediate from timer');
    process.nextTick(function () { say('tick from immediate'); });
  });
  process.nextTick(function () { say('tick from timer'); });
  queueMicrotask(function () { say('microtask from timer'); });
}, 200);
process.nextTick(function () {
  say('tick 1');
  process.nextTick(function () { say('tick 1.1'); });
  queueMicrotask(function () {
    say('microtask 1.1');
    process.nextTick(function () { say('tick from microtask'); });
    queueMicrotask(function () { say('microtask from microtask'); });
  });
});
queueMicrotask(function () { say('microtask 1'); });
process.nextTick(function (a) { say('tick 2 ' + a); }, 'arg');
say('main end');
