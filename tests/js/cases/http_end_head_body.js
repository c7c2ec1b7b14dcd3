// http server: end(body) sends head and body together, byte for byte as
// Node: a string body in utf8/latin1 is sent with the head as one string
// in its encoding (so a latin1 header value leaves UTF-8 encoded), a
// Buffer or a hex/base64 string body after a latin1 head; after
// writeHead the same. Date masked.
var http = require('http'), net = require('net');
var server = http.createServer(function (req, res) {
  res.setHeader('X-L', 'caf\u00e9 \u00ff');
  res.statusMessage = 'F\u00e9ine';
  if (req.url === '/s') res.end('h\u00e9llo \u20ac \ud83d\ude00');
  else if (req.url === '/l') res.end('h\u00e9llo', 'latin1');
  else if (req.url === '/x') res.end('68656c6c6f', 'hex');
  else if (req.url === '/b') res.end(Buffer.from([0, 1, 2, 255]));
  else if (req.url === '/w') { res.writeHead(201, { 'X-W': '\u00e9' }); res.end('w\u00e9'); }
  else res.end();
});
server.listen(0, '127.0.0.1', function () {
  var k = net.connect(server.address().port, '127.0.0.1'), got = [];
  k.on('data', function (d) { got.push(d); });
  k.on('end', function () {
    var s = Buffer.concat(got).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X');
    console.log(JSON.stringify(s).split('\\r\\n').join('|\n'));
    server.close();
  });
  ['/s', '/l', '/x', '/b', '/w', '/e'].forEach(function (p, i, a) {
    k.write('GET ' + p + ' HTTP/1.1\r\nHost: x\r\n' + (i === a.length - 1 ? 'Connection: close\r\n' : '') + '\r\n');
  });
});
