// http server: end(body) with a large Buffer (sent where it lies, the
// head written before it) gives the same bytes as Node: a latin1 header
// value, a status message, writeHead's headers, pipelined requests in
// order, and the body byte for byte. Date masked; bodies summed.
var http = require('http'), net = require('net');
var big = Buffer.alloc(70000);
for (var i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 255;
var server = http.createServer(function (req, res) {
  res.setHeader('X-L', 'caf\u00e9 \u00ff');
  if (req.url === '/big') { res.statusMessage = 'F\u00e9ine'; res.end(big); }
  else if (req.url === '/edge') res.end(big.subarray(0, 16384));
  else if (req.url === '/under') res.end(big.subarray(100, 16383));
  else if (req.url === '/w') { res.writeHead(201, { 'X-W': '\u00e9', 'Content-Length': big.length }); res.end(big); }
  else res.end('x');
});
function sum(b) {
  var s = 0;
  for (var i = 0; i < b.length; i++) s = (s * 31 + b[i]) % 1000000007;
  return s;
}
server.listen(0, '127.0.0.1', function () {
  var k = net.connect(server.address().port, '127.0.0.1'), got = [];
  k.on('data', function (d) { got.push(d); });
  k.on('end', function () {
    var all = Buffer.concat(got), at = 0;
    while (at < all.length) {
      var he = all.indexOf('\r\n\r\n', at);
      var head = all.subarray(at, he).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X');
      var len = Number(/Content-Length: (\d+)/i.exec(head)[1]);
      var body = all.subarray(he + 4, he + 4 + len);
      console.log(head.split('\r\n').join(' | '));
      console.log('  body', body.length, sum(body));
      at = he + 4 + len;
    }
    server.close();
  });
  ['/big', '/edge', '/under', '/w', '/e'].forEach(function (p, i, a) {
    k.write('GET ' + p + ' HTTP/1.1\r\nHost: x\r\n' + (i === a.length - 1 ? 'Connection: close\r\n' : '') + '\r\n');
  });
});
