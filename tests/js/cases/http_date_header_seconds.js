// The Date header of responses over more than two seconds of the clock
// (requests 150 ms apart on one keep-alive connection): each is the
// second of the clock between the request and its answer
// (toUTCString of the time before or of the time after), and the header
// changes with the second (http.js keeps the line of the second and
// makes it again when Date.now() leaves that second). Printed: whether
// every header was right, and whether the answers saw three seconds or
// more.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.end('d');
});
server.listen(0, '127.0.0.1', function () {
  var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var left = 17, bad = [], seen = {};
  function one() {
    var before = new Date().toUTCString();
    http.get({ port: server.address().port, host: '127.0.0.1', agent: agent }, function (res) {
      res.resume();
      res.on('end', function () {
        var after = new Date().toUTCString(), d = res.headers.date;
        if (d !== before && d !== after) bad.push(d + ' not ' + before + ' or ' + after);
        seen[d] = true;
        if (--left > 0) setTimeout(one, 150);
        else {
          console.log('every Date header the second of its answer:', bad.length === 0, bad.join('; '));
          console.log('three seconds or more seen:', Object.keys(seen).length >= 3);
          agent.destroy();
          server.close();
        }
      });
    });
  }
  one();
});
