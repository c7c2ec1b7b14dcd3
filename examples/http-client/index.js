// Fetches the URL given as the first argument and prints the status, the
// content type and the body's length, then the body itself if it is short.
// Under QEMU user networking the host is 10.0.2.2:
//   ./mkimage.sh --run examples/http-client -- http://10.0.2.2:8000/
var http = require('http');

var url = process.argv[2];
if (!url) {
  console.error('usage: http-client URL');
  process.exit(2);
}

function fetch(attempt) {
  var req = http.get(url, function (res) {
    var parts = [];
    res.on('data', function (chunk) { parts.push(chunk); });
    res.on('end', function () {
      var body = Buffer.concat(parts);
      console.log('status ' + res.statusCode + ' ' + res.statusMessage);
      console.log('content-type ' + (res.headers['content-type'] || '-'));
      console.log('bytes ' + body.length);
      if (body.length <= 2048) process.stdout.write(body.toString());
      process.exitCode = res.statusCode === 200 ? 0 : 1;
    });
  });
  req.on('error', function (err) {
    // the address may still be on its way from DHCP: try again shortly
    if (err.code === 'EHOSTUNREACH' && attempt < 50) {
      setTimeout(function () { fetch(attempt + 1); }, 100);
      return;
    }
    console.error('http-client: ' + err.message);
    process.exitCode = 1;
  });
}
fetch(0);
