// http server: heads that must be refused (a bare CR or LF, a folded
// line) and heads that must be answered, each sent a byte at a time: the
// server's scan of a head (binding_http.c, http_scan) keeps its place
// between the pieces, and a run of plain bytes cut anywhere is still
// checked at its first byte (after a CR; at a line's start). What each
// connection gets back (status line, or nothing) is compared with node's.
var http = require('http'), net = require('net');
var shapes = [
  ['ok', 'GET /a HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\r\n'],
  ['ok-tab-inside', 'GET /a HTTP/1.1\r\nHost: x\r\nX-A: 1\t2\r\n\r\n'],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'],
  ['obs-fold-tab', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n\tb\r\n\r\n'],
  ['bare-lf-header', 'GET / HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n'],
  ['bare-lf-end', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\n'],
  ['bare-cr', 'GET / HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n'],
  ['cr-before-end', 'GET / HTTP/1.1\r\nHost: x\r\n\rX\r\n\r\n']
];
var server = http.createServer(function (req, res) { res.end('ok ' + req.url); });
var out = [];
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, k = 0;
  (function next() {
    if (k === shapes.length) {
      console.log(out.join('\n'));
      server.close();
      return;
    }
    var name = shapes[k][0], bytes = shapes[k][1], i = 0, got = '';
    k++;
    var c = net.connect(port, '127.0.0.1', function () {
      c.setNoDelay(true);
      (function one() {
        if (i >= bytes.length || c.destroyed) return;
        c.write(bytes[i++]);
        setTimeout(one, 1);
      })();
    });
    c.on('data', function (d) { got += d.toString('latin1'); });
    c.on('error', function () {});
    c.on('close', function () {
      out.push(name + ': ' + (got ? got.split('\r\n')[0] : '(nothing)'));
      next();
    });
    // (an answered request leaves the connection open: ended from here
    // once the whole head has gone)
    var t = setInterval(function () {
      if (i >= bytes.length || c.destroyed) { clearInterval(t); setTimeout(function () { c.end(); }, 20); }
    }, 5);
  })();
});
