// Heads and bodies written from strings (binding_http.c's head and chunk,
// which copy a run of ASCII 8 bytes at a time from an 8-byte boundary on):
// for lengths 1 to 24, one non-ASCII character ('\u00e9', '\u20ac', an
// astral one, or '\u0000') at each position, after a prefix of 0 to 7
// characters (so the run starts at each place of a word), as a body in
// utf8 and in latin1 with end(), as a chunk with write(), and as a
// header value. Printed: each body's bytes in base64 and the header as
// the client reads it, request by request.
var http = require('http');
var specials = ['\u00e9', '\u20ac', '\ud83d\ude00', '\u0000'];
var plans = [];
for (var len = 1; len <= 24; len++) {
  for (var pos = 0; pos < len; pos += 3) {
    var sp = specials[(len + pos) % specials.length], pre = (len * 7 + pos) % 8;
    var s = '';
    for (var i = 0; i < len; i++) s += i === pos ? sp : String.fromCharCode(97 + (i + len) % 26);
    plans.push({ pre: new Array(pre + 1).join('p'), s: s, mode: ['utf8', 'latin1', 'chunk'][(len + pos) % 3] });
  }
}
var server = http.createServer(function (req, res) {
  var p = plans[+req.url.slice(1)];
  var body = p.pre + p.s;
  // a header value: latin1 characters only (Node refuses others)
  res.setHeader('X-V', p.pre + p.s.replace(/[^\u0001-\u00ff]/g, 'y').replace(/[\u007f-\u009f]/g, 'z'));
  if (p.mode === 'chunk') {
    res.write(body);
    res.end(p.s);
  } else if (p.mode === 'latin1') {
    res.end(body, 'latin1');
  } else {
    res.end(body);
  }
});
server.listen(0, '127.0.0.1', function () {
  var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var i = 0, out = [];
  function next() {
    if (i === plans.length) {
      console.log(out.join('\n'));
      agent.destroy();
      server.close();
      return;
    }
    var k = i++;
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + k, agent: agent }, function (res) {
      var parts = [];
      res.on('data', function (d) { parts.push(d); });
      res.on('end', function () {
        out.push(k + ' ' + plans[k].mode + ' ' + Buffer.concat(parts).toString('base64') + ' ' +
          Buffer.from(res.headers['x-v'], 'latin1').toString('hex'));
        next();
      });
    });
  }
  next();
});
