// net: an echo server and client, half-close, write callbacks and
// backpressure ('drain'), addresses, EADDRINUSE and ECONNREFUSED.
var net = require('net');
var server = net.createServer(function (s) {
  console.log('server: connection', s.remoteAddress, typeof s.remotePort);
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { console.log('server: end'); s.end(); });
  s.on('close', function (hadError) { console.log('server: close', hadError); });
});
server.on('listening', function () { console.log('listening', typeof server.address().port); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var other = net.createServer();
  other.on('error', function (e) { console.log('second listen:', e.code, e.syscall, e.port === port); other.close(); start(port); });
  other.listen(port, '127.0.0.1');
});
function start(port) {
  var data = Buffer.alloc(300000);
  for (var i = 0; i < data.length; i++) data[i] = i % 251;
  var got = [], n = 0, written = false;
  var c = net.connect(port, '127.0.0.1', function () {
    console.log('client: connect', c.remoteAddress, c.remotePort === port, c.readyState);
    var ok = c.write(data, function () { written = true; });
    console.log('write returned', typeof ok); // true or false: the kernel's buffer decides
    c.end('tail', function () { console.log('client: finish, callback ran', written); });
  });
  c.on('data', function (d) { got.push(d); n += d.length; });
  c.on('end', function () {
    var all = Buffer.concat(got);
    console.log('client: end', n, all.slice(0, data.length).equals(data), all.slice(data.length).toString());
  });
  c.on('close', function (hadError) {
    console.log('client: close', hadError, c.bytesRead, c.bytesWritten);
    server.close(function () {
      var r = net.connect(port, '127.0.0.1');
      r.on('error', function (e) { console.log('refused:', e.code, e.syscall, e.message === 'connect ECONNREFUSED 127.0.0.1:' + port); });
      r.on('close', function (hadError) { console.log('refused close', hadError); });
    });
  });
}
