// tests/apps/express4's Express 4 service (the same middleware stack:
// JSON and urlencoded body parsers, static files, a mounted Router, a 404
// handler and an error middleware) with bench/http-icount.sh's two routes:
// GET /cpu answers process.cpuUsage().user (the core's busy microseconds:
// guest instructions / 1000 under QEMU's -icount shift=0), GET /big a
// 1 MB body (one Buffer, made once), GET /chunked and /chunked-big
// streamed bodies (9 small writes; 4 of 16 KiB). GET / is the measured
// request, answered as tests/apps/express4 answers it (and so as
// bench/http-rps.sh measures it): public/index.html, the same file,
// through express.static (send's stat, ReadStream and pipe). Before the
// thirty-first session public/ had no index.html here and GET / fell
// through to the 'home' route: a request of about half the cost
// (docs/figures.md, "The request the figures measure").
var express = require('express');
var app = express();
var big = Buffer.alloc(1024 * 1024, 'x');
app.set('x-powered-by', true);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(express.static(__dirname + '/public'));

app.get('/', function (req, res) { res.send('home'); });
app.get('/cpu', function (req, res) { res.send(String(process.cpuUsage().user)); });
app.get('/big', function (req, res) { res.type('application/octet-stream').send(big); });
// bench/http/hello-cpu's streamed response: 8 writes of 48 bytes, 1 KiB
var line = 'a line of a streamed response, 48 bytes long...\n', kb = Buffer.alloc(1024, 'k');
app.get('/chunked', function (req, res) {
  res.type('text/plain');
  res.flushHeaders();
  for (var i = 0; i < 8; i++) res.write(line);
  res.write(kb);
  res.end();
});
var k16 = Buffer.alloc(16384, 'z');
app.get('/chunked-big', function (req, res) {
  res.flushHeaders();
  for (var j = 0; j < 4; j++) res.write(k16);
  res.end();
});
app.get('/users/:id', function (req, res) {
  res.json({ id: req.params.id, query: req.query });
});

var api = express.Router();
api.use(function (req, res, next) { res.set('X-Api', 'v1'); next(); });
api.get('/items', function (req, res) { res.json([{ n: 1 }, { n: 2 }]); });
app.use('/api', api);

app.use(function (req, res) { res.status(404).json({ error: 'not found', path: req.path }); });
app.use(function (err, req, res, next) {
  res.status(err.status || 500).json({ error: err.message, type: err.type || null });
});

var port = Number(process.env.PORT) || 8080;
app.listen(port, function () { console.log('express-cpu listening on ' + port); });
