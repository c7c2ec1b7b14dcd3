'use strict';
var wt = require('worker_threads');
var held;
wt.parentPort.once('message', function (m) {
  held = new Uint8Array(m.buf);
  var ok = held.length === 16 * 1048576 && held[0] === m.i + 1 && held[held.length - 1] === 2 * m.i + 1;
  wt.parentPort.postMessage(ok ? 'held' : 'bytes differ');
  if (wt.workerData === 'exit') process.exit(3);
  else if (wt.workerData === 'terminate') for (;;) held[1]++; // busy until terminate()
  else wt.parentPort.close(); // the loop runs dry, the buffer still held
});
