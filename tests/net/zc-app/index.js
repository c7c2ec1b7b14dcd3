// The zero-copy transmit path (net/tcp.h net_tcp_write_ref, virtio-net
// scatter-gather), driven by tests/net/js-http.sh: GET /big answers a
// 1 MB Buffer made once (sent from the Buffer itself), and the next
// request finds it unchanged; GET /mut answers a fresh 1 MB Buffer and
// overwrites it in the write callback, which must come only once the
// stack has let go of the bytes (the client sees the original bytes).
var http = require('http');

function pattern(seed) {
  var b = Buffer.alloc(1024 * 1024);
  for (var i = 0; i < b.length; i++) b[i] = (i * 7 + seed + (i >> 10)) & 255;
  return b;
}
var big = pattern(1);
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'application/octet-stream');
  if (req.url === '/mut') {
    var b = pattern(2);
    res.write(b, function () { b.fill(0); });
    res.end();
    return;
  }
  res.end(big);
});
server.listen(8080, function () { console.log('zc-app: http on 8080'); });
