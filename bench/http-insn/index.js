// bench/http-insn: one image (or host-build run) that serves and loads
// itself over 127.0.0.1, so that nothing waits on a wire and the time it
// takes is work: under QEMU -icount shift=0 one guest nanosecond is one
// guest instruction, and under callgrind the host build's instructions
// are counted directly. bench/http-insn.sh drives it.
//
//   args: MODE N [CONNS]
//     MODE  http     examples/http-hello as it is (bench/http-insn.sh copies
//                    it beside this file as hello.js; port 8080)
//           net      a raw net server that sends the bytes http-hello sends
//                    (the peer: what the request costs without http.js)
//     N     keep-alive requests, after 20 warm-up requests per connection
//     CONNS connections, each doing N/CONNS requests in turn (default 1)
// Prints "insn-bench MODE N ns=T" where T is process.hrtime() over the N
// measured requests (under -icount shift=0: guest instructions).
var net = require('net');
var mode = process.argv[2] || 'http', N = +(process.argv[3] || 1000), CONNS = +(process.argv[4] || 1);
var WARM = 20;
process.env.PORT = '8080';

var REQ = 'GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: insn-bench\r\nAccept: */*\r\n\r\n';
var server;
if (mode === 'http') {
  // the example, unchanged; it listens on PORT and logs once
  require('./hello.js');
} else {
  // http-hello's answer, byte for byte but the Date, which has the same length
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var two = function (n) { return n < 10 ? '0' + n : '' + n; };
  server = net.createServer(function (s) {
    s.setNoDelay(true);
    var pend = '';
    s.on('data', function (d) {
      pend += d.toString('latin1');
      var at;
      while ((at = pend.indexOf('\r\n\r\n')) >= 0) {
        pend = pend.slice(at + 4);
        var t = new Date();
        var date = DAYS[t.getUTCDay()] + ', ' + two(t.getUTCDate()) + ' ' + MON[t.getUTCMonth()] + ' ' + t.getUTCFullYear() +
          ' ' + two(t.getUTCHours()) + ':' + two(t.getUTCMinutes()) + ':' + two(t.getUTCSeconds()) + ' GMT';
        s.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: ' + date +
          '\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 17\r\n\r\nHello from unijs\n');
      }
    });
  });
  server.listen(8080);
}

// One client connection: sends a request when the previous answer has
// come whole (Content-Length framing), n times.
function client(n, done) {
  var s = net.connect(8080, '127.0.0.1');
  var buf = '', left = n;
  s.setNoDelay(true);
  s.on('connect', function () { s.write(REQ); });
  s.on('data', function (d) {
    buf += d.toString('latin1');
    for (;;) {
      var at = buf.indexOf('\r\n\r\n');
      if (at < 0) return;
      var m = /\r\ncontent-length: *(\d+)/i.exec(buf.slice(0, at));
      if (!m) throw new Error('insn-bench: no Content-Length in ' + JSON.stringify(buf.slice(0, at)));
      var end = at + 4 + +m[1];
      if (buf.length < end) return;
      if (buf.slice(0, 12) !== 'HTTP/1.1 200') throw new Error('insn-bench: ' + buf.slice(0, 40));
      buf = buf.slice(end);
      if (--left === 0) { s.end(); done(); return; }
      s.write(REQ);
    }
  });
  s.on('error', function (e) { console.log('insn-bench: client error ' + e.message); process.exit(2); });
}

function round(n, cb) {
  var k = CONNS, per = Math.max(1, Math.floor(n / CONNS));
  for (var i = 0; i < CONNS; i++) client(per, function () { if (--k === 0) cb(); });
}

function start() {
  round(WARM * CONNS, function () {
    var t0 = process.hrtime();
    round(N, function () {
      var d = process.hrtime(t0);
      console.log('insn-bench ' + mode + ' ' + N + ' ns=' + (d[0] * 1e9 + d[1]));
      process.exit(0);
    });
  });
}
// the server listens in this same turn of the loop (listen is synchronous
// enough for a connect that comes a turn later)
setTimeout(start, 10);
