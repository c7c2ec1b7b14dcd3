// internal_cluster_net: net.js's handles in a cluster worker, where lwIP
// is core 0's. The interface is binding_tcp.c's (write, shutdown, close,
// abort, pause, resume, setNoDelay, setKeepAlive, ref, unref, remote,
// local, unacked; ondata, onend, onwritable, onerror, onconnection), so
// net.js and http.js run on it unchanged; the bytes travel through the
// cross-core rings (js/binding_cluster.c, which native.tcp is here).
// listen() is asynchronous: core 0 answers (net.js waits for it).
// connect(host, port) returns a handle at once, as binding_tcp.c's does;
// core 0 looks the host up, connects, and answers (onconnect).
'use strict';

var C = native.tcp;
var ENOTCONN = -107, EPIPE = -32, ENOTSUP = -95;
// Writes not yet taken by lwIP past this many bytes make write() short,
// and 'onwritable' follows once they fall under half of it.
var TX_BOUND = 65536;
// Received bytes this worker's JS took are told to core 0 with the next
// write on the connection, or on their own once this many are due
// (binding_cluster.c CL_ACK_LAZY, "Lazy acknowledgements": core 0's
// bound is four times that, so a lagging count never stalls it).
var ACK_LAZY = 16384;
var OP_PAUSE = 0, OP_RESUME = 1, OP_SHUT = 2, OP_CLOSE = 3, OP_ABORT = 4, OP_NODELAY = 5, OP_KEEPALIVE = 6;

var conns = {};     // id -> Conn
var listeners = {}; // bound port -> [Listener...]
var requests = {};  // listen request -> callback
var nextRequest = 1;

function ipString(n) {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

// ---- a connection core 0 handed to this worker

function Conn(id, ref, lip, rip, rport, lport) {
  this._id = id;
  this._ref = ref;
  this._local = { address: ipString(lip), port: lport };
  this._remote = { address: ipString(rip), port: rport };
  this._connecting = false; // asked core 0 to connect, no answer yet
  this._later = null;       // no-delay, keep-alive asked meanwhile
  this._out = 0;         // written, not yet taken by lwIP
  this._ackDue = 0;      // received bytes taken, not yet told to core 0
  this._wantWritable = false;
  this._closed = false;
  this._shut = false;
  this._dead = 0;        // core 0 reported an error
  this._refd = true;
  native.loopRef(true);
  if (id !== null) conns[id] = this;
}
// net.js: the bytes are copied into the ring's block at once, so writes
// never hold the Buffer (no onrelease)
Conn.prototype.zeroCopy = false;

Conn.prototype.write = function (buf, start, end) {
  if (this._closed || this._dead) return this._dead || ENOTCONN;
  if (this._shut) return EPIPE;
  if (start === undefined) start = 0;
  if (end === undefined) end = buf.length;
  if (this._out >= TX_BOUND) {
    this._wantWritable = true;
    return 0;
  }
  var n = C.write(this._ref, buf, start, end, this._ackDue);
  if (n) this._ackDue = 0; // carried by the write
  this._out += n;
  return n;
};

Conn.prototype._ctl = function (op, arg) {
  if (this._closed) return;
  if (this._connecting) { // core 0 has no record to name yet
    if (op === OP_NODELAY || op === OP_KEEPALIVE) (this._later || (this._later = {}))[op] = arg || 0;
    return;
  }
  if (this._ref) C.ctl(this._ref, op, arg || 0); // (0: its connect failed, core 0 has no record)
};

Conn.prototype.shutdown = function () {
  if (this._closed) return ENOTCONN;
  if (!this._shut) {
    this._shut = true;
    this._ctl(OP_SHUT);
  }
  return 0;
};

Conn.prototype._release = function (op) {
  if (this._closed) return;
  this._ctl(op); // still connecting: the answer's record is aborted then
  this._closed = true;
  if (this._id !== null) delete conns[this._id];
  if (this._refd) { this._refd = false; native.loopRef(false); }
};
Conn.prototype.close = function () { this._release(OP_CLOSE); };
Conn.prototype.abort = function () { this._release(OP_ABORT); };
Conn.prototype.pause = function () { this._ctl(OP_PAUSE); };
Conn.prototype.resume = function () { this._ctl(OP_RESUME); };
Conn.prototype.setNoDelay = function (on) { this._ctl(OP_NODELAY, on ? 1 : 0); };
Conn.prototype.setKeepAlive = function (on, s) { this._ctl(OP_KEEPALIVE, on ? s : 0); };
Conn.prototype.ref = function () {
  if (!this._refd && !this._closed) { this._refd = true; native.loopRef(true); }
};
Conn.prototype.unref = function () {
  if (this._refd) { this._refd = false; native.loopRef(false); }
};
Conn.prototype.remote = function () { return this._remote; };
Conn.prototype.local = function () { return this._local; };
Conn.prototype.unacked = function () { return this._out; };

// ---- a listening server's handle

function Listener(port) {
  this._port = port;
  this._closed = false;
  this._refd = true;
  this.owner = null; // the net.Server (cluster.js closes it on disconnect)
  native.loopRef(true);
  (listeners[port] || (listeners[port] = [])).push(this);
}

Listener.prototype.close = function () {
  if (this._closed) return;
  this._closed = true;
  var l = listeners[this._port], i = l.indexOf(this);
  l.splice(i, 1);
  if (!l.length) {
    delete listeners[this._port];
    C.unlisten(this._port);
  }
  if (this._refd) { this._refd = false; native.loopRef(false); }
};
Listener.prototype.ref = function () {
  if (!this._refd && !this._closed) { this._refd = true; native.loopRef(true); }
};
Listener.prototype.unref = function () {
  if (this._refd) { this._refd = false; native.loopRef(false); }
};
Listener.prototype.local = function () { return { address: '0.0.0.0', port: this._port }; };

// listen(port, backlog, cb): cb(errno) or cb(0, handle), later
exports.listen = function (port, backlog, cb) {
  var req = nextRequest++;
  requests[req] = cb;
  native.loopRef(true); // the answer is awaited
  C.listen(req, port, backlog);
};

// connect(host, port): a connecting handle (onconnect(err) follows)
var connecting = {}; // request -> Conn
var EAGAIN = -11, ENETUNREACH = -101;
var WAIT_MS = 20000; // for the address (DHCP), as dns.js waits in the main isolate
function ask(req, h) {
  connecting[req] = h;
  C.connect(req, h._remote.address, h._remote.port);
}
exports.connect = function (host, port) {
  var h = new Conn(null, 0, 0, 0, port, 0);
  h._remote = { address: host, port: port };
  h._local = null;
  h._connecting = true;
  h._since = Date.now();
  ask(nextRequest++, h);
  return h;
};
exports.errname = function (err) {
  return err === ENOTSUP ? 'ENOTSUP' : err === ENETUNREACH ? 'ENETUNREACH' : C.errname(err);
};

// the servers this worker listens with (cluster.js, disconnect)
require('internal').clusterServers = function () {
  var out = [];
  for (var p in listeners) {
    var l = listeners[p];
    for (var i = 0; i < l.length; i++) if (l[i].owner) out.push(l[i].owner);
  }
  return out;
};

C.setup(function (kind, id, a, b, c, d, e) {
  var h, l, cb;
  switch (kind) {
    case 'data':
      h = conns[id];
      if (!h) return;
      // counted before ondata, so that an answer written from it carries it
      h._ackDue += a.length;
      if (h.ondata) h.ondata(a);
      if (!h._closed && h._ackDue >= ACK_LAZY) {
        C.ack(h._ref, h._ackDue);
        h._ackDue = 0;
      }
      return;
    case 'wack':
      h = conns[id];
      if (!h) return;
      h._out -= a;
      if (h._wantWritable && h._out < TX_BOUND / 2) {
        h._wantWritable = false;
        if (h.onwritable) h.onwritable();
      }
      return;
    case 'end':
      h = conns[id];
      if (h && h.onend) h.onend();
      return;
    case 'error':
      h = conns[id];
      if (!h) return;
      h._dead = a;
      if (h.onerror) h.onerror(a);
      return;
    case 'conn':
      // (ref, local ip, remote ip, remote port, local port)
      h = new Conn(id, a, b, c, d, e);
      l = listeners[e];
      if (!l || !l.length) { h.abort(); return; }
      // every server of this worker on the port: the first one
      if (l[0].onconnection) l[0].onconnection(h);
      else h.abort();
      return;
    case 'connected':
      // request: (ref, remote ip, local ip, local port), or (0, 0, errno,
      // look-up failed); core 0's id for it is request | 2^31
      h = connecting[id];
      delete connecting[id];
      if (!h) return;
      if (!a && c === EAGAIN && !h._closed) {
        // no address yet (DHCP): asked again until it comes, as dns.js waits
        if (Date.now() - h._since < WAIT_MS) {
          setTimeout(function () { if (!h._closed) ask(id, h); }, 100);
          return;
        }
        if (!d) c = ENETUNREACH; // a name: EAI_AGAIN (net.js)
      }
      h._connecting = false;
      if (!a) {
        h._dead = c;
        h._lookupFailed = !!d;
        if (!h._closed && h.onconnect) h.onconnect(c);
        return;
      }
      if (h._closed) { C.ctl(a, OP_ABORT, 0); return; } // let go meanwhile
      h._ref = a;
      h._id = id + 0x80000000;
      h._remote = { address: ipString(b), port: h._remote.port };
      h._local = { address: ipString(c), port: d };
      conns[h._id] = h;
      if (h._later) {
        for (var op in h._later) C.ctl(a, +op, h._later[op]);
        h._later = null;
      }
      if (h.onconnect) h.onconnect(0);
      return;
    case 'listened':
      cb = requests[id];
      delete requests[id];
      native.loopRef(false);
      if (!cb) return;
      if (a < 0) cb(a);
      else cb(0, new Listener(a));
      return;
  }
});
