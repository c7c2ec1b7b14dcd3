// A 16 MB buffer to a worker and back, in the transfer list both ways
// (tests/boot/workers.sh): the bytes arrive whole, and each sender's
// buffer is detached (byteLength 0, its views empty), as in Node. Then the
// same 16 MB cloned (no transfer list) there and back. Lines starting with
// '#' are times (guest clock), not compared with Node.
'use strict';
var wt = require('worker_threads');
var path = require('path');
var MB = 16;
var w = new wt.Worker(path.join(__dirname, 'worker.js'));
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
function ms(t) { var d = process.hrtime(t); return (d[0] * 1e3 + d[1] / 1e6).toFixed(3); }
var u = new Uint8Array(MB * 1048576);
for (var i = 0; i < u.length; i += 1024) u[i] = (i >> 10) & 255;
var before = sum(u);
var t0, tpost, phase = 'transfer';
w.on('message', function (m) {
  if (typeof m === 'number') { console.log('big: after transfer the worker holds', m, 'bytes'); return; }
  if (phase === 'transfer') {
    var rt = ms(t0);
    var back = new Uint8Array(m.buf);
    console.log('big: back', back.length, 'bytes, checksum', sum(back) === before ? 'kept' : 'CHANGED', '; worker saw', m.len, m.sum === before ? 'same' : 'other');
    console.log('# big: 16 MB transferred: postMessage ' + tpost + ' ms, round trip ' + rt + ' ms');
    // the same bytes again, cloned both ways (no transfer list): copies
    phase = 'copy';
    t0 = process.hrtime();
    w.postMessage({ copy: back });
    tpost = ms(t0);
    console.log('big: after clone the sender holds', back.byteLength, 'bytes');
    return;
  }
  var rt2 = ms(t0);
  console.log('big: clone back', m.copy.length, 'bytes, checksum', sum(m.copy) === before ? 'kept' : 'CHANGED', '; worker saw', m.len, m.sum === before ? 'same' : 'other');
  console.log('# big: 16 MB cloned: postMessage ' + tpost + ' ms, round trip ' + rt2 + ' ms');
  w.postMessage('done');
});
w.on('exit', function (code) { console.log('big: exit', code); });
var view = u.subarray(1024, 2048);
t0 = process.hrtime();
w.postMessage(u.buffer, [u.buffer]);
tpost = ms(t0);
console.log('big: after transfer the sender holds', u.buffer.byteLength, 'bytes; its views', u.length, view.length, view[0]);
