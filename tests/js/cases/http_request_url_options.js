// http.request(options) where options is url.parse()'s result with method
// and headers added (node-fetch 2 does Object.assign({}, url.parse(u),
// { method, headers })): it has href and protocol, but also auth and path,
// so it is options, not a WHATWG URL, and its method, headers and body are
// sent; a WHATWG URL (with a second options argument) still is a URL.
var http = require('http');
var url = require('url');
var server = http.createServer(function (req, res) {
  var body = '';
  req.on('data', function (c) { body += c; });
  req.on('end', function () {
    res.end([req.method, req.url, req.headers['x-a'] || '-', req.headers['content-length'] || '-',
      req.headers.authorization || '-', body].join(' '));
  });
});
function send(input, options, body, next) {
  var req = options ? http.request(input, options) : http.request(input);
  req.on('response', function (res) {
    var b = '';
    res.on('data', function (c) { b += c; });
    res.on('end', function () { console.log(res.statusCode, b); next(); });
  });
  req.on('error', function (e) { console.log('error', e.code, e.message); next(); });
  if (body) req.write(Buffer.from(body));
  req.end();
}
server.listen(0, '127.0.0.1', function () {
  var base = 'http://127.0.0.1:' + server.address().port;
  var parsed = url.parse(base + '/p?q=1');
  var o = Object.assign({}, parsed, { method: 'POST', headers: { 'X-A': 'yes', 'Content-Length': '7' } });
  send(o, null, '{"a":1}', function () {
    var o2 = Object.assign({}, url.parse('http://u:pw@127.0.0.1:' + server.address().port + '/auth'), { method: 'PUT', headers: { 'Content-Length': '2' } });
    send(o2, null, 'hi', function () {
      send(new URL(base + '/whatwg?x=2'), { method: 'DELETE', headers: { 'X-A': 'url' } }, null, function () {
        send(new URL(base + '/plain'), null, null, function () { server.close(); });
      });
    });
  });
});
