// http server timeouts as Node's: a client that connects and says
// nothing, one that sends its head a line at a time (slowloris) and one
// that never finishes its body are each answered 408 and disconnected
// (headersTimeout, requestTimeout, checked every connectionsCheckingInterval);
// a complete request is answered; the options' defaults and checks.
var http = require('http'), net = require('net');
var d = http.createServer();
console.log('defaults', d.headersTimeout, d.requestTimeout, d.keepAliveTimeout, d.timeout,
  d.maxHeadersCount, d.maxRequestsPerSocket, d.connectionsCheckingInterval, d.requireHostHeader);
console.log('headersTimeout follows requestTimeout', http.createServer({ requestTimeout: 20000 }).headersTimeout);
try { http.createServer({ headersTimeout: 2000, requestTimeout: 1000 }); } catch (e) { console.log(e.name, e.code); }
try { http.createServer({ requestTimeout: -1 }); } catch (e) { console.log(e.name, e.code); }
try { http.createServer({ requestTimeout: '1' }); } catch (e) { console.log(e.name, e.code); }

var server = http.createServer({ headersTimeout: 300, requestTimeout: 1000, connectionsCheckingInterval: 50 },
  function (req, res) { res.end('ok'); });
var results = {}, left = 4;
server.listen(0, '127.0.0.1', function () {
  function go(name, parts) {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      parts.forEach(function (p, i) { setTimeout(function () { if (!c.destroyed) c.write(p); }, i * 100); });
    });
    var all = '';
    c.setEncoding('latin1');
    c.on('data', function (x) { all += x; });
    c.on('error', function (e) { all += '[' + e.code + ']'; });
    c.on('close', function () {
      results[name] = all.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|');
      if (--left === 0) {
        Object.keys(results).sort().forEach(function (k) { console.log(k + ': ' + results[k]); });
      }
    });
    return c;
  }
  go('silent', []);
  // The trickles end before the timeouts are due (300 and 1000 ms): a
  // write after the server's 408 and close would race with it (an error
  // or not, as the load has it), and timers run in deadline order, so
  // however late the loop is, the writes come first.
  go('slowloris', ['GET / HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n']);
  go('slow body', ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n', 'a', 'b', 'c', 'd', 'e', 'f']);
  var k = go('complete', ['GET / HTTP/1.1\r\nHost: x\r\n\r\n']);
  // closed by us once the others are done (the keep-alive connection stays)
  var t = setInterval(function () { if (left === 1) { clearInterval(t); k.end(); server.close(); } }, 50);
});
