// Which framing header Node writes: a client request whose method has no
// body by default (GET, DELETE, OPTIONS) gets neither Content-Length nor
// chunks, even from end(data); POST gets Content-Length; a response to an
// HTTP/1.0 request gets none either and the connection end ends the body.
var net = require('net'), http = require('http');
var s = net.createServer(function (c) {
  // all the request has come once the client closes (after the response)
  var got = '';
  c.on('data', function (d) {
    if (!got) c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    got += d;
  });
  c.on('end', function () { console.log(JSON.stringify(got.replace(/Host: .*\r\n/, ''))); });
});
s.listen(0, '127.0.0.1', function () {
  var p = s.address().port;
  var cases = [['GET', null], ['GET', 'x'], ['DELETE', null], ['DELETE', 'xy'], ['POST', null], ['POST', 'abc'], ['OPTIONS', 'z']];
  var i = 0;
  (function next() {
    if (i >= cases.length) { s.close(); return old(); }
    var m = cases[i][0], b = cases[i++][1];
    var r = http.request({ port: p, host: '127.0.0.1', method: m, agent: false }, function (res) { res.resume(); res.on('end', next); });
    r.end(b);
  })();
});
function old() {
  var srv = http.createServer(function (req, res) { res.end('hello'); });
  srv.listen(0, '127.0.0.1', function () {
    var c = net.connect(srv.address().port, '127.0.0.1', function () { c.write('GET / HTTP/1.0\r\n\r\n'); });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
      console.log(JSON.stringify(got.replace(/Date: .*\r\n/, '')));
      srv.close();
    });
  });
}
