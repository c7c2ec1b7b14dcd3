// An HTTP service: answers every request with a greeting, on port 8080
// (PORT in the environment changes it). Boot it with
//   sh scripts/run.sh --fwd 18080:8080 build/http-hello.elf
// and try: curl http://127.0.0.1:18080/
var http = require('http');

var port = Number(process.env.PORT) || 8080;
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello from unijs\n');
});
server.listen(port, function () {
  console.log('http-hello listening on port ' + server.address().port);
});
