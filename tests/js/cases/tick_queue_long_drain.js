// A drain of the nextTick queue longer than the values the runtime leaves
// in it uncleared until the drain ends (binding_loop.c, JSQ_KEEP): ticks
// with 0 to 3 arguments, ticks queueing ticks and microtasks, microtasks
// queueing ticks, an argument that is an object; every tick's arguments
// and the order come out as Node's.
var log = [], sum = 0;
function t(i, a, b, c) {
  sum = (sum * 31 + i + (a ? a.length || a.v || 1 : 0) + (b === undefined ? 0 : 2) + (c === undefined ? 0 : 3)) % 1000003;
  if (i % 7 === 0) process.nextTick(t, i + 1000, [i], 'x');
  if (i % 11 === 0) queueMicrotask(function () {
    log.push('m' + i);
    if (i % 22 === 0) process.nextTick(t, i + 2000, { v: i }, 1, 2);
  });
  if (i % 97 === 0) log.push('t' + i);
}
for (var i = 0; i < 700; i++) {
  if (i % 4 === 0) process.nextTick(t, i);
  else if (i % 4 === 1) process.nextTick(t, i, 'ab');
  else if (i % 4 === 2) process.nextTick(t, i, { v: i }, null);
  else process.nextTick(t, i, [1, 2, 3], 0, 'c');
}
setTimeout(function () {
  console.log(log.join(' '));
  console.log('sum', sum);
  // and a second long drain after the first emptied the queue
  for (var j = 0; j < 300; j++) process.nextTick(t, j, 'zz');
  process.nextTick(function () { console.log('second sum', sum); });
}, 1);
