// The events of requests and responses on one keep-alive connection, in
// order with ticks the handler queues: a GET nobody reads (its body let
// flow past), one read through 'end' and one through 'readable', a POST
// with a body read by 'data', and one answered from a setImmediate.
// req.complete, readableEnded and destroyed are shown as the events come.
// (The server's side of keep-alive: an http.Agent's keepAlive socket is
// not reused by unijs's client yet, so the client is a raw one.)
var http = require('http'), net = require('net');
var log = [];
function st(req) { return [req.complete, req.readableEnded, req.destroyed].map(Number).join(''); }
var n = 0;
var server = http.createServer(function (req, res) {
  var id = ++n + ' ' + req.method + ' ' + req.url;
  log.push(id + ' request ' + st(req));
  // (not a POST's state here: Node has not taken its body in by then,
  // though it came in the same segment as the head; unijs has)
  process.nextTick(function () { log.push(id + ' tick in handler' + (req.method === 'POST' ? '' : ' ' + st(req))); });
  res.on('finish', function () {
    log.push(id + ' res finish ' + st(req));
    process.nextTick(function () { log.push(id + ' tick after finish ' + st(req)); });
  });
  res.on('close', function () { log.push(id + ' res close ' + st(req)); });
  req.on('close', function () { log.push(id + ' req close ' + st(req)); });
  if (req.url === '/end') {
    req.on('end', function () { log.push(id + ' req end ' + st(req)); });
    req.resume();
    res.end('e');
  } else if (req.url === '/readable') {
    req.on('readable', function () {
      var c;
      while ((c = req.read()) !== null) log.push(id + ' read ' + c.length);
      log.push(id + ' readable ' + st(req));
    });
    req.on('end', function () { log.push(id + ' req end ' + st(req)); res.end('r'); });
  } else if (req.method === 'POST') {
    var got = 0;
    req.on('data', function (d) { got += d.length; });
    req.on('end', function () { log.push(id + ' req end ' + got + ' ' + st(req)); res.end('p'); });
  } else if (req.url === '/later') {
    setImmediate(function () { res.end('l'); });
  } else {
    res.end('x');
  }
});
// one connection, a raw client: each request (head and body in one
// write) goes when the answer to the one before has come whole
var reqs = [['GET', '/'], ['GET', '/end'], ['GET', '/readable'], ['POST', '/post'], ['GET', '/later'], ['GET', '/']];
var conns = 0;
server.on('connection', function () { conns++; });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1'), i = 0, buf = '';
  function send() {
    var r = reqs[i++], body = r[0] === 'POST' ? 'a body of some bytes' : '';
    c.write(r[0] + ' ' + r[1] + ' HTTP/1.1\r\nHost: x\r\n' + (body ? 'Content-Length: ' + body.length + '\r\n' : '') + '\r\n' + body);
  }
  c.on('connect', send);
  c.on('data', function (d) {
    buf += d.toString('latin1');
    var at = buf.indexOf('\r\n\r\n');
    if (at < 0) return;
    var len = +/content-length: *(\d+)/i.exec(buf.slice(0, at))[1];
    if (buf.length < at + 4 + len) return;
    log.push('client ' + buf.slice(9, 12) + ' ' + buf.slice(at + 4, at + 4 + len));
    buf = buf.slice(at + 4 + len);
    if (i < reqs.length) setTimeout(send, 5);
    else setTimeout(function () {
      console.log(log.join('\n'));
      console.log('connections', conns);
      c.end();
      server.close();
    }, 50);
  });
});
