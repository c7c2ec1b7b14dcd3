// A request's and a response's own fields are made as the constructors'
// assignments make them, also where an app put an accessor of such a name
// on http.IncomingMessage.prototype or http.ServerResponse.prototype: the
// setter runs and no own field is made (the server copies the fields in
// one go where nothing like that stands in the way: native.ownFields).
// Compared with node: what the setters saw, the own keys' presence, the
// values read through the getters, and that the answers still flow.
var http = require('http');
var out = [];
var seen = [];
Object.defineProperty(http.ServerResponse.prototype, 'sendDate', {
  configurable: true,
  get: function () { return this._sd; },
  set: function (v) { seen.push('sendDate=' + v); this._sd = v; }
});
Object.defineProperty(http.IncomingMessage.prototype, 'aborted', {
  configurable: true,
  get: function () { return this._ab; },
  set: function (v) { seen.push('aborted=' + v); this._ab = v; }
});
var own = Object.prototype.hasOwnProperty;
var n = 0;
var server = http.createServer(function (req, res) {
  n++;
  out.push([req.url, own.call(res, 'sendDate'), res.sendDate, own.call(req, 'aborted'), req.aborted,
    res.statusCode, own.call(req, 'method'), req.method, own.call(res, 'req'), res.req === req].join(' '));
  if (n === 2) {
    // from the third request on, no accessor: plain own fields again
    delete http.ServerResponse.prototype.sendDate;
    delete http.IncomingMessage.prototype.aborted;
  }
  res.end('ok ' + req.url);
});
server.listen(0, function () {
  var port = server.address().port;
  var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var paths = ['/a', '/b', '/c', '/d'];
  (function next(i) {
    if (i === paths.length) {
      agent.destroy();
      server.close();
      console.log(out.join('\n'));
      // what each setter saw, in order (Node's OutgoingMessage constructor
      // sets sendDate false before ServerResponse's sets it true; ours
      // writes the two constructors out as one, which sets it once)
      console.log(seen.filter(function (s) { return s !== 'sendDate=false'; }).join(' '));
      return;
    }
    http.get({ port: port, path: paths[i], agent: agent }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () { out.push(res.statusCode + ' ' + body + ' ' + ('date' in res.headers)); next(i + 1); });
    });
  })(0);
});
