// A request's 'readable' tick (queued when the parser sees its end) and
// its response's 'finish' tick, in the order node runs them, when the
// request's tick would wait right behind the response's (a handler that
// answered at once): unijs then queues the request's tick only when the
// response's tick has not done its work (js/lib/http.js, erOwed), and
// puts it first in the queue. What must keep it there: a tick of the
// app's queued between the two by a second request's handler (two
// requests in one segment), the first request's state made, a listener
// added to it, or its methods replaced meanwhile; and a response's
// 'finish' tick waiting alone for another request's (a response ended
// from a socket's 'data' listener before that request comes whole).
// What is seen (emittedReadable among the rest, and the order against
// the app's ticks) is compared with node's.
var http = require('http'), net = require('net');
var log = [];
function st(req, res) {
  return [req.complete, req.readableEnded, req.destroyed, req.closed, req.readable].map(Number).join('') +
    ' ' + req.readableFlowing + ' ' + [res.destroyed, res.writableEnded, res.writableFinished].map(Number).join('');
}
function note(id, what, req, res) { log.push(id + ' ' + what + ' ' + st(req, res)); }
function noteRs(id, what, req, res) {
  var s = req._readableState;
  log.push(id + ' ' + what + ' er=' + Number(s.emittedReadable) + ' ' + st(req, res));
}
// what the second request's handler does to the first (prev), both
// having come in one segment; the first was answered at once
var plans = {
  plain: function () {},
  'tick': function (prev) {
    process.nextTick(function () { noteRs(prev.id, 'tick of b', prev.req, prev.res); });
  },
  'two-ticks': function (prev) {
    process.nextTick(function () {
      note(prev.id, 'tick1 of b', prev.req, prev.res);
      process.nextTick(function () { noteRs(prev.id, 'tick2 of b', prev.req, prev.res); });
    });
  },
  'state-made': function (prev) {
    noteRs(prev.id, 'state made by b', prev.req, prev.res);
    process.nextTick(function () { noteRs(prev.id, 'tick of b', prev.req, prev.res); });
  },
  'end-listener': function (prev) {
    prev.req.on('end', function () { note(prev.id, 'req end', prev.req, prev.res); });
    process.nextTick(function () { note(prev.id, 'tick of b', prev.req, prev.res); });
  },
  'readable-listener': function (prev) {
    prev.req.on('readable', function () {
      note(prev.id, 'req readable', prev.req, prev.res);
      prev.req.read();
    });
  },
  'finish-listener': function (prev) {
    prev.res.on('finish', function () { noteRs(prev.id, 'res finish', prev.req, prev.res); });
  },
  'read-replaced': function (prev) {
    var read = prev.req.read;
    prev.req.read = function (n) {
      note(prev.id, 'read()', prev.req, prev.res);
      return read.call(this, n);
    };
    process.nextTick(function () { noteRs(prev.id, 'tick of b', prev.req, prev.res); });
  },
  'micro': function (prev) {
    Promise.resolve().then(function () { noteRs(prev.id, 'micro of b', prev.req, prev.res); });
  }
};
var names = Object.keys(plans), n = 0, prev = null, held = null;
var server = http.createServer(function (req, res) {
  var id = req.url.slice(1);
  note(id, 'handler', req, res);
  if (id === 'hold') {
    // answered from the next connection's 'data' listener (below)
    held = res;
    return;
  }
  if (id === 'after-held') {
    // not answered at once: when this request comes whole, the only tick
    // waiting is the held response's 'finish' tick, not this one's
    setImmediate(function () {
      noteRs(id, 'immediate', req, res);
      res.end('l');
      process.nextTick(function () { noteRs(id, 'tick after end', req, res); });
    });
    return;
  }
  var m = /^(.*)-([ab])$/.exec(id);
  if (m && m[2] === 'b') plans[m[1]](prev, id);
  prev = { id: id, req: req, res: res };
  res.end('p');
  setImmediate(function () { noteRs(id, 'immediate', req, res); });
});
server.on('connection', function (s) {
  s.prependListener('data', function () {
    if (!held) return;
    var res = held;
    held = null;
    res.end('h');
  });
});
function pipeline(port, done) {
  var c = net.connect(port, '127.0.0.1'), i = 0, buf = '', want = 2;
  function send() {
    var name = names[i++];
    c.write('GET /' + name + '-a HTTP/1.1\r\nHost: x\r\n\r\nGET /' + name + '-b HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  c.on('connect', send);
  c.on('data', function (d) {
    buf += d.toString('latin1');
    for (;;) {
      var at = buf.indexOf('\r\n\r\n');
      if (at < 0) return;
      var len = +/content-length: *(\d+)/i.exec(buf.slice(0, at))[1];
      if (buf.length < at + 4 + len) return;
      buf = buf.slice(at + 4 + len);
      if (--want > 0) continue;
      want = 2;
      // (a timer: the ticks of the requests before are all done)
      if (i < names.length) setTimeout(send, 2);
      else setTimeout(function () { c.end(); done(); }, 10);
      return;
    }
  });
}
function heldThenNext(port, done) {
  var c1 = net.connect(port, '127.0.0.1'), got = 0;
  function one() { if (++got === 2) setTimeout(function () { c1.end(); c2.end(); done(); }, 10); }
  var c2;
  c1.on('data', one);
  c1.write('GET /hold HTTP/1.1\r\nHost: x\r\n\r\n');
  setTimeout(function () {
    c2 = net.connect(port, '127.0.0.1', function () {
      c2.write('GET /after-held HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    c2.on('data', one);
  }, 20);
}
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  pipeline(port, function () {
    heldThenNext(port, function () {
      setTimeout(function () {
        console.log(log.join('\n'));
        server.close();
      }, 10);
    });
  });
});
