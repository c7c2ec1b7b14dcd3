// A client that goes away while its request's body is still coming: the
// events on the request and its response in Node 20's order ('aborted',
// the response's 'close', then the request's 'error' ECONNRESET and
// 'close'), with destroyed, aborted and complete at each.
var http = require('http'), net = require('net');
var client;
var server = http.createServer(function (req, res) {
  ['end', 'close', 'aborted', 'error'].forEach(function (e) {
    req.on(e, function (x) {
      console.log('req', e, x && x.code, req.destroyed, req.aborted, req.complete);
      if (e === 'close') server.close();
    });
  });
  ['finish', 'close', 'error'].forEach(function (e) {
    res.on(e, function (x) { console.log('res', e, x && x.code, res.destroyed, res.writableEnded, res.writableFinished); });
  });
  console.log('request', req.method, req.url, req.headers['content-length']);
  client.destroy();
});
server.listen(0, '127.0.0.1', function () {
  client = net.connect(server.address().port, '127.0.0.1', function () {
    client.write('POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
  });
});
