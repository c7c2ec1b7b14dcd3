// The response head as it leaves, byte for byte as from Node (unijs writes
// it in C, native.http.head, with the body in the same Buffer): arrays of
// values (one line each), numbers and objects as values, latin1 bytes in
// values (UTF-8 when the body is a utf8 string, as Node's one-string
// write), set/append/remove before writeHead, writeHead with a flat array,
// an array of pairs and an object, HEAD, 204, 304, chunked (one chunk, an
// empty body, trailers, hex, a write then end, a large Buffer), an
// HTTP/1.0 client, a Content-Length or Connection given by the app, the
// Keep-Alive line, res._header as a string, the errors of headers after
// the head; then a client request's head as a server reads it. Each
// response is read raw from the socket, followed by a pipelined request
// that closes the connection (but after /close, which closes itself);
// Date is masked.
var http = require('http'), net = require('net');

function show(label, buf) {
  // the large bodies as their length
  var s = buf.toString('latin1').replace(/Date: [^\r]*/g, 'Date: X').replace(/([bc])\1{19999}/g, '<20000 $1>');
  console.log(label + ' ' + JSON.stringify(s).split('\\r\\n').join('|\n  '));
}
function code(f) {
  try { f(); return 'no error'; } catch (e) { return e.code; }
}

var routes = {
  '/multi': function (req, res) {
    res.setHeader('Set-Cookie', ['a=1', 'b=2; Path=/']);
    res.setHeader('X-Num', 42);
    res.setHeader('X-Obj', { toString: function () { return 'from toString'; } });
    res.appendHeader('X-Multi', 'one');
    res.appendHeader('X-Multi', ['two', 'three']);
    res.setHeader('X-Empty', []);
    res.end('multi');
  },
  '/latin1-buffer': function (req, res) {
    res.setHeader('X-L', 'caf\u00e9 \u00ff\u0080');
    res.end(Buffer.from('b\u00e9', 'latin1'));
  },
  '/latin1-utf8': function (req, res) {
    res.setHeader('X-L', 'caf\u00e9 \u00ff');
    res.end('s\u00e9 \u20ac \ud83d\ude00');
  },
  '/latin1-latin1': function (req, res) {
    res.setHeader('X-L', 'caf\u00e9');
    res.end('l\u00e9', 'latin1');
  },
  '/set-remove': function (req, res) {
    res.setHeader('X-Gone', '1');
    res.setHeader('X-Keep', 'k');
    res.setHeader('X-Later', 'l');
    res.removeHeader('x-gone');
    res.setHeader('x-keep', 'K2');
    console.log('before writeHead: _header', res._header, 'headersSent', res.headersSent);
    res.writeHead(202, { 'X-Obj': 'o' });
    console.log('after writeHead: _header', typeof res._header, JSON.stringify(res._header.replace(/Date: [^\r]*/, 'Date: X')));
    console.log('setHeader after:', code(function () { res.setHeader('X-Late', '1'); }),
      'appendHeader after:', code(function () { res.appendHeader('X-Keep', '1'); }),
      'removeHeader after:', code(function () { res.removeHeader('X-Keep'); }),
      'writeHead again:', code(function () { res.writeHead(200); }));
    res.end('sr');
  },
  // (without headers set before: http_writehead_lists.js has the rest)
  '/wh-flat': function (req, res) {
    res.writeHead(200, ['X-A', '1', 'X-B', ['2a', '2b'], 'X-C', 3]);
    res.end('flat');
  },
  '/wh-pairs': function (req, res) {
    res.writeHead(200, 'Fine', [['X-P', 'p1'], ['X-Q', 'q']]);
    res.end('pairs');
  },
  '/wh-object': function (req, res) {
    res.setHeader('X-First', 'f');
    res.setHeader('X-O', 'replaced');
    res.writeHead(201, 'Made', { 'Content-Type': 'text/x', 'X-O': ['o1', 'o2'], 'X-N': 7 });
    res.end('object');
  },
  '/204': function (req, res) { res.statusCode = 204; res.setHeader('X-Why', 'none'); res.end(); },
  '/304': function (req, res) { res.writeHead(304, { ETag: '"e"' }); res.end(); },
  '/chunked': function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-L': 'caf\u00e9' });
    res.end('chunked \u00e9 body');
  },
  '/chunked-empty': function (req, res) { res.writeHead(200); res.end(); },
  '/chunked-emptystr': function (req, res) { res.writeHead(200); res.end(''); },
  '/chunked-trailer': function (req, res) {
    res.writeHead(200, { Trailer: 'X-T' });
    res.addTrailers({ 'X-T': 'tv' });
    res.end('t');
  },
  '/chunked-hex': function (req, res) { res.writeHead(200); res.end('6869', 'hex'); },
  '/chunked-latin1': function (req, res) { res.writeHead(200); res.end('\u00e9\u00ff', 'latin1'); },
  '/chunked-write': function (req, res) { res.writeHead(200); res.write('a'); res.end('bc'); },
  '/chunked-app': function (req, res) {
    res.setHeader('Transfer-Encoding', 'chunked');
    res.end('app chunked');
  },
  '/big': function (req, res) { res.writeHead(200); res.end(Buffer.alloc(20000, 'b')); },
  '/big-length': function (req, res) { res.end(Buffer.alloc(20000, 'c')); },
  '/length': function (req, res) { res.setHeader('Content-Length', 5); res.end('hello'); },
  '/close': function (req, res) { res.setHeader('Connection', 'close'); res.end('closing'); },
  '/empty': function (req, res) { res.end(); },
  '/checks': function (req, res) {
    // setHeader's checks (in C for unijs): which error, and nothing set
    var bad = [['', 'v'], ['a b', 'v'], ['caf\u00e9', 'v'], ['x:y', 'v'], [123, 'v'], [undefined, 'v'],
      ['X-V', 'a\nb'], ['X-V', 'a\rb'], ['X-V', '\u0100'], ['X-V', 'a\u0000'], ['X-V', '\x7f'],
      ['X-V', undefined], ['X-V', ['ok', 'b\r']], ['X-V', { toString: function () { return 'x\n'; } }],
      ['X-V', '\ud83d\ude00']];
    bad.forEach(function (b) {
      console.log('setHeader', JSON.stringify(String(b[0])), JSON.stringify(String(b[1])), code(function () { res.setHeader(b[0], b[1]); }));
    });
    console.log('validateHeaderName', code(function () { http.validateHeaderName('a b'); }),
      code(function () { http.validateHeaderName('Ok'); }),
      'validateHeaderValue', code(function () { http.validateHeaderValue('a b', 'x\n'); }),
      code(function () { http.validateHeaderValue('a b', undefined); }),
      code(function () { http.validateHeaderValue('X', '\t\u00e9\u00ff ~'); }));
    var long = 'X-' + new Array(150).join('Ab');
    res.setHeader(long, 'long');
    res.setHeader('X-Tab', '\tt\u00e9\u00ff ~');
    res.setHeader('x-TAB', 'again');
    res.setHeader('X-N', 0);
    console.log('names', JSON.stringify(res.getHeaderNames()), 'long', res.getHeader(long.toLowerCase()));
    res.end('checked');
  },
  '/end': function (req, res) { res.end('end'); }
};

var server = http.createServer(function (req, res) {
  var r = routes[req.url.split('?')[0]];
  r(req, res);
});

// each case: the raw bytes of its answer, then of /end's on the same
// connection (it asks to close)
var cases = [
  ['GET', '/multi'], ['HEAD', '/multi'], ['GET', '/latin1-buffer'], ['GET', '/latin1-utf8'],
  ['GET', '/latin1-latin1'], ['HEAD', '/latin1-utf8'], ['GET', '/set-remove'], ['GET', '/wh-flat'],
  ['GET', '/wh-pairs'], ['GET', '/wh-object'], ['GET', '/204'], ['GET', '/304'], ['GET', '/chunked'],
  ['HEAD', '/chunked'], ['GET', '/chunked-empty'], ['GET', '/chunked-emptystr'], ['GET', '/chunked-trailer'],
  ['GET', '/chunked-hex'], ['GET', '/chunked-latin1'], ['GET', '/chunked-write'], ['GET', '/chunked-app'],
  ['GET', '/big'], ['GET', '/big-length'], ['GET', '/length'], ['GET', '/empty'], ['HEAD', '/empty'], ['GET', '/checks'], ['GET', '/close'],
  ['GET', '/multi', '1.0'], ['GET', '/chunked', '1.0'], ['GET', '/length', '1.0']
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, i = 0;
  (function next() {
    if (i >= cases.length) { server.close(); return client(); }
    var c = cases[i++], ver = c[2] || '1.1', got = [];
    var k = net.connect(port, '127.0.0.1', function () {
      k.write(c[0] + ' ' + c[1] + ' HTTP/' + ver + '\r\nHost: x\r\n\r\n' +
        (ver === '1.1' && c[1] !== '/close' ? 'GET /end HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' : ''));
    });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () {
      var all = Buffer.concat(got);
      show(c[0] + ' ' + c[1] + ' HTTP/' + ver, all);
      next();
    });
  })();
});

// the client side: a request head as a raw server reads it
function client() {
  var raw = net.createServer(function (c) {
    var got = '';
    c.setEncoding('latin1');
    c.on('data', function (d) {
      got += d;
      // the whole request: its head, and the POST's body
      var end = got.indexOf('\r\n\r\n');
      if (end >= 0 && (got.slice(0, 3) === 'GET' || got.slice(end + 4) === 'abc')) {
        console.log('client sent ' + JSON.stringify(got.replace(/Host: [^\r]*/, 'Host: X')).split('\\r\\n').join('|\n  '));
        c.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
      }
    });
  });
  raw.listen(0, '127.0.0.1', function () {
    var p = raw.address().port;
    var r = http.request({ port: p, host: '127.0.0.1', method: 'POST', path: '/p?q=1', agent: false,
      headers: { 'X-C': ['c1', 'c2'], 'X-L': 'caf\u00e9', 'Content-Type': 'text/plain' } }, function (res) {
      res.setEncoding('utf8');
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('client got', res.statusCode, body);
        var g = http.request({ port: p, host: '127.0.0.1', path: '/g', agent: false, headers: { 'X-N': 3 } }, function (res2) {
          res2.resume();
          res2.on('end', function () { raw.close(); });
        });
        g.end();
      });
    });
    r.end('abc');
  });
}
