// A header value that is an object: Node asks its toString once when
// setHeader checks it and once when the head is made. unijs makes the
// head in C (native.http.head) in one pass when it fits in 4 KiB (it
// counted the bytes first, then wrote them: a third toString), whether
// the bytes then go to the connection from C (end(body)), through a
// socket write the app replaced, or before the body (write() first,
// chunked; writeHead then end()).
var http = require('http');
var net = require('net');

function obj(tag) {
  var n = 0;
  return { toString: function () { n++; return tag + n; }, count: function () { return n; } };
}
var paths = ['/end', '/override', '/chunked', '/writehead', '/empty', '/big'];
var s = http.createServer(function (req, res) {
  var o = obj('v');
  res.setHeader('X-Obj', o);
  if (req.url === '/end') res.end('x');
  else if (req.url === '/override') {
    var sock = res.socket;
    sock.write = function () { return net.Socket.prototype.write.apply(this, arguments); };
    res.end('x');
    delete sock.write;
  } else if (req.url === '/chunked') {
    res.write('ab');
    res.end('x');
  } else if (req.url === '/writehead') {
    // (Node asks at writeHead, unijs when the head is written: only the
    // count at the end is compared)
    res.writeHead(200, { 'Content-Length': 1 });
    res.end('x');
  } else if (req.url === '/big') {
    // a head over 4 KiB, the object's value after the cut: counted, then
    // written (its toString asked more often than Node's: not compared)
    res.removeHeader('X-Obj');
    res.setHeader('X-Big', new Array(4090).join('b'));
    res.setHeader('X-Obj', o);
    res.end('x');
    return;
  } else {
    res.end();
  }
  console.log(req.url, 'toString calls', o.count());
});
s.listen(0, function () {
  var i = 0;
  (function next() {
    if (i === paths.length) return s.close();
    http.get({ port: s.address().port, path: paths[i++] }, function (r) {
      if (r.headers['x-big']) console.log(r.statusCode, 'X-Obj', r.headers['x-obj'].charAt(0), 'X-Big', r.headers['x-big'].length);
      else console.log('X-Obj', r.headers['x-obj']);
      r.resume();
      r.on('end', next);
    });
  })();
});
