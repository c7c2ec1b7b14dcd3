// N messages each way between the main thread and a worker: none lost,
// each sender's order kept (tests/boot/workers.sh). N: argv[2].
'use strict';
var wt = require('worker_threads');
var path = require('path');
var n = Number(process.argv[2] || 1000000);
var w = new wt.Worker(path.join(__dirname, 'worker.js'), { workerData: n });
var got = 0, bad = 0, t0 = Date.now();
w.on('message', function (m) {
  if (typeof m === 'object') {
    console.log('flood: the worker got ' + m.got + ' of ' + n + ', ' + (m.bad ? m.bad + ' out of order' : 'in order'));
    return;
  }
  if (m !== got) bad++;
  got++;
});
w.on('exit', function (code) {
  console.log('flood: main got ' + got + ' of ' + n + ', ' + (bad ? bad + ' out of order' : 'in order') + '; exit ' + code);
  console.error('# flood: ' + 2 * n + ' messages in ' + (Date.now() - t0) + ' ms');
});
for (var i = 0; i < n; i++) w.postMessage(i);
w.postMessage('end');
