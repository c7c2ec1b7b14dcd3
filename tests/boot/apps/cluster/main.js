// tests/boot/cluster.sh: cluster's events and messages, printed in an
// order that does not depend on timing (each worker prints before it
// sends what the primary prints about next), so node on the host and the
// image print the same. Workers run one after the other:
//   1. listens on an ephemeral port, echoes messages (JSON semantics
//      both ways), is disconnected by the primary;
//   2. throws (exit 1); 3. calls process.exit(3); 4. is killed;
//   5. disconnects itself with serialization 'advanced'.
'use strict';
var cluster = require('cluster');
var http = require('http');

if (cluster.isPrimary) {
  var steps = ['echo', 'throw', 'exit', 'kill', 'self'];
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.schedulingPolicy === cluster.SCHED_RR);
  cluster.on('fork', function (w) { console.log('fork', w.id, w.state); });
  cluster.on('online', function (w) { console.log('online', w.id, w.state); });
  cluster.on('listening', function (w, a) {
    console.log('listening', w.id, w.state, a.addressType, a.address, typeof a.port === 'number' && a.port > 0);
    w.send({ n: 1, s: 'two', a: [1, null, undefined], d: new Date(0), nan: NaN, u: undefined, nested: { x: { y: true } } });
  });
  cluster.on('message', function (w, m) { console.log('cluster message', w.id, JSON.stringify(m)); });
  cluster.on('disconnect', function (w) { console.log('disconnect', w.id, w.state, w.isConnected()); });
  cluster.on('exit', function (w, code, signal) {
    console.log('exit', w.id, code, signal, w.state, w.exitedAfterDisconnect, w.isDead(), w.isConnected(),
      Object.keys(cluster.workers).length);
    next();
  });
  var next = function () {
    var step = steps.shift();
    if (!step) { console.log('done'); return; }
    if (step === 'self') cluster.setupPrimary({ serialization: 'advanced' });
    var w = cluster.fork({ STEP: step });
    console.log('forked', w.id, w.state, typeof w.process.pid, Object.keys(cluster.workers).join(','));
    w.on('message', function (m) {
      console.log('worker message', w.id, JSON.stringify(m));
      if (m.echo) w.disconnect();
      if (m.ready && step === 'kill') w.kill();
    });
    w.on('exit', function (code, signal) { console.log('worker exit', w.id, code, signal); });
  };
  try { process.send({}); } catch (e) { console.log('primary send', typeof process.send); }
  console.log('settings', JSON.stringify(cluster.settings));
  next();
  console.log('settings after fork', Object.keys(cluster.settings).sort().join(','));
} else {
  // a worker prints only while the primary waits for it (after a message
  // from it); what it knows at start goes to the primary as a message
  var step = process.env.STEP;
  process.send({ info: ['worker', cluster.worker.id, step, cluster.isWorker, cluster.isPrimary, process.env.NODE_UNIQUE_ID,
    cluster.worker.state, process.connected, typeof cluster.workers, process.argv.length] });
  if (step === 'echo') {
    var server = http.createServer(function () {}).listen(0);
    process.on('message', function (m) {
      console.log('worker got', JSON.stringify(m), m.u === undefined, 'u' in m, m.a.length, m.d, server.address().port > 0,
        cluster.worker.state);
      try { process.send(undefined); } catch (e) { console.log('send undefined:', e.code); }
      try { process.send(function () {}); } catch (e) { console.log('send function:', e.code); }
      process.send({ echo: m, buf: Buffer.from('hi'), inf: Infinity });
    });
    // (not printed: in Node the primary may hear of the disconnect before
    // the worker's own 'disconnect' listener runs)
    cluster.worker.on('disconnect', function () { if (process.connected) console.log('still connected?'); });
  } else if (step === 'throw') {
    throw new Error('step 2 throws');
  } else if (step === 'exit') {
    process.exit(3);
  } else if (step === 'kill') {
    setInterval(function () {}, 1000);
    process.send({ ready: true });
  } else if (step === 'self') {
    process.send({ advanced: new Date(0), neg: -0, nan: NaN }, function (err) {
      if (err) console.log('send failed', err);
      cluster.worker.disconnect();
    });
  }
}
