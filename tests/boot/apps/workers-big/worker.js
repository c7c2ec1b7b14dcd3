'use strict';
var wt = require('worker_threads');
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
wt.parentPort.on('message', function (m) {
  if (m === 'done') { wt.parentPort.close(); return; }
  if (m && m.copy) { // cloned: echo it cloned
    wt.parentPort.postMessage({ copy: m.copy, len: m.copy.length, sum: sum(m.copy) });
    return;
  }
  var u = new Uint8Array(m);
  var s = sum(u);
  wt.parentPort.postMessage({ buf: m, len: u.length, sum: s }, [m]);
  wt.parentPort.postMessage(m.byteLength);
});
