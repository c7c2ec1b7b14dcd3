// A response's checks and misuse as Node 20 answers them: header order and
// names (getHeaderNames, getRawHeaderNames, getHeaders), the name argument
// of getHeader/hasHeader/removeHeader, ERR_HTTP_HEADERS_SENT after the
// head, status codes out of range or not numbers (from writeHead or from
// statusCode at end()), status messages (default, empty, invalid
// characters), write() and end() after end() and after 'close' (callback,
// 'error' or ERR_STREAM_ALREADY_FINISHED), and 'prefinish'/'finish'/'close'.
var http = require('http');
function tryIt(f) { try { f(); } catch (e) { console.log('  threw', e.name, e.code, e.message); } }
var tries = [
  function (res) {
    res.setHeader('B', 1); res.setHeader('a', 2); res.setHeader('C', 3); res.setHeader('b', 4);
    console.log(res.getHeaderNames(), res.getRawHeaderNames(), JSON.stringify(res.getHeaders()));
    res.removeHeader('A');
    console.log(res.getHeaderNames(), res.hasHeader('c'), res.getHeader('C'), res.getHeader('zz'));
    res.end();
  },
  function (res) {
    res.end();
    tryIt(function () { res.removeHeader('x'); });
    tryIt(function () { res.setHeader('x', 1); });
    tryIt(function () { res.appendHeader('x', 1); });
    tryIt(function () { res.writeHead(200); });
    tryIt(function () { res.removeHeader(5); });
  },
  function (res) {
    tryIt(function () { res.getHeader(); });
    tryIt(function () { res.hasHeader(5); });
    tryIt(function () { res.removeHeader({}); });
    tryIt(function () { res.setHeader('x', undefined); });
    tryIt(function () { res.setHeader('', 'v'); });
    res.end();
  },
  function (res) { res.statusCode = 299; console.log(res.statusMessage); res.end(); console.log(res.statusMessage); },
  function (res) { res.statusCode = 404; res.statusMessage = ''; res.end(); console.log(res.statusMessage); },
  function (res) { res.writeHead(201, 'Yay'); console.log(res.statusMessage, res.statusCode, res.headersSent); res.end(); },
  function (res) { res.writeHead(202, ''); console.log(JSON.stringify(res.statusMessage)); res.end(); },
  function (res) {
    tryIt(function () { res.writeHead(99); });
    tryIt(function () { res.writeHead(1000); });
    tryIt(function () { res.writeHead('abc'); });
    res.writeHead('203.9');
    console.log(res.statusCode, typeof res.statusCode);
    res.end();
  },
  function (res) { res.statusCode = 99; tryIt(function () { res.end(); }); res.statusCode = 200; res.end(); },
  function (res) { res.statusCode = '201'; res.end(); console.log(typeof res.statusCode, res.statusCode); },
  function (res) { res.statusMessage = 'x\u0100'; tryIt(function () { res.end(); }); res.statusMessage = 'Fine'; res.end(); },
  function (res) { tryIt(function () { res.writeHead(200, 'bad\nmessage'); }); console.log(res.headersSent); res.statusMessage = 'OK'; res.end(); },
  function (res) {
    ['prefinish', 'finish', 'close'].forEach(function (e) { res.on(e, function () { console.log(e, res.destroyed); }); });
    res.end('abc', function () { console.log('end callback', arguments.length); });
    res.end(function (e) { console.log('second end callback', e && e.code, e && e.message); });
  },
  function (res) {
    res.end();
    res.on('error', function (e) { console.log('error event', e.code, res.destroyed); });
    console.log('write returned', res.write('x', function (e) { console.log('write callback', e && e.code); }));
    res.end('z', function (e) { console.log('end data callback', e && e.code, e && e.message); });
    tryIt(function () { res.write(5); });
    res.on('close', function () {
      console.log('after close', res.write('y', function (e) { console.log('write callback after close', e && e.code); }));
      res.end('z', function (e) { console.log('end data callback after close (none in Node)', e); });
      res.end(function (e) { console.log('end callback after close', e && e.code); });
    });
  }
];
var i = 0;
var server = http.createServer(function (req, res) { console.log('case', i); tries[i++](res); });
server.listen(0, '127.0.0.1', function () {
  (function next() {
    if (i >= tries.length) return server.close();
    var rq = http.get({ port: server.address().port, host: '127.0.0.1' }, function (r) {
      var h = [];
      for (var j = 0; j < r.rawHeaders.length; j += 2)
        if (!/^(Date|Connection|Keep-Alive|Content-Length|Transfer-Encoding)$/.test(r.rawHeaders[j])) h.push(r.rawHeaders[j] + ': ' + r.rawHeaders[j + 1]);
      console.log('  ', r.statusCode, JSON.stringify(r.statusMessage), JSON.stringify(h));
      r.resume();
      r.on('end', function () { setImmediate(next); });
    });
    rq.on('error', function (e) { console.log('  client error', e.code); next(); });
  })();
});
