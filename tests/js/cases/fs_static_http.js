// An express.static-like server: files under public/ (packed under /app in
// an image) served with fs.stat + fs.createReadStream().pipe(res); 404 for
// what is missing, 403 for paths that climb out. A client in the same
// script fetches them.
var fs = require('fs');
var path = require('path');
var http = require('http');
var root = path.join(__dirname, 'fs_data', 'public');
var types = { '.html': 'text/html', '.css': 'text/css' };

var server = http.createServer(function (req, res) {
  var file = path.join(root, decodeURIComponent(req.url.split('?')[0]));
  if (file.indexOf(root + path.sep) !== 0 && file !== root) {
    res.writeHead(403);
    res.end('forbidden\n');
    return;
  }
  fs.stat(file, function (err, st) {
    if (!err && st.isDirectory()) {
      file = path.join(file, 'index.html');
      st = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (err || !st) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end((err ? err.code : 'ENOENT') + '\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': st.size });
    fs.createReadStream(file).pipe(res);
  });
});

function get(url, cb) {
  http.get({ port: server.address().port, host: '127.0.0.1', path: url }, function (res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () {
      console.log(url, res.statusCode, res.headers['content-type'], res.headers['content-length'], JSON.stringify(body));
      cb();
    });
  });
}

server.listen(0, '127.0.0.1', function () {
  var urls = ['/index.html', '/', '/css/site.css', '/missing.txt', '/../hello.txt', '/css'];
  (function next(i) {
    if (i === urls.length) { server.close(); return; }
    get(urls[i], function () { next(i + 1); });
  })(0);
});
