// examples/http-hello's service with two routes for bench/http-icount.sh:
// GET /cpu answers process.cpuUsage().user (the core's busy microseconds:
// guest instructions / 1000 under QEMU's -icount shift=0), GET /big a
// 1 MB body (one Buffer, made once). Every other request gets http-hello's
// answer, from the same code.
var http = require('http');

var big = Buffer.alloc(1024 * 1024, 'x');
var port = Number(process.env.PORT) || 8080;
var server = http.createServer(function (req, res) {
  if (req.url === '/cpu') {
    res.end(String(process.cpuUsage().user));
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
