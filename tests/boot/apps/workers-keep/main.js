// Forty workers, one after the other, each sending the main thread an
// ArrayBuffer of its own in the transfer list, which the main thread keeps
// for good (a result cache). In unijs each such buffer is lent by its
// worker's heap, which is held, shrunk, while the buffer lives (lib/alloc.h
// alloc_core_shrink): more of them than the 16 heap slots there were, and
// their bytes intact at the end. Prints what node prints.
'use strict';
var wt = require('worker_threads');
var N = 40;
if (wt.isMainThread) {
  var kept = [], n = 0;
  var next = function () {
    if (n === N) {
      var bytes = 0, bad = 0;
      kept.forEach(function (b, i) {
        var u = new Uint8Array(b);
        bytes += u.length;
        for (var j = 0; j < u.length; j += 997) if (u[j] !== ((i * 7 + j) & 255)) bad++;
      });
      console.log('kept ' + kept.length + ' buffers, ' + bytes + ' bytes, ' + bad + ' bytes wrong');
      return;
    }
    var w = new wt.Worker(__filename, { workerData: n++ });
    w.on('message', function (m) { kept.push(m); });
    w.on('error', function (e) { console.log('worker error: ' + e.message); });
    w.on('exit', function (c) { if (c !== 0) console.log('worker exit ' + c); next(); });
  };
  next();
} else {
  var i = wt.workerData, ab = new ArrayBuffer(100000 + i), u = new Uint8Array(ab);
  for (var j = 0; j < u.length; j++) u[j] = (i * 7 + j) & 255;
  wt.parentPort.postMessage(ab, [ab]);
}
