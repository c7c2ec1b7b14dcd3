// req.headers from a head with names given twice (joined with ', ',
// cookie with '; ', set-cookie an array, the first kept for the names
// Node keeps once), in any case, and names Object.prototype has
// (constructor, toString, hasOwnProperty, valueOf) given once and twice
// (not __proto__: unijs makes it an own key, Node drops it).
var http = require('http'), net = require('net');
var server = http.createServer(function (req, res) {
  var h = req.headers, keys = Object.keys(h);
  keys.forEach(function (k) { console.log(k, JSON.stringify(h[k]), Object.prototype.hasOwnProperty.call(h, k)); });
  console.log('own constructor', Object.prototype.hasOwnProperty.call(h, 'constructor'), typeof h.constructor);
  console.log('proto', Object.getPrototypeOf(h) === Object.prototype);
  res.end('ok');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', function () {
    c.write('GET / HTTP/1.1\r\nHost: a\r\nHOST: b\r\nX-A: 1\r\nx-a: 2\r\nX-A: 3\r\nCookie: c=1\r\ncookie: d=2\r\n' +
      'Set-Cookie: s=1\r\nset-cookie: t=2\r\nSet-Cookie: u=3\r\nContent-Type: text/a\r\ncontent-type: text/b\r\n' +
      'Constructor: x\r\ntoString: y\r\ntostring: z\r\nhasOwnProperty: h1\r\nHasOwnProperty: h2\r\nValueOf: v\r\n' +
      'Accept: a\r\nACCEPT: b\r\nUser-Agent: u1\r\nuser-agent: u2\r\nConnection: close\r\n\r\n');
  });
  c.on('data', function () {});
  c.on('end', function () { server.close(); });
});
