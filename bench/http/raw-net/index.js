// bench/http/raw-net: http-hello's answer from a raw net server, no http
// module: one 'data' callback and one write per request. bench/http-rps.sh
// runs it beside the image and the C responder: what the JavaScript engine
// and the net module cost per request, apart from http.js. Not an HTTP
// server: it answers every blank line (a request head's end) in what
// arrives, with fixed bytes (a fixed Date of the right length), and
// ignores the request's bodies and any head split across two reads.
var net = require('net');
var ANSWER = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n' +
  'Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nConnection: keep-alive\r\n' +
  'Keep-Alive: timeout=5\r\nContent-Length: 17\r\n\r\nHello from unijs\n');
var port = Number(process.env.PORT) || 8080;
net.createServer(function (s) {
  s.on('data', function (d) {
    for (var at = d.indexOf('\r\n\r\n'); at >= 0; at = d.indexOf('\r\n\r\n', at + 4))
      s.write(ANSWER);
  });
}).listen(port, function () { console.log('raw-net listening on port ' + port); });
