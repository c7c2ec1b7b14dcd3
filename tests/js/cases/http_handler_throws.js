// A request handler that throws while its request is parsed: the
// exception, the handler's own, reaches 'uncaughtException' once (through
// the parser's native execute, which holds the server's try), and the
// server goes on answering other connections. (What becomes of the
// thrown-on connection is not compared: Node leaves it open, unijs
// closes it.)
var http = require('http');
var net = require('net');
var n = 0;
var c;
process.on('uncaughtException', function (e) {
  console.log('uncaught', e.message, e instanceof Error, ++n);
  c.destroy();
});
var server = http.createServer(function (req, res) {
  if (req.url === '/throw') throw new Error('boom in ' + req.method);
  res.end('ok ' + req.url);
});
server.listen(0, function () {
  var port = server.address().port;
  c = net.connect(port, function () {
    c.write('GET /throw HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('close', function () {
    console.log('no answer on the thrown-on connection:', got === '');
    http.get({ port: port, path: '/after' }, function (res) {
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () {
        console.log(res.statusCode, b);
        server.close();
      });
    });
  });
});
