// A response's headers set, appended, read, tested and removed by any
// case of their name, names that are Object.prototype's or __proto__
// included (unijs keeps them by lowercase name in an object without a
// prototype), a name set again keeping its place with the last spelling,
// and the head sent in setting order.
var http = require('http');
var s = http.createServer(function (q, r) {
  r.setHeader('__proto__', 'a');
  r.setHeader('Constructor', 'b');
  r.setHeader('X-A', '1');
  r.setHeader('x-a', '2');
  r.appendHeader('X-a', '3');
  r.setHeader('toString', 't');
  r.removeHeader('CONSTRUCTOR');
  r.removeHeader('hasOwnProperty');
  console.log(r.getHeader('__PROTO__'), r.getHeader('constructor'), r.getHeader('x-A'), r.hasHeader('tostring'),
    r.hasHeader('valueOf'), r.getHeaderNames(), r.getRawHeaderNames());
  r.removeHeader('x-a');
  r.setHeader('X-A', 'z');
  r.setHeader('Constructor', 'again');
  console.log(r.getHeaderNames(), r.getRawHeaderNames(), r.getHeader('x-a'), JSON.stringify(r.getHeaders()));
  r.end('k');
});
s.listen(0, function () {
  http.get({ port: s.address().port }, function (res) {
    var raw = [];
    for (var i = 0; i < res.rawHeaders.length; i += 2)
      if (!/^(date|connection|keep-alive)$/i.test(res.rawHeaders[i])) raw.push(res.rawHeaders[i] + '=' + res.rawHeaders[i + 1]);
    console.log(raw.join(','));
    res.resume();
    res.on('end', function () { s.close(); });
  });
});
