// new Worker(file, { workerData, transferList }) (tests/boot/workers.sh,
// booted at -smp 2 with --mem 64M; every line is compared with Node's):
// the ArrayBuffers of options.transferList move to the worker with
// workerData, detached in the parent at once, as in Node; the errors are
// postMessage's. In unijs the move is without a copy, which this shows:
// the worker's heap is 8 MiB (resourceLimits) and it gets 16 MiB buffers
// in workerData, which it could not hold if they were copied into it.
'use strict';
var wt = require('worker_threads');
var path = require('path');
function start(opts) { return new wt.Worker(path.join(__dirname, 'worker.js'), opts); }
var MB = 16;

function sum(u) { var s = 0; for (var i = 0; i < u.length; i += 4096) s = (s * 31 + u[i] + u[u.length - 1 - i]) % 1000000007; return s; }
function big(seed) {
  var u = new Uint8Array(MB * 1048576);
  for (var i = 0; i < u.length; i += 1024) u[i] = (i >> 10) + seed & 255;
  u[u.length - 1] = seed;
  return u;
}

var steps = [];
function next() { var s = steps.shift(); if (s) s(); else console.log('xfer: all done'); }

// 1. the transfer list's errors: thrown by the constructor, nothing detached
steps.push(function () {
  var ab = new ArrayBuffer(8);
  var lists = [[ab, ab], [new Uint8Array(4)], [1], 'x'];
  for (var i = 0; i < lists.length; i++) {
    try {
      start({ workerData: { ab: ab }, transferList: lists[i] });
      console.log('xfer: errors: list ' + i + ' accepted');
    } catch (e) {
      console.log('xfer: errors: list ' + i + ': ' + e.name + ' ' + e.code + ' ' + e.message + '; TypeError ' + (e instanceof TypeError) + '; buffer keeps ' + ab.byteLength);
    }
  }
  // a value that cannot be cloned: nothing in the list is detached
  var kept = new ArrayBuffer(5);
  try { start({ workerData: { f: Symbol('s'), kept: kept }, transferList: [kept] }); }
  catch (e) { console.log('xfer: errors: ' + e.name + '; buffer keeps ' + kept.byteLength); }
  // not array-likes: nothing to transfer (Node spreads it as an array-like)
  var w = start({ workerData: { cmd: 'echo', ab: ab }, transferList: 5 });
  w.on('message', function (m) {
    console.log('xfer: number list: worker got ' + m + ', parent keeps ' + ab.byteLength);
  });
  w.on('exit', function (c) { console.log('xfer: number list: exit ' + c); next(); });
});

// 2. 16 MB in workerData to a worker with an 8 MiB heap: moved, not copied.
// With it: a view at an offset on the moved buffer, a small buffer not in
// the list (cloned: the parent keeps it), and a list buffer the value does
// not hold (detached all the same)
steps.push(function () {
  var u = big(7), before = sum(u), view = u.subarray(1024, 3072);
  var small = new Uint8Array([1, 2, 3, 4, 5]);
  var other = new ArrayBuffer(100);
  var w = start({
    workerData: { cmd: 'check', buf: u.buffer, view: view, small: small, sum: before },
    transferList: [u.buffer, other],
    resourceLimits: { maxOldGenerationSizeMb: 8 }
  });
  console.log('xfer: big: parent holds ' + u.buffer.byteLength + ' bytes; views ' + u.length + ' ' + view.length + ' ' + view[0] +
    '; other ' + other.byteLength + '; small kept ' + small.length);
  w.on('message', function (m) { console.log('xfer: big: worker says ' + m); });
  w.on('error', function (e) { console.log('xfer: big: worker error ' + e.message); });
  w.on('exit', function (c) { console.log('xfer: big: exit ' + c); next(); });
});

// 3. three rounds in a 64 MB guest, each 16 MB: the worker ends holding it
// (loop runs dry, process.exit, terminate()): it goes back every time
steps.push(function () {
  var ways = ['end', 'exit', 'terminate'], r = 0;
  (function round() {
    if (r === ways.length) { next(); return; }
    var how = ways[r], u = big(r);
    var w = start({ workerData: { cmd: how, buf: u.buffer, sum: sum(u) }, transferList: [u.buffer],
      resourceLimits: { maxOldGenerationSizeMb: 8 } });
    w.on('message', function (m) {
      console.log('xfer: round ' + r + ' (' + how + '): worker says ' + m);
      if (how === 'terminate') w.terminate();
    });
    w.on('exit', function (c) {
      console.log('xfer: round ' + r + ' (' + how + '): exit ' + c + ', parent holds ' + u.buffer.byteLength);
      r++;
      round();
    });
  })();
});

// 4. a worker that waits for a core (at -smp 2 the first one has it): its
// buffer is detached at once and arrives when it starts; then it sends
// the buffer back by transfer, and the parent reads it after the exit
steps.push(function () {
  var u = big(3), before = sum(u), back = null;
  var busy = start({ workerData: { cmd: 'hold' } });
  var w = start({ workerData: { cmd: 'back', buf: u.buffer }, transferList: [u.buffer],
    resourceLimits: { maxOldGenerationSizeMb: 8 } });
  console.log('xfer: queued: parent holds ' + u.buffer.byteLength);
  var codes = {}, left = 2;
  function done() {
    if (--left) return;
    var v = new Uint8Array(back);
    console.log('xfer: queued: exits ' + codes.busy + ' ' + codes.w + '; back ' + v.length + ' bytes, checksum ' +
      (sum(v) === before ? 'kept' : 'CHANGED'));
    next();
  }
  busy.on('online', function () { busy.postMessage('go'); });
  busy.on('exit', function (c) { codes.busy = c; done(); });
  w.on('message', function (m) { back = m; });
  w.on('exit', function (c) { codes.w = c; done(); });
});

// 5. a file that is not there: the buffer is detached all the same
steps.push(function () {
  var ab = new ArrayBuffer(16), missing = 'nope.js'; // a name the packer does not see
  var w = new wt.Worker(path.join(__dirname, missing), { workerData: ab, transferList: [ab] });
  console.log('xfer: missing file: parent holds ' + ab.byteLength);
  w.on('error', function (e) { console.log('xfer: missing file: ' + e.code); });
  w.on('exit', function (c) { console.log('xfer: missing file: exit ' + c); next(); });
});

next();
