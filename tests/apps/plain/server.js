// A plain http service with cookie, qs and uuid: sessions in a cookie,
// nested query strings, ids that must be valid v4 UUIDs.
var http = require('http');
var cookie = require('cookie');
var qs = require('qs');
var uuid = require('uuid');

var server = http.createServer(function (req, res) {
  var q = req.url.indexOf('?');
  var path = q < 0 ? req.url : req.url.slice(0, q);
  var query = qs.parse(q < 0 ? '' : req.url.slice(q + 1));
  var cookies = cookie.parse(req.headers.cookie || '');
  if (path === '/login') {
    res.setHeader('Set-Cookie', [
      cookie.serialize('user', String(query.user || 'anon'), { httpOnly: true, path: '/', maxAge: 3600 }),
      cookie.serialize('theme', 'dark & light', { path: '/' })
    ]);
    res.writeHead(204);
    return res.end();
  }
  if (path === '/whoami') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ cookies: cookies, query: query }));
  }
  if (path === '/id') {
    var id = uuid.v4();
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end(String(uuid.validate(id) && uuid.version(id)) + ' ' + uuid.v5('unijs', uuid.v5.URL));
  }
  if (path === '/qs') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end(qs.stringify({ a: [1, 2], b: { c: 'd e' } }));
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('no ' + path);
});
var port = Number(process.env.PORT) || 8080;
server.listen(port, function () { console.log('listening on ' + port); });
