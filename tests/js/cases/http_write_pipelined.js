// What write() returns and writableLength as Node 20 has them on
// keep-alive and pipelined responses: the answer in turn writes to its
// socket (corked for the turn: false once 16 KiB are held), one waiting
// behind it holds its output (false past 16 KiB of it) until its turn.
var http = require('http'), net = require('net');
var n = 0;
var server = http.createServer(function (req, res) {
  var i = n++, r = [];
  r.push(res.write('a'));
  r.push(res.write(Buffer.alloc(10000)));
  r.push(res.write(Buffer.alloc(7000)));
  r.push(res.write('b'));
  console.log(req.url, 'returned', r.join(','), 'writableLength', res.writableLength, 'needDrain', res.writableNeedDrain);
  if (i === 0) {
    // answered later: the others wait behind it
    setTimeout(function () { res.end('z'); console.log(req.url, 'ended'); }, 20);
  } else {
    res.end('z');
    console.log(req.url, 'after end', res.writableLength, res.writableFinished);
  }
  res.on('finish', function () { console.log(req.url, 'finish'); });
});
server.listen(0, '127.0.0.1', function () {
  var got = [];
  var k = net.connect(server.address().port, '127.0.0.1', function () {
    k.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  k.on('data', function (d) { got.push(d); });
  k.on('end', function () {
    var s = Buffer.concat(got).toString('latin1');
    console.log('client got', s.length, (s.match(/HTTP\/1.1 200 OK/g) || []).length, 'responses');
    server.close();
  });
});
