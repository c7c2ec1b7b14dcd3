// The app that tests/net/js-http.sh talks to from the host: an HTTP server
// on 8080 and a TCP echo on 7.
//   GET /            "Hello from unijs\n"
//   POST /echo       the request body back (Content-Length)
//   GET /big?n=N     N bytes, byte i = (i * 7) & 255 (Content-Length)
//   GET /chunked     a few pieces over time (Transfer-Encoding: chunked)
//   GET /stats       open connections and connections shed, as JSON
//   GET /arm-shed    the next connection's setup throws the engine's
//                    out-of-memory (the string 'out of memory'): the server
//                    must shed that connection and go on serving
var http = require('http'), net = require('net');

var open = 0, armShed = false;
var server = http.createServer(function (req, res) {
  var parts = [];
  req.on('data', function (d) { parts.push(d); });
  req.on('end', function () {
    var m = /^\/big\?n=(\d+)$/.exec(req.url);
    if (req.url === '/') {
      res.end('Hello from unijs\n');
    } else if (req.url === '/echo' && req.method === 'POST') {
      res.setHeader('Content-Type', 'application/octet-stream');
      res.end(Buffer.concat(parts));
    } else if (m) {
      // the pattern repeats every 256 bytes: one period, then doubling
      var n = +m[1], b = Buffer.allocUnsafe(n), k = Math.min(n, 256);
      for (var i = 0; i < k; i++) b[i] = (i * 7) & 255;
      for (; k < n; k *= 2) b.copy(b, k, 0, Math.min(k, n - k));
      res.end(b);
    } else if (req.url === '/chunked') {
      var k = 0;
      (function piece() {
        if (k === 5) return res.end('end\n');
        res.write('piece ' + k++ + '\n');
        setTimeout(piece, 2);
      })();
    } else if (req.url === '/stats') {
      res.end(JSON.stringify({ open: open, shed: server._shed || 0 }));
    } else if (req.url === '/arm-shed') {
      armShed = true;
      res.end('armed\n');
    } else {
      res.statusCode = 404;
      res.end('not found\n');
    }
  });
});
server.on('connection', function (s) {
  if (armShed) {
    armShed = false;
    throw 'out of memory'; // what mujs throws when a collection finds no room
  }
  open++;
  s.on('close', function () { open--; });
});
server.listen(8080, function () { console.log('js-app: http on 8080'); });

net.createServer(function (s) {
  s.on('data', function (d) {
    if (!s.write(d)) {
      s.pause();
      s.once('drain', function () { s.resume(); });
    }
  });
  s.on('error', function () {});
}).listen(7, function () { console.log('js-app: echo on 7'); });
