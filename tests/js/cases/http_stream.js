// http: IncomingMessage is a stream.Readable (pipe, pipeline, setEncoding,
// 'readable' mode), ServerResponse a legacy Stream that pipe and pipeline
// write to; a client response piped into a Writable; an unread request
// body does not stop the response.
var http = require('http'), stream = require('stream');
var log = function () { console.log.apply(console, arguments); };

var server = http.createServer(function (req, res) {
  log('server', req.method, req.url, req instanceof stream.Readable, res instanceof stream.Stream,
    res instanceof stream.Writable, req.readableHighWaterMark > 0);
  if (req.url === '/upper') {
    var up = new stream.Transform({ transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); } });
    stream.pipeline(req, up, res, function (err) { log('server pipeline done', err); });
  } else if (req.url === '/pipe') {
    req.pipe(res);
  } else if (req.url === '/readable') {
    var parts = [];
    req.setEncoding('utf8');
    req.on('readable', function () {
      var c;
      while ((c = req.read()) !== null) parts.push(c);
    });
    req.on('end', function () { res.end('read ' + parts.join('').length + ' ' + typeof parts[0]); });
  } else {
    res.end('ignored the body');
  }
});

function post(port, path, pieces, cb) {
  var req = http.request({ port: port, host: '127.0.0.1', method: 'POST', path: path }, function (res) {
    log('client', path, res.statusCode, res instanceof stream.Readable);
    var got = [];
    var sink = new stream.Writable({ write: function (c, e, done) { got.push(c); done(); } });
    res.pipe(sink);
    sink.on('finish', function () { cb(Buffer.concat(got).toString()); });
  });
  pieces.forEach(function (p) { req.write(p); });
  req.end();
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  post(port, '/upper', ['hello ', 'streams'], function (body) {
    log('upper:', body);
    post(port, '/pipe', ['echo ', 'me'], function (body) {
      log('pipe:', body);
      var big = [];
      for (var i = 0; i < 20; i++) big.push(new Array(5001).join(String.fromCharCode(97 + i)));
      post(port, '/readable', big, function (body) {
        log('readable:', body);
        post(port, '/other', big, function (body) {
          log('other:', body);
          server.close();
        });
      });
    });
  });
});
