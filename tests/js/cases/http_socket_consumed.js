// A server's socket whose received bytes go to the http parser past its
// Readable (Node's parser.consume(handle); js/lib/http.js, consume; in C,
// binding_http.c's parser.consume, the bytes parsed where they lie), and
// what gives them back to the Readable: each connection sends two
// keep-alive requests, the second only once the first is answered.
//   plain    nothing touches the socket: bytesRead counts both requests;
//            and unijs's handle's ondata (a wrapper counts its calls;
//            node's handle has none) is not called: the parser takes the
//            bytes in C
//   data     a 'data' listener added in the first handler sees the
//            second request's bytes, which are parsed as well
//   readable the same with a 'readable' listener added through once()
//   prepend  prependListener('data') in the first handler
//   conn     a 'data' listener added by the server's 'connection' event
//   removed  the parser's 'data' listener removed in the 'connection'
//            event: requests are parsed still, as in Node
//   encoding setEncoding() on the socket throws Node's error
// (The socket's pause() gives the bytes back to the Readable too, but
// Node resumes a socket its user paused when it reads or dumps a request:
// no case of it here.)
var http = require('http'), net = require('net');
var log = [];
var mode = '', extra = 0;
var server = http.createServer(function (req, res) {
  var s = req.socket, first = req.url === '/1';
  log.push(mode + ' ' + req.url + ' bytesRead ' + s.bytesRead);
  if (first && mode === 'data') s.on('data', function (d) { extra += d.length; });
  if (first && mode === 'readable') s.once('readable', function () { log.push(mode + ' readable'); });
  if (first && mode === 'prepend') s.prependListener('data', function (d) { extra += d.length; });
  if (first && mode === 'encoding') {
    try { s.setEncoding('utf8'); log.push('encoding set'); } catch (e) { log.push('encoding ' + e.code + ' ' + e.message); }
  }
  res.end(req.url);
});
var ondataCalls = 0;
server.on('connection', function (s) {
  var h = s._handle;
  if (mode === 'plain' && h && typeof h.ondata === 'function') {
    var od = h.ondata;
    h.ondata = function (buf) { ondataCalls++; return od.call(this, buf); };
  }
  if (mode === 'conn') s.on('data', function (d) { extra += d.length; });
  if (mode === 'removed') s.removeAllListeners('data');
});
var modes = ['plain', 'data', 'readable', 'prepend', 'conn', 'removed', 'encoding'];
function run(i) {
  if (i === modes.length) {
    server.close();
    console.log(log.join('\n'));
    return;
  }
  mode = modes[i];
  extra = 0;
  var c = net.connect(server.address().port, '127.0.0.1'), got = '', sent = 1;
  c.on('connect', function () { c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n'); });
  c.on('data', function (d) {
    got += d.toString('latin1');
    var n = got.split('HTTP/1.1 200').length - 1;
    if (n === 1 && sent === 1) {
      sent = 2;
      c.write('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n');
    } else if (n === 2) {
      log.push(mode + ' answers ' + n + (extra ? ' extra ' + extra : '') + (mode === 'plain' ? ' ondata calls ' + ondataCalls : ''));
      c.destroy();
      run(i + 1);
    }
  });
}
server.listen(0, '127.0.0.1', function () { run(0); });
