// The app that tests/net/js-http.sh boots for request bodies as streams,
// driven from the host by tests/net/js_stream.py. Nothing here names
// Buffer: core modules must not depend on what the app loaded first.
//   POST /enc      setEncoding('utf8'): the body back with the chunks' type
//   POST /raw      util.inspect of the first chunk (a Buffer: "<Buffer ..")
var http = require('http'), util = require('util');

var server = http.createServer(function (req, res) {
  if (req.url === '/enc') {
    var body = '', types = {};
    req.setEncoding('utf8');
    req.on('data', function (c) { types[typeof c] = true; body += c; });
    req.on('end', function () { res.end(Object.keys(types).join(',') + ':' + body); });
  } else if (req.url === '/raw') {
    var first = null;
    req.on('data', function (c) { if (first === null) first = util.inspect(c); });
    req.on('end', function () { res.end(String(first)); });
  } else {
    res.statusCode = 404;
    res.end('not found\n');
  }
});
server.listen(8080, function () { console.log('stream-app: http on 8080'); });
