// Transferred buffers go back when the worker that holds them ends
// (tests/boot/workers.sh, booted with --mem 64M): ten workers in turn
// each get a 16 MB buffer in the transfer list and end holding it: by
// process.exit, by terminate() while busy, or with their loop run dry.
// A buffer that stayed allocated would be 160 MB in a 64 MB guest.
'use strict';
var wt = require('worker_threads');
var path = require('path');
var MB = 16, rounds = 10, ways = ['exit', 'terminate', 'end'];
function run(i) {
  if (i === rounds) { console.log('release: ' + rounds + ' x ' + MB + ' MB transferred, all given back'); return; }
  var how = ways[i % ways.length];
  var w = new wt.Worker(path.join(__dirname, 'worker.js'), { workerData: how });
  var u = new Uint8Array(MB * 1048576);
  u[0] = i + 1;
  u[u.length - 1] = 2 * i + 1;
  w.on('message', function (m) {
    if (m !== 'held') { console.log('release: round ' + i + ' wrong answer ' + m); return; }
    if (how === 'terminate') w.terminate();
  });
  w.on('exit', function (code) {
    console.log('release: round ' + i + ' (' + how + ') exit ' + code + ', sender holds ' + u.buffer.byteLength);
    run(i + 1);
  });
  w.postMessage({ buf: u.buffer, i: i }, [u.buffer]);
}
run(0);
