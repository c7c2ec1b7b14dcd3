// The decisions a response's head takes (binding_http.c's native.http.make,
// and http.js's _makeHeader where that declines), each against node: the
// Date line (added, the app's own, sendDate = false), Connection and
// Keep-Alive (kept, closed, the app's own in any case and among other
// tokens, maxRequestsPerSocket's last request), Content-Length or chunks
// (end(data), end(), write(), the app's Content-Length or
// Transfer-Encoding), HEAD, 204 and 304, for HTTP/1.1 and HTTP/1.0
// clients (with and without keep-alive and "TE: chunked"). Each socket
// pipelines its requests in one write and prints the bytes that came
// back until the end; the server prints res._header, headersSent and
// getHeaders() at 'finish'. An added Date line is masked once checked
// (a date of now, as toUTCString writes it), and so is the port in a
// client's Host. Then a client request's
// head, as a raw net server reads it.
var http = require('http'), net = require('net');

var routes = {
  '/plain': function (req, res) { res.setHeader('Content-Type', 'text/plain'); res.end('hello'); },
  '/empty': function (req, res) { res.end(); },
  '/buffer': function (req, res) { res.end(Buffer.from('buf')); },
  '/write': function (req, res) { res.write('w'); res.end('e'); },
  '/flush': function (req, res) { res.flushHeaders(); res.end('f'); },
  '/len': function (req, res) { res.setHeader('Content-Length', 3); res.end('len'); },
  '/len-str': function (req, res) { res.setHeader('content-length', '2'); res.write('a'); res.end('b'); },
  '/te': function (req, res) { res.setHeader('Transfer-Encoding', 'chunked'); res.end('te'); },
  '/te-gzip': function (req, res) { res.setHeader('Transfer-Encoding', 'gzip, CHUNKED  '); res.end('tg'); },
  '/te-other': function (req, res) { res.setHeader('Transfer-Encoding', 'gzip'); res.setHeader('Content-Length', 2); res.end('to'); },
  '/te-chunkedx': function (req, res) { res.setHeader('Transfer-Encoding', 'chunkedx'); res.end('tx'); },
  '/conn-close': function (req, res) { res.setHeader('Connection', 'close'); res.end('cc'); },
  '/conn-Close': function (req, res) { res.setHeader('Connection', 'Upgrade ,  Close\t'); res.end('cC'); },
  '/conn-closed': function (req, res) { res.setHeader('Connection', 'closed, xclose'); res.end('cd'); },
  '/conn-keep': function (req, res) { res.setHeader('Connection', 'keep-alive'); res.end('ck'); },
  '/conn-empty': function (req, res) { res.setHeader('Connection', ''); res.end('ce'); },
  '/conn-nbsp': function (req, res) { res.setHeader('Connection', 'x,\u00a0close'); res.end('cn'); },
  '/conn-number': function (req, res) { res.setHeader('Connection', 7); res.end('c7'); },
  '/conn-array': function (req, res) { res.setHeader('Connection', ['keep-alive', 'close']); res.end('ca'); },
  '/te-array': function (req, res) { res.setHeader('Transfer-Encoding', ['gzip', 'chunked']); res.end('ta'); },
  '/date': function (req, res) { res.setHeader('Date', 'app date'); res.end('d'); },
  '/nodate': function (req, res) { res.sendDate = false; res.end('n'); },
  '/nokeep': function (req, res) { res.shouldKeepAlive = false; res.end('k'); },
  '/nochunk': function (req, res) { res.useChunkedEncodingByDefault = false; res.write('x'); res.end('y'); },
  '/204': function (req, res) { res.writeHead(204); res.end(); },
  '/304': function (req, res) { res.statusCode = 304; res.end(); },
  '/204-len': function (req, res) { res.writeHead(204, { 'Content-Length': '0' }); res.end(); },
  '/reason': function (req, res) { res.writeHead(201, 'Made', { 'X-A': 'a' }); res.end('made'); },
  '/writehead': function (req, res) {
    res.writeHead(200, [['Connection', 'keep-alive'], ['Connection', 'close'], ['X-B', 'b']]);
    res.end('wh');
  },
  '/writehead-len': function (req, res) { res.writeHead(200, { 'Content-Length': 2, Date: 'given' }); res.end('wl'); },
  '/status-msg': function (req, res) { res.statusMessage = 'Fine'; res.end('sm'); }
};
var server = http.createServer(function (req, res) {
  res.on('finish', function () {
    console.log('  ' + req.method + ' ' + req.url + ' HTTP/' + req.httpVersion + ' headersSent ' + res.headersSent +
      ' ' + JSON.stringify(res.getHeaders()) + '\n    _header ' + JSON.stringify(mask(res._header)));
  });
  routes[req.url](req, res);
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    if (req.url === '/plain') console.log('  setHeader after the head: ' + e.code);
  }
});

var dates = 0, bad = [];
function mask(s) {
  return s.replace(/Host: 127\.0\.0\.1:\d+/, 'Host: H').replace(/Date: ([^\r]*)/g, function (all, d) {
    if (d === 'app date' || d === 'given' || d === 'mine') return all;
    var t = new Date(d);
    if (t.toUTCString() !== d || Math.abs(Date.now() - t.getTime()) > 5000) bad.push(d);
    dates++;
    return 'Date: X';
  });
}

function req(v, method, path, more) {
  return method + ' ' + path + ' HTTP/' + v + '\r\nHost: h\r\n' + (more || '') + '\r\n';
}
function all(v, more, last) {
  var list = Object.keys(routes).map(function (p) { return req(v, p === '/plain' ? 'GET' : 'GET', p, more); });
  list.push(req(v, 'HEAD', '/plain', more), req(v, 'HEAD', '/write', more));
  list.push(last);
  return list;
}
// a request and a second one on its socket: a response that closes
// leaves the second unanswered
var sockets = [];
all('1.1', '', req('1.1', 'GET', '/plain', 'Connection: close\r\n')).forEach(function (r) {
  sockets.push([r, req('1.1', 'GET', '/empty')]);
});
all('1.0', 'Connection: keep-alive\r\n', '').forEach(function (r) {
  if (r) sockets.push([r, req('1.0', 'GET', '/len', 'Connection: keep-alive\r\n')]);
});
['/plain', '/write', '/te', '/len', '/empty'].forEach(function (p) {
  sockets.push([req('1.0', 'GET', p, 'Connection: keep-alive\r\nTE: chunked\r\n')]);
  sockets.push([req('1.0', 'GET', p)]);
});
// kept alive through many, as hello is
sockets.push([req('1.1', 'GET', '/plain'), req('1.1', 'GET', '/len'), req('1.1', 'GET', '/write'),
  req('1.1', 'GET', '/plain', 'Connection: close\r\n')]);
// the last request a socket may carry (maxRequestsPerSocket)
sockets.push(['max', req('1.1', 'GET', '/plain'), req('1.1', 'GET', '/conn-keep'), req('1.1', 'GET', '/plain')]);

function client(port, done) {
  var i = 0;
  (function next() {
    if (i >= sockets.length) return done();
    var reqs = sockets[i++], got = [];
    server.maxRequestsPerSocket = reqs[0] === 'max' ? 2 : 0;
    server.keepAliveTimeout = i % 2 ? 5000 : 7000;
    if (reqs[0] === 'max') reqs = reqs.slice(1);
    console.log(reqs.map(function (r) { return r.split('\r\n')[0]; }).join(', '));
    var k = net.connect(port, '127.0.0.1', function () { k.write(reqs.join('')); });
    // (a kept socket is ended once its answers are in: node waits for its
    // keepAliveTimeout otherwise)
    var want = reqs.length, timer = null;
    k.on('data', function (d) {
      got.push(d);
      var s = Buffer.concat(got).toString('latin1');
      if ((s.match(/HTTP\/1\.1 \d/g) || []).length >= want && !timer)
        timer = setTimeout(function () { k.end(); }, 50);
    });
    k.on('end', function () {
      clearTimeout(timer);
      var s = mask(Buffer.concat(got).toString('latin1'));
      console.log('  ' + JSON.stringify(s).split('\\r\\n').join('|\n  '));
      next();
    });
  })();
}

// a client request's head, as a server reads it
function requests(done) {
  var raw = net.createServer(function (s) {
    var got = '';
    s.on('data', function (d) {
      got += d.toString('latin1');
      if (/\r\n\r\n/.test(got) && (/\r\n0\r\n\r\n$/.test(got) || /Content-Length: (\d+)/i.test(got) &&
          got.length - got.indexOf('\r\n\r\n') - 4 >= +/Content-Length: (\d+)/i.exec(got)[1] ||
          !/Content-Length|Transfer-Encoding/i.test(got))) {
        console.log('  ' + JSON.stringify(mask(got)).split('\\r\\n').join('|\n  '));
        s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      }
    });
  });
  raw.listen(0, '127.0.0.1', function () {
    var port = raw.address().port;
    var list = [
      { method: 'GET', agent: false },
      { method: 'POST', agent: false, body: ['a', 'b'] },
      { method: 'PUT', agent: false, headers: { 'Content-Length': 1 }, body: ['x'] },
      { method: 'DELETE', agent: false, headers: { Connection: 'close' } },
      { method: 'GET', agent: new http.Agent({ keepAlive: true }) },
      { method: 'POST', agent: false, headers: { 'Transfer-Encoding': 'chunked' }, body: ['c'] },
      { method: 'GET', agent: false, headers: { Date: 'mine' } }
    ];
    var i = 0;
    (function next() {
      if (i >= list.length) {
        raw.close();
        return done();
      }
      var o = list[i++], r = http.request({ port: port, host: '127.0.0.1', method: o.method, path: '/r' + i, agent: o.agent, headers: o.headers });
      r.on('response', function (res) {
        res.resume();
        res.on('end', function () {
          if (o.agent && o.agent.destroy) o.agent.destroy();
          next();
        });
      });
      (o.body || []).forEach(function (b) { r.write(b); });
      r.end();
    })();
  });
}

server.listen(0, '127.0.0.1', function () {
  client(server.address().port, function () {
    server.close();
    requests(function () {
      console.log('added Date lines checked: ' + (dates > 0) + ', wrong: ' + JSON.stringify(bad));
    });
  });
});
