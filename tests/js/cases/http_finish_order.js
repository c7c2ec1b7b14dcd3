// A response's 'finish' comes after the callbacks of its writes, as in
// Node (its 'finish' is the callback of its last write), and its 'close'
// after 'finish': for small writes, writes of 16 KiB and more (which unijs
// sends from the Buffer itself and calls back once the peer has them),
// with a Content-Length or chunked, the body in write() or in end(). The
// server's events are printed once both its 'close' and the client's
// 'end' have come (when the peer's acknowledgement arrives is not fixed).
var http = require('http');
var lines = [], got = '', waiting = 0, step;
function log(s) { lines.push(s); }
function half() {
  if (--waiting) return;
  console.log(lines.join('\n') + '\n' + got);
  lines = [];
  step();
}
var sizes = [10, 16384, 70000, 1 << 20];
var modes = ['write+end', 'end', 'length-write+end', 'write-end(data)', 'two-writes'];
var jobs = [];
sizes.forEach(function (n) { modes.forEach(function (m) { jobs.push([n, m]); }); });
var server = http.createServer(function (req, res) {
  var j = jobs[+req.url.slice(1)], n = j[0], m = j[1], big = Buffer.alloc(n, 'x'), t = j.join(' ');
  res.on('prefinish', function () { log(t + ' prefinish'); });
  res.on('finish', function () { log(t + ' finish'); });
  res.on('close', function () { log(t + ' close'); half(); });
  function cb(what) { return function (e) { log(t + ' ' + what + ' callback ' + e); }; }
  if (m === 'write+end') { res.write(big, cb('write')); res.end(cb('end')); }
  else if (m === 'end') res.end(big, cb('end'));
  else if (m === 'length-write+end') { res.setHeader('Content-Length', n); res.write(big, cb('write')); res.end(cb('end')); }
  else if (m === 'write-end(data)') { res.write('a', cb('write a')); res.end(big, cb('end')); }
  else { res.write(big, cb('write 1')); res.write(big, cb('write 2')); res.end('z', cb('end')); }
});
server.listen(0, '127.0.0.1', function () {
  var i = 0;
  (step = function () {
    if (i >= jobs.length) return server.close();
    waiting = 2;
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + i++ }, function (r) {
      var len = 0;
      r.on('data', function (d) { len += d.length; });
      r.on('end', function () { got = 'client got ' + len; half(); });
    });
  })();
});
