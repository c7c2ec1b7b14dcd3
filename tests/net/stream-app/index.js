// The app that tests/net/js-http.sh boots for request bodies as streams,
// driven from the host by tests/net/js_stream.py. Nothing here names
// Buffer: core modules must not depend on what the app loaded first.
//   POST /enc      setEncoding('utf8'): the body back with the chunks' type
//   POST /raw      util.inspect of the first chunk (a Buffer: "<Buffer ..")
//   POST /upper    the body upper-cased through a Transform (pipeline)
//   POST /hold     the body is not read and no answer comes until
//   GET /release   reads the held body: /hold then answers with its length
//   GET /mem       heapUsed and the held request's socket bytesRead (JSON)
var http = require('http'), util = require('util'), stream = require('stream');
var held = null;

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
  } else if (req.url === '/upper') {
    var up = new stream.Transform({
      transform: function (c, e, cb) { cb(null, c.toString('latin1').toUpperCase()); }
    });
    stream.pipeline(req, up, res, function (err) { if (err) console.log('pipeline:', err.message); });
  } else if (req.url === '/hold') {
    held = { req: req, res: res };
  } else if (req.url === '/release') {
    var h = held, n = 0;
    h.req.on('data', function (c) { n += c.length; });
    h.req.on('end', function () { h.res.end(String(n)); });
    res.end('ok');
  } else if (req.url === '/mem') {
    res.end(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed,
      bytesRead: held ? held.req.socket.bytesRead : 0 }));
  } else {
    res.statusCode = 404;
    res.end('not found\n');
  }
});
server.listen(8080, function () { console.log('stream-app: http on 8080'); });
