// bench/workers.sh: round trips main -> worker -> main, one at a time
// (argv[2], default 2000): the guest's time per round trip.
'use strict';
var wt = require('worker_threads');
var path = require('path');
var k = Number(process.argv[2] || 2000), i = 0, t0;
var w = new wt.Worker(path.join(__dirname, 'echo.js'));
w.on('message', function (m) {
  if (m === 'ready') { t0 = performance.now(); w.postMessage(0); return; }
  if (m !== i) throw new Error('round trip ' + i + ' came back as ' + m);
  if (++i < k) { w.postMessage(i); return; }
  var ms = performance.now() - t0;
  console.log('# pingpong: ' + k + ' round trips in ' + ms.toFixed(1) + ' ms: ' + (ms * 1000 / k).toFixed(1) + ' us each');
  w.terminate();
});
