'use strict';
var wt = require('worker_threads');
var n = wt.workerData, got = 0, bad = 0;
for (var i = 0; i < n; i++) wt.parentPort.postMessage(i);
wt.parentPort.on('message', function (m) {
  if (m === 'end') {
    wt.parentPort.postMessage({ got: got, bad: bad });
    wt.parentPort.close();
    return;
  }
  if (m !== got) bad++;
  got++;
});
