// The app tests/net/dhcp.sh boots. The network starts (and DHCP with it)
// at the first listen(); this one waits 100 ms first, so that the host's
// connection, made as soon as QEMU opened the forwarded port, is sure to
// wait in QEMU's user network before DHCP begins.
var http = require('http');
var t = Date.now();
while (Date.now() - t < 100);
http.createServer(function (req, res) {
  res.setHeader('Connection', 'close');
  res.end('dhcp-app ' + req.url + '\n');
}).listen(8080, function () { console.log('dhcp-app listening'); });
