'use strict';
var wt = require('worker_threads');
var d = wt.workerData;
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
function make(seed, mb) {
  var u = new Uint8Array(mb * 1048576);
  for (var i = 0; i < u.length; i += 1024) u[i] = (i >> 10) + seed & 255;
  u[u.length - 1] = seed;
  return u;
}
if (d.check) { // a forwarded buffer: check it and end holding it
  wt.parentPort.postMessage(d.check.byteLength + ' bytes, checksum ' + (sum(new Uint8Array(d.check)) === d.sum ? 'kept' : 'CHANGED'));
} else if (d.how === 'many') {
  for (var k = 0; k < d.n; k++) {
    var b = new Uint8Array(1100 + k * 97 % 4000);
    b[0] = k & 255;
    b[b.length - 1] = 7;
    wt.parentPort.postMessage(b.buffer, [b.buffer]);
  }
} else if (d.how === 'flood') {
  // more than a ring holds (256): the rest waits in the outbox, with
  // its loans, when terminate() comes
  for (var i = 0; i < 1000; i++) {
    var f = new Uint8Array(2048);
    f[0] = i & 255;
    wt.parentPort.postMessage(f.buffer, [f.buffer]);
  }
  for (;;); // until terminate()
} else {
  var u = make(d.seed, 8);
  wt.parentPort.postMessage(u.buffer, [u.buffer]);
  if (u.buffer.byteLength !== 0) throw new Error('not detached');
  if (d.how === 'exit') process.exit(3);
  if (d.how === 'terminate') for (;;);
}
