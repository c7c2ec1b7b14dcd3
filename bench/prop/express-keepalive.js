// bench/prop/express-keepalive.js [N]: an Express 4 service (the
// middleware and routes of tests/apps/express4) and a keep-alive client in
// one process, as bench/prop/http-keepalive.js: N sequential GET
// /users/7?x=1 on one connection. bench/propspeed.sh (EXPRESS=1) stages it
// beside express's packages and counts instructions per request.
var express = require('express');
var net = require('net');

var n = Number(process.argv[2]) || 100;
var app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.get('/', function (req, res) { res.send('home'); });
app.get('/users/:id', function (req, res) {
  res.json({ id: req.params.id, query: req.query });
});
var api = express.Router();
api.use(function (req, res, next) { res.set('X-Api', 'v1'); next(); });
api.get('/items', function (req, res) { res.json([{ n: 1 }, { n: 2 }]); });
app.use('/api', api);
app.use(function (req, res) { res.status(404).json({ error: 'not found', path: req.path }); });

var server = app.listen(0, function () {
  var sock = net.connect(server.address().port, '127.0.0.1');
  var done = 0, buf = '';
  function ask() {
    sock.write('GET /users/7?x=1 HTTP/1.1\r\nHost: localhost\r\nUser-Agent: propspeed\r\nAccept: */*\r\n\r\n');
  }
  sock.on('connect', ask);
  sock.setEncoding('latin1');
  sock.on('data', function (d) {
    buf += d;
    for (;;) {
      var h = buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      var m = /content-length: *(\d+)/i.exec(buf.slice(0, h));
      var end = h + 4 + (m ? Number(m[1]) : 0);
      if (buf.length < end) return;
      if (done === 0 && !/^HTTP\/1\.1 200/.test(buf)) throw new Error('unexpected answer: ' + buf.slice(0, h));
      buf = buf.slice(end);
      if (++done === n) {
        sock.end();
        server.close();
        console.log('express-keepalive requests=' + done);
        return;
      }
      ask();
    }
  });
});
