// Header values as Node 20 (llhttp) reads them: trailing spaces and tabs
// left out (RFC 9110 5.5), inner ones kept, in rawHeaders, headers and the
// joined duplicates; and two or more Cookie values a response sets (with
// setHeader, appendHeader or writeHead) sent as one line joined by "; ".
var http = require('http'), net = require('net');
var tries = [
  function (res) { res.setHeader('Cookie', ['a=1', 'b=2']); },
  function (res) { res.setHeader('cookie', ['a=1']); },
  function (res) { res.writeHead(200, { cookie: ['a=1', 'b=2'] }); },
  function (res) { res.writeHead(200, [['Cookie', ['a=1', 'b=2', 'c=3']]]); },
  function (res) { res.appendHeader('Cookie', 'a=1'); res.appendHeader('Cookie', 'b=2'); },
  function (res) { res.setHeader('Set-Cookie', ['a=1', 'b=2']); },
  function (res) { res.setHeader('X-Cookie', ['a=1', 'b=2']); }
];
var i = -1;
var server = http.createServer(function (req, res) {
  if (i < 0) console.log(JSON.stringify(req.rawHeaders), JSON.stringify(req.headers));
  else tries[i](res);
  res.end();
});
var hide = /^(Date|Connection|Keep-Alive|Content-Length|Transfer-Encoding)$/;
server.listen(0, '127.0.0.1', function () {
  var k = net.connect(server.address().port, '127.0.0.1', function () {
    k.write('GET / HTTP/1.1\r\nHost: x \r\nX-A: b  \r\nX-B:\t c\t\r\nX-C:   \r\nX-D: a  b \r\nX-D: c\r\n' +
      'Cookie: a=1\r\nCookie: b=2 \r\nConnection: close\r\n\r\n');
  });
  k.resume();
  k.on('end', function () {
    i = 0;
    (function next() {
      if (i >= tries.length) return server.close();
      http.get({ port: server.address().port, host: '127.0.0.1' }, function (r) {
        var h = [];
        for (var j = 0; j < r.rawHeaders.length; j += 2) if (!hide.test(r.rawHeaders[j])) h.push(r.rawHeaders[j] + ': ' + r.rawHeaders[j + 1]);
        console.log(i, JSON.stringify(h));
        i++;
        r.resume();
        r.on('end', next);
      });
    })();
  });
});
