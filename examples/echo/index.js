// The TCP echo service (RFC 862) on port 7: every byte a client sends comes
// back to it. Boot with scripts/run.sh --fwd 10007:7 build/echo.elf.
var net = require('net');

var port = Number(process.env.PORT) || 7;
var server = net.createServer(function (socket) {
  socket.on('data', function (chunk) {
    // respect backpressure: stop reading while the client is slow to read
    if (!socket.write(chunk)) {
      socket.pause();
      socket.once('drain', function () { socket.resume(); });
    }
  });
  socket.on('error', function () {}); // a client that vanishes is not our error
});
server.listen(port, function () {
  console.log('echo listening on port ' + server.address().port);
});
