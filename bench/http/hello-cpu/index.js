// examples/http-hello's service with two routes for bench/http-icount.sh:
// GET /cpu answers process.cpuUsage().user (the core's busy microseconds:
// guest instructions / 1000 under QEMU's -icount shift=0), GET /big a
// 1 MB body (one Buffer, made once), GET /chunked a streamed chunked body
// (nine write() calls), GET /chunked-big one of four 16 KiB writes. Every other request gets http-hello's
// answer, from the same code.
var http = require('http');

var big = Buffer.alloc(1024 * 1024, 'x');
var line = 'a line of a streamed response, 48 bytes long...\n', kb = Buffer.alloc(1024, 'k');
var k16 = Buffer.alloc(16384, 'z');
var port = Number(process.env.PORT) || 8080;
var server = http.createServer(function (req, res) {
  if (req.url === '/cpu') {
    res.end(String(process.cpuUsage().user));
    return;
  }
  if (req.url === '/chunked') {
    // a streamed response: the head, then 8 writes of a 48-byte string
    // and one of a 1 KiB Buffer, each a chunk, and the last chunk
    res.setHeader('Content-Type', 'text/plain');
    res.flushHeaders();
    for (var i = 0; i < 8; i++) res.write(line);
    res.write(kb);
    res.end();
    return;
  }
  if (req.url === '/chunked-big') {
    // a streamed response of larger pieces (zlib's output is 16 KiB ones)
    res.flushHeaders();
    for (var j = 0; j < 4; j++) res.write(k16);
    res.end();
    return;
  }
  if (req.url === '/big') {
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(big);
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello from unijs\n');
});
server.listen(port, function () {
  console.log('http-hello listening on port ' + server.address().port);
});
