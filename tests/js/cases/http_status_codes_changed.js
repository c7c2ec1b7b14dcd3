// The status line follows http.STATUS_CODES as it is when the head is
// made (unijs keeps each code's first line made: a changed message makes
// it again), on one keep-alive connection.
var http = require('http'), net = require('net');
var n = 0;
var server = http.createServer(function (req, res) {
  n++;
  if (n === 2) http.STATUS_CODES[200] = 'Fine';
  if (n === 3) { res.statusCode = 404; }
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1'), i = 0, buf = '';
  c.on('connect', function () { c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'); });
  c.on('data', function (d) {
    buf += d; var at;
    while ((at = buf.indexOf('\r\n\r\n')) >= 0) {
      console.log(buf.slice(0, buf.indexOf('\r\n')));
      buf = buf.slice(at + 5);
      if (++i < 4) c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'); else { c.end(); server.close(); }
    }
  });
});
