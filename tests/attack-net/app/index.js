// The app that tests/attack-net/run.sh attacks: an HTTP server on 8080.
//   GET /             "alive\n"
//   POST /sink        reads the body, answers its length
//   POST /sha256      the body's sha256 (hex)
//   GET /big?n=N      N bytes, byte i = (i * 7) % 251
//   GET /unsafe?n=N   Buffer.allocUnsafe(N), as it came (the leak probe)
var http = require('http'), crypto = require('crypto');

http.createServer(function (req, res) {
  var h = req.url === '/sha256' ? crypto.createHash('sha256') : null, len = 0;
  req.on('data', function (d) { len += d.length; if (h) h.update(d); });
  req.on('end', function () {
    var m = /^\/(big|unsafe)\?n=(\d+)$/.exec(req.url);
    if (req.url === '/') {
      res.end('alive\n');
    } else if (req.url === '/sink') {
      res.end(len + '\n');
    } else if (h) {
      res.end(h.digest('hex') + '\n');
    } else if (m && m[1] === 'big') {
      var n = +m[2], b = Buffer.alloc(n), k = Math.min(n, 251);
      for (var i = 0; i < k; i++) b[i] = (i * 7) % 251;
      for (; k < n; k *= 2) b.copy(b, k, 0, Math.min(k, n - k));
      res.end(b);
    } else if (m) {
      res.setHeader('Content-Type', 'application/octet-stream');
      res.end(Buffer.allocUnsafe(+m[2]));
    } else {
      res.statusCode = 404;
      res.end('not found\n');
    }
  });
}).listen(8080);
