// http server: what a raw client sees (pipelined requests, keep-alive,
// chunked, HEAD, HTTP/1.0), with the Date header masked.
var http = require('http'), net = require('net');
function keys(o) { return Object.keys(o).sort().map(function (k) { return k + '=' + JSON.stringify(o[k]); }).join(' '); }
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.httpVersion, keys(req.headers), JSON.stringify(req.rawHeaders));
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    if (req.url === '/a') { res.setHeader('X-Foo', 'bar'); res.end('hi ' + body); }
    else if (req.url === '/b') { res.writeHead(201, { 'Content-Type': 'text/plain' }); res.write('one'); res.end('two'); }
    else if (req.url === '/c') { res.statusCode = 404; res.end(); }
    else if (req.url === '/e') { res.writeHead(204); res.end(); }
    else if (req.url === '/f') { res.setHeader('Content-Length', 5); res.write('ab'); res.end('cde'); }
    else if (req.url === '/g') { res.end(Buffer.from([0xe2, 0x82, 0xac])); }
    else { res.writeHead(200, 'Fine', [['A', '1'], ['B', '2']]); res.end(); }
  });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.connect(port, '127.0.0.1', function () {
    c.write('POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\nabc');
    c.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('HEAD /c HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('GET /c HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('GET /e HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('GET /f HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('PUT /g HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n');
    c.write('GET /d HTTP/1.0\r\n\r\n');
  });
  var all = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { all += d; });
  c.on('end', function () {
    console.log(all.replace(/Date: [^\r]*/g, 'Date: X').split('\r\n').join('|\n'));
    server.close(function () { console.log('closed'); });
  });
});
