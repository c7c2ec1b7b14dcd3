// http server: malformed requests get 400, oversized heads 431, and the
// server keeps serving; clientError can take over.
var http = require('http'), net = require('net');
var n = 0;
var server = http.createServer(function (req, res) {
  req.resume();
  req.on('end', function () { res.end('ok ' + req.url); });
});
function raw(port, text, cb) {
  var c = net.connect(port, '127.0.0.1'), all = '';
  c.on('connect', function () { c.write(text); });
  c.setEncoding('latin1');
  c.on('data', function (d) { all += d; });
  c.on('error', function (e) { all += '[' + e.code + ']'; });
  c.on('close', function () { cb(all.replace(/Date: [^\r]*/g, 'Date: X')); });
}
var big = new Array(17 * 1024).join('a');
var cases = [
  'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'BLAH\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET / HTTP/1.1\r\nX-Big: ' + big + '\r\n\r\n',
  'POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n',
  'POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
  'GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
];
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  (function next(i) {
    if (i === cases.length) {
      server.on('clientError', function (err, socket) {
        console.log('clientError', err.code, typeof err.bytesParsed);
        socket.end('HTTP/1.1 418 Nope\r\n\r\n');
      });
      raw(port, 'NOT HTTP\r\n\r\n', function (out) {
        console.log(JSON.stringify(out));
        server.close();
      });
      return;
    }
    raw(port, cases[i], function (out) {
      console.log(i, JSON.stringify(out));
      next(i + 1);
    });
  })(0);
});
