// tests/boot/cluster.sh: outgoing connections from cluster workers
// (core 0 connects for them, js/binding_cluster.c CL_CONNECT), printed in
// an order that does not depend on timing, so node on the host and the
// image print the same. The primary serves http on an ephemeral port and
// holds raw connections on another; workers run one after the other
// (at -smp 2 there is one core for them):
//   1. http.get of a small body (sent to the primary, which prints it);
//      net.connect to a closed port ('error' ECONNREFUSED); a 1.5 MB body
//      read whole (checksum); a 1 MB request body that the primary
//      checks; then disconnects (exit 0);
//   2. the same small get, then opens a raw connection that the primary
//      holds and exits (7) while it is open: the primary sees it close.
'use strict';
var cluster = require('cluster');
var http = require('http');
var net = require('net');

var BIG = 1536 * 1024, UP = 1 << 20;
function pattern(n, k) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = (i * k + (i >> 12)) & 255;
  return b;
}
function sum(h, buf) {
  for (var i = 0; i < buf.length; i++) h = (h * 31 + buf[i]) >>> 0;
  return h;
}

if (cluster.isPrimary) {
  var big = pattern(BIG, 7);
  var server = http.createServer(function (req, res) {
    if (req.url.indexOf('/hello/') === 0) {
      res.end('hello worker ' + req.url.slice(7) + ' from the primary');
    } else if (req.url === '/big') {
      res.setHeader('content-length', BIG);
      res.end(big);
    } else if (req.url === '/up') {
      var n = 0, h = 0;
      req.on('data', function (d) { n += d.length; h = sum(h, d); });
      req.on('end', function () { res.end(n + ' bytes, sum ' + h); });
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  var held = 0, exited = 0;
  var holder = net.createServer(function (s) {
    s.on('error', function () {}); // a reset here (unijs) or a FIN (node): either closes it
    s.on('data', function (d) {
      console.log('primary: held connection says', JSON.stringify(d.toString()));
      s.write('hold');
    });
    s.on('close', function () { held = 1; settle(); });
  });
  var settle = function () {
    if (!held || !exited) return;
    console.log('primary: worker 2 exited and its open connection closed');
    server.close();
    holder.close();
  };
  server.listen(0, function () {
    holder.listen(0, function () {
      var env = { HTTP_PORT: server.address().port, HOLD_PORT: holder.address().port };
      var fork = function () {
        var w = cluster.fork(env);
        w.on('message', function (m) { console.log('worker', w.id, JSON.stringify(m)); });
        w.on('exit', function (code) {
          console.log('exit', w.id, code, w.exitedAfterDisconnect);
          if (w.id === 1) fork();
          else { exited = 1; settle(); }
        });
      };
      fork();
    });
  });
} else {
  var id = cluster.worker.id, port = +process.env.HTTP_PORT;
  var get = function (path, cb) {
    http.get('http://127.0.0.1:' + port + path, function (res) {
      var parts = [];
      res.on('data', function (d) { parts.push(d); });
      res.on('end', function () { cb(res.statusCode, Buffer.concat(parts)); });
    }).on('error', function (e) { process.send({ path: path, error: e.code }); });
  };
  get('/hello/' + id, function (status, body) {
    process.send({ get: status, body: body.toString() });
    if (id === 1) refused(); else hold();
  });
  var refused = function () {
    var s = net.connect(1, '127.0.0.1');
    s.on('connect', function () { process.send({ refused: 'connected?' }); });
    s.on('error', function (e) {
      process.send({ refused: e.code, message: e.message, syscall: e.syscall, address: e.address, port: e.port,
        destroyed: s.destroyed });
      bigGet();
    });
  };
  var bigGet = function () {
    get('/big', function (status, body) {
      process.send({ big: status, length: body.length, whole: body.equals(pattern(BIG, 7)), sum: sum(0, body) });
      up();
    });
  };
  var up = function () {
    var body = pattern(UP, 13);
    var req = http.request({ host: '127.0.0.1', port: port, method: 'POST', path: '/up',
      headers: { 'content-length': UP } }, function (res) {
      var t = '';
      res.on('data', function (d) { t += d; });
      res.on('end', function () {
        process.send({ up: res.statusCode, primary: t, want: UP + ' bytes, sum ' + sum(0, body) });
        cluster.worker.disconnect();
      });
    });
    req.end(body);
  };
  var hold = function () {
    var s = net.connect(+process.env.HOLD_PORT, '127.0.0.1', function () {
      s.write('worker ' + id + ' holds this');
    });
    s.on('data', function (d) {
      process.send({ hold: d.toString(), local: s.localAddress, remote: s.remoteAddress,
        remotePort: s.remotePort === +process.env.HOLD_PORT, localPort: s.localPort > 0 });
      // dies with the connection open: it is closed for it
      setTimeout(function () { process.exit(7); }, 50);
    });
  };
}
