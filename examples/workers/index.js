// A CPU job split over every core: count the primes below N (argv[2],
// default 300000) by trial division. The range is cut into 8 chunks per
// core, dealt out round-robin (the cost of a chunk grows with its
// numbers: dealing evens it out); core 0 takes its share itself while
// one worker per other core takes the rest (worker_threads, one isolate
// per core). With one core the main thread does it all. The answer does
// not depend on the number of cores; the time does (bench/workers.sh).
'use strict';
var wt = require('worker_threads');
var os = require('os');
var path = require('path');
var job = require('./job');

var N = Number(process.argv[2] || 300000);
var cores = os.availableParallelism();
var chunks = job.chunks(N, cores * 8);
var shares = [];
for (var c = 0; c < cores; c++) shares.push([]);
chunks.forEach(function (ch, i) { shares[i % cores].push(ch); });

var t0 = performance.now();
var total = 0, left = cores;
function done(count) {
  total += count;
  if (--left > 0) return;
  console.log('primes below ' + N + ': ' + total);
  console.log('# job: ' + (performance.now() - t0).toFixed(1) + ' ms on ' + cores + ' core' + (cores > 1 ? 's' : ''));
}
for (var k = 1; k < cores; k++) {
  var w = new wt.Worker(path.join(__dirname, 'worker.js'), { workerData: shares[k] });
  w.on('message', done);
  w.on('error', function (e) { console.error('worker failed:', e); process.exitCode = 1; });
}
done(job.count(shares[0]));
