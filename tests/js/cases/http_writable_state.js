// A response's writable* getters as Node 20's OutgoingMessage has them
// (writableLength, writableEnded, writableFinished, writableHighWaterMark,
// writableCorked, writableObjectMode, writableNeedDrain, and writable,
// finished, headersSent, destroyed) at each point: Node corks the socket
// at a response's first write in a turn of the loop until the next tick,
// so writableLength counts the head and chunks held there, and end()
// uncorks it fully. The writes stay under 16 KiB each (unijs holds a
// larger one until the peer acknowledges it: docs/js-differences.md).
var http = require('http');
function st(res) {
  return ['writableLength', 'writableEnded', 'writableFinished', 'writableHighWaterMark', 'writableCorked',
    'writableObjectMode', 'writableNeedDrain', 'writable', 'finished', 'headersSent', 'destroyed'].map(function (k) {
    return k.replace('writable', 'w') + '=' + res[k];
  }).join(' ');
}
var routes = {
  '/a': function (req, res) {
    console.log('start', st(res));
    res.setHeader('X-Date', 'none');
    res.write('abc'); console.log('write', st(res));
    res.cork(); console.log('cork', st(res));
    res.write('def'); console.log('write corked', st(res));
    res.uncork(); console.log('uncork', st(res));
    res.write(Buffer.alloc(9000)); console.log('write 9000', st(res));
    res.write(Buffer.alloc(9000)); console.log('write 9000 more', st(res));
    process.nextTick(function () { console.log('next tick', st(res).replace(/wLength=\d+/, 'wLength=N')); });
    res.on('drain', function () {
      console.log('drain', st(res));
      res.end(); console.log('end', st(res));
    });
    res.on('finish', function () { console.log('finish', st(res)); });
    res.on('close', function () { console.log('close', st(res)); });
  },
  '/b': function (req, res) {
    res.sendDate = false;
    res.end('x'); console.log('end at once', st(res));
    res.on('finish', function () { console.log('finish', st(res)); });
  },
  '/c': function (req, res) {
    res.writeHead(200, { 'Content-Length': 5 });
    console.log('writeHead', st(res));
    res.write('12'); console.log('write', st(res));
    setImmediate(function () {
      console.log('later', st(res));
      res.write('34'); console.log('write later', st(res));
      res.end('5'); console.log('end', st(res));
    });
  }
};
var server = http.createServer(function (req, res) { routes[req.url](req, res); });
var o = new http.OutgoingMessage();
console.log('no socket', st(o));
o.cork(); o.cork(); console.log('corked twice', o.writableCorked);
o.uncork(); o.uncork(); o.uncork(); console.log('uncorked three times', o.writableCorked);
server.listen(0, '127.0.0.1', function () {
  var k = Object.keys(routes), i = 0;
  (function next() {
    if (i >= k.length) return server.close();
    http.get({ port: server.address().port, host: '127.0.0.1', path: k[i++] }, function (r) {
      r.resume();
      r.on('end', function () { setImmediate(next); });
    });
  })();
});
