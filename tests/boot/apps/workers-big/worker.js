'use strict';
var wt = require('worker_threads');
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
wt.parentPort.once('message', function (ab) {
  var u = new Uint8Array(ab);
  var s = sum(u);
  wt.parentPort.postMessage({ buf: ab, len: u.length, sum: s }, [ab]);
  wt.parentPort.postMessage(ab.byteLength);
  wt.parentPort.close();
});
