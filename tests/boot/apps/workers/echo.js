'use strict';
var wt = require('worker_threads');
wt.parentPort.postMessage({ hello: true, isMainThread: wt.isMainThread, threadId: wt.threadId > 0, data: wt.workerData, argv: process.argv.slice(2) });
wt.parentPort.on('message', function (m) {
  if (m === 'done') wt.parentPort.close();
  else wt.parentPort.postMessage(m);
});
