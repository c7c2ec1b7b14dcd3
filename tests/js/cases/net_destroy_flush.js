// net: a socket destroyed (here by a write after end(), which Node answers
// with ERR_STREAM_WRITE_AFTER_END and destroy(err)) closes as Node closes
// its descriptor: FIN after the bytes already handed to the stack, never
// a reset. The peer gets all 200,000 bytes end() sent (more than the stack
// takes at once: the rest of that write is sent after the socket is gone)
// and a clean end. unijs used to reset the connection on any destroy with
// an error, and the peer lost everything.
var net = require('net');
var big = Buffer.alloc(200000, 'a');
var srv = net.createServer(function (s) {
  s.on('error', function (e) { console.log('server socket error', e.code); });
  s.on('close', function (hadErr) { console.log('server close', hadErr); });
  s.end(big);
  s.write('more', function (e) { console.log('write cb', e && e.code); });
});
srv.listen(0, function () {
  var c = net.connect(srv.address().port, '127.0.0.1');
  var n = 0;
  c.on('data', function (d) { n += d.length; });
  c.on('end', function () { console.log('client end', n); });
  c.on('error', function (e) { console.log('client error', e.code, n); });
  c.on('close', function () {
    console.log('client close', n);
    // and a socket destroyed with an error while idle: the peer sees an
    // end, not ECONNRESET
    var srv2 = net.createServer(function (s) {
      s.on('error', function (e) { console.log('server2 error', e.message); });
      s.write('hi', function () { s.destroy(new Error('boom')); });
    });
    srv2.listen(0, function () {
      var c2 = net.connect(srv2.address().port, '127.0.0.1');
      var got = '';
      c2.on('data', function (d) { got += d; });
      c2.on('end', function () { console.log('client2 end', got); });
      c2.on('error', function (e) { console.log('client2 error', e.code); });
      c2.on('close', function () { console.log('client2 close'); srv2.close(); srv.close(); });
    });
  });
});
