// http.Agent as Node's: a keepAlive agent reuses its sockets (the server
// sees one connection; req.reusedSocket; freeSockets between requests),
// maxSockets queues requests (agent.requests) and shares the sockets out,
// a plain Agent asks the server to close and opens one connection per
// request, getName's key, destroy() closing the pooled sockets, and the
// default agent's free sockets not keeping the process alive.
var http = require('http');
var conns = 0, closed = 0, serverSockets = [];
var server = http.createServer(function (req, res) {
  res.end(req.method + ' ' + req.url + ' conn=' + req.headers.connection + ' n=' + conns);
});
server.on('connection', function (s) {
  var rec = { closed: false };
  serverSockets.push(rec);
  conns++;
  s.on('close', function () { closed++; rec.closed = true; if (rec.onclose) rec.onclose(); });
});
function counts(agent, name) {
  return 'sockets=' + (agent.sockets[name] ? agent.sockets[name].length : 0) +
    ' free=' + (agent.freeSockets[name] ? agent.freeSockets[name].length : 0) +
    ' queued=' + (agent.requests[name] ? agent.requests[name].length : 0);
}
function get(agent, path, cb) {
  var req = http.get({ port: server.address().port, host: '127.0.0.1', path: path, agent: agent }, function (res) {
    var b = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { b += d; });
    res.on('end', function () { cb(b, req); });
  });
  return req;
}
var steps = [
  function keepAliveSequential(next) {
    var a = new http.Agent({ keepAlive: true });
    console.log('keepAlive', a.keepAlive, a.maxSockets, a.maxFreeSockets, a.keepAliveMsecs, a.scheduling, a.totalSocketCount);
    var name = a.getName({ host: '127.0.0.1', port: server.address().port });
    var c0 = conns, i = 0;
    a.on('free', function (s, o) { console.log(' free event', o.host, typeof s.write); });
    (function one() {
      var req = get(a, '/ka' + i, function (b, r) {
        console.log(' got', b.replace(/n=\d+/, ''), 'reused', r.reusedSocket);
        setImmediate(function () {
          console.log(' after', counts(a, name));
          if (++i < 3) return one();
          console.log(' connections', conns - c0);
          a.destroy();
          setTimeout(next, 50);
        });
      });
      console.log(' issued', counts(a, name));
    })();
  },
  function maxSockets(next) {
    var a = new http.Agent({ keepAlive: true, maxSockets: 2 });
    var name = a.getName({ host: '127.0.0.1', port: server.address().port });
    var c0 = conns, left = 5;
    for (var i = 0; i < 5; i++) {
      get(a, '/m' + i, function (b) {
        if (--left) return;
        setImmediate(function () {
          console.log('maxSockets 2: connections', conns - c0, counts(a, name));
          a.destroy();
          setTimeout(next, 50);
        });
      });
    }
    console.log('maxSockets 2 issued', counts(a, name));
  },
  function plainAgent(next) {
    var a = new http.Agent();
    console.log('plain', a.keepAlive, a.maxSockets);
    var c0 = conns;
    get(a, '/p1', function (b1) {
      get(a, '/p2', function (b2) {
        console.log(' ', b1.replace(/n=\d+/, ''), '|', b2.replace(/n=\d+/, ''), 'connections', conns - c0);
        next();
      });
    });
  },
  function names(next) {
    var a = new http.Agent();
    console.log('names', JSON.stringify([a.getName({}), a.getName({ host: 'h', port: 8 }),
      a.getName({ host: 'h', port: 8, localAddress: '1.2.3.4' }), a.getName({ host: 'h', port: 8, family: 4 })]));
    next();
  },
  function destroyClosesFree(next) {
    var a = new http.Agent({ keepAlive: true });
    var n0 = serverSockets.length;
    get(a, '/d', function () {
      setImmediate(function () {
        var rec = serverSockets[n0];
        console.log('destroy: pooled', Object.keys(a.freeSockets).length, 'closed before', rec.closed);
        // (the server's side closes once the pooled socket is gone; no
        // timer decides it)
        rec.onclose = function () {
          console.log('destroy: closed after', rec.closed, 'pooled', Object.keys(a.freeSockets).length);
          next();
        };
        a.destroy();
      });
    });
  },
  function defaultAgent(next) {
    console.log('globalAgent keepAlive', http.globalAgent.keepAlive);
    get(undefined, '/g', function (b) {
      console.log(' ', b.replace(/n=\d+/, ''));
      next();
    });
  }
];
server.listen(0, '127.0.0.1', function () {
  (function run() {
    var s = steps.shift();
    if (!s) {
      // the default agent keeps its socket, unref'd: closing the server
      // lets the process end, as in Node
      server.close();
      console.log('done');
      return;
    }
    s(run);
  })();
});
