// A Uint8Array that is not a Buffer written to a response (write, end,
// large and small, a view at an offset of its ArrayBuffer) and to a
// socket, as Node 20 takes it; a socket (a Writable) also takes any typed
// array or DataView as its bytes, a response refuses them. The errors
// for other values (null, numbers, objects) as Node's.
var http = require('http'), net = require('net');
var u = function (s) { return new Uint8Array(Buffer.from(s)); };
var routes = {
  '/write': function (req, res) {
    console.log('write returned', res.write(u('ab')), res.write(new Uint8Array(0)));
    res.end(u('cd'), function () { console.log('end callback'); });
  },
  '/end': function (req, res) { res.end(u('xyz')); },
  '/end-big': function (req, res) { res.end(new Uint8Array(20000).fill(98)); },
  '/write-big': function (req, res) { res.write(new Uint8Array(70000).fill(99)); res.end(); },
  '/view': function (req, res) { var b = Buffer.from('0123456789'); res.end(new Uint8Array(b.buffer, b.byteOffset + 2, 3)); },
  '/length': function (req, res) { res.setHeader('Content-Length', 2); res.write(u('a')); res.end(u('b')); },
  '/refused': function (req, res) {
    [null, undefined, 5, {}, [1], new Uint16Array(1), new DataView(new ArrayBuffer(2)), true].forEach(function (v) {
      try { console.log('write', res.write(v)); } catch (e) { console.log('write', e.name, e.code, e.message); }
    });
    [5, {}, new Uint16Array(1)].forEach(function (v) {
      try { res.end(v); console.log('end ok'); } catch (e) { console.log('end', e.name, e.code, e.message); }
    });
    res.end('x');
  }
};
var server = http.createServer(function (req, res) { routes[req.url](req, res); });
var cases = Object.keys(routes);
function show(label, buf) {
  console.log(label, JSON.stringify(buf.toString('latin1').replace(/Date: [^\r]*/g, 'Date: X')
    .replace(/([bc])\1{999,}/g, function (m) { return '<' + m.length + ' ' + m[0] + '>'; })));
}
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, i = 0;
  (function next() {
    if (i >= cases.length) { server.close(); return sockets(); }
    var c = cases[i++], got = [];
    var k = net.connect(port, '127.0.0.1', function () {
      k.write('GET ' + c + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    k.on('data', function (d) { got.push(d); });
    k.on('end', function () { show(c, Buffer.concat(got)); next(); });
  })();
});
function sockets() {
  var s2 = net.createServer(function (s) {
    var got = [];
    s.on('data', function (d) { got.push(d); });
    s.on('end', function () { show('socket got', Buffer.concat(got)); s.end(); s2.close(); });
  });
  s2.listen(0, '127.0.0.1', function () {
    var k = net.connect(s2.address().port, '127.0.0.1', function () {
      console.log('socket write returned', k.write(u('hi '), function (e) { console.log('socket write callback', e); }));
      k.write(new Uint16Array([0x4241]));
      var d = new DataView(new ArrayBuffer(4), 1, 2);
      d.setUint8(0, 67); d.setUint8(1, 68);
      k.write(d);
      try { k.write(5); } catch (e) { console.log('socket', e.code, e.message); }
      k.end(u(' there'));
    });
    k.resume();
  });
}
