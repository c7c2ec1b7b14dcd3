// A request's duplicate headers as Node 20 joins them in req.headers
// (the first of Host, Content-Type, Authorization, ETag, ...; Set-Cookie
// an array; Cookie joined by "; "; others by ", "), and all of them in
// req.headersDistinct and req.trailersDistinct, names in lowercase.
var http = require('http'), net = require('net');
var server = http.createServer(function (req, res) {
  console.log(JSON.stringify(req.headers));
  console.log(JSON.stringify(req.headersDistinct));
  console.log(req.rawHeaders.length, req.httpVersion, req.method, req.url, req.complete);
  req.on('end', function () { console.log('trailers', JSON.stringify(req.trailers), JSON.stringify(req.trailersDistinct), JSON.stringify(req.rawTrailers)); res.end(); });
  req.resume();
});
server.listen(0, '127.0.0.1', function () {
  var k = net.connect(server.address().port, '127.0.0.1', function () {
    k.write('POST /x?y HTTP/1.1\r\nHost: a\r\nhost: b\r\nContent-Type: t1\r\nContent-Type: t2\r\nX-F: 1\r\nx-f: 2\r\nSet-Cookie: a\r\nset-cookie: b\r\nCookie: c1\r\nCookie: c2\r\nAuthorization: a1\r\nAuthorization: a2\r\nETag: e1\r\nEtag: e2\r\nWWW-Authenticate: w1\r\nWWW-Authenticate: w2\r\nAccept: a\r\nAccept: b\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\nX-T: t1\r\nx-t: t2\r\n\r\n');
  });
  k.resume(); k.on('end', function () { server.close(); });
});
