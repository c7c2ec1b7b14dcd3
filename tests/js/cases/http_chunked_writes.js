// A streamed chunked response, write() after write() once the head has
// gone, as it leaves (unijs sends each chunk, its size line, data and
// CRLF, as one socket write built in C, native.http.chunk; end(data)'s
// last chunk goes with it; a Buffer of more than 64 KiB goes uncopied
// between its size line and CRLF): strings in utf8, latin1, hex and
// base64, empty writes, small and large Buffers, end() with data, with
// trailers, with a large Buffer, with nothing; what write() returns, and
// the order of the write callbacks and 'finish'. Each response is read
// raw from a socket of its own; Date is masked, long runs shortened.
var http = require('http'), net = require('net');

var big = Buffer.alloc(20000, 'b'), big2 = Buffer.alloc(70000, 'c');
var routes = {
  '/strings': function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.flushHeaders();
    var r = [res.write('h\u00e9llo \u20ac \ud83d\ude00'), res.write('\u00e9\u00ff', 'latin1'), res.write('6869', 'hex'),
      res.write('aGk=', 'base64'), res.write('\u00e9', 'binary'), res.write('u', 'utf-8'), res.write('a\u0001b', 'ascii'),
      res.write(''), res.write('', 'hex')];
    console.log('strings returned', JSON.stringify(r));
    res.end('fin');
  },
  '/buffers': function (req, res) {
    res.setHeader('X-B', 'b');
    res.write('first');
    var r = [res.write(Buffer.from('buf')), res.write(Buffer.alloc(0)), res.write(big), res.write(Buffer.from('AB'))];
    console.log('buffers returned', JSON.stringify(r));
    res.write(big2);
    res.end(Buffer.from('last'));
  },
  '/callbacks': function (req, res) {
    res.on('finish', function () { console.log('finish'); });
    res.write('a', function (e) { console.log('cb a', e); });
    res.write(Buffer.from('b'), function (e) { console.log('cb b', e); });
    res.write('', function (e) { console.log('cb empty', e); });
    // (large writes: http_finish_order.js)
    res.write('d', 'latin1', function (e) { console.log('cb d', e); });
    res.end('e', function (e) { console.log('cb end', e); });
  },
  '/trailers': function (req, res) {
    res.writeHead(200, { Trailer: 'X-T, X-U' });
    res.write('a');
    res.addTrailers({ 'X-T': 'tv', 'X-U': 'u\u00e9' });
    res.end('b');
  },
  '/trailers-big': function (req, res) {
    res.writeHead(200, { Trailer: 'X-T' });
    res.write('a');
    res.addTrailers({ 'X-T': 'big' });
    res.end(big);
  },
  '/trailers-huge': function (req, res) {
    res.writeHead(200, { Trailer: 'X-T' });
    res.write('a');
    res.addTrailers({ 'X-T': 'huge' });
    res.end(big2);
  },
  '/end-nothing': function (req, res) { res.write('a'); res.end(); },
  '/end-empty': function (req, res) { res.write('a'); res.end(''); },
  '/end-hex': function (req, res) { res.write('a'); res.end('6869', 'hex'); },
  '/end-utf8': function (req, res) { res.write('a'); res.end('\u00e9\u20ac'); },
  '/later': function (req, res) {
    // writes from later turns of the loop
    res.write('now');
    setTimeout(function () {
      res.write('later');
      setImmediate(function () { res.end('end'); });
    }, 1);
  },
  '/head': function (req, res) { console.log('HEAD returned', res.write('no body')); res.end('none'); },
  '/length': function (req, res) {
    // not chunked: the app's Content-Length
    res.setHeader('Content-Length', 7);
    console.log('length returned', res.write('abc'), res.write(Buffer.from('d')));
    res.end('efg');
  },
  '/http10': function (req, res) { res.write('one '); res.write(Buffer.from('two ')); res.end('three'); }
};
var server = http.createServer(function (req, res) { routes[req.url](req, res); });

function show(label, buf) {
  var s = buf.toString('latin1').replace(/Date: [^\r]*/g, 'Date: X').replace(/([bc])\1{999,}/g, function (m) { return '<' + m.length + ' ' + m[0] + '>'; });
  console.log(label + ' ' + JSON.stringify(s).split('\\r\\n').join('|\n  '));
}
var cases = Object.keys(routes).map(function (u) {
  return [u === '/head' ? 'HEAD' : 'GET', u, u === '/http10' ? '1.0' : '1.1'];
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, i = 0;
  (function next() {
    if (i >= cases.length) return server.close();
    var c = cases[i++], got = [];
    var k = net.connect(port, '127.0.0.1', function () {
      k.write(c[0] + ' ' + c[1] + ' HTTP/' + c[2] + '\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () { show(c[0] + ' ' + c[1], Buffer.concat(got)); next(); });
  })();
});
