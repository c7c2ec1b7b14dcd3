// bench/http-mem.sh's service: examples/http-hello's answer, plus
//   GET /mem   {"floor": N, "heapUsed": N, "heapTotal": N, "requests": N}
// floor is the least process.memoryUsage().heapUsed seen at any request
// since the previous /mem: the heap right after a garbage collection when
// one ran in between (for a look by hand; the bench itself reads the heap
// after each collection from trace=gc's lines, as the collector now lets
// most of the heap fill first and a short window may see none).
var http = require('http');

var requests = 0, floor = Infinity;
http.createServer(function (req, res) {
  var used = process.memoryUsage().heapUsed;
  if (used < floor) floor = used;
  if (req.url === '/mem') {
    var m = process.memoryUsage();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ floor: floor, heapUsed: m.heapUsed, heapTotal: m.heapTotal, requests: requests }));
    floor = Infinity;
    return;
  }
  requests++;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello from unijs\n');
}).listen(Number(process.env.PORT) || 8080, function () {
  console.log('mem-service listening');
});
