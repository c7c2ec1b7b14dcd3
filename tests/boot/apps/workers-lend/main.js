// A worker's own ArrayBuffer, transferred to the main thread, moves
// without a copy and outlives the worker (tests/boot/workers.sh, booted at
// -smp 2 with --mem 64M; every line but the '#' one is compared with
// Node's). Each worker has a 12 MiB heap (resourceLimits) and makes an
// 8 MiB buffer in it:
// copying it into a message there would not fit, and the main thread's
// heap does not grow by it when it arrives. The worker's heap stays
// reserved while the buffer lives (lib/alloc.h, alloc_lend) and goes back
// when it is freed: the main thread keeps the first worker's buffer to
// the end, drops the others, and seventeen more workers start in turn in
// 64 MB, which would not fit if every heap stayed; at the end, after a
// collection, no heap but the held one is left (the '#' line).
'use strict';
var wt = require('worker_threads');
var path = require('path');
var MB = 8;

function start(opts) { return new wt.Worker(path.join(__dirname, 'worker.js'), opts); }
function sum(u, at) {
  var s = 0, n = u.length;
  at = at || function (j) { return u[j]; };
  for (var i = 0; i < n; i += 4096) s = (s * 31 + at(i) + at(n - 1 - i)) % 1000000007;
  return s;
}
function expected(seed) { // sum() of what worker.js fills in, without making it
  var n = MB * 1048576;
  function at(j) { return j === n - 1 ? seed : j % 1024 ? 0 : (j >> 10) + seed & 255; }
  return sum({ length: n, 0: 0 }, at);
}
function heapUsed() { return process.memoryUsage().heapUsed; }
// The main thread's heap use just after a collection: 80 MB of garbage
// made 1 MB at a time makes the collector run several times (in unijs the
// buffers dropped so far are then freed, and the heaps they held go back:
// binding_worker.c lent_back); the least use seen is the live data, with
// the worker heaps still held. A '#' line (Node's figures differ).
function collect() {
  var least = Infinity;
  for (var i = 0; i < 80; i++) {
    new Uint8Array(1048576)[0] = i;
    least = Math.min(least, heapUsed());
  }
  return least;
}
var base = 0;
var limits = { maxOldGenerationSizeMb: 12 };
var started = 0;

var steps = [];
function next() { var s = steps.shift(); if (s) s(); }

// round 0: the buffer the main thread keeps to the end
var first = null, firstSum = expected(100);
steps.push(function () {
  var w = start({ workerData: { seed: 100, how: 'end' }, resourceLimits: limits });
  started++;
  w.on('message', function (m) { first = m; });
  w.on('exit', function (c) {
    console.log('lend: first: exit ' + c + '; main holds ' + first.byteLength + ' bytes, checksum ' +
      (sum(new Uint8Array(first)) === firstSum ? 'kept' : 'CHANGED'));
    base = collect(); // with the first worker's heap, held
    next();
  });
});

// rounds 1-12: the worker ends by its loop running dry, process.exit,
// terminate() after it sent, or the main thread forwards the buffer to
// another worker (workerData's transferList) that ends holding it
var ways = ['end', 'exit', 'terminate', 'forward'];
for (var r = 1; r <= 12; r++) (function (r) {
  steps.push(function () {
    var how = ways[r % ways.length], got = null, grew = 0;
    var w = start({ workerData: { seed: r, how: how }, resourceLimits: limits });
    var before = heapUsed(); // the worker's heap is cut out of the main thread's by now
    started++;
    w.on('message', function (m) {
      got = m;
      grew = heapUsed() - before;
      if (how === 'terminate') w.terminate();
    });
    w.on('exit', function (c) {
      var line = 'lend: round ' + r + ' (' + how + '): exit ' + c + '; got ' + got.byteLength + ' bytes, checksum ' +
        (sum(new Uint8Array(got)) === expected(r) ? 'kept' : 'CHANGED') + ' after the exit; main heap grew ' +
        (grew < 4 * 1048576 ? 'under 4 MB' : 'by ' + grew);
      if (how !== 'forward') { console.log(line); got = null; next(); return; }
      var c2 = start({ workerData: { check: got, sum: expected(r) }, transferList: [got], resourceLimits: limits });
      started++;
      c2.on('message', function (m) { console.log(line + '; forwarded: ' + m + ', main holds ' + got.byteLength); });
      c2.on('exit', function () { got = null; next(); });
    });
  });
})(r);

// a worker terminated while its transfers are on their way: what it had
// not sent (more than a ring holds) is freed with its loans (how many
// arrive differs from run to run)
steps.push(function () {
  var w = start({ workerData: { seed: 50, how: 'flood' }, resourceLimits: limits });
  started++;
  // the main thread does not read its ring for a while, so the ring
  // fills and the rest waits in the worker's outbox
  w.on('online', function () {
    var t = Date.now();
    while (Date.now() - t < 300);
    w.terminate();
  });
  w.on('exit', function (c) { console.log('lend: terminated mid-flight: exit ' + c); next(); });
});

// many loans at once: 400 buffers of 1-5 KiB (more than 1 KiB: lent, not
// copied), dropped by the main thread after the worker ended
steps.push(function () {
  var w = start({ workerData: { how: 'many', n: 400 }, resourceLimits: limits });
  started++;
  var n = 0, bytes = 0, bad = 0;
  w.on('message', function (m) {
    var u = new Uint8Array(m);
    n++;
    bytes += u.length;
    if (u[0] !== (n - 1 & 255) || u[u.length - 1] !== 7) bad++;
  });
  w.on('exit', function (c) { console.log('lend: many: exit ' + c + '; got ' + n + ' buffers, ' + bytes + ' bytes, ' + bad + ' wrong'); next(); });
});

// every heap but the held one went back: after a collection, the main
// thread's heap holds about what it held after the first worker (a '#'
// line, checked by tests/boot/workers.sh: any other heap held is 12 MiB)
steps.push(function () {
  console.log('lend: the first buffer, held since, reads checksum ' +
    (sum(new Uint8Array(first)) === firstSum ? 'kept' : 'CHANGED') + '; ' + started + ' workers started');
  console.log('# lend: heap used beyond the start: ' + Math.round((collect() - base) / 1024) + ' KiB');
});

next();
