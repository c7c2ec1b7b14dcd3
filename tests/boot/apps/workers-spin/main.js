// A worker that never returns to its loop (while (true) {}) must not stop
// the main thread from serving, and terminate() must end it. In unijs,
// at -smp 1 (or with every other core busy) the worker is time-shared
// with the main isolate on core 0 (docs/workers.md): the main isolate
// still runs its timers and answers http requests (its own, through
// lwIP's loopback) while the worker spins, and terminate() stops it.
// Prints the same as Node.
'use strict';
var path = require('path');
var http = require('http');
var wt = require('worker_threads');

var w = new wt.Worker(path.join(__dirname, 'spin.js'));
w.on('online', function () { console.log('online'); });
w.on('exit', function (code) { console.log('worker exit', code); });
w.on('message', function (m) {
  console.log('worker says', m);
  var ticks = 0;
  var t = setInterval(function () {
    if (++ticks === 3) {
      clearInterval(t);
      console.log('main: 3 timer ticks while the worker spins');
      serve();
    }
  }, 5);
});

function serve() {
  var server = http.createServer(function (req, res) {
    res.end('answer ' + req.url);
  });
  server.listen(0, function () {
    var port = server.address().port, n = 0;
    (function next() {
      if (n === 5) {
        console.log('main: 5 answers while the worker spins');
        server.close();
        w.terminate().then(function (code) { console.log('terminate resolved', code); });
        return;
      }
      http.get({ host: '127.0.0.1', port: port, path: '/' + n++ }, function (res) {
        var body = '';
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
          console.log(res.statusCode, body);
          next();
        });
      });
    })();
  });
}
