// http client against our own server: GET, POST bodies both ways, chunked
// responses, a 1 MB body, HEAD, status codes, and a refused connection.
var http = require('http');
function keys(o) { return Object.keys(o).filter(function (k) { return k !== 'date'; }).sort().map(function (k) { return k + '=' + o[k]; }).join(' '); }
var big = Buffer.alloc(1024 * 1024);
for (var i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
var server = http.createServer(function (req, res) {
  var parts = [];
  req.on('data', function (d) { parts.push(d); });
  req.on('end', function () {
    var body = Buffer.concat(parts);
    if (req.url === '/big') { res.end(big); return; }
    if (req.url === '/chunks') {
      res.write('a');
      setTimeout(function () { res.write('bc'); res.end('d'); }, 5);
      return;
    }
    if (req.url === '/missing') { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('no'); return; }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify([req.method, req.url, body.length, sum(body), req.headers['transfer-encoding'] || null]));
  });
});
function sum(b) { var s = 0; for (var i = 0; i < b.length; i += 997) s = (s + b[i]) % 65521; return s; }
function get(path, cb) {
  http.get('http://127.0.0.1:' + server.address().port + path, function (res) {
    var parts = [];
    res.on('data', function (d) { parts.push(d); });
    res.on('end', function () { cb(res, Buffer.concat(parts)); });
  });
}
var steps = [
  function (next) { get('/hello?x=1', function (res, b) { console.log(res.statusCode, res.statusMessage, keys(res.headers), b.toString()); next(); }); },
  function (next) { get('/missing', function (res, b) { console.log(res.statusCode, res.statusMessage, keys(res.headers), b.toString()); next(); }); },
  function (next) { get('/chunks', function (res, b) { console.log(res.statusCode, keys(res.headers), b.toString()); next(); }); },
  function (next) { get('/big', function (res, b) { console.log(res.statusCode, res.headers['content-length'], b.length, b.equals(big)); next(); }); },
  function (next) {
    var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/post',
      headers: { 'Content-Length': big.length } }, function (res) {
      var s = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { s += d; });
      res.on('end', function () { console.log('post', res.statusCode, s); next(); });
    });
    console.log(req.write(big.slice(0, 1000)), typeof req.getHeader('content-length'));
    req.end(big.slice(1000));
  },
  function (next) {
    var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', path: '/chunked' }, function (res) {
      var s = '';
      res.on('data', function (d) { s += d; });
      res.on('end', function () { console.log('put', s); next(); });
    });
    req.write('abc');
    req.write(Buffer.from('def'));
    req.end();
  },
  function (next) {
    var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'HEAD', path: '/big' }, function (res) {
      res.on('data', function () { console.log('HEAD has a body?'); });
      res.on('end', function () { console.log('head', res.statusCode, res.headers['content-length']); next(); });
    });
    req.end();
  },
  function (next) {
    var port = server.address().port;
    server.close(function () {
      var req = http.get({ port: port, host: '127.0.0.1', path: '/', agent: false });
      req.on('error', function (e) { console.log('error', e.code, e.syscall, e.address, e.port === port, e.message === 'connect ECONNREFUSED 127.0.0.1:' + port); next(); });
    });
  }
];
server.listen(0, '127.0.0.1', function () {
  (function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); else console.log('done'); })(0);
});
