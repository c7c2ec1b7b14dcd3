// net: the app acts on other sockets from inside socket callbacks, with
// both ends in one program (in an image: lwIP's loopback, where every
// packet the app sends is processed again by the same stack). From the
// 'data' of one server socket it destroys two others and writes; from
// 'close' handlers (server and client side) it writes to sockets still
// open, opens a new connection and ends others. net/tcp.c delivers
// nothing while lwIP's input runs (it panics if it would), so none of
// this reaches lwIP from inside itself. Each socket's events are recorded
// and printed at the end, so that the order between sockets (which no
// stack promises) does not matter, only each socket's own.
var net = require('net');

var ev = {};
function rec(name, what) { (ev[name] = ev[name] || []).push(what); }

var srv = [];      // server sockets, in accept order
var lines = [];    // what the control connection's server side received
var server = net.createServer(function (s) {
  var i = srv.length, name = 's' + i;
  srv.push(s);
  s.setEncoding('latin1');
  s.on('data', function (d) {
    if (i !== 3) rec(name, 'data ' + d);
    if (i === 0 && d === 'go') {
      // destroy two other sockets from inside this one's 'data'
      srv[1].destroy();
      srv[2].destroy();
      s.write('after-destroy\n');
    }
    if (i === 3) {
      d.split('\n').forEach(function (l) { if (l) lines.push(l); });
      if (lines.length === 3) {
        // from the data of the control socket: end it and the first one
        s.end('all\n');
        srv[0].end('bye\n');
      }
    }
    if (i === 4) {
      s.end('late-ok\n');
    }
  });
  s.on('end', function () { rec(name, 'end'); });
  s.on('close', function () {
    rec(name, 'close');
    // writes from 'close' handlers to a socket that is still open
    if (i === 1 || i === 2) srv[0].write('closed-' + name + '\n');
    if (srv.length === 5 && srv.every(function (x) { return x.destroyed; })) server.close();
  });
  if (srv.length === 4) clients[0].write('go');
});

var clients = [];
function client(name, cb) {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { got += d; });
  // lines sorted: Node closes destroyed sockets in libuv's order (the
  // last destroyed first), which is no contract
  c.on('end', function () { rec(name, 'end ' + JSON.stringify(got.split('\n').sort())); });
  c.on('close', function (hadErr) { rec(name, 'close ' + hadErr); if (cb) cb(); });
  c.on('error', function (e) { rec(name, 'error ' + e.code); });
  clients.push(c);
  return c;
}

server.listen(0, '127.0.0.1', function () {
  // one at a time, so that accept order is connect order
  client('c0').on('connect', function () {
    client('c1', function () {
      // a write from a client 'close' handler, to the control connection
      clients[3].write('c1-closed\n');
    }).on('connect', function () {
      client('c2', function () {
        clients[3].write('c2-closed\n');
        // and a new connection from a 'close' handler
        client('c4').on('connect', function () { clients[4].write('late'); });
      }).on('connect', function () {
        client('c3').on('connect', function () { clients[3].write('ctl\n'); });
      });
    });
  });
});

process.on('exit', function () {
  lines.sort();
  console.log('control got', JSON.stringify(lines));
  Object.keys(ev).sort().forEach(function (k) { console.log(k + ': ' + ev[k].join(', ')); });
});
