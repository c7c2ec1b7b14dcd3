// http server: keepAliveTimeout ends idle keep-alive connections, oldest
// first, without a timer per connection. 40 clients each make one request
// and stay; every one is ended by the server after keepAliveTimeout, and
// the server set no more than a couple of timers for all of them (Node
// uses its sockets' own timeouts: none of the global setTimeout).
var http = require('http'), net = require('net');
require('timers'); // (unijs: the real timer functions in place before wrapping)
var realSetTimeout = global.setTimeout, calls = 0;
global.setTimeout = function (fn, ms) {
  if (ms >= 150 && ms <= 200) calls++; // the server's, not this case's own
  return realSetTimeout.apply(this, arguments);
};
var N = 40;
var server = http.createServer({ keepAliveTimeout: 200 }, function (req, res) { res.end('ok'); });
server.keepAliveTimeout = 200;
// the default limit follows the heap free when the server is made: on the
// host runner's growing heap that is about N, and admission is not what
// this case is about
server.maxConnections = 1000;
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, answered = 0, ended = 0, order = [], done = false;
  for (var i = 0; i < N; i++) (function (i) {
    var c = net.connect(port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('connect', function () { c.write('GET /' + i + ' HTTP/1.1\r\nHost: x\r\n\r\n'); });
    c.on('data', function (d) {
      got += d;
      if (/\r\n\r\nok$/.test(got)) answered++;
    });
    c.on('end', function () { ended++; order.push(i); });
    c.on('close', function () {
      if (ended === N && !done) {
        done = true;
        console.log('answered ' + answered + ', ended by the server ' + ended);
        console.log('keep-alive timers set: at most 2: ' + (calls <= 2));
        server.close(function () { console.log('closed'); });
      }
    });
  })(i);
});
