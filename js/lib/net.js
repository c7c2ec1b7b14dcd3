// net: TCP servers and sockets (Node's API) on the handles of
// js/binding_tcp.c (native.tcp), which sit on net/tcp.h (lwIP).
//
// Sockets are stream.Duplex (see Socket below): write() returns false past
// the writable high-water mark and 'drain' follows; a full readable buffer
// pauses the handle, which closes the TCP window, until it is read.
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError;

var EventEmitter = require('events');
var inherits = require('internal_inherits'); // not util: see internal_inherits.js
var stream = require('stream');
// Loaded here, not on the app's first mention of Buffer: the native side
// gives received bytes Buffer.prototype only once buffer.js has set it up.
var Buffer = require('buffer').Buffer;
var tcp = native.tcp;
// A cluster worker's handles are core 0's connections, handed over through
// the cross-core rings (js/binding_cluster.c): same interface, but listen
// is answered later (Server.listen below).
// (Named through a variable so that mkimage.sh packs that module only
// with cluster, whose cluster.js requires it by name.)
var remote = !!(tcp && tcp.remote);
var REMOTE_NET = 'internal_cluster_net';
if (remote) tcp = require(REMOTE_NET);

function nextTick(fn, a, b) { process.nextTick(fn, a, b); }

var descriptions = {
  EADDRINUSE: 'address already in use', ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by peer', ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host is unreachable', ENETDOWN: 'network is down'
};

// Node's errors from the system: "connect ECONNREFUSED 127.0.0.1:80",
// "listen EADDRINUSE: address already in use :::80", "read ECONNRESET".
function errnoError(err, syscall, address, port) {
  var code = tcp.errname(err);
  var msg = syscall + ' ' + code;
  if (syscall === 'listen') msg += ': ' + (descriptions[code] || code);
  if (address !== undefined) msg += ' ' + address + (port !== undefined ? ':' + port : '');
  var e = new Error(msg);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  if (address !== undefined) e.address = address;
  if (port !== undefined) e.port = port;
  return e;
}

function isIPv4(s) {
  if (typeof s !== 'string') return false;
  var p = s.split('.');
  if (p.length !== 4) return false;
  for (var i = 0; i < 4; i++)
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p[i]) || +p[i] > 255) return false;
  return true;
}
function isIPv6(s) {
  return typeof s === 'string' && s.indexOf(':') !== -1 && /^[0-9a-fA-F:.]+$/.test(s);
}
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

// No DNS here: names of this machine map to IPv4 loopback.
function resolveHost(host) {
  if (host === undefined || host === null || host === '' || host === 'localhost' ||
      host === '::1' || host === '::') return '127.0.0.1';
  return host;
}

function checkPort(port) {
  var n = typeof port === 'string' && /^[0-9]+$/.test(port) ? +port : port;
  if (typeof n !== 'number' || n !== Math.floor(n) || n < 0 || n > 65535) {
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
      'Port should be >= 0 and < 65536. Received ' + require('util').inspect(port) + '.');
  }
  return n;
}

// ---- Socket: a stream.Duplex over a native handle, as in Node.
// Reading: _read() resumes the handle; when push() finds the readable
// buffer full the handle is paused (lwIP's window closes) until the next
// _read(). Writing: _write() hands the bytes to the stack and calls back
// once it took them all ('drain' and write()'s false are Writable's, from
// the high-water mark). 'close' (with hadError) comes from _destroy, as
// Node's comes from the handle's close.

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  options = options || {};
  stream.Duplex.call(this, {
    allowHalfOpen: !!options.allowHalfOpen,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    readableHighWaterMark: options.readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark
  });
  this._handle = null;
  this._pendingWrite = null;  // { buf, off, cb } the stack has not all taken
  this._handleReading = false;
  this._timeout = 0;
  this._timer = null;
  // a consumer of the received bytes (http's server: Node's
  // parser.consume(handle)), called with each as the 'data' listeners
  // would be, past the Readable: see _attach's ondata
  this._consumer = null;
  this.connecting = false;
  this.bytesRead = 0;
  this._bytesWritten = 0;
  this.remoteAddress = undefined;
  this.remotePort = undefined;
  this.remoteFamily = undefined;
  this.localAddress = undefined;
  this.localPort = undefined;
  this.server = null;
  this._hadError = false;
  this._pins = 0;           // nocopy writes the stack still holds
  this._pinWaiters = null;  // their write callbacks
  this._pinWaitLen = 0;     // bytes of those writes (all queued in the stack)
}
inherits(Socket, stream.Duplex);

// Writes of at least this many bytes are sent without a copy: below it the
// copy costs less than holding the Buffer until the acknowledgement (and
// at least one MSS, which net/tcp.c's tracking of lwIP's buffers needs).
var NOCOPY_MIN = 16384;

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }
});
Object.defineProperty(Socket.prototype, 'pending', {
  get: function () { return !this._handle || this.connecting; }
});
Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function () { return this._handle ? this.writableLength : undefined; }
});
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () { return this._bytesWritten; }
});

// Takes a native handle (connected, or still connecting).
Socket.prototype._attach = function (handle) {
  var self = this;
  this._handle = handle;
  // bytes received: pushed, and the handle paused when the buffer is
  // full (the handler itself, not a closure calling a method: a call
  // fewer per received segment)
  handle.ondata = function (buf) {
    var rs = self._readableState, ws = self._writableState;
    if (rs.destroyed && ws.destroyed) return; // (self.destroyed, a Duplex's)
    self.bytesRead += buf.length;
    if (self._timer) self._timer.refresh(); // (_activity)
    // consumed: the bytes go to the consumer alone, as Node's consumed
    // handle's go to the http parser; the consumer gives them back to
    // the Readable (_consumer null) before the socket could show a
    // difference (js/lib/http.js, consume)
    if (self._consumer !== null) {
      self._consumer(buf);
      return;
    }
    if (!self.push(buf) && self._handle && self._handleReading) {
      self._handleReading = false;
      self._handle.pause();
    }
  };
  handle.onend = function () { self._onEnd(); };
  handle.onwritable = function () { self._flushPending(); };
  handle.onrelease = function () { self._onRelease(); };
  handle.onerror = function (err) { self.destroy(errnoError(err, 'read')); };
  handle.onconnect = function (err) { self._onConnect(err); };
  if (!this.connecting) this._setAddresses();
  handle.pause();
};

// Reading starts as in Node: at once, into the buffer up to its mark.
Socket.prototype._startReading = function () {
  var self = this;
  nextTick(function () { if (!self.destroyed && !self.isPaused()) self.read(0); });
};

Socket.prototype._setAddresses = function () {
  var r = this._handle.remote(), l = this._handle.local();
  if (r) {
    this.remoteAddress = r.address;
    this.remotePort = r.port;
    this.remoteFamily = 'IPv4';
  }
  if (l) {
    this.localAddress = l.address;
    this.localPort = l.port;
  }
};

Socket.prototype._activity = function () {
  if (this._timer) this._timer.refresh();
};

Socket.prototype._onConnect = function (err) {
  if (this.destroyed) return;
  this.connecting = false;
  if (err) {
    if (this._handle && this._handle._lookupFailed) { // a cluster worker's, looked up on core 0
      // as dns.js reports net/dns.h's errors: no such name, or none now
      this.destroy(require('dns')._lookupError(err === -2 || err === -22 ? 'ENOTFOUND' : 'EAI_AGAIN', this._peer.host));
      return;
    }
    this.destroy(errnoError(err, 'connect', this._peer.host, this._peer.port));
    return;
  }
  this._setAddresses();
  this._activity();
  this.emit('connect');
  this.emit('ready');
  if (this._connectWaiters) {
    var w = this._connectWaiters;
    this._connectWaiters = null;
    for (var i = 0; i < w.length; i++) w[i]();
  }
  if (this.readableFlowing !== false) this.read(0);
};

Socket.prototype._whenConnected = function (fn) {
  (this._connectWaiters || (this._connectWaiters = [])).push(fn);
};

Socket.prototype._onEnd = function () {
  if (this.destroyed) return;
  this.push(null);
  this.read(0);
};

// (the closures of the not-yet-connected paths are made in functions of
// their own: a function that makes one gets its variables in an
// environment object allocated at every call, and these run at each read
// and write)
Socket.prototype._read = function () {
  if (this.connecting || !this._handle) {
    if (this.connecting && !this._readWaiting) readWhenConnected(this);
    return;
  }
  if (!this._handleReading) {
    this._handleReading = true;
    this._handle.resume();
  }
};
// (stream.js's maybeReadMore_ skips the call when it would do nothing:
// connected, a handle, already reading)
Socket.prototype._read._unijsIdleWhileReading = true;

function readWhenConnected(self) {
  self._readWaiting = true;
  self._whenConnected(function () { self._readWaiting = false; self._read(); });
}

Socket.prototype._write = socketWrite;
function socketWrite(data, encoding, cb) {
  if (typeof data === 'string') data = Buffer.from(data, encoding);
  if (this.connecting || !this._handle) {
    if (!this._handle && !this.connecting)
      return cb(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    writeWhenConnected(this, data, encoding, cb);
    return;
  }
  this._pendingWrite = { buf: data, off: 0, cb: cb };
  this._flushPending();
}

function writeWhenConnected(self, data, encoding, cb) {
  self._whenConnected(function () { self._write(data, encoding, cb); });
}

// Writes held together (corked, as http corks a response's writes for a
// turn of the loop, or queued behind one in progress) go as one, as Node's
// writev hands them to the kernel in one call: up to WRITEV_COPY_MAX bytes
// copied into one Buffer (a copy costs less than a write through the
// stack per chunk), more one after the other, each as _write sends it (a
// large one without a copy).
var WRITEV_COPY_MAX = 65536;
Socket.prototype._writev = function (chunks, cb) {
  var i, n = 0, c, bufs = new Array(chunks.length), self = this;
  for (i = 0; i < chunks.length; i++) {
    c = chunks[i].chunk;
    bufs[i] = typeof c === 'string' ? Buffer.from(c, chunks[i].encoding) : c;
    n += bufs[i].length;
  }
  if (n <= WRITEV_COPY_MAX) return this._write(Buffer.concat(bufs, n), 'buffer', cb);
  i = 0;
  (function next(err) {
    if (err || i === bufs.length) return cb(err);
    self._write(bufs[i++], 'buffer', next);
  })();
};

// write(chunk) without a callback on an idle, connected socket, the way a
// response and most protocol writes go: when the stack takes the bytes
// whole at once, the Writable's bookkeeping (the write begun, _write, its
// callback, the write done) leaves the socket's state as it found it, so
// it is skipped: the bytes go, and are counted. Anything else (a
// callback, a write queued or in progress, corked, ending, a 'drain'
// owed, a large write sent without a copy, a string in another encoding,
// a _write of the app's) takes stream.js's way; so does the
// rest of a write the stack took in part, from where it stopped.
var duplexWrite = stream.Duplex.prototype.write;
// The handle such a write goes straight to, or undefined: an idle,
// connected socket whose _write is net.js's, nothing queued, in progress,
// corked, ending or owed. http.js's end() asks it too, to have the head
// and body written from C (Socket._unijsIdleHandle, below; it then counts
// the bytes and refreshes the timeout as the write below does): without a
// state, which is then the socket's, once its write is found to be
// Socket.prototype.write (a call fewer than a function apart asking it).
function idleHandle(sock, state) {
  if (state === undefined) {
    if (sock.write !== Socket.prototype.write) return undefined;
    state = sock._writableState;
  }
  var h = sock._handle;
  if (!h || sock.connecting || sock._pendingWrite || state.writing || state.corked || state.ending ||
      state.destroyed || state.errored || state.needDrain || state.length !== 0 || !state.constructed ||
      state.objectMode || state.buffered.length !== state.bufferedIndex || sock._write !== socketWrite)
    return undefined;
  return h;
}
Object.defineProperty(Socket, '_unijsIdleHandle', { value: idleHandle });
Socket.prototype.write = function (chunk, encoding, cb) {
  var state = this._writableState, h;
  if (cb !== undefined || encoding !== undefined || (h = idleHandle(this, state)) === undefined)
    return duplexWrite.call(this, chunk, encoding, cb);
  // (len: what the Writable counts, a string's length when strings reach
  // _write undecoded, as a socket's do)
  var len, given = chunk;
  if (typeof chunk === 'string') {
    if (chunk.length === 0 || state.defaultEncoding !== 'utf8') return duplexWrite.call(this, chunk);
    len = chunk.length;
    chunk = Buffer.from(chunk); // (utf8)
    if (state.decodeStrings !== false) len = chunk.length;
  } else if (!(chunk instanceof Buffer) || chunk.length === 0) {
    return duplexWrite.call(this, chunk);
  } else {
    len = chunk.length;
  }
  var size = chunk.length;
  if (size >= NOCOPY_MIN && h.zeroCopy !== false) return duplexWrite.call(this, given);
  if (this._timer) this._timer.refresh(); // (_activity)
  var n = h.write(chunk, 0, size, false);
  if (n === size) {
    this._bytesWritten += n;
    return true;
  }
  // taken in part (or refused): the write is begun as writeOrBuffer and
  // _write begin it, and _flushPending's continues from there
  state.pendingcb++;
  state.length += len;
  state.writelen = len;
  state.writing = state.sync = state.expectWriteCb = true;
  var w = this._pendingWrite = { buf: chunk, off: 0, cb: state.onwrite };
  if (n < 0) {
    this._pendingWrite = null;
    w.cb(errnoError(n, 'write'));
  } else {
    w.off = n;
    this._bytesWritten += n;
  }
  state.sync = false;
  var ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
};

// Hands the pending write to the stack as far as it takes it; the rest
// goes when the handle says it has room.
Socket.prototype._flushPending = function () {
  var w = this._pendingWrite, h = this._handle;
  if (!w || !h || this.destroyed) return;
  this._activity();
  // Large writes go without a copy (net/tcp.h, net_tcp_write_ref): the
  // stack sends from the Buffer itself, so its callback, after which the
  // caller may reuse the Buffer (Node's rule), waits until the stack has
  // let go of the bytes (the peer acknowledged them).
  var nocopy = h.zeroCopy !== false && w.buf.length - w.off >= NOCOPY_MIN;
  var n = w.buf.length === w.off ? 0 : h.write(w.buf, w.off, w.buf.length, nocopy);
  if (n < 0) {
    this._pendingWrite = null;
    w.cb(errnoError(n, 'write'));
    return;
  }
  if (nocopy && n > 0) {
    this._pins++;
    w.pinned = true;
  }
  w.off += n;
  this._bytesWritten += n;
  if (w.off < w.buf.length) return;
  this._pendingWrite = null;
  if (w.pinned && this._pins > 0) {
    (this._pinWaiters || (this._pinWaiters = [])).push(w.cb);
    this._pinWaitLen += w.buf.length;
    return;
  }
  w.cb();
};

Socket.prototype._onRelease = function () {
  if (--this._pins > 0 || !this._pinWaiters) return;
  var ws = this._pinWaiters;
  this._pinWaiters = null;
  this._pinWaitLen = 0;
  for (var i = 0; i < ws.length; i++) ws[i]();
};

// FIN after the last byte.
Socket.prototype._final = function (cb) {
  var self = this;
  if (this.connecting) {
    this._whenConnected(function () { self._final(cb); });
    return;
  }
  if (this._handle) this._handle.shutdown();
  cb();
};

// The rest of a write the stack took in part, sent by the handle alone
// once the socket is gone; then the graceful close. Nothing reaches the
// socket any more; a connection error ends it with the close. Bounded as
// a kernel's socket buffer is: a rest over CLOSE_AFTER_MAX, or a peer
// that takes nothing for CLOSE_AFTER_STALL_MS (a client that stopped
// reading: what destroy() was for), gets the reset instead, and the
// memory comes back.
var CLOSE_AFTER_MAX = 262144, CLOSE_AFTER_STALL_MS = 10000;
function closeAfter(h, w) {
  if (w.buf.length - w.off > CLOSE_AFTER_MAX) return h.abort();
  var timer = setTimeout(function () { timer = null; h.abort(); }, CLOSE_AFTER_STALL_MS);
  if (timer.unref) timer.unref();
  function flush() {
    if (!timer) return;
    var n = w.off < w.buf.length ? h.write(w.buf, w.off, w.buf.length, false) : 0;
    if (n < 0) return done();
    w.off += n;
    if (n > 0) timer.refresh();
    if (w.off === w.buf.length) done();
  }
  function done() {
    clearTimeout(timer);
    timer = null;
    h.close();
  }
  h.ondata = h.onend = h.onconnect = h.onrelease = noop;
  h.onerror = done;
  h.onwritable = flush;
  flush();
}
function noop() {}

Socket.prototype._destroy = function (err, cb) {
  var self = this;
  this.connecting = false;
  if (this._timer) { clearTimeout(this._timer); this._timer = null; }
  if (this._handle) {
    // As Node, which closes the descriptor whatever the error: a graceful
    // close, FIN after what the stack holds (unread input makes the stack
    // reset, as the kernel's does). Bytes the Writable had handed to
    // _write are the kernel's in Node, sent before the FIN: so is the
    // rest of a write the stack took only in part here (closeAfter).
    // Writes still queued in the Writable are dropped, as in Node.
    if (this._pendingWrite) closeAfter(this._handle, this._pendingWrite);
    else this._handle.close();
    this._handle = null;
  }
  this._pendingWrite = null;
  if (this.server) {
    this.server._connectionClosed();
    this.server = null;
  }
  cb(err);
  // Node's 'close' comes from the handle's close callback, a loop turn
  // later than the 'error' and 'finish' ticks
  setImmediate(function () {
    self._hadError = !!err;
    self.emit('close', !!err);
  });
};

Socket.prototype.connect = function (options, host, cb) {
  var self = this, port;
  if (typeof options !== 'object' || options === null) {
    options = { port: options, host: typeof host === 'string' ? host : undefined };
    if (typeof host === 'function') cb = host;
  } else if (typeof host === 'function') {
    cb = host;
  }
  port = checkPort(options.port);
  var ip = resolveHost(options.host);
  this._peer = { host: ip, port: port };
  if (typeof cb === 'function') this.once('connect', cb);
  this.connecting = true;
  if (remote) {
    // a cluster worker: core 0 looks the host up and connects
    // (internal_cluster_net.js, js/binding_cluster.c CL_CONNECT)
    return this._connectIP(ip, port);
  }
  // dns.js: host names are looked up, and a connect made while DHCP is
  // still running waits for the address (js/lib/dns.js, connectTarget)
  var waited = false;
  require('dns').connectTarget(ip, port, function (err, addr) {
    if (waited) {
      if (!isIPv4(ip)) self.emit('lookup', err, addr, err ? undefined : 4, ip);
      if (self.destroyed) return;
      if (err) { self.destroy(err); return; }
      self._peer.host = addr;
    }
    if (!err) self._connectIP(addr, port);
  });
  waited = true;
  return this;
};

Socket.prototype._connectIP = function (ip, port) {
  var self = this;
  var h = tcp.connect(ip, port);
  if (typeof h === 'number') {
    nextTick(function () { self.destroy(errnoError(h, 'connect', ip, port)); });
    return this;
  }
  this._attach(h);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    this._handle.abort();
    this._handle = null;
  }
  return this.destroy();
};

Socket.prototype.setTimeout = function (ms, cb) {
  var self = this;
  if (this._timer) { clearTimeout(this._timer); this._timer = null; }
  this._timeout = ms;
  if (typeof cb === 'function') {
    if (ms === 0) this.removeListener('timeout', cb);
    else this.once('timeout', cb);
  }
  if (ms > 0 && !this.destroyed) {
    this._timer = setTimeout(function fire() {
      self._timer = null;
      if (self.destroyed) return;
      self.emit('timeout');
    }, ms);
    if (this._timer.unref) this._timer.unref();
  }
  return this;
};

Socket.prototype.setNoDelay = function (on) {
  if (this._handle) this._handle.setNoDelay(on === undefined ? true : !!on);
  return this;
};

Socket.prototype.setKeepAlive = function (on, delay) {
  if (this._handle) this._handle.setKeepAlive(!!on, Math.max(1, Math.floor((delay || 0) / 1000)) || 1);
  return this;
};

Socket.prototype.address = function () {
  if (!this.localAddress) return {};
  return { address: this.localAddress, family: 'IPv4', port: this.localPort };
};

Socket.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};
Socket.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};

// ---- Server

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  EventEmitter.call(this);
  if (typeof options === 'function') { listener = options; options = {}; }
  options = options || {};
  if (listener) this.on('connection', listener);
  this._handle = null;
  this._connections = 0;
  this._closing = false;
  this._address = null;
  this._unref = false;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.maxConnections = undefined;
  this.listening = false;
}
inherits(Server, EventEmitter);

Server.prototype.listen = function () {
  var self = this, args = Array.prototype.slice.call(arguments);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var port, host, backlog = 511;
  if (typeof args[0] === 'object' && args[0] !== null) {
    port = args[0].port;
    host = args[0].host;
    if (args[0].backlog) backlog = args[0].backlog;
  } else {
    port = args[0];
    if (typeof args[1] === 'string') { host = args[1]; if (typeof args[2] === 'number') backlog = args[2]; }
    else if (typeof args[1] === 'number') backlog = args[1];
  }
  port = port === undefined || port === null ? 0 : checkPort(port);
  if (this._handle || this._listenWait) throw codedError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  var shown = host === undefined ? '::' : host;
  if (remote) {
    // core 0 listens (once per port, shared by the workers) and answers
    this._listenWait = true;
    this._closing = false;
    tcp.listen(port, backlog, function (err, h) {
      self._listenWait = false;
      if (err) { self.emit('error', errnoError(err, 'listen', shown, port)); return; }
      // closed while it was asked, or the worker was disconnected meanwhile
      // (a Node worker's listen then never completes: its channel is gone)
      if (self._closing || require('internal').clusterDisconnected) { h.close(); return; }
      h.owner = self;
      self._listening(h, host, port);
      // the primary's 'listening' (cluster.js), after this server's own
      // listeners, as Node's worker tells its primary
      var hook = require('internal').clusterListening;
      if (hook) {
        self.once('listening', function () {
          hook({ addressType: host !== undefined && isIPv6(host) ? 6 : 4, address: host === undefined ? null : host, port: self._address.port });
        });
      }
    });
    return this;
  }
  var h = tcp.listen(port, backlog);
  if (typeof h === 'number') {
    nextTick(function () { self.emit('error', errnoError(h, 'listen', shown, port)); });
    return this;
  }
  return this._listening(h, host, port);
};

Server.prototype._listening = function (h, host, port) {
  var self = this;
  var local = h.local();
  this._handle = h;
  this._address = {
    address: host === undefined ? '::' : host,
    family: host === undefined || isIPv6(host) ? 'IPv6' : 'IPv4',
    port: local ? local.port : port
  };
  this._closing = false;
  this.listening = true;
  if (this._unref) h.unref();
  h.onconnection = function (ch) { self._onConnection(ch); };
  h.onpressure = function () { self._onPressure(); };
  nextTick(function () { if (self._handle === h) self.emit('listening'); });
  return this;
};

Server.prototype._onConnection = function (handle) {
  // unijs, not Node: a connection is taken only while the heap has room
  // for it and for a request (admission by headroom, js/runtime.c); below
  // that it is reset before it costs anything, and the server lets its
  // oldest idle connection go (_onPressure). A local connection was
  // checked in C at accept (js/binding_tcp.c); one core 0 handed to this
  // cluster worker is checked here, against the worker's own heap.
  if (remote && native.heapAdmit && !native.heapAdmit()) {
    handle.abort();
    this._onPressure();
    return;
  }
  // at its limit a server may make room (http's default limit, shared by
  // every http server, does: see _full and _makeRoom in http.js); Node's
  // own limit refuses
  if (this._full() && !(this._makeRoom && this._makeRoom())) {
    handle.close();
    return;
  }
  var s, counted = false;
  try {
    s = new Socket({ allowHalfOpen: this.allowHalfOpen });
    s.server = this;
    this._connections++;
    counted = true;
    s._attach(handle);
    if (this.pauseOnConnect) s.pause();
    else s._startReading();
    this.emit('connection', s);
  } catch (e) {
    // unijs, not Node: a heap too full to take one more connection (the
    // engine throws the string 'out of memory' once a collection found no
    // room) sheds the newcomer, as a full pool does, instead of ending the
    // service: a flood of clients must not take it down. Anything else
    // is the app's and goes on up.
    if (e !== 'out of memory') throw e;
    this._shed = (this._shed || 0) + 1;
    if (s && s._handle) {
      s.destroy(); // its 'close' gives the slot back
    } else {
      if (counted) this._connections--;
      handle.close();
    }
  }
};

Server.prototype._full = function () {
  return this.maxConnections !== undefined && this._connections >= this.maxConnections;
};

// A new connection was refused for want of heap (see _onConnection):
// counted, and the oldest connection without a request in progress goes
// where the server has such a pool (http's _makeRoom), so that room comes
// back and later connections, an honest client's among them, are taken.
// Refusing alone would leave a flood of idle connections holding the heap
// until headersTimeout. Nothing here may end the service: an 'out of
// memory' while letting one go is dropped (the next refusal tries again).
Server.prototype._onPressure = function () {
  this._refused = (this._refused || 0) + 1;
  try {
    if (this._makeRoom) this._makeRoom(true);
  } catch (e) {
    if (e !== 'out of memory') throw e;
  }
};

Server.prototype._connectionClosed = function () {
  this._connections--;
  this._maybeClosed();
};

Server.prototype._maybeClosed = function () {
  var self = this;
  if (this._closing && !this._handle && this._connections === 0 && !this._closeEmitted) {
    this._closeEmitted = true;
    nextTick(function () { self.emit('close'); });
  }
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function () {
        cb(codedError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this.listening = false;
  this._closing = true;
  this._closeEmitted = false;
  this._maybeClosed();
  return this;
};

Server.prototype.address = function () {
  return this._handle ? this._address : null;
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};
Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, listener) {
  return new Server(options, listener);
}

function connect() {
  var args = Array.prototype.slice.call(arguments);
  var opts = typeof args[0] === 'object' && args[0] !== null ? args[0] : {};
  var s = new Socket(opts);
  if (opts.timeout) s.setTimeout(opts.timeout);
  return s.connect.apply(s, args);
}

exports.Socket = Socket;
exports.Stream = Socket;
exports.Server = Server;
exports.createServer = createServer;
exports.connect = connect;
exports.createConnection = connect;
exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
exports._errnoError = errnoError;
