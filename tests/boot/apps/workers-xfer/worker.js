'use strict';
var wt = require('worker_threads');
var d = wt.workerData;
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
if (d.cmd === 'echo') {
  wt.parentPort.postMessage(d.ab.byteLength);
} else if (d.cmd === 'check') {
  var u = new Uint8Array(d.buf);
  wt.parentPort.postMessage(u.length + ' bytes, checksum ' + (sum(u) === d.sum ? 'kept' : 'CHANGED') +
    '; view ' + d.view.length + '@' + d.view.byteOffset + ' on the same buffer ' + (d.view.buffer === d.buf) + ' reads ' + d.view[0] +
    '; small ' + Array.prototype.join.call(d.small, ','));
} else if (d.cmd === 'hold') {
  wt.parentPort.once('message', function () { wt.parentPort.close(); });
} else if (d.cmd === 'back') {
  wt.parentPort.postMessage(d.buf, [d.buf]);
} else {
  var held = new Uint8Array(d.buf);
  wt.parentPort.postMessage(held.length + ' bytes, checksum ' + (sum(held) === d.sum ? 'kept' : 'CHANGED'));
  if (d.cmd === 'exit') process.exit(3);
  else if (d.cmd === 'terminate') wt.parentPort.once('message', function () {}); // held until terminate()
}
