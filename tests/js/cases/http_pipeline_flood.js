// http server: 500 pipelined requests in one write, then the client's
// end, to handlers that answer a moment later: every one is answered, in
// order, before the connection ends. (unijs stops parsing at 32 unanswered
// requests per connection and goes on as answers leave: this checks that
// nothing is lost or reordered on the way, including the FIN that arrived
// while requests were waiting.)
var http = require('http'), net = require('net');
var seen = 0;
var server = http.createServer(function (req, res) {
  seen++;
  setTimeout(function () { res.end(req.url + '\n'); }, 1);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    var s = '';
    for (var i = 0; i < 500; i++) s += 'GET /' + i + ' HTTP/1.1\r\nHost: x\r\n\r\n';
    c.end(s + 'POST /last HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi');
  });
  var all = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { all += d; });
  c.on('close', function () {
    var urls = all.match(/\n\/[a-z0-9]+\n/g) || [];
    var inorder = urls.every(function (u, i) { return u === '\n/' + (i === 500 ? 'last' : i) + '\n'; });
    console.log('answers', urls.length, 'in order', inorder, 'handlers', seen);
    server.close(function () { console.log('closed'); });
  });
});
