// The service tests/attack/run.sh attacks (booted with little memory) and
// also runs under node on the host, for the checks whose output Node
// decides. Arguments NAME=MS set the server's timeouts, so that a test
// need not wait Node's 60 s: headersTimeout, requestTimeout,
// keepAliveTimeout, interval (connectionsCheckingInterval).
//   GET /           "hello"
//   ANY /count      answers at once; counts the requests that reached a
//                   handler (a refused head must never get here)
//   GET /slow?ms=N  answers its URL after N ms (pipelining order)
//   POST /hold?ms=N never reads the body; answers after N ms
//   GET /throw      throws (an 'uncaughtException' listener catches it)
//   GET /big?mb=N&t=MS   streams N MiB of 'b' (Content-Length given),
//                   64 KiB at a time as the socket drains; MS: the
//                   response's inactivity timeout (res.setTimeout, no
//                   listener: the socket is destroyed, as in Node)
//   GET /bigend?mb=N&t=MS   the same N MiB given to end() in one Buffer
//   POST /buffer    buffers the body (a framework's body parser): answers
//                   "LENGTH SHA1" at its end, or 413 with Connection: close
//                   once it passes limit=BYTES (1.5 MiB unless set)
//   POST /stream    hashes the body as it comes: "LENGTH SHA1"
//   GET /stats      JSON: handled, uncaught, connections, heap, the
//                   connections refused for want of heap and evicted
//                   (unijs only); with
//                   port2=N, also the second server's connections and
//                   how many it evicted (unijs only)
// maxConnections=N: the server's own limit; hold=KiB: a Buffer per
// connection (below).
// port2=N: a second server on port N with Node's default timeouts and
// maxConnections (its checks as often as interval=MS), answering "hello"
// to everything (the eviction cases); headersTimeout2=MS sets its
// headersTimeout (Node's 60 s unless set: tests/attack/run.sh sets 240 s,
// as filling its pool through QEMU's user network can take minutes on a
// loaded host, and the first connections must not time out meanwhile).
var http = require('http');
var crypto = require('crypto');
var o = {};
process.argv.slice(2).forEach(function (a) {
  var m = /^(\w+)=(\d+)$/.exec(a);
  if (m) o[m[1]] = +m[2];
});
var handled = 0, uncaught = 0;
// the big responses (/big, /bigend): bytes written, whether one waits for
// 'drain', how many ended whole and how many were cut off
var big = { written: 0, waiting: false, finished: 0, aborted: 0 };
var MiB = 1024 * 1024, CHUNK = Buffer.alloc(65536, 'b');
var limit = o.limit || 1.5 * MiB;

function bigResponse(req, res, n, ms, whole) {
  var left = n * MiB, done = false;
  res.setHeader('Content-Length', left);
  if (ms) res.setTimeout(ms);
  res.on('finish', function () { done = true; big.waiting = false; big.finished++; });
  res.on('close', function () { if (!done) { done = true; big.waiting = false; big.aborted++; } });
  if (whole) {
    big.written += left;
    res.end(Buffer.alloc(left, 'b'));
    return;
  }
  (function more() {
    big.waiting = false;
    while (left > 0 && !done) {
      left -= CHUNK.length;
      big.written += CHUNK.length;
      if (!res.write(CHUNK)) {
        big.waiting = true;
        res.once('drain', more);
        return;
      }
    }
    if (!done) res.end();
  })();
}
process.on('uncaughtException', function (e) {
  uncaught++;
  // (the heap beside it: an allocation that failed in an 8 MB guest is
  // told from a bug by these)
  var m = process.memoryUsage();
  console.log('attack-app: uncaught ' + e.message + ' (heap ' + m.heapUsed + ' of ' + m.heapTotal + ' used)');
});
var server = http.createServer({
  headersTimeout: o.headersTimeout, requestTimeout: o.requestTimeout,
  keepAliveTimeout: o.keepAliveTimeout, connectionsCheckingInterval: o.interval
}, function (req, res) {
  var u = req.url, ms = +((/[?&]ms=(\d+)/.exec(u) || [])[1] || 0);
  if (u === '/') {
    res.end('hello\n');
  } else if (u === '/count') {
    handled++;
    res.end('handled\n');
  } else if (u.indexOf('/slow') === 0) {
    setTimeout(function () { res.end(u + '\n'); }, ms);
  } else if (u.indexOf('/hold') === 0) {
    setTimeout(function () { res.end('held\n'); }, ms);
  } else if (u.indexOf('/big') === 0) {
    bigResponse(req, res, +((/[?&]mb=(\d+)/.exec(u) || [])[1] || 1),
      +((/[?&]t=(\d+)/.exec(u) || [])[1] || 0), u.indexOf('/bigend') === 0);
  } else if (u === '/buffer') {
    var chunks = [], got = 0;
    req.on('data', function (d) {
      got += d.length;
      if (!chunks) return;
      if (got > limit) {
        chunks = null;
        res.writeHead(413, { Connection: 'close' });
        res.end('too large\n');
        return;
      }
      chunks.push(d);
    });
    req.on('end', function () {
      if (!chunks) return;
      var body = Buffer.concat(chunks);
      chunks = null;
      res.end(body.length + ' ' + crypto.createHash('sha1').update(body).digest('hex') + '\n');
    });
  } else if (u === '/stream') {
    var h = crypto.createHash('sha1'), n = 0;
    req.on('data', function (d) { n += d.length; h.update(d); });
    req.on('end', function () { res.end(n + ' ' + h.digest('hex') + '\n'); });
  } else if (u === '/throw') {
    throw new Error('boom');
  } else if (u === '/stats') {
    server.getConnections(function (err, n) {
      res.end(JSON.stringify({ handled: handled, uncaught: uncaught, connections: n,
        connections2: server2 ? server2._connections : null, evicted2: server2 ? server2._evicted || 0 : null,
        heapUsed: process.memoryUsage().heapUsed, heapTotal: process.memoryUsage().heapTotal,
        maxConnections: server.maxConnections === undefined ? null : server.maxConnections,
        refused: server._refused || 0, evicted: server._evicted || 0, big: big }));
    });
  } else {
    res.statusCode = 404;
    res.end('not found\n');
  }
});
var server2 = null;
if (o.port2) {
  var opts2 = { connectionsCheckingInterval: o.interval };
  if (o.headersTimeout2) opts2.headersTimeout = o.headersTimeout2;
  server2 = http.createServer(opts2, function (req, res) { res.end('hello\n'); });
  server2.listen(o.port2);
}
if (o.maxConnections) server.maxConnections = o.maxConnections;
// hold=KiB: each connection holds a Buffer of that size for its life, so
// that a few dozen connections stand for the thousands an attacker opens
// (tests/attack/run.sh's heap case)
if (o.hold) server.on('connection', function (s) { s.held = Buffer.alloc(o.hold * 1024); });
server.listen(o.port || 8080, function () {
  console.log('attack-app: http on ' + (o.port || 8080) + ' maxConnections ' + server.maxConnections +
    ' headersTimeout ' + server.headersTimeout);
});
