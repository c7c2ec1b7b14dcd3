// writeHead(status[, reason], headers) as Node 20 takes its headers:
// - alone (no setHeader before): the head is written from them as given,
//   a flat array or an array of pairs line by line in order, a name given
//   twice as two lines; getHeader and the like do not see them; a bad
//   name or value throws setHeader's error and nothing of them is kept;
//   a flat array of odd length is ERR_INVALID_ARG_VALUE;
// - after setHeader: each is set with setHeader (a name given twice keeps
//   its last value, in the place of the first setting), names that are
//   empty are skipped, an array of pairs is refused (odd length:
//   ERR_INVALID_ARG_VALUE; even: its pairs are no header names,
//   ERR_INVALID_HTTP_TOKEN);
// - a value undefined in an object throws either way.
// Each response is read raw from a socket of its own; Date is masked.
var http = require('http'), net = require('net');

function code(f) {
  try { f(); return 'no error'; } catch (e) { return e.code + ' ' + e.name + ': ' + e.message; }
}
function seen(res) {
  return JSON.stringify([res.getHeader('x'), res.hasHeader('x'), res.getHeaders(), res.getHeaderNames(), res.getRawHeaderNames()]);
}

var routes = {
  '/flat-twice': function (req, res) {
    res.writeHead(200, ['Set-Cookie', 'a=1', 'X', 'y', 'Set-Cookie', 'b=2']);
    console.log('seen', seen(res));
    res.end('x');
  },
  '/flat-twice-set': function (req, res) {
    res.setHeader('Set-Cookie', 'z=0');
    res.setHeader('X-S', 's');
    res.writeHead(200, ['Set-Cookie', 'a=1', 'X', 'y', 'Set-Cookie', 'b=2', 'x', 'Y2']);
    console.log('seen', seen(res));
    res.end('x');
  },
  '/flat-arrays': function (req, res) {
    res.writeHead(200, ['X-A', '1', 'X-A', ['2', '3'], 'Content-Length', '1']);
    res.end('x');
  },
  '/flat-arrays-set': function (req, res) {
    res.setHeader('X-A', '0');
    res.writeHead(200, ['X-A', '1', 'X-A', ['2', '3'], 'Content-Length', '1']);
    res.end('x');
  },
  '/flat-length-set': function (req, res) {
    res.setHeader('A', 'a');
    res.writeHead(200, 'Yes', ['Content-Length', '1', 'a', 'A2']);
    res.end('x');
  },
  '/flat-odd': function (req, res) { console.log(code(function () { res.writeHead(200, ['A', 'b', 'C']); })); res.end('y'); },
  '/flat-odd-set': function (req, res) {
    res.setHeader('A', 'a');
    console.log(code(function () { res.writeHead(200, ['B', 'b', 'C']); }));
    res.end('y');
  },
  '/flat-empty-name': function (req, res) { console.log(code(function () { res.writeHead(200, ['', 'v', 'B', 'b']); })); res.end('y'); },
  '/flat-empty-name-set': function (req, res) {
    res.setHeader('A', 'a');
    console.log(code(function () { res.writeHead(200, ['', 'v', 'B', 'b']); }));
    res.end('y');
  },
  '/flat-bad-value': function (req, res) {
    console.log(code(function () { res.writeHead(200, ['B', 'b', 'C', 'x\n']); }), seen(res));
    res.end('y');
  },
  '/flat-bad-value-set': function (req, res) {
    res.setHeader('A', 'a');
    console.log(code(function () { res.writeHead(200, ['B', 'b', 'C', 'x\n']); }));
    res.end('y');
  },
  '/pairs-twice': function (req, res) {
    res.writeHead(200, [['A', 'b'], ['A', 'c'], ['X', ['1', '2']]]);
    console.log('seen', seen(res));
    res.end('y');
  },
  '/pairs-short': function (req, res) { console.log(code(function () { res.writeHead(200, [['B', 'b'], ['C']]); })); res.end('y'); },
  '/pairs-set': function (req, res) {
    res.setHeader('X', '1');
    console.log(code(function () { res.writeHead(201, [['A', 'b']]); }), res.statusCode, res.headersSent, res._header);
    res.end('y');
  },
  '/pairs-even-set': function (req, res) {
    res.setHeader('X', '1');
    console.log(code(function () { res.writeHead(200, [['B', 'b'], ['C', 'c']]); }));
    res.end('y');
  },
  '/pairs-empty-set': function (req, res) {
    res.setHeader('A', 'a');
    console.log(code(function () { res.writeHead(200, []); }));
    res.end('x');
  },
  '/removed': function (req, res) {
    // set, then removed: still the setHeader way (a name twice: one line)
    res.setHeader('A', 'a');
    res.removeHeader('A');
    res.writeHead(200, ['X', '1', 'X', '2']);
    console.log('seen', seen(res));
    res.end('x');
  },
  '/object': function (req, res) {
    res.writeHead(200, { X: 'a', 'X-Arr': ['p', 'q'] });
    console.log('seen', seen(res));
    res.end('x');
  },
  '/object-undefined': function (req, res) { console.log(code(function () { res.writeHead(200, { X: undefined, Y: 'y' }); })); res.end('x'); },
  '/object-undefined-set': function (req, res) {
    res.setHeader('A', 'a');
    console.log(code(function () { res.writeHead(200, { Y: 'y', X: undefined }); }), seen(res));
    res.end('x');
  },
  '/null-reason': function (req, res) { res.writeHead(202, null, { X: 'n' }); res.end('x'); }
};
var server = http.createServer(function (req, res) { routes[req.url](req, res); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, keys = Object.keys(routes), i = 0;
  (function next() {
    if (i >= keys.length) return server.close();
    var u = keys[i++], got = [];
    var k = net.connect(port, '127.0.0.1', function () {
      k.write('GET ' + u + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () {
      var s = Buffer.concat(got).toString('latin1').replace(/Date: [^\r]*/g, 'Date: X');
      console.log(u + ' ' + JSON.stringify(s).split('\\r\\n').join('|\n  '));
      next();
    });
  })();
});
