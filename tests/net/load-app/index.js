// The app tests/net/load.sh loads from the host in a small guest: each
// request makes garbage as an ordinary JSON service does (the URL parsed,
// an object built and stringified, a 2 KB answer).
//   GET /item?id=N   {"id":N,"name":"item N","tags":[...],"pad":"..."}
//   GET /quit        answers and closes the server: the image then ends by
//                    itself, exit code 0, once the last connection closes
var http = require('http');

var served = 0;
var server = http.createServer(function (req, res) {
  var m = /^\/item\?id=(\d+)$/.exec(req.url);
  if (m) {
    var id = +m[1], tags = [];
    for (var i = 0; i < 20; i++) tags.push('tag-' + id + '-' + i);
    var body = JSON.stringify({ id: id, name: 'item ' + id, tags: tags, pad: new Array(1200).join('.') });
    served++;
    res.setHeader('Content-Type', 'application/json');
    res.end(body);
  } else if (req.url === '/quit') {
    res.setHeader('Connection', 'close');
    res.end('served ' + served + '\n');
    server.close();
  } else {
    res.statusCode = 404;
    res.end('not found\n');
  }
});
process.on('exit', function (code) {
  console.log('served ' + served + ' item requests, exit code ' + code);
  // for a failure's report: which of the heap's guards turned clients away
  console.log('refused ' + (server._refused || 0) + ', evicted ' + (server._evicted || 0) + ', shed ' + (server._shed || 0) +
    ', limit ' + server.maxConnections);
});
server.listen(8080, function () { console.log('load-app listening'); });
