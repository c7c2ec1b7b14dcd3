// net: Socket is a stream.Duplex: pipe() echo, pipeline through a
// Transform, setEncoding, a paused socket stops reading (the sender is held
// back) and resumes, write() false and 'drain', end/finish/close order.
var net = require('net'), stream = require('stream');
var log = function () { console.log.apply(console, arguments); };

var total = 1024 * 1024;
var server = net.createServer(function (s) {
  log('server socket', s instanceof stream.Duplex, s instanceof stream.Readable, typeof s.pipe, s.readableHighWaterMark > 0);
  s.once('data', function (first) {
    if (first.toString('latin1', 0, 4) === 'echo') {
      s.unshift(first);
      s.pipe(s);
      return;
    }
    // the held-back test: pause, and the peer's bytes stop coming
    s.pause();
    var n = first.length;
    setTimeout(function () {
      log('paused: read less than sent', s.bytesRead < total, s.isPaused());
      s.on('data', function (d) { n += d.length; });
      s.resume();
    }, 50);
    s.on('end', function () { log('server got', n); s.end(); });
  });
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.connect(port, '127.0.0.1');
  var up = new stream.Transform({ transform: function (d, e, cb) { cb(null, d.toString().toUpperCase()); } });
  var out = '';
  var sink = new stream.Writable({ write: function (d, e, cb) { out += d; cb(); } });
  stream.pipeline(c, up, sink, function (err) {
    log('echo pipeline', err, out);
    held(port);
  });
  c.setEncoding('utf8');
  c.write('echo: ');
  c.end('hello');
  c.on('finish', function () { log('client finish'); });
  c.on('close', function (hadError) { log('client close', hadError); });
});

function held(port) {
  // how much the stack takes at once differs (Node's kernel may take 1 MB
  // in one go): write()'s value and the callback's timing are not printed
  var wrote = false, ended = false;
  var c = net.connect(port, '127.0.0.1', function () {
    var ok = c.write(Buffer.alloc(total, 120), function (err) { wrote = !err; });
    log('write returned a boolean', typeof ok);
    c.end(function () { ended = true; });
  });
  c.resume();
  c.on('end', function () { log('client end'); });
  c.on('close', function () { log('client 2 close', wrote, ended); server.close(); });
}
