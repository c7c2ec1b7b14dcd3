// The fields of a request (and a client's response) that are made when
// first read, as in Node: headers (from rawHeaders, Node's joining rules,
// the first maxHeadersCount), trailers (from rawTrailers; read before the
// end they are empty, and the trailers that come are added), connection
// (the socket, request and response). Compared with node: what each holds,
// that it is the same object at each read, that assigning replaces it,
// that 'headers' is not an own key until read, Host and Expect decided on
// without req.headers, and what a listener sees at 'end'.
var http = require('http');
var net = require('net');
var out = [];
function log() { out.push(Array.prototype.slice.call(arguments).map(function (v) { return JSON.stringify(v); }).join(' ')); }

var n = 0;
var server = http.createServer(function (req, res) {
  n++;
  if (req.url === '/fields') {
    log('own headers before', Object.prototype.hasOwnProperty.call(req, 'headers'), 'headers' in req);
    var h = req.headers;
    log('headers', h, req.headers === h, req.rawHeaders);
    h['x-added'] = 'yes';
    log('kept', req.headers['x-added']);
    req.headers = { replaced: true };
    log('replaced', req.headers);
    log('connection', req.connection === req.socket, res.connection === res.socket, res.socket === req.socket);
    log('trailers before the end', req.trailers, req.rawTrailers);
    var early = req.trailers;
    req.on('data', function () {});
    req.on('end', function () {
      log('trailers at the end', req.trailers, req.trailers === early, req.rawTrailers);
      res.end('ok');
    });
    return;
  }
  if (req.url === '/late') {
    req.on('data', function () {});
    req.on('end', function () {
      log('trailers read at the end', req.trailers, req.rawTrailers);
      res.end('ok');
    });
    return;
  }
  if (req.url === '/many') {
    log('maxHeadersCount', Object.keys(req.headers), req.rawHeaders.length);
    res.end('ok');
    return;
  }
  if (req.url === '/noread') {
    res.end('ok');
    return;
  }
  res.end();
});
server.maxHeadersCount = 3;

function raw(text, cb) {
  var s = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  s.on('data', function (d) { got += d; });
  s.on('end', function () { cb(got.split('\r\n')[0]); });
  s.write(text);
}

server.listen(0, function () {
  var steps = [
    function (next) {
      raw('POST /fields HTTP/1.1\r\nHost: a\r\nCookie: x=1\r\nCookie: y=2\r\nAccept: */*\r\nX-Dup: 1\r\nX-Dup: 2\r\n' +
        'Transfer-Encoding: chunked\r\nTrailer: X-T\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\nX-T: one\r\nX-T: two\r\n\r\n', function (l) { log('status', l); next(); });
    },
    function (next) {
      raw('POST /late HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\nX-Late: 1\r\n\r\n', function (l) { log('status', l); next(); });
    },
    function (next) {
      raw('GET /many HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n', function (l) { log('status', l); next(); });
    },
    function (next) {
      // no Host in HTTP/1.1: 400, without a handler
      raw('GET /nohost HTTP/1.1\r\nConnection: close\r\n\r\n', function (l) { log('no host', l); next(); });
    },
    function (next) {
      // a host header in another case, and HTTP/1.0 without one
      raw('GET /noread HTTP/1.1\r\nhOsT: a\r\nConnection: close\r\n\r\n', function (l) {
        log('host in another case', l);
        raw('GET /noread HTTP/1.0\r\n\r\n', function (l2) { log('1.0 without host', l2); next(); });
      });
    },
    function (next) {
      // Expect: something else than 100-continue: 417 without a handler
      raw('GET /noread HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nConnection: close\r\n\r\n', function (l) { log('expect', l); next(); });
    },
    function (next) {
      http.get({ port: server.address().port, path: '/noread', headers: { Connection: 'close' } }, function (res) {
        log('client: own headers before', Object.prototype.hasOwnProperty.call(res, 'headers'));
        log('client: headers', res.headers['content-length'], res.connection === res.socket);
        res.resume();
        res.on('end', function () { log('client: trailers', res.trailers, res.rawTrailers); next(); });
      });
    }
  ];
  (function go(i) {
    if (i === steps.length) {
      server.close();
      console.log(out.join('\n'));
      console.log('handled', n);
      return;
    }
    steps[i](function () { go(i + 1); });
  })(0);
});
