// A request nobody reads (GET, no body), tick by tick: its state as the
// getters show it (complete, readableEnded, destroyed, closed,
// readableFlowing, readable, readableLength) on each of the ten ticks
// after the handler answers, and listeners for 'end', 'close', 'readable'
// and 'resume' added on one of those ticks (by on(), and by
// prependListener, which is EventEmitter's own), or the stream's state
// looked at there, or the request read there. Each shows when its events
// come against the ticks. Also one answered from a setImmediate, and one
// answered before it is read through. (unijs makes such a request's
// Readable state only when something uses it: this is what that must
// not change.)
var http = require('http'), net = require('net');
var log = [];
function st(req) {
  return [req.complete, req.readableEnded, req.destroyed, req.closed, req.readable].map(Number).join('') +
    ' ' + req.readableFlowing + ' ' + req.readableLength;
}
// at tick depth k (0: in the handler, after res.end), fn(); the state at
// every depth up to 10
function ticks(id, req, k, fn) {
  var d = 0;
  function step() {
    if (d === k && fn) fn();
    log.push(id + ' t' + d + ' ' + st(req));
    if (++d <= 10) process.nextTick(step);
  }
  step();
}
function on(id, req, how, type) {
  req[how](type, function () { log.push(id + ' ' + type + ' ' + st(req)); });
}
var plans = [];
[0, 1, 2, 3, 4, 5, 6].forEach(function (k) {
  plans.push(['plain' + k, k, null]);
  plans.push(['on-end-close' + k, k, function (id, req) { on(id, req, 'on', 'end'); on(id, req, 'on', 'close'); }]);
  plans.push(['prepend-end-close' + k, k, function (id, req) {
    on(id, req, 'prependListener', 'end');
    on(id, req, 'prependListener', 'close');
  }]);
  plans.push(['readable' + k, k, function (id, req) {
    req.on('readable', function () { log.push(id + ' readable ' + req.read() + ' ' + st(req)); });
  }]);
  plans.push(['prepend-readable-resume' + k, k, function (id, req) {
    on(id, req, 'prependListener', 'readable');
    on(id, req, 'prependListener', 'resume');
  }]);
  plans.push(['state' + k, k, function (id, req) {
    var s = req._readableState;
    log.push(id + ' state ' + [s.ended, s.endEmitted, s.flowing, s.destroyed, s.closed, s.closeEmitted, s.resumeScheduled].join(','));
  }]);
  plans.push(['read' + k, k, function (id, req) { log.push(id + ' read ' + req.read() + ' ' + st(req)); }]);
  plans.push(['pause' + k, k, function (id, req) { req.pause(); log.push(id + ' paused ' + req.isPaused()); }]);
});
var n = 0;
var server = http.createServer(function (req, res) {
  var plan = plans[n++], id = plan[0];
  res.on('finish', function () { log.push(id + ' res finish ' + st(req)); });
  res.on('close', function () { log.push(id + ' res close ' + st(req)); });
  if (req.url === '/later') {
    log.push(id + ' handler ' + st(req));
    setImmediate(function () {
      res.end('l');
      ticks(id, req, plan[1], plan[2] && function () { plan[2](id, req); });
    });
    return;
  }
  res.end('x');
  ticks(id, req, plan[1], plan[2] && function () { plan[2](id, req); });
});
var total;
server.listen(0, '127.0.0.1', function () {
  // a few more plans, answered later
  plans.push(['later-plain', 3, null]);
  plans.push(['later-on-end-close', 1, function (id, req) { on(id, req, 'on', 'end'); on(id, req, 'on', 'close'); }]);
  total = plans.length;
  var c = net.connect(server.address().port, '127.0.0.1'), i = 0, buf = '';
  function send() {
    var url = i >= total - 2 ? '/later' : '/';
    i++;
    c.write('GET ' + url + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  c.on('connect', send);
  c.on('data', function (d) {
    buf += d.toString('latin1');
    var at = buf.indexOf('\r\n\r\n');
    if (at < 0) return;
    var len = +/content-length: *(\d+)/i.exec(buf.slice(0, at))[1];
    if (buf.length < at + 4 + len) return;
    buf = buf.slice(at + 4 + len);
    // (a timer: the ticks of the request before are all done)
    if (i < total) setTimeout(send, 2);
    else setTimeout(function () {
      console.log(log.join('\n'));
      c.end();
      server.close();
    }, 20);
  });
});
