// A response's end(body) with its head not yet sent: unijs writes head and
// body to the connection from C (native.http.head given the socket's
// handle) when the socket's write would hand them straight to the stack.
// Whatever the app does to the socket must still see them as Node's
// socket write does: a write of the app's replacing the socket's, a
// corked socket holding the app's bytes, a large write still queued. And
// bytesWritten counts them. One keep-alive connection, a raw client, one
// request after the other.
var http = require('http');
var net = require('net');

function show(s) {
  return JSON.stringify(s.replace(/Date: [^\r]*/g, 'Date: X'));
}

var server = http.createServer(function (req, res) {
  var sock = res.socket, before = sock.bytesWritten;
  res.on('finish', function () {
    console.log(req.url, 'finish, bytesWritten', sock.bytesWritten - before, 'writableLength', sock.writableLength);
  });
  res.setHeader('Content-Type', 'text/plain');
  if (req.url === '/plain') {
    res.end('plain<end>');
  } else if (req.url === '/override') {
    // the socket's write replaced: it gets the bytes (Node writes the head
    // and body as one string, unijs as a Buffer: joined they are the same)
    var seen = '';
    sock.write = function (chunk, enc, cb) {
      seen += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
      return net.Socket.prototype.write.apply(this, arguments);
    };
    res.end('override<end>');
    console.log('override saw', show(seen));
    delete sock.write;
  } else if (req.url === '/corked') {
    // corked with the app's bytes held: they go first, at end()'s uncork
    sock.cork();
    sock.write('X');
    res.end('corked<end>');
  } else if (req.url === '/queued') {
    // a large write before: the head and body wait behind it
    sock.write(Buffer.alloc(300000, 'q'));
    res.end('queued<end>');
  } else if (req.url === '/utf8') {
    res.setHeader('X-Latin', 'caf\u00e9');
    res.end('h\u00e9llo \u20ac<end>');
  } else {
    res.end('last<end>');
  }
});

var paths = ['/plain', '/override', '/plain', '/corked', '/queued', '/utf8', '/last'];
server.listen(0, function () {
  var c = net.connect(server.address().port), got = '', i = 0;
  function next() {
    got = '';
    c.write('GET ' + paths[i] + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  }
  c.on('connect', next);
  c.on('data', function (d) {
    got += d.toString('latin1');
    if (!/<end>$/.test(got)) return;
    var q = got.match(/^q*/)[0].length;
    console.log(paths[i], 'got', q ? q + ' q then' : '', show(got.slice(q)));
    if (++i < paths.length) next();
    else { c.end(); server.close(); }
  });
});
