// write() and end() of a string in hex or base64 with characters outside
// the alphabet, as Node 20 sends them: the bytes that decode
// (Buffer.from's rule: hex stops at the first bad pair), framed by
// Buffer.byteLength's count (half the hex string's length), so a chunk's
// size line or Content-Length may promise more than follows. (An odd
// hex length is left out: Node aborts on it in writev.)
var http = require('http'), net = require('net');
var routes = {
  '/write': function (req, res) {
    console.log('write returned', res.write('zz', 'hex'), res.write('6z', 'hex'), res.write('41zz42', 'hex'));
    res.write('!!!!', 'base64');
    res.end('ok');
  },
  '/end': function (req, res) { res.end('zz', 'hex'); },
  '/end-after-write': function (req, res) { res.write('a'); res.end('zz', 'hex'); },
  '/end-partial': function (req, res) { res.write('a'); res.end('4142zz', 'hex'); },
  '/end-base64': function (req, res) { res.end('!!!', 'base64'); },
  '/length': function (req, res) {
    res.setHeader('Content-Length', 2);
    console.log('length returned', res.write('zz', 'hex'), res.write('4142', 'hex'));
    res.end();
  }
};
var server = http.createServer(function (req, res) { routes[req.url](req, res); });
var cases = Object.keys(routes);
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, i = 0;
  (function next() {
    if (i >= cases.length) return server.close();
    var c = cases[i++], got = [];
    var k = net.connect(port, '127.0.0.1', function () {
      k.write('GET ' + c + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () {
      console.log(c, JSON.stringify(Buffer.concat(got).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X')));
      next();
    });
  })();
});
