// http.Server: close() ends idle keep-alive connections (Node 19+),
// closeIdleConnections() only those waiting for a request,
// closeAllConnections() every one, a request in flight included.
var http = require('http'), net = require('net');
var held = null;
var server = http.createServer(function (req, res) {
  if (req.url === '/slow') { held = res; console.log('holding /slow'); step(); return; }
  res.end('ok ' + req.url);
});
var steps = [], clients = {}, closed = [], waiting = 1;
function step() { var f = steps.shift(); if (f) f(); }
function client(name, path, cb) {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET ' + path + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  var got = '';
  c.setEncoding('latin1');
  c.on('data', function (d) {
    got += d;
    if (/\r\n\r\nok \//.test(got) && cb) { var f = cb; cb = null; console.log(name, 'answered'); f(); }
  });
  c.on('close', function () {
    // (the order of simultaneous closes is not part of the contract)
    closed.push(name);
    if (--waiting === 0) { console.log(closed.sort().join(' and '), 'closed by the server'); closed = []; step(); }
  });
  clients[name] = c;
}
server.listen(0, '127.0.0.1', function () {
  steps.push(function () { client('idle1', '/a', step); });
  steps.push(function () { client('busy', '/slow'); });
  steps.push(function () {
    console.log('closeIdleConnections');
    waiting = 1;
    server.closeIdleConnections(); // idle1 closes, busy stays
  });
  steps.push(function () { client('idle2', '/b', step); });
  steps.push(function () {
    console.log('closeAllConnections');
    waiting = 2;
    server.closeAllConnections(); // idle2 and busy close
  });
  steps.push(function () {
    console.log('held response destroyed:', held.socket.destroyed);
    waiting = 1;
    client('idle3', '/c', step);
  });
  steps.push(function () {
    console.log('close');
    waiting = 1;
    server.close(function () { console.log('server closed'); });
  });
  step();
});
