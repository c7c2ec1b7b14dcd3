// examples/http-cluster's service with one more route, for
// bench/cluster-icount.sh: GET /cpu answers "W P", the busy microseconds
// (process.cpuUsage().user: guest instructions / 1000 under QEMU's
// -icount shift=0) of the core that serves the request (W) and of core 0,
// the primary's (P, asked with process.send; 0 at -smp 1, where the
// primary serves alone and W is core 0's; for the worker time-shared
// with the primary on core 0, W and P are both core 0's). Every other
// request gets http-cluster's answer, from the same code.
'use strict';
var cluster = require('cluster');
var http = require('http');
var os = require('os');

var port = Number(process.env.PORT || 8080);
var cores = os.availableParallelism();
var waiting = [];

function serve(who) {
  http.createServer(function (req, res) {
    if (req.url === '/cpu') {
      var mine = process.cpuUsage().user;
      if (!cluster.isWorker) return res.end(mine + ' 0');
      waiting.push(function (primary) { res.end(mine + ' ' + primary); });
      process.send('cpu');
      return;
    }
    var body = 'hello from ' + who + '\n';
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }).listen(port);
}

if (cluster.isPrimary && cores > 1) {
  for (var i = 0; i < cores; i++) cluster.fork(); // as examples/http-cluster: the last one on core 0
  cluster.on('message', function (w, msg) {
    if (msg === 'cpu') w.send({ cpu: process.cpuUsage().user });
  });
} else if (cluster.isPrimary) {
  serve('primary');
} else {
  process.on('message', function (msg) {
    if (msg && msg.cpu !== undefined) waiting.shift()(msg.cpu);
  });
  serve('worker ' + cluster.worker.id);
}
