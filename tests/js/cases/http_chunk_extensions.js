// http server: chunk extensions as Node 20 (llhttp) takes them. A good
// one (;name, ;name=token, ;name="quoted", several, on the last chunk) is
// ignored; anything else in a chunk-size line (a NUL, a control byte,
// white space, an empty name, a byte after a quoted value) gets 400 and a
// closed connection, and clientError sees Node's code. Each body goes
// whole, then byte by byte (a chunk-size line split across reads) to a
// server with a clientError listener that answers 400 itself and lets
// the client close (a client still sending after the server's own 400
// and close meets a reset, at a moment that depends on the stack).
var http = require('http'), net = require('net');
var cases = [
  ['plain', '3\r\nabc\r\n0\r\n\r\n'],
  ['name', '3;a\r\nabc\r\n0\r\n\r\n'],
  ['name=token', '3;a=b\r\nabc\r\n0\r\n\r\n'],
  ['several', '3;a=b;c;d=e\r\nabc\r\n0\r\n\r\n'],
  ['empty value', '3;a=\r\nabc\r\n0\r\n\r\n'],
  ['quoted', '3;a="x y\\"z\xff\t"\r\nabc\r\n0\r\n\r\n'],
  ['on the last chunk', '3\r\nabc\r\n0;a=b\r\n\r\n'],
  ['trailers', '3;q\r\nabc\r\n0\r\nX-T: 1\r\n\r\n'],
  ['hex and zeros', '00A;k=v\r\nabcdefghij\r\n0\r\n\r\n'],
  ['NUL in a name', '3;a\x00\r\nabc\r\n0\r\n\r\n'],
  ['NUL in a value', '3;a=b\x00c\r\nabc\r\n0\r\n\r\n'],
  ['NUL in a quoted value', '3;a="x\x00"\r\nabc\r\n0\r\n\r\n'],
  ['NUL on the last chunk', '3\r\nabc\r\n0;x\x00\r\n\r\n'],
  ['NUL in a later chunk', '3\r\nabc\r\n2;\x00\r\nde\r\n0\r\n\r\n'],
  ['control byte', '3;a\x01\r\nabc\r\n0\r\n\r\n'],
  ['space before ;', '3 ;a=b\r\nabc\r\n0\r\n\r\n'],
  ['space in a value', '3;a=b c\r\nabc\r\n0\r\n\r\n'],
  ['tab in a value', '3;a=b\tc\r\nabc\r\n0\r\n\r\n'],
  ['DEL', '3;a=\x7f\r\nabc\r\n0\r\n\r\n'],
  ['high byte unquoted', '3;a=\xff\r\nabc\r\n0\r\n\r\n'],
  ['empty name', '3;\r\nabc\r\n0\r\n\r\n'],
  ['quoted name', '3;"a"=b\r\nabc\r\n0\r\n\r\n'],
  ['after a quoted value', '3;a="x"y\r\nabc\r\n0\r\n\r\n'],
  ['name=name=', '3;a=b=c\r\nabc\r\n0\r\n\r\n'],
  ['LF in an extension', '3;a\nb\r\nabc\r\n0\r\n\r\n']
];
var codes = [];
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('latin1');
  req.on('data', function (d) { body += d; });
  req.on('error', function () {});
  req.on('end', function () { res.end('got ' + JSON.stringify(body) + ' ' + JSON.stringify(req.trailers)); });
});
function onClientError(err, socket) {
  // the first error of each connection (Node's parser reports again for
  // bytes that come after it)
  if (socket.seen) return;
  socket.seen = true;
  codes.push(err.code);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
}
var HEAD = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
function one(c, split, done) {
  // (added for the second round: a clientError listener replaces the 400)
  if (split && !server.listenerCount('clientError')) server.on('clientError', onClientError);
  var k = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  k.setEncoding('latin1');
  k.on('data', function (d) { got += d; });
  k.on('end', function () { k.end(); });
  k.on('error', function () {});
  k.on('close', function () {
    var st = got.split('\r\n')[0] || '(closed)';
    console.log(c[0] + (split ? ' (byte by byte)' : '') + ': ' + st + ' ' + JSON.stringify(got.slice(got.indexOf('\r\n\r\n') + 4)));
    done();
  });
  var data = Buffer.from(HEAD + c[1], 'latin1');
  if (!split) { k.write(data); return; }
  k.write(data.slice(0, HEAD.length));
  var i = HEAD.length;
  (function next() {
    // (no more once the server has answered: what a client sends after
    // a 400 is not what this case is about)
    if (i >= data.length || got || k.destroyed) return;
    k.write(data.slice(i, i + 1), function () { i++; setImmediate(next); });
  })();
}
server.listen(0, '127.0.0.1', function () {
  var i = 0, split = false;
  (function next() {
    if (i === cases.length) {
      if (!split) { split = true; i = 0; }
      else {
        console.log('clientError codes: ' + codes.join(' '));
        server.close(function () { console.log('closed'); });
        return;
      }
    }
    one(cases[i++], split, next);
  })();
});
