// Fetches each URL given as an argument, in turn, and prints the status,
// the content type and the body's length, then the body itself if it is
// short. Under QEMU user networking the host is 10.0.2.2:
//   ./mkimage.sh --run examples/http-client -- http://10.0.2.2:8000/
// The exit code is 0 when every response was 200 OK.
var http = require('http');

var urls = process.argv.slice(2);
if (!urls.length) {
  console.error('usage: http-client URL...');
  process.exit(2);
}

function fetch(i) {
  if (i === urls.length) return;
  var req = http.get(urls[i], function (res) {
    var parts = [];
    res.on('data', function (chunk) { parts.push(chunk); });
    res.on('end', function () {
      var body = Buffer.concat(parts);
      console.log('status ' + res.statusCode + ' ' + res.statusMessage);
      console.log('content-type ' + (res.headers['content-type'] || '-'));
      console.log('bytes ' + body.length);
      if (body.length <= 2048) process.stdout.write(body.toString());
      if (res.statusCode !== 200) process.exitCode = 1;
      fetch(i + 1);
    });
  });
  // (a request made while DHCP is still running waits for the address)
  req.on('error', function (err) {
    console.error('http-client: ' + err.message);
    process.exitCode = 1;
    fetch(i + 1);
  });
}
fetch(0);
