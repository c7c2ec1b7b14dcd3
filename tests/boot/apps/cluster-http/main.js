// tests/boot/cluster.sh: an http service on every core but core 0. Each
// answer names its worker; /die makes the worker that gets it throw while
// the request is open (its connection must be reset, not left hanging),
// and the primary forks a replacement; /quit (on any worker) asks the
// primary to end, printing how many each worker served.
'use strict';
var cluster = require('cluster');
var http = require('http');
var os = require('os');

var port = Number(process.env.PORT || 8080);

if (cluster.isPrimary) {
  var want = os.availableParallelism() - 1, served = {}, ended = false;
  for (var i = 0; i < want; i++) cluster.fork();
  var listening = 0;
  cluster.on('listening', function (w, a) {
    if (++listening === want) console.log('cluster: ' + want + ' workers listening on ' + a.port);
  });
  cluster.on('message', function (w, m) {
    if (m.served !== undefined) served[w.id] = m.served;
    if (m.quit && !ended) {
      ended = true;
      for (var id in cluster.workers) cluster.workers[id].send({ report: true });
      setTimeout(function () { cluster.disconnect(function () { console.log('cluster: all disconnected'); }); }, 200);
    }
  });
  cluster.on('exit', function (w, code, signal) {
    console.log('cluster: worker ' + w.id + ' exit ' + code + ' ' + signal + (w.exitedAfterDisconnect ? ' after disconnect' : ''));
    if (!ended) cluster.fork();
  });
  process.on('exit', function () {
    console.log('cluster: served ' + JSON.stringify(served));
  });
} else {
  var n = 0;
  var server = http.createServer(function (req, res) {
    if (req.url === '/die') throw new Error('worker ' + cluster.worker.id + ' dies mid-request');
    if (req.url === '/quit') process.send({ quit: true });
    if (req.url.slice(0, 5) === '/big/') { // n bytes of a pattern, in 64 KiB writes (back-pressure on the way out)
      var left = Number(req.url.slice(5)), chunk = Buffer.alloc(65536);
      for (var i = 0; i < chunk.length; i++) chunk[i] = (i * 7 + 3) & 255;
      res.writeHead(200, { 'Content-Length': left });
      var more = function () {
        while (left > 0) {
          var part = chunk.subarray(0, Math.min(left, chunk.length));
          left -= part.length;
          if (!res.write(part)) return res.once('drain', more);
        }
        res.end();
      };
      return more();
    }
    if (req.url === '/echo') { // the body back, read slowly (back-pressure on the way in)
      var parts = [];
      req.on('data', function (d) { parts.push(d); req.pause(); setTimeout(function () { req.resume(); }, 5); });
      req.on('end', function () { res.end(Buffer.concat(parts)); });
      return;
    }
    n++;
    res.end(req.url.slice(3) + ' from worker ' + cluster.worker.id + '\n');
  });
  server.listen(port);
  process.on('message', function (m) { if (m.report) process.send({ served: n }); });
}
