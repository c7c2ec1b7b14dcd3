// bench/prop/http-keepalive.js [N]: examples/http-hello's service and a
// keep-alive client in one process (the host build's TCP is an in-process
// loopback): N sequential GET / on one connection, then both close. The
// client is a raw socket so that the instructions counted are the server's
// http module (parser binding, IncomingMessage, ServerResponse, headers).
// bench/propspeed.sh runs it at two N under callgrind: the difference over
// the difference in N is instructions per request, start-up cancelled.
var http = require('http');
var net = require('net');

var n = Number(process.argv[2]) || 100;
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello from unijs\n');
});
server.listen(0, function () {
  var sock = net.connect(server.address().port, '127.0.0.1');
  var done = 0, buf = '';
  function ask() {
    sock.write('GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: propspeed\r\nAccept: */*\r\n\r\n');
  }
  sock.on('connect', ask);
  sock.setEncoding('latin1');
  sock.on('data', function (d) {
    buf += d;
    var i;
    while ((i = buf.indexOf('Hello from unijs\n')) >= 0) {
      buf = buf.slice(i + 17);
      if (++done === n) {
        sock.end();
        server.close();
        console.log('http-keepalive requests=' + done);
        return;
      }
      ask();
    }
  });
});
