// tests/boot/cluster.sh: a cluster worker's connections to a server on
// the host, through the network device (QEMU's user net reaches the host
// at 10.0.2.2): node main.js BASE CLOSED, BASE the host's http server
// (http://127.0.0.1:PORT on the host, http://10.0.2.2:PORT in the image)
// that serves /big.bin (1 MiB + 3 bytes), CLOSED a port nobody listens on.
// The worker gets it whole (checksum) and is refused on CLOSED; the
// primary prints what it reports.
'use strict';
var cluster = require('cluster');
var http = require('http');
var net = require('net');

if (cluster.isPrimary) {
  var w = cluster.fork();
  w.on('message', function (m) { console.log('worker', JSON.stringify(m)); });
  w.on('exit', function (code) { console.log('exit', code); });
} else {
  var base = process.argv[2], closed = +process.argv[3];
  http.get(base + '/big.bin', function (res) {
    var n = 0, h = 0;
    res.on('data', function (d) {
      n += d.length;
      for (var i = 0; i < d.length; i++) h = (h * 31 + d[i]) >>> 0;
    });
    res.on('end', function () {
      process.send({ status: res.statusCode, length: n, sum: h });
      var s = net.connect(closed, base.replace(/^http:\/\/|:[0-9]+$/g, ''));
      s.on('connect', function () { process.send({ refused: 'connected?' }); s.destroy(); });
      s.on('error', function (e) {
        process.send({ refused: e.code, syscall: e.syscall, port: e.port === closed });
        cluster.worker.disconnect();
      });
    });
  }).on('error', function (e) { process.send({ error: e.code }); cluster.worker.disconnect(); });
}
