// The ticks after a response's end, when nothing listens and the app
// queues nothing between them (unijs then does their work in the first:
// js/lib/http.js, finishTick), and each thing that must keep them apart:
// a tick or a microtask of the app's queued before or after end(), a
// listener for the request's 'end', 'close', 'resume' or 'data' or for
// the response's 'finish' or 'close' added after end(), emit, _dump,
// resume, read, push, destroy or _destroy replaced (in the handler, and
// in a setImmediate after the request's end), two requests in one
// segment. What is seen (the request's and the response's state, the
// events, their order against the app's ticks) is compared with node's.
var http = require('http'), net = require('net'), EventEmitter = require('events');
var stream = require('stream');
var log = [];
function st(req, res) {
  return [req.complete, req.readableEnded, req.destroyed, req.closed, req.readable].map(Number).join('') +
    ' ' + req.readableFlowing + ' ' + [res.destroyed, res.writableEnded, res.writableFinished].map(Number).join('');
}
function note(id, what, req, res) { log.push(id + ' ' + what + ' ' + st(req, res)); }
var plans = {
  plain: function (id, req, res) { res.end('x'); },
  'tick-after-end': function (id, req, res) {
    res.end('x');
    process.nextTick(function () { note(id, 'tick', req, res); });
  },
  'tick-before-end': function (id, req, res) {
    process.nextTick(function () { note(id, 'tick', req, res); });
    res.end('x');
  },
  'two-ticks-after-end': function (id, req, res) {
    res.end('x');
    process.nextTick(function () {
      note(id, 'tick1', req, res);
      process.nextTick(function () { note(id, 'tick2', req, res); });
    });
  },
  'micro-after-end': function (id, req, res) {
    res.end('x');
    Promise.resolve().then(function () { note(id, 'micro', req, res); });
  },
  'micro-then-tick': function (id, req, res) {
    res.end('x');
    Promise.resolve().then(function () {
      note(id, 'micro', req, res);
      process.nextTick(function () { note(id, 'tick', req, res); });
    });
  },
  'req-end-after-end': function (id, req, res) {
    res.end('x');
    req.on('end', function () { note(id, 'req end', req, res); });
  },
  'req-close-after-end': function (id, req, res) {
    res.end('x');
    req.on('close', function () { note(id, 'req close', req, res); });
  },
  'req-resume-after-end': function (id, req, res) {
    res.end('x');
    req.on('resume', function () { note(id, 'req resume', req, res); });
  },
  'req-prepend-end-close': function (id, req, res) {
    res.end('x');
    req.prependListener('end', function () { note(id, 'req end', req, res); });
    req.prependListener('close', function () { note(id, 'req close', req, res); });
  },
  // (prependListener is EventEmitter's: unijs keeps the request without
  // its Readable state, as it does the others)
  'req-prepend-end': function (id, req, res) {
    res.end('x');
    req.prependListener('end', function () { note(id, 'req end', req, res); });
  },
  'req-prepend-close': function (id, req, res) {
    res.end('x');
    req.prependListener('close', function () { note(id, 'req close', req, res); });
  },
  'req-prepend-resume': function (id, req, res) {
    res.end('x');
    req.prependListener('resume', function () { note(id, 'req resume', req, res); });
  },
  'req-prepend-readable': function (id, req, res) {
    res.end('x');
    req.prependListener('readable', function () { note(id, 'req readable', req, res); });
  },
  'req-data-after-end': function (id, req, res) {
    res.end('x');
    req.on('data', function () { note(id, 'req data', req, res); });
    req.on('end', function () { note(id, 'req end', req, res); });
  },
  'res-finish-after-end': function (id, req, res) {
    res.end('x');
    res.on('finish', function () { note(id, 'res finish', req, res); });
  },
  'res-close-after-end': function (id, req, res) {
    res.end('x');
    res.on('close', function () { note(id, 'res close', req, res); });
  },
  'res-emit-replaced': function (id, req, res) {
    res.emit = function (type) {
      // (not 'finish': Node's server has a listener of its own for it,
      // which runs inside emit; unijs does that work before emit)
      if (type === 'close') note(id, 'res emit ' + type, req, res);
      return EventEmitter.prototype.emit.apply(this, arguments);
    };
    res.end('x');
  },
  'req-emit-replaced': function (id, req, res) {
    req.emit = function (type) {
      if (type === 'end' || type === 'close') note(id, 'req emit ' + type, req, res);
      return EventEmitter.prototype.emit.apply(this, arguments);
    };
    res.end('x');
  },
  'req-dump-replaced': function (id, req, res) {
    var dump = req._dump;
    req._dump = function () {
      note(id, 'req _dump', req, res);
      return dump.apply(this, arguments);
    };
    res.end('x');
  },
  'req-resume-replaced': function (id, req, res) {
    var resume = req.resume;
    req.resume = function () {
      note(id, 'req resume()', req, res);
      return resume.apply(this, arguments);
    };
    res.end('x');
  },
  'req-destroy-replaced': function (id, req, res) {
    var destroy = req.destroy;
    req.destroy = function () {
      note(id, 'req destroy()', req, res);
      return destroy.apply(this, arguments);
    };
    res.end('x');
  },
  'req-_destroy-replaced': function (id, req, res) {
    var d = req._destroy;
    req._destroy = function (err, cb) {
      note(id, 'req _destroy()', req, res);
      return d.call(this, err, cb);
    };
    res.end('x');
  },
  'req-push-replaced': function (id, req, res) {
    var push = req.push;
    req.push = function (chunk) {
      note(id, 'req push(' + chunk + ')', req, res);
      return push.apply(this, arguments);
    };
    res.end('x');
  },
  'req-read-replaced': function (id, req, res) {
    var calls = 0;
    req.read = function (n) {
      calls++;
      return stream.Readable.prototype.read.call(this, n);
    };
    res.end('x');
    setImmediate(function () { note(id, 'reads>0 ' + (calls > 0), req, res); });
  },
  'later-plain': function (id, req, res) {
    setImmediate(function () { res.end('l'); });
  },
  'later-tick-after-end': function (id, req, res) {
    setImmediate(function () {
      res.end('l');
      process.nextTick(function () { note(id, 'tick', req, res); });
    });
  }
};
// the same, from setImmediate: the parser has ended the request by then
// (its 'readable' tick has run), and the methods are replaced after that
['req-emit-replaced', 'req-dump-replaced', 'req-resume-replaced', 'req-destroy-replaced', 'req-_destroy-replaced',
  'req-read-replaced', 'req-prepend-end', 'req-prepend-close', 'req-prepend-resume', 'res-emit-replaced',
  'res-finish-after-end', 'res-close-after-end', 'micro-after-end'].forEach(function (name) {
  plans['later-' + name] = function (id, req, res) {
    setImmediate(function () { plans[name](id, req, res); });
  };
});
var names = Object.keys(plans), n = 0, prev = null;
var server = http.createServer(function (req, res) {
  var id = req.url.slice(1);
  if (prev) note(prev.id + ' (seen by ' + id + ')', 'at next', prev.req, prev.res);
  prev = { id: id, req: req, res: res };
  note(id, 'handler', req, res);
  if (plans[id]) plans[id](id, req, res);
  else res.end('p');
  setImmediate(function () { note(id, 'immediate', req, res); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1'), i = 0, buf = '', want = 1;
  function send() {
    if (i < names.length) {
      c.write('GET /' + names[i++] + ' HTTP/1.1\r\nHost: x\r\n\r\n');
      return;
    }
    // the last two in one segment: the second's handler runs before the
    // first's ticks
    i++;
    want = 2;
    c.write('GET /pipe-a HTTP/1.1\r\nHost: x\r\n\r\nGET /pipe-b HTTP/1.1\r\nHost: x\r\n\r\n');
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
      want = 1;
      // (a timer: the ticks of the request before are all done)
      if (i <= names.length) setTimeout(send, 2);
      else setTimeout(function () {
        note(prev.id, 'last', prev.req, prev.res);
        console.log(log.join('\n'));
        c.end();
        server.close();
      }, 20);
      return;
    }
  });
});
