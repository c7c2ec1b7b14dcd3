// headersTimeout on a kept-alive connection's second request: its head
// begun after the first was answered (a later write), or in the same
// write as the first (pipelined), and never finished; a body never
// finished after a first request (requestTimeout). Each is answered, then
// 408 and disconnected, as in Node. (unijs learns of a message still
// coming in at the end of the bytes in hand: binding_http.c's
// onMessageOpen.)
var http = require('http'), net = require('net');
var server = http.createServer({ headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 },
  function (req, res) { req.resume(); res.end('ok'); });
var results = {}, left = 3;
var GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
server.listen(0, '127.0.0.1', function () {
  function go(name, parts) {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      parts.forEach(function (p, i) { setTimeout(function () { if (!c.destroyed) c.write(p); }, i * 100); });
    });
    var all = '';
    c.setEncoding('latin1');
    c.on('data', function (x) { all += x; });
    c.on('error', function (e) { all += '[' + e.code + ']'; });
    c.on('close', function () {
      results[name] = all.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|');
      if (--left === 0) done();
    });
  }
  go('second head later', [GET, 'GET / HTTP/1.1\r\n', 'Host: x\r\n']);
  go('second head pipelined', [GET + 'GET / HTTP/1.1\r\nHost: x\r\n']);
  go('second body', [GET, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nabc', 'd', 'e']);
  // (a guard, not a figure: a connection never timed out shows as missing)
  var guard = setTimeout(done, 5000);
  function done() {
    clearTimeout(guard);
    ['second body', 'second head later', 'second head pipelined'].forEach(function (k) { console.log(k + ': ' + results[k]); });
    server.close();
    process.exit(0);
  }
});
