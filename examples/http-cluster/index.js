// An http service on every core (cluster). The primary runs on core 0,
// which also runs the network (lwIP) and hands each accepted connection to
// the workers in turn, moving their bytes; it forks one worker per other
// core and, as Node's primary, does not serve requests itself (it cannot
// listen on the workers' port). So a second core serves only from -smp 3
// on: at -smp 2 one worker serves, and a request's JavaScript is nearly
// all its cost (docs/figures.md "cluster, per request"). With one core there is
// no other core to fork to, so the primary serves alone. Each answer says
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
  for (var i = 1; i < cores; i++) cluster.fork();
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
