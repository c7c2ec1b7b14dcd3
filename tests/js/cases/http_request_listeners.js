// 'request' and a socket's 'data' as emit delivers them: every listener,
// in order, with the emitter as this; a server or socket whose emit was
// replaced has it called (the server's and the stream's shortcut for a
// single listener must not go around it).
var http = require('http');
var net = require('net');
var EE = require('events');

function get(port, path, cb) {
  http.get({ port: port, path: path }, function (res) {
    var b = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { b += d; });
    res.on('end', function () { cb(res.statusCode + ' ' + b); });
  });
}

// one listener, this === server
var s1 = http.createServer(function (req, res) {
  console.log('s1 listener, this is server:', this === s1, req.url);
  res.end('one');
});
// two listeners, both called in order
var s2 = http.createServer();
s2.on('request', function (req) { console.log('s2 first', this === s2, req.url); });
s2.on('request', function (req, res) { console.log('s2 second', this === s2); res.end('two'); });
// emit replaced on the server: it sees the request
var s3 = http.createServer(function (req, res) { res.end('three'); });
s3.emit = function (type) {
  if (type === 'request') console.log('s3 emit saw', type, arguments[1].url);
  return EE.prototype.emit.apply(this, arguments);
};

// a raw socket's 'data': one listener with this === socket, and a
// socket whose emit was replaced
var raw = net.createServer(function (sock) {
  var n = 0;
  sock.emit = function (type) {
    if (type === 'data') n++;
    return EE.prototype.emit.apply(this, arguments);
  };
  sock.on('data', function (d) {
    console.log('raw data, this is socket:', this === sock, String(d), 'seen by emit:', n > 0);
    sock.end('bye');
  });
});

var left = 4;
function done() { if (--left === 0) { s1.close(); s2.close(); s3.close(); raw.close(); } }
s1.listen(0, function () {
  get(s1.address().port, '/a', function (r) {
    console.log('s1 ->', r);
    s2.listen(0, function () {
      get(s2.address().port, '/b', function (r) {
        console.log('s2 ->', r);
        s3.listen(0, function () {
          get(s3.address().port, '/c', function (r) {
            console.log('s3 ->', r);
            raw.listen(0, function () {
              var c = net.connect(raw.address().port, function () { c.write('hello'); });
              c.on('data', function (d) {
                console.log('client data, this is socket:', this === c, String(d));
              });
              c.on('close', function () { done(); done(); done(); done(); });
            });
          });
        });
      });
    });
  });
});
