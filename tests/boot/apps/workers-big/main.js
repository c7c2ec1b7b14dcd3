// A 16 MB buffer to a worker and back, in the transfer list both ways
// (tests/boot/workers.sh): the bytes arrive whole.
'use strict';
var wt = require('worker_threads');
var path = require('path');
var MB = 16;
var w = new wt.Worker(path.join(__dirname, 'worker.js'));
function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
var u = new Uint8Array(MB * 1048576);
for (var i = 0; i < u.length; i += 1024) u[i] = (i >> 10) & 255;
var before = sum(u);
w.on('message', function (m) {
  if (typeof m === 'number') { console.log('big: after transfer the worker holds', m, 'bytes'); return; }
  var back = new Uint8Array(m.buf);
  console.log('big: back', back.length, 'bytes, checksum', sum(back) === before ? 'kept' : 'CHANGED', '; worker saw', m.len, m.sum === before ? 'same' : 'other');
});
w.on('exit', function (code) { console.log('big: exit', code); });
w.postMessage(u.buffer, [u.buffer]);
console.log('big: after transfer the sender holds', u.buffer.byteLength, 'bytes');
