// process.memoryUsage shape, hrtime, nextTick ordering.
var m = process.memoryUsage();
console.log(Object.keys(m).sort(), typeof m.heapUsed, m.heapUsed > 0);
var t = process.hrtime();
console.log(t.length, typeof t[0], typeof t[1]);
var d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
process.nextTick(function (a, b) { console.log('tick', a, b); }, 1, 2);
process.nextTick(function () {
  console.log('tick 2');
  process.nextTick(function () { console.log('tick 3'); });
});
console.log('sync');
console.log(typeof process.exit, typeof process.on, process.exitCode);
