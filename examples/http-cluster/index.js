// An http service on every core (cluster). The primary runs on core 0,
// which also runs the network (lwIP) and hands each accepted connection to
// the workers in turn, moving their bytes; it forks one worker per core
// and, as Node's primary, does not serve requests itself. Worker 1 gets
// core 1 and so on; the last one has no core of its own and runs on core
// 0, time-shared with the primary (docs/workers.md), so at -smp 2 both
// cores serve. With one core the primary serves alone: a worker beside it
// on the same core would only add the hand-over's cost. Each answer says
// which worker gave it.
//
//   scripts/run.sh --smp 4 --fwd 8080:8080 build/http-cluster.elf
//   curl http://localhost:8080/
'use strict';
var cluster = require('cluster');
var http = require('http');
var os = require('os');

var port = Number(process.env.PORT || 8080);
var cores = os.availableParallelism();

function serve(who) {
  http.createServer(function (req, res) {
    var body = 'hello from ' + who + '\n';
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }).listen(port);
}

if (cluster.isPrimary && cores > 1) {
  for (var i = 0; i < cores; i++) cluster.fork();
  cluster.on('listening', function (w, addr) {
    console.log('worker ' + w.id + ' listening on ' + addr.port);
  });
  cluster.on('exit', function (w, code, signal) {
    console.log('worker ' + w.id + ' exited (' + (signal || code) + '); starting another');
    cluster.fork();
  });
} else if (cluster.isPrimary) {
  serve('primary');
  console.log('listening on ' + port + ' (one core: the primary serves)');
} else {
  serve('worker ' + cluster.worker.id);
}
