// An HTTP/1.0 request that asks for keep-alive: as Node, the connection
// stays only when the response's length is known from a Content-Length
// header the app gave (or chunks, when the client said "TE: chunked");
// a response whose end is the connection's end (end(data) without a
// Content-Length header, write() then end(), HEAD or 204 without one)
// says "Connection: close" and closes. Each socket pipelines its
// requests in one write and prints what came back, raw, until the end
// (each list ends with a request that closes: a kept connection would
// otherwise wait for keepAliveTimeout); Date is masked.
var http = require('http'), net = require('net');

var routes = {
  '/len': function (req, res) { res.setHeader('Content-Length', 3); res.end('len'); },
  '/len-write': function (req, res) {
    res.writeHead(200, { 'Content-Length': '5' });
    res.write('ab');
    res.end('cde');
  },
  '/len-head': function (req, res) { res.setHeader('Content-Length', 9); res.end(); },
  '/te': function (req, res) { res.write('chu'); res.end('nked'); },
  '/end': function (req, res) { res.end('end only'); },
  '/write': function (req, res) { res.write('w'); res.end('e'); },
  '/204': function (req, res) { res.writeHead(204); res.end(); },
  '/head': function (req, res) { res.end('for HEAD'); },
  '/app-close': function (req, res) { res.setHeader('Content-Length', 2); res.setHeader('Connection', 'close'); res.end('ac'); }
};
var server = http.createServer(function (req, res) {
  routes[req.url](req, res);
});

function req(method, path, more) {
  return method + ' ' + path + ' HTTP/1.0\r\nConnection: keep-alive\r\n' + (more || '') + '\r\n';
}
var sockets = [
  // stays through all three, then closes on /end
  [req('GET', '/len'), req('GET', '/len-write'), req('HEAD', '/len-head'), req('GET', '/end'), req('GET', '/len')],
  // chunks when the client takes them
  [req('GET', '/te', 'TE: chunked\r\n'), req('GET', '/len'), 'GET /len HTTP/1.0\r\n\r\n'],
  [req('GET', '/write'), req('GET', '/len')],
  [req('GET', '/204'), req('GET', '/len')],
  [req('HEAD', '/head'), req('GET', '/len')],
  [req('GET', '/len'), req('GET', '/app-close'), req('GET', '/len')],
  // without keep-alive: one answer, then the end
  ['GET /len HTTP/1.0\r\n\r\n', req('GET', '/len')]
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, i = 0;
  (function next() {
    if (i >= sockets.length) return server.close();
    var reqs = sockets[i++], got = [];
    var k = net.connect(port, '127.0.0.1', function () { k.write(reqs.join('')); });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () {
      var s = Buffer.concat(got).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X');
      console.log(reqs.map(function (r) { return r.split('\r\n')[0]; }).join(', ') + '\n  ' +
        JSON.stringify(s).split('\\r\\n').join('|\n  '));
      next();
    });
  })();
});
