// A request nobody reads (GET, no body) whose Readable methods the app
// replaced on the request itself (_dump, push, read, resume, destroy,
// _destroy, emit): the server calls the replacements where Node's does
// (push(null) at the message's end, _dump from the response's 'finish',
// the rest from Readable's own ticks), and the events of request and
// response come in Node's order against the ticks. Also a 'close'
// listener alone (by prependListener, EventEmitter's own: on() is
// Readable's, which looks at the stream's state), added on one of the ticks after the handler answers
// (the request's last ticks are done at once when nobody hears them:
// one added before they run must still hear 'close', in its turn), and
// the same added in the handler and from the response's events with no
// other tick waiting.
// (unijs writes the library's own methods out on a light request's
// path; a replaced one must be called.)
var http = require('http'), net = require('net'), stream = require('stream');
var log = [];
var R = stream.Readable.prototype, IM = http.IncomingMessage.prototype;
function st(req) {
  return [req.complete, req.readableEnded, req.destroyed, req.closed].map(Number).join('');
}
function ticks(id, req, k, fn) {
  var d = 0;
  function step() {
    if (d === k && fn) fn();
    log.push(id + ' t' + d + ' ' + st(req));
    if (++d <= 8) process.nextTick(step);
  }
  step();
}
function wrap(id, req, name, base) {
  req[name] = function () {
    var a = Array.prototype.slice.call(arguments, 0, 1);
    log.push(id + ' ' + name + '(' + (typeof a[0] === 'function' ? 'fn' : String(a[0])) + ') ' + st(req));
    return base.apply(this, arguments);
  };
}
var plans = [
  ['dump', function (id, req) { wrap(id, req, '_dump', IM._dump); }],
  ['push', function (id, req) { wrap(id, req, 'push', R.push); }],
  ['read', function (id, req) { wrap(id, req, 'read', R.read); }],
  ['resume', function (id, req) { wrap(id, req, 'resume', R.resume); }],
  ['destroy', function (id, req) { wrap(id, req, 'destroy', R.destroy); }],
  ['_destroy', function (id, req) { wrap(id, req, '_destroy', IM._destroy); }],
  ['emit', function (id, req) {
    var emit = req.emit;
    req.emit = function (type) {
      log.push(id + ' emit ' + type + ' ' + st(req));
      return emit.apply(this, arguments);
    };
  }]
];
[0, 1, 2, 3, 4, 5, 6].forEach(function (k) {
  plans.push(['close-at' + k, null, k, function (id, req) {
    req.prependListener('close', function () { log.push(id + ' close ' + st(req)); });
  }]);
});
// the same without the ticks' chain (the queue then empty when the
// request's last ticks come): added in the handler, from the response's
// 'finish' and from its 'close'
['handler', 'finish', 'close'].forEach(function (when) {
  plans.push(['close-' + when, null, -1, when]);
});
var n = 0;
var server = http.createServer(function (req, res) {
  var plan = plans[n++], id = plan[0];
  if (plan[1]) plan[1](id, req);
  res.on('finish', function () { log.push(id + ' res finish ' + st(req)); });
  res.on('close', function () { log.push(id + ' res close ' + st(req)); });
  if (plan[2] < 0) {
    var hear = function () { req.prependListener('close', function () { log.push(id + ' close ' + st(req)); }); };
    if (plan[3] === 'handler') hear();
    else res.on(plan[3], hear);
    res.end('x');
    log.push(id + ' answered ' + st(req));
    return;
  }
  res.end('x');
  ticks(id, req, plan[2], plan[3] && function () { plan[3](id, req); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1'), i = 0, buf = '';
  function send() {
    i++;
    c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  c.on('data', function (d) {
    buf += d.toString('latin1');
    var m;
    while ((m = /\r\n\r\nx/.exec(buf))) {
      buf = buf.slice(m.index + 5);
      if (i < plans.length) {
        // the next request once this one's ticks have run
        setTimeout(send, 5);
      } else {
        setTimeout(function () {
          c.end();
          server.close();
          console.log(log.join('\n'));
        }, 20);
      }
    }
  });
  send();
});
