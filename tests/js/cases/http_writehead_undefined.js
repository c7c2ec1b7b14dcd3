// writeHead with header values that are arrays holding undefined (or are
// undefined, null, empty): Node 20 checks each value of an array when
// writeHead alone makes the head (ERR_HTTP_INVALID_HEADER_VALUE), but
// setHeader, appendHeader and writeHead after setHeader write "undefined";
// two or more cookies are joined first.
var http = require('http');
var tries = [
  function (res) { res.writeHead(200, { 'X-A': ['a', undefined] }); },
  function (res) { res.writeHead(200, { 'X-A': [undefined] }); },
  function (res) { res.writeHead(200, { 'X-A': [] }); },
  function (res) { res.writeHead(200, { 'X-A': undefined }); },
  function (res) { res.writeHead(200, { 'X-A': ['a', null] }); },
  function (res) { res.writeHead(200, { 'X-A': ['a', 5, true] }); },
  function (res) { res.writeHead(200, ['X-A', ['a', undefined]]); },
  function (res) { res.writeHead(200, [['X-A', undefined]]); },
  function (res) { res.writeHead(200, [['X-A', ['b', undefined]]]); },
  function (res) { res.writeHead(200, { Cookie: ['a=1', undefined] }); },
  function (res) { res.writeHead(200, { Cookie: [undefined] }); },
  function (res) { res.setHeader('X-B', 'b'); res.writeHead(200, { 'X-A': ['a', undefined] }); },
  function (res) { res.setHeader('X-A', ['a', undefined]); },
  function (res) { res.setHeader('X-A', []); },
  function (res) { res.appendHeader('X-A', ['a', undefined]); },
  function (res) { res.writeHead(200, { 'X-A': ['a\n'] }); },
  function (res) { res.writeHead(200, { 'X-A': null }); }
];
var i = 0;
var server = http.createServer(function (req, res) {
  var f = tries[i++];
  try { f(res); console.log(i, 'ok', JSON.stringify(res.getHeaders())); } catch (e) { console.log(i, e.name, e.code, e.message); }
  res.end();
});
var hide = /^(Date|Connection|Keep-Alive|Content-Length|Transfer-Encoding)$/;
server.listen(0, '127.0.0.1', function () {
  (function next() {
    if (i >= tries.length) return server.close();
    http.get({ port: server.address().port, host: '127.0.0.1' }, function (r) {
      var h = [];
      for (var j = 0; j < r.rawHeaders.length; j += 2) if (!hide.test(r.rawHeaders[j])) h.push(r.rawHeaders[j] + ': ' + r.rawHeaders[j + 1]);
      console.log('  ', r.statusCode, JSON.stringify(h));
      r.resume();
      r.on('end', next);
    });
  })();
});
