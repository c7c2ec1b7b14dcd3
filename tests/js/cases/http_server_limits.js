// http server limits as Node's: maxRequestsPerSocket (the last allowed
// response says Connection: close and Keep-Alive max=N; more requests on
// the socket get 503 and 'dropRequest'), maxHeadersCount (req.headers
// keeps the first N, rawHeaders all), maxConnections (a connection beyond
// it is closed at once, unanswered).
var http = require('http'), net = require('net');
var server = http.createServer(function (req, res) {
  res.end(req.url + ' ' + Object.keys(req.headers).length + ' ' + req.rawHeaders.length);
});
server.maxRequestsPerSocket = 2;
server.maxHeadersCount = 3;
server.on('dropRequest', function (req) { console.log('dropRequest', req.url); });
function raw(port, data, cb) {
  var c = net.connect(port, '127.0.0.1', function () { if (data) c.end(data); });
  var all = '';
  c.setEncoding('latin1');
  c.on('data', function (x) { all += x; });
  c.on('error', function (e) { all += '[' + e.code + ']'; });
  c.on('close', function () { cb(all.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|')); });
  return c;
}
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  raw(port, 'GET /1 HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n' +
    'GET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n', function (out) {
    console.log(out);
    server.maxConnections = 1;
    // once the server has the first connection, a second is over the limit
    server.once('connection', function () {
      raw(port, null, function (o) {
        console.log('over the limit: ' + JSON.stringify(o));
        first.destroy();
        server.close(function () { console.log('closed'); });
      });
    });
    var first = net.connect(port, '127.0.0.1', function () {
      first.write('GET /held HTTP/1.1\r\nHost: x\r\n');
    });
    first.on('error', function () {});
  });
});
