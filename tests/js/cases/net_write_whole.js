// net: write() without a callback (a response's usual write; unijs hands
// it to the stack directly when the socket is idle and the stack takes it
// whole): to a peer that reads at once and to one that stops reading
// (writes then wait, write() says false, 'drain' follows), Buffers and
// strings (UTF-8 counted in bytes), mixed with writes that have a
// callback (called in order).
var net = require('net');
var CHUNK = 8192, COUNT = 512; // 4 MiB in writes below the no-copy size
var big = Buffer.alloc(CHUNK);
for (var i = 0; i < CHUNK; i++) big[i] = (i * 7) & 255;

function sum(s, b) { for (var i = 0; i < b.length; i++) s = (s * 31 + b[i]) >>> 0; return s; }

var server = net.createServer(function (s) {
  var got = 0, hash = 7, text = '', mode = null;
  s.on('data', function (d) {
    if (mode === null) {
      mode = d.toString('latin1', 0, 1);
      d = d.slice(1);
      if (mode === 'P') {
        // stop reading for a while: the sender's writes wait
        s.pause();
        setTimeout(function () { s.resume(); }, 100);
      }
    }
    if (mode === 'T') text += d.toString('utf8');
    got += d.length;
    hash = sum(hash, d);
  });
  s.on('end', function () {
    if (mode === 'T') console.log('server text', JSON.stringify(text), got);
    else console.log('server', mode, got, hash === expected);
    s.end();
  });
});
var expected = 7;
for (i = 0; i < COUNT; i++) expected = sum(expected, big);

function bulk(mode, done) {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var falses = 0, drains = 0;
    c.on('drain', function () { drains++; });
    c.write(mode);
    for (var i = 0; i < COUNT; i++) if (!c.write(big)) falses++;
    console.log(mode, 'writes said false', falses > 0 ? 'some' : 'none', 'length held', c.writableLength > 0 === falses > 0);
    function end() {
      c.end(function () {
        console.log(mode, 'finished, bytesWritten', c.bytesWritten, 'writableLength', c.writableLength, 'drains', drains);
      });
    }
    if (falses) c.once('drain', end);
    else end();
    c.on('close', done);
    c.resume();
  });
}

function text(done) {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var order = [];
    c.write('T');
    c.write('plain ascii, ');
    c.write('h\u00e9llo \u20ac ', function () { order.push('cb1'); });
    c.write(Buffer.from('buffer, '));
    c.write('\ud83d\ude00 end', function () { order.push('cb2'); });
    console.log('text bytesWritten before end', c.bytesWritten, 'writableLength', c.writableLength);
    c.end(function () {
      console.log('text callbacks', order.join(','), 'bytesWritten', c.bytesWritten);
    });
    c.on('close', done);
    c.resume();
  });
}

server.listen(0, '127.0.0.1', function () {
  bulk('R', function () {
    bulk('P', function () {
      text(function () { server.close(); });
    });
  });
});
