// http: Node's HTTP/1.1 server and client on net.js sockets. Messages are
// parsed by http-parser (js/binding_http.c, native.http.Parser); this file
// keeps Node's semantics around it: header normalisation, keep-alive,
// pipelining (responses leave in request order), chunked encoding when no
// length is known, HEAD, 100-continue, and the 400/431 answers to bad
// input (the connection is then closed; the server goes on).
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError;

var EventEmitter = require('events');
// whether emit(type) would do anything (as stream.js's, written out where
// it is made: a listener, or an emit of the app's own); 'finish' and
// 'close' of a response are emitted at each request, mostly to nobody,
// and emit makes an arguments object
var baseEmit = EventEmitter.prototype.emit;
var inherits = require('internal_inherits'); // not util: see internal_inherits.js
// Loaded here, not on the app's first mention of Buffer: the native side
// gives received bytes Buffer.prototype only once buffer.js has set it up.
var Buffer = require('buffer').Buffer;
var net = require('net');
var stream = require('stream');
var Parser = native.http.Parser;
var nativeHead = native.http.head;
var nativeChunk = native.http.chunk;
// _makeHeader's decisions taken in C (false: left to _makeHeader, which
// takes them as the C does; binding_http.c says when)
var nativeMake = native.http.make;
var nativeByteLength = native.buffer.byteLength;
var EMPTY = Buffer.alloc(0);
// end(body): a Buffer body this long is not copied after the head (net.js's
// NOCOPY_MIN: from there a write is sent from the Buffer itself)
var JOIN_MAX = 16384;
// write(buf) in chunks: a Buffer up to this long is copied into the one
// Buffer of its chunk (_sendChunk)
var CHUNK_COPY_MAX = 65536;

var REQUEST = 0, RESPONSE = 1;
var CRLF = '\r\n';

var STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required'
};
var METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'
];

// ---- headers

// Node keeps the first value of these, joins cookies with '; ', makes
// set-cookie an array and joins anything else with ', '.
var SINGLE = {
  'content-type': 1, 'content-length': 1, 'user-agent': 1, referer: 1, host: 1,
  authorization: 1, 'proxy-authorization': 1, 'if-modified-since': 1,
  'if-unmodified-since': 1, from: 1, location: 1, 'max-forwards': 1, 'retry-after': 1,
  etag: 1, 'last-modified': 1, server: 1, age: 1, expires: 1
};

// (a name seen before has a string, or set-cookie's array, as its value:
// one read tells a new name from it, but for a name Object.prototype
// has, which hasOwnProperty tells)
var hasOwn = Object.prototype.hasOwnProperty;
function headersOf(raw) {
  var h = {}, i, k, v, e;
  for (i = 0; i < raw.length; i += 2) {
    k = raw[i].toLowerCase();
    v = raw[i + 1];
    e = h[k];
    if (e === undefined || (typeof e !== 'string' && !hasOwn.call(h, k))) h[k] = k === 'set-cookie' ? [v] : v;
    else if (k === 'set-cookie') h[k].push(v);
    else if (SINGLE[k]) continue;
    else h[k] += (k === 'cookie' ? '; ' : ', ') + v;
  }
  return h;
}

// A header's name and value checked as Node does, in C (binding_http.c,
// native.http.field): the lowercase name, or which check failed
var nativeField = native.http.field;
function checkHeader(name, value) {
  var k = nativeField(name, value);
  if (typeof k !== 'string') headerError(name, k);
  return k;
}
function headerError(name, why) {
  if (why === 1)
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + formatArg(name) + '"]');
  if (why === 2)
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "undefined" for header "' + name + '"');
  throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
}
// A value in an error message as Node's %s: an array or a plain object
// inspected, anything else as a string. util is required only here, on
// the way to an error: a service does not parse it at boot.
function formatArg(v) {
  return v !== null && typeof v === 'object' && (v.toString === Object.prototype.toString || v.toString === Array.prototype.toString)
    ? require('util').inspect(v) : String(v);
}
function invalidHeaders(headers) {
  var s = require('util').inspect(headers);
  if (s.length > 128) s = s.slice(0, 128) + '...';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'headers' is invalid. Received " + s);
}
// http.validateHeaderName and validateHeaderValue: each half alone, with
// a value ('') or a name ('x') that passes for the other
function checkName(name) { checkHeader(name, ''); }
function checkValue(name, value) {
  var k = nativeField('x', value);
  if (typeof k !== 'string') headerError(name, k);
}

// The Date line of this second, made in C (binding_http.c's
// http_date_now, which native.http.make uses too): from the clock, as
// Node's from its primordial Date, whatever an app does to Date.now
var nativeDateLine = native.http.dateLine;

// ---- IncomingMessage: a request (server) or a response (client), a
// stream.Readable as in Node. The parser pushes body bytes into it; when
// its buffer is full (push() returns false) the socket is paused, which
// closes the TCP window, and _read() resumes it: an unread body is never
// buffered beyond the high-water mark and what the socket holds.

function IncomingMessage(socket) {
  initMessage(this, socket, [], '', null, 1, 1);
}
// The constructor's work, and the server's for a request whose head has
// come (parserHeaders: its fields given their values at once, in the
// constructor's order, and no array made for rawHeaders to be replaced)
function initMessage(msg, socket, raw, url, method, major, minor) {
  // (the socket's high-water mark when it is not the default: an options
  // object for the default would be made and read for nothing)
  var rs = socket ? socket._readableState : undefined;
  var hwm = rs ? rs.highWaterMark : socket ? socket.readableHighWaterMark : undefined; // (the getter's value)
  if (socket && msg._construct === undefined && (!hwm || hwm === 16384) && EventEmitter.init._unijsOwn === true) {
    // the fields below, made in one copy of MSG_FIELDS (native.ownFields),
    // then given this request's values: what the assignments below make
    var ml = msg._maxListeners; // (initEmitter's, read before the copy makes it own)
    if (ownFields(msg, MSG_FIELDS)) {
      msg._events = Object.create(null);
      if (ml) msg._maxListeners = ml;
      msg.socket = socket;
      if (major !== 1 || minor !== 1) {
        msg.httpVersionMajor = major;
        msg.httpVersionMinor = minor;
        msg.httpVersion = major + '.' + minor;
      }
      msg.rawHeaders = raw;
      msg.rawTrailers = [];
      msg.url = url;
      msg.method = method;
      msg.client = socket;
      return;
    }
  }
  if (socket && msg._construct === undefined) {
    // a request without its Readable state yet: see "A message's state,
    // made when first used" below (the rest of Readable's constructor is
    // EventEmitter's init)
    msg._ls = 0;
    if (hwm && hwm !== 16384) msg._hwm = hwm;
    initEmitter(msg);
  } else {
    stream.Readable.call(msg, hwm && hwm !== 16384 ? { highWaterMark: hwm } : undefined);
    // no _read() until someone consumes the body (Node does the same)
    msg._readableState.readingMore = true;
  }
  msg.socket = socket;
  msg.httpVersionMajor = major;
  msg.httpVersionMinor = minor;
  msg.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  msg.complete = false;
  msg.rawHeaders = raw;
  msg.rawTrailers = [];
  msg.aborted = false;
  msg.url = url;
  msg.method = method;
  msg.statusCode = null;
  msg.statusMessage = null;
  msg.client = socket;
  msg._consuming = false;
  msg._dumped = false;
}
inherits(IncomingMessage, stream.Readable);
// A server's request's own fields as initMessage makes them, in its order
// (initEmitter's three first), with the values most requests give them.
// Assigned one by one, each would be a new property inserted into the
// request's tree (~40 a request between it and its response, a good
// part of what one costs); copied, the whole tree is copied at once.
// The template is made by initMessage itself (while MSG_FIELDS is still
// undefined, ownFields refuses and the assignments run), so that it cannot
// drift from them; its object values are replaced in every copy. It is
// kept as native.fieldTemplate makes it, the form copied fastest.
var ownFields = native.ownFields;
var MSG_FIELDS = (function () {
  var t = {};
  initMessage(t, {}, null, '', null, 1, 1);
  return native.fieldTemplate(t);
})();

// ---- A message's state, made when first used
//
// Most requests have no body and nobody reads them: the app answers, the
// server lets the request flow past (_dump), and stream.Readable takes it
// from resume() through read(), 'end', destroy() to 'close' over five
// ticks, setting fields of a state nobody looks at. A request (a message
// made with a socket) starts without that state: _readableState is a
// getter that makes it when anything asks (every method and getter of
// Readable does, as do push() of a body, on('data'), pipe, ...), from
// the few facts kept meanwhile in _ls (the L_ bits below: the fields
// such a request changes on that way, each as the real state machine
// would have it at that point). Until then the end of the request (the
// parser's push(null)), _dump's resume() and the ticks that follow are
// done on _ls (light*, below), each tick queued where Readable queues
// its own and doing what that one would do to the state; a tick that
// finds the state made meanwhile (or a listener to the event it might
// emit, or a method Readable's code would call replaced) makes it and
// runs Readable's own tick instead (stream.Readable._unijsTicks). So the
// events, their ticks and every field read come out as Node's.
var ReadableState = stream.Readable.ReadableState, RTicks = stream.Readable._unijsTicks;
var nextTick0 = native.nextTick, ticksQueued = native.ticksQueued; // (process.nextTick as the runtime made it)
var rProto = stream.Readable.prototype;
var rRead = rProto.read, rPush = rProto.push, rResume = rProto.resume, rDestroy = rProto.destroy;
var L_ENDED = 1, L_EMITTED_READABLE = 2, L_FLOWING = 4, L_RESUME = 8, L_UNPAUSED = 16,
  L_END_PENDING = 32, L_END_EMITTED = 64, L_DESTROYED = 128, L_CLOSED = 256, L_CLOSE_EMITTED = 512;
IncomingMessage.prototype._ls = -1; // -1: the state is made (or was from the start)
IncomingMessage.prototype._hwm = 0;

function stateOf(msg) {
  var ls = msg._ls, s = new ReadableState(msg._hwm ? { highWaterMark: msg._hwm } : undefined, msg, false);
  s.readingMore = true; // (nothing read: no _read() yet)
  if (ls & L_ENDED) {
    s.ended = true;
    s.needReadable = false;
    s.reading = false;
  }
  if (ls & L_EMITTED_READABLE) s.emittedReadable = true;
  if (ls & L_FLOWING) s.flowing = true;
  if (ls & L_UNPAUSED) s.paused = false;
  if (ls & L_RESUME) s.resumeScheduled = true;
  if (ls & L_END_PENDING) s.endPending = true;
  if (ls & L_END_EMITTED) s.endEmitted = true;
  if (ls & L_DESTROYED) s.destroyed = true;
  if (ls & L_CLOSED) s.closed = true;
  if (ls & L_CLOSE_EMITTED) s.closeEmitted = true;
  return s;
}
function ownState(msg, s) {
  msg._ls = -1;
  Object.defineProperty(msg, '_readableState', { value: s, writable: true, enumerable: true, configurable: true });
  return s;
}
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  // (-1 on a message without its own: a prototype, or a message whose
  // constructor did not run; stream.Readable's own then is undefined)
  get: function () { return this._ls < 0 ? undefined : ownState(this, stateOf(this)); },
  set: function (v) { ownState(this, v); }
});

// whether the state is still to be made and Readable's code would do
// what the light* functions do (its methods on the message are its own;
// each tick below looks at those Readable's own tick would call, and
// whether the event it may emit is heard, written out: a call fewer, and
// they run five times a request)
function light(msg) {
  return msg._ls >= 0 && msg.read === rRead && msg.push === rPush && msg.resume === rResume &&
    msg.destroy === rDestroy && msg._destroy === imDestroy;
}
// (push(null) and resume() on _ls: IncomingMessage's _end and _dump, the
// only callers, below)
// resume_: read(0), no 'resume' listener, the flowing reads (read() of
// the ended, empty stream: a 'readable' emitted is forgotten, and the end
// is due, endReadable); the stream ended (a request that has not is given
// its state)
function lightResume(msg) {
  var ls = msg._ls, ev = msg._events;
  if (ls < 0 || !(ls & L_ENDED) || (ev !== undefined && ev.resume !== undefined) || msg.emit !== baseEmit || msg.read !== rRead)
    return RTicks.resume_(msg, msg._readableState);
  ls &= ~L_RESUME;
  if (ls & L_FLOWING) ls &= ~L_EMITTED_READABLE;
  if (!(ls & (L_END_EMITTED | L_END_PENDING))) {
    ls |= L_END_PENDING;
    process.nextTick(lightEndNT, msg);
  }
  msg._ls = ls;
}
// emitReadable_ (queued by _end: the stream has ended); nothing
// destroys a light message before its 'end'; then the flowing reads
function lightEmitReadable(msg) {
  var ls = msg._ls, ev = msg._events;
  if (ls < 0 || (ev !== undefined && ev.readable !== undefined) || msg.emit !== baseEmit || ((ls & L_FLOWING) && msg.read !== rRead))
    return RTicks.emitReadable_(msg);
  ls &= ~L_EMITTED_READABLE;
  if ((ls & L_FLOWING) && !(ls & (L_END_EMITTED | L_END_PENDING))) {
    ls |= L_END_PENDING;
    process.nextTick(lightEndNT, msg);
  }
  msg._ls = ls;
}
// endReadableNT: 'end' (to nobody), then autoDestroy's destroy(), which
// IncomingMessage's _destroy ends on the next tick (the message complete
// and ended: not aborted)
function lightEndNT(msg) {
  var ls = msg._ls, ev = msg._events;
  if (ls < 0 || (ev !== undefined && ev.end !== undefined) || msg.emit !== baseEmit || msg.writable || !msg.complete ||
      msg.destroy !== rDestroy || msg._destroy !== imDestroy)
    return RTicks.endReadableNT(msg._readableState, msg);
  ls &= ~L_END_PENDING;
  if (ls & (L_CLOSE_EMITTED | L_END_EMITTED)) {
    msg._ls = ls;
    return;
  }
  ls |= L_END_EMITTED | L_DESTROYED;
  if (process.nextTick !== nextTick0 || ticksQueued()) {
    msg._ls = ls;
    process.nextTick(lightDestroyed, msg);
  } else if (ev === undefined || ev.close === undefined) {
    // (see below) lightDestroyed and then lightCloseNT at once, written
    // out: nothing runs between them, and this tick found emit the
    // library's own; 'close' goes to nobody
    msg._ls = ls | L_CLOSED | L_CLOSE_EMITTED;
  } else {
    msg._ls = ls;
    lightDestroyed(msg);
  }
}
// _destroy's callback (destroyed(), then destroy's onDestroy): closed, and
// 'close' on the next tick.
// This tick and the next are queued as the last thing their tick does,
// and usually into an empty queue (a request's last ticks): then, when
// process.nextTick is the runtime's own (an app's wrapper would see the
// tick), the work is done at once, as the runner would take that tick
// next with nothing in between (native.ticksQueued).
function lightDestroyed(msg) {
  if (msg._ls < 0) {
    msg._readableState.closed = true;
    process.nextTick(RTicks.emitCloseNT, msg);
    return;
  }
  msg._ls |= L_CLOSED;
  if (process.nextTick === nextTick0 && !ticksQueued()) lightCloseNT(msg);
  else process.nextTick(lightCloseNT, msg);
}
function lightCloseNT(msg) {
  var ev = msg._events;
  if (msg._ls < 0 || (ev !== undefined && ev.close !== undefined) || msg.emit !== baseEmit)
    return RTicks.emitCloseNT(msg, msg._readableState); // (made here when still to be)
  msg._ls |= L_CLOSE_EMITTED;
}
// (the state's fields in its getters, for those apps and middleware read
// of a request: on-finished reads readable; Readable's own otherwise)
(function () {
  var names = ['readable', 'readableEnded', 'destroyed', 'closed', 'readableFlowing', 'readableLength'];
  var bits = {
    readable: function (ls) { return (ls & (L_DESTROYED | L_END_EMITTED)) === 0; },
    readableEnded: function (ls) { return (ls & L_END_EMITTED) !== 0; },
    destroyed: function (ls) { return (ls & L_DESTROYED) !== 0; },
    closed: function (ls) { return (ls & L_CLOSED) !== 0; },
    readableFlowing: function (ls) { return ls & L_FLOWING ? true : null; },
    readableLength: function () { return 0; }
  };
  names.forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(rProto, k), get = d.get, f = bits[k];
    Object.defineProperty(IncomingMessage.prototype, k, {
      configurable: true, enumerable: false,
      get: function () { return this._ls >= 0 ? f(this._ls) : get.call(this); },
      set: d.set
    });
  });
})();
IncomingMessage.prototype._socketPaused = false;
IncomingMessage.prototype._headersMax = -1; // rawHeaders' entries req.headers takes (-1: all)

// The head as the parser gives it (binding_http.c, onHeaders)
IncomingMessage.prototype._head = function (raw, major, minor) {
  this.httpVersionMajor = major;
  this.httpVersionMinor = minor;
  this.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  this.rawHeaders = raw;
};

// As in Node, headers and trailers are made from rawHeaders and
// rawTrailers when first read (the object is then the message's own
// property, so that later reads are plain ones), and connection is the
// socket. Assigning any of them sets it.
function ownValue(msg, name, v) {
  Object.defineProperty(msg, name, { value: v, writable: true, enumerable: true, configurable: true });
  return v;
}
Object.defineProperties(IncomingMessage.prototype, {
  headers: {
    configurable: true,
    get: function () {
      var raw = this.rawHeaders, max = this._headersMax;
      return ownValue(this, 'headers', headersOf(max >= 0 && raw.length > max ? raw.slice(0, max) : raw));
    },
    set: function (v) { ownValue(this, 'headers', v); }
  },
  trailers: {
    configurable: true,
    get: function () { return ownValue(this, 'trailers', headersOf(this.rawTrailers)); },
    set: function (v) { ownValue(this, 'trailers', v); }
  },
  connection: {
    configurable: true,
    get: function () { return this.socket; },
    set: function (v) { this.socket = v; }
  }
});

// Node's headersDistinct and trailersDistinct: every value of a name, in
// an array under its lowercase name, made when first asked for
function distinctOf(raw) {
  var d = {}, k;
  for (var i = 0; i < raw.length; i += 2) {
    k = raw[i].toLowerCase();
    if (Object.prototype.hasOwnProperty.call(d, k)) d[k].push(raw[i + 1]);
    else d[k] = [raw[i + 1]];
  }
  return d;
}
Object.defineProperties(IncomingMessage.prototype, {
  headersDistinct: {
    configurable: true,
    get: function () { return this._headersDistinct || (this._headersDistinct = distinctOf(this.rawHeaders)); },
    set: function (v) { this._headersDistinct = v; }
  },
  trailersDistinct: {
    configurable: true,
    get: function () { return this._trailersDistinct || (this._trailersDistinct = distinctOf(this.rawTrailers)); },
    set: function (v) { this._trailersDistinct = v; }
  }
});

IncomingMessage.prototype._push = function (chunk) {
  if (this._dumped) return;
  if (!this.push(chunk) && this.socket && !this._socketPaused) {
    this._socketPaused = true;
    this.socket.pause();
  }
};

IncomingMessage.prototype._end = function () {
  this.complete = true;
  var ls = this._ls;
  // (light(this), written out: a call fewer per request)
  if (ls >= 0 && !(ls & L_ENDED) && this.read === rRead && this.push === rPush && this.resume === rResume &&
      this.destroy === rDestroy && this._destroy === imDestroy) {
    // push(null) (the parser's end of a request) on _ls: a stream never
    // read is in its sync state, so 'readable' is emitted on the next tick
    ls |= L_ENDED;
    if (!(ls & L_EMITTED_READABLE)) {
      ls |= L_EMITTED_READABLE;
      // owed when it would wait right behind its response's finishTick
      // and nothing else (a handler that answered at once): finishTick
      // then does its work or queues it first (erOwed, below)
      var r;
      if (erOwed === null && process.nextTick === nextTick0 && (r = tickLast(finishTick)) !== undefined && r.req === this)
        erOwed = this;
      else process.nextTick(lightEmitReadable, this);
    }
    this._ls = ls;
  } else {
    this.push(null);
  }
};

IncomingMessage.prototype._read = function () {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this._socketPaused) {
    this._socketPaused = false;
    if (this.socket && this.socket.readable) this.socket.resume();
  }
};

// Nobody will read this body: let it flow past (Node's _dump).
IncomingMessage.prototype._dump = imDump;
function imDump() {
  if (!this._dumped) {
    this._dumped = true;
    // (without a 'data' listener, stream.Readable's removeAllListeners
    // would remove nothing and tell nobody: not called)
    var ev = this._events;
    if ((ev !== undefined && ev.data !== undefined) || this.removeAllListeners._unijsOwn !== true)
      this.removeAllListeners('data');
    if (light(this)) {
      // resume() on _ls (readableListening is false: on('readable') makes
      // the state)
      var ls = this._ls;
      if (!(ls & L_FLOWING)) {
        ls |= L_FLOWING;
        if (!(ls & L_RESUME)) {
          ls |= L_RESUME;
          process.nextTick(lightResume, this);
        }
      }
      this._ls = ls | L_UNPAUSED;
    } else {
      this.resume();
    }
  }
}

IncomingMessage.prototype._destroy = imDestroy;
function imDestroy(err, cb) {
  if (!this._readableState.endEmitted || !this.complete) { // (readableEnded)
    this.aborted = true;
    this.emit('aborted');
  }
  // an error reaches 'error' only when someone listens (Node's rule);
  // as Node, a socket destroyed here is waited for: its 'close' (and the
  // response's) comes before the request's 'error' and 'close'
  if (this.aborted && this.socket && !this.socket.destroyed) {
    this.socket.destroy(err);
    destroyAfterSocket(this, err, cb);
  } else {
    process.nextTick(destroyed, this, err, cb);
  }
}
function destroyed(msg, err, cb) {
  var ev = msg._events; // (msg.listenerCount('error'), without the call)
  cb(ev !== undefined && ev.error !== undefined && ev.error.length ? err : undefined);
}
function destroyAfterSocket(msg, err, cb) {
  msg.socket.once('close', function () { destroyed(msg, err, cb); });
}

IncomingMessage.prototype.setTimeout = function (ms, cb) {
  this.socket.setTimeout(ms, cb);
  return this;
};

// The trailers at a message's end, as Node's _addHeaderLines: none leave
// rawTrailers as it was; trailers already read (made empty) get them
// (raw: the parser's onComplete's, undefined when there are none)
function addTrailers(msg, raw) {
  if (raw === undefined || !raw.length) return;
  msg.rawTrailers = raw;
  if (Object.prototype.hasOwnProperty.call(msg, 'trailers')) {
    var t = headersOf(raw), k;
    for (k in t) msg.trailers[k] = t[k];
  }
}

// ---- OutgoingMessage: what ServerResponse and ClientRequest share

// A legacy stream.Stream as in Node (not a Writable: Node's is not either),
// so pipe() and pipeline() write to it, waiting for its 'drain'.
// The fields Node has as a message's own are its own here too; ours that
// start at a default are the prototype's until a message changes them
// (each own property is an allocation, and a request makes a response).
// stream.Stream's constructor, which is only EventEmitter's, whose init
// is written out while it is events.js's (a call fewer per message)
function initEmitter(self) {
  if (EventEmitter.init._unijsOwn !== true) return EventEmitter.call(self);
  if (!self._events || self._events === Object.getPrototypeOf(self)._events) {
    self._events = Object.create(null);
    self._eventsCount = 0;
  }
  self._maxListeners = self._maxListeners || undefined;
}

function OutgoingMessage() {
  initEmitter(this);
  this.writable = true;
  this.destroyed = false;
  this._hdrs = [];          // [lowercase name, name, value] in setting order
  this.finished = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this.shouldKeepAlive = true;
  this._hasBody = true;
  this._last = false;       // the connection ends after this message
  this._contentLength = null;
  this._trailer = '';
  this.socket = null;
}
inherits(OutgoingMessage, stream.Stream);
(function (p) {
  p._hdrsHidden = false; // _hdrs came from writeHead alone: see writeHead
  p._hdrMap = null;      // _hdrs' entries by lowercase name (_entry)
  p._headLine = null;    // the head's first line, once made (see _makeHeader)
  p._headExtra = '';     // then the lines Node adds to the app's headers
  p._headLength = -1;    // and the Content-Length it adds (-1: none)
  p._headSent = false;   // the head has gone to the socket
  p._outSize = 0;        // bytes kept (ServerResponse._out) until it may send
  p._corked = 0;         // cork() calls before it had a socket
  p._needDrain = false;  // write() returned false: 'drain' is owed
  p._keepAliveLines = 'Connection: keep-alive' + CRLF; // a server's say more
})(OutgoingMessage.prototype);
// as Node's, the socket under its old name
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  configurable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

// _hdrs' entries by lowercase name, from the first setHeader on (an
// object without a prototype: any token is a plain key): a response's
// headers are set, read and tested a dozen times under Express, and each
// was a walk of _hdrs. The entry of a name set again is changed in place.
OutgoingMessage.prototype._entry = function (name) {
  if (this._hdrsHidden || this._hdrMap === null) return undefined;
  return this._hdrMap[name.toLowerCase()];
};

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._headLine)
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  var k = nativeField(name, value), map = this._hdrMap, e; // (checkHeader)
  if (typeof k !== 'string') headerError(name, k);
  if (map === null) map = this._hdrMap = Object.create(null);
  else if ((e = map[k]) !== undefined) {
    e[1] = name;
    e[2] = value;
    return this;
  }
  var hdrs = this._hdrs; // (appended by index: Array.prototype.push is a call)
  hdrs[hdrs.length] = map[k] = [k, name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function (name, value) {
  // as Node: the head is fixed once made (and written from _hdrs when sent)
  if (this._headLine)
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot append headers after they are sent to the client');
  var e = this._entry(name);
  if (e === undefined) return this.setHeader(name, value);
  e[2] = [].concat(e[2], value);
  return this;
};

// (the name a string, as Node checks it)
function nameCheck(name) {
  if (typeof name !== 'string') throw errors.argType('name', 'of type string', name);
}
// (nameCheck and _entry written out: Express asks a response for its
// headers a dozen times a request)
OutgoingMessage.prototype.getHeader = function (name) {
  if (typeof name !== 'string') nameCheck(name);
  if (this._hdrsHidden || this._hdrMap === null) return undefined;
  var e = this._hdrMap[name.toLowerCase()];
  return e === undefined ? undefined : e[2];
};
OutgoingMessage.prototype.hasHeader = function (name) {
  if (typeof name !== 'string') nameCheck(name);
  return !this._hdrsHidden && this._hdrMap !== null && this._hdrMap[name.toLowerCase()] !== undefined;
};
OutgoingMessage.prototype.getHeaderNames = function () {
  return this._hdrsHidden ? [] : this._hdrs.map(function (h) { return h[0]; });
};
OutgoingMessage.prototype.getRawHeaderNames = function () {
  return this._hdrsHidden ? [] : this._hdrs.map(function (h) { return h[1]; });
};
OutgoingMessage.prototype.getHeaders = function () {
  var o = Object.create(null);
  if (!this._hdrsHidden) this._hdrs.forEach(function (h) { o[h[0]] = h[2]; });
  return o;
};
OutgoingMessage.prototype.removeHeader = function (name) {
  nameCheck(name);
  if (this._headLine)
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
  var e = this._entry(name);
  if (e !== undefined) {
    this._hdrs.splice(this._hdrs.indexOf(e), 1);
    delete this._hdrMap[e[0]];
  }
};
OutgoingMessage.prototype.addTrailers = function (headers) {
  for (var k in headers) this._trailer += k + ': ' + headers[k] + CRLF;
};

// The head: first line, the app's headers, then what Node adds (Date,
// Connection, Keep-Alive, Content-Length or Transfer-Encoding). Here Node's
// decisions are taken and what they add is kept; native.http.head(msg,
// body, enc, trailer) writes the head from it and _hdrs, in C, when it is
// sent, with the body when that goes too (binding_http.c says how). _hdrs
// cannot change in between: setHeader, appendHeader and removeHeader throw
// once the head is made. native.http.make takes the same decisions in C,
// reading and writing the same fields in the same order; this runs when it
// declines (an app's Connection or Transfer-Encoding value that is not
// plain ASCII), and the two must change together.
OutgoingMessage.prototype._makeHeader = function (firstLine) {
  var hdrs = this._hdrs, extra = '', date, conn, len, te, i;
  for (i = 0; i < hdrs.length; i++) {
    switch (hdrs[i][0]) {
      case 'date': date = hdrs[i][2]; break;
      case 'connection': conn = hdrs[i][2]; break;
      case 'content-length': len = hdrs[i][2]; break;
      case 'transfer-encoding': te = hdrs[i][2]; break;
    }
  }
  if (this.sendDate && date === undefined)
    extra = nativeDateLine();
  // Node: keep-alive needs the body's end to be known without the
  // connection's: a Content-Length header from the app, or chunks (not to
  // an HTTP/1.0 client that did not ask for them: useChunkedEncodingByDefault);
  // a client request always has an agent. Otherwise "close", even when the
  // client asked for keep-alive (HTTP/1.0 and end(data) or write()).
  var keep = this.shouldKeepAlive && (len !== undefined || this.useChunkedEncodingByDefault || !!this.agent);
  if (conn !== undefined) {
    if (/(^|,)\s*close\s*(,|$)/i.test(String(conn))) this._last = true;
  } else if (keep && this.maxRequestsOnConnectionReached) {
    // Node: the last request a socket may carry is told so (the socket
    // itself stays; more requests on it get 503)
    extra += 'Connection: close\r\n';
  } else if (keep) {
    extra += this._keepAliveLines;
  } else {
    this._last = true;
    extra += 'Connection: close\r\n';
  }
  if (len === undefined && te === undefined) {
    // Node's order: a request whose method has no body by default (GET,
    // DELETE, ...) and a response to HTTP/1.0 get no framing header at all,
    // even when end(data) knows the length
    if (!this._hasBody) {
      // no body (HEAD, 204, 304): neither length nor chunks
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true; // the end of the connection ends the body
    } else if (typeof this._contentLength === 'number') {
      this._headLength = this._contentLength;
    } else {
      extra += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    }
  } else if (te !== undefined && /chunked\s*$/i.test(String(te))) {
    this.chunkedEncoding = true;
  }
  this._headExtra = extra;
  this._headLine = firstLine;
};

// Node's _header, the head as a string (apps and middleware look at it),
// made from the head's bytes only when asked. In Node it is a plain field:
// a library that assigns it gets its value back (an own property, which
// hides the getter; what is sent is still made from the headers).
Object.defineProperty(OutgoingMessage.prototype, '_header', {
  configurable: true,
  get: function () { return this._headLine ? nativeHead(this).toString('latin1') : null; },
  set: function (v) {
    Object.defineProperty(this, '_header', { value: v, writable: true, enumerable: true, configurable: true });
  }
});

OutgoingMessage.prototype._sendHead = function () {
  if (!this._headLine) this._implicitHeader();
  if (!this._headSent) {
    this._headSent = true;
    this._send(nativeHead(this));
  }
};

OutgoingMessage.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (chunk === null) throw codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) chunk = bufferOf(chunk);
  if (this.finished || this.destroyed) {
    writeFailed(this, this.finished ? writeAfterEnd() : codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'), cb);
    return false;
  }
  if (!this._headLine) this._implicitHeader();
  // Node corks the socket at a response's first write in a turn of the
  // loop, until the next tick: the writes of one turn are held together
  // (writableLength, writableCorked and what write() returns show it)
  var socket = this._active !== false ? this.socket : null;
  if (socket && !socket._writableState.corked && !socket.destroyed) {
    socket.cork();
    process.nextTick(uncorkSocket, socket);
  }
  this._sendHead();
  if (!this._hasBody) {
    if (cb) process.nextTick(cb);
    return true;
  }
  var body = bodyOf(chunk, encoding), ret;
  // as Node, an empty write goes to the socket too (its callback comes in
  // order with the others', and it returns what the socket's write does);
  // a string that decodes to fewer bytes than its length promises (hex
  // or base64 with characters outside the alphabet) is not empty: Node
  // sizes its chunk by Buffer.byteLength and sends what decodes
  if (chunk.length === 0) ret = this._send(EMPTY, cb);
  else if (this.chunkedEncoding) ret = this._sendChunk(body, encoding, cb, undefined, typeof body === 'string' || body === chunk ? undefined : Buffer.byteLength(chunk, encoding));
  else ret = this._send(typeof body === 'string' ? Buffer.from(body, encoding) : body, cb);
  if (!ret) this._needDrain = true;
  return ret;
};

function uncorkSocket(socket) { socket.uncork(); }

function writeAfterEnd() { return codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); }
// Node's onError: the callback, then 'error', on the next tick; once the
// message is destroyed ('close'), the callback alone
function writeFailed(msg, err, cb) {
  if (msg.destroyed) {
    if (cb) process.nextTick(cb, err);
    return;
  }
  process.nextTick(function () {
    if (cb) cb(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

// A Uint8Array that is not a Buffer as a Buffer over the same bytes (as
// Node's socket takes it); anything else is refused with Node's error
function bufferOf(chunk) {
  if (!(chunk instanceof Uint8Array))
    throw errors.argType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

// A body as native.http.chunk takes it: a string in utf8 or latin1 as it
// is (a non-empty one is never 0 bytes), any other encoding made a Buffer
function bodyOf(chunk, encoding) {
  return typeof chunk !== 'string' || !encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1'
    ? chunk : Buffer.from(chunk, encoding);
}

// body (from bodyOf, or undefined) as one chunk, one socket write, and
// when trailer is a string the last chunk and trailers with it. A Buffer
// of more than CHUNK_COPY_MAX bytes is not copied: it goes between its
// size line and its CRLF, three writes (net.js sends it from where it
// lies). Below that a copy costs less than two more writes (a write
// through the socket's stream is some 40,000 guest instructions, a 64 KiB
// copy about 8,000), and the chunk, 16 KiB or more, is still sent from
// where it lies.
//
// size, when given, is the chunk's size as Node states it for a string in
// an encoding other than utf8 and latin1 (write's Buffer.byteLength): a
// size that is not the body's length goes on its own line too.
OutgoingMessage.prototype._sendChunk = function (body, encoding, cb, trailer, size) {
  if ((size !== undefined && size !== body.length) || (body !== undefined && typeof body !== 'string' && body.length > CHUNK_COPY_MAX)) {
    this._send(Buffer.from((size === undefined ? body.length : size).toString(16) + CRLF, 'latin1'));
    if (body.length) this._send(body);
    return this._send(Buffer.from(trailer === undefined ? CRLF : CRLF + '0' + CRLF + trailer + CRLF, 'latin1'), cb);
  }
  return this._send(nativeChunk(body, encoding, trailer), cb);
};

OutgoingMessage.prototype.end = function (chunk, encoding, cb) {
  // (str: chunk is a string, asked once: each typeof is a comparison of
  // strings)
  var str = typeof chunk === 'string';
  if (!str && typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (encoding !== undefined && typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.finished) {
    // as Node: data after the end fails as write() does (nothing once
    // destroyed); a callback waits for 'finish', or is told it has been
    if (chunk) {
      if (!this.destroyed) writeFailed(this, writeAfterEnd(), cb);
    } else if (cb) {
      if (!this.writableFinished) this.once('finish', cb);
      else cb(codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
    }
    return this;
  }
  // (a string, the usual body, asked about first)
  if (!str && chunk !== undefined && chunk !== null && !Buffer.isBuffer(chunk)) chunk = bufferOf(chunk);
  if (!this._headLine) {
    // everything is known: a length instead of chunks
    if (chunk === undefined || chunk === null) this._contentLength = 0;
    else {
      // (a string in utf8 measured by the native side as Buffer.byteLength
      // would, without its call)
      this._contentLength = !this._hasBody ? 0 : !str ? chunk.length
        : encoding === undefined ? nativeByteLength(chunk, 0) : Buffer.byteLength(chunk, encoding);
    }
  }
  var hasChunk = str || (chunk !== undefined && chunk !== null && chunk.length);
  var ended = false;
  if (!this._headSent && this._hasBody) {
    // the common case, everything known at once: head, body and (chunked)
    // the last chunk leave as one Buffer, one socket write
    if (!this._headLine) this._implicitHeader();
    if (hasChunk && !str && chunk.length >= JOIN_MAX) {
      // a large Buffer leaves where it lies (net.js sends it without a
      // copy): the head goes first, in the same flush, instead of both
      // copied into a new Buffer (a 1 MB body cost a 1 MB copy)
      if (!this.chunkedEncoding) {
        this._headSent = true;
        this._send(nativeHead(this));
        this._send(chunk);
        hasChunk = false;
      }
    } else {
      // as Node's _send: a string body in utf8 or latin1 goes with the head
      // as one string in its encoding (native.http.head then writes a
      // latin1 header value UTF-8 encoded, as from Node); in any other
      // encoding it is made a Buffer first and the head is latin1
      var body = !hasChunk ? undefined
        : !str || !encoding || encoding === 'utf8' || encoding === 'latin1' ? chunk
        : Buffer.from(chunk, encoding);
      this._headSent = true;
      // (written to the connection by nativeHead itself when _send and
      // the socket's write would do just that: see sockIdleHandle below)
      var c = this._conn, h;
      if (this._send === srvSend && this._active && c && !c.dead && this.socket) h = sockIdleHandle(this.socket);
      var out = nativeHead(this, body, encoding, this.chunkedEncoding ? this._trailer : undefined, h,
        this._headLine, this._hdrs, this._headExtra, this._headLength);
      if (typeof out !== 'number') this._send(out);
      else {
        // what net.js's write leaves of a write the handle took whole: the
        // socket's activity (its timeout refreshed) and count
        var sk = this.socket;
        if (sk._timer) sk._timer.refresh();
        sk._bytesWritten += out;
      }
      hasChunk = false;
      ended = true;
    }
  }
  if (!ended) {
    this._sendHead();
    if (this.chunkedEncoding && this._hasBody) {
      // the last data and the last chunk: one write
      var last = hasChunk ? bodyOf(chunk, encoding) : undefined;
      this._sendChunk(last, encoding, undefined, this._trailer,
        last === undefined || typeof last === 'string' || last === chunk ? undefined : Buffer.byteLength(chunk, encoding));
    } else if (hasChunk) {
      this.write(chunk, encoding);
    }
  }
  this.finished = true;
  // as Node, end() uncorks the socket fully: what was held goes now
  var socket = this._active !== false && !this._detached ? this.socket : null; // (attached)
  if (socket && socket._writableState.corked) {
    socket._writableState.corked = 1;
    socket.uncork();
  }
  if (this._corked) this._corked = 0; // (the prototype's 0 otherwise: no own field made)
  if (cb) this.once('finish', cb);
  this._done();
  return this;
};

OutgoingMessage.prototype.flushHeaders = function () { this._sendHead(); };
// as Node: the socket's (a Writable: writes wait until uncork), counted
// until the message has one
OutgoingMessage.prototype.cork = function () {
  var socket = attached(this);
  if (socket) socket.cork();
  else this._corked++;
};
OutgoingMessage.prototype.uncork = function () {
  var socket = attached(this);
  if (socket) socket.uncork();
  else if (this._corked) this._corked--;
};

// The socket a message writes to now: a response waiting its turn behind
// an earlier one on its connection has none yet, and one that has
// finished has none any more (Node's res.socket is null then; ours stays)
function attached(msg) {
  return msg._active !== false && !msg._detached ? msg.socket : null;
}

// Node's headersSent: the head is made (writeHead made it), sent or not
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true,
  get: function () { return !!this._headLine; }
});

// Node's writable* getters (what is held here and in the socket). A large
// write the stack has taken whole, sent from the Buffer itself, is still
// the socket's until the peer acknowledges it (net.js: its callback waits
// for that); Node counts such bytes, in the kernel's buffer, no more.
var HIGH_WATER_MARK = 16384;
function socketHolds(socket) {
  return socket.writableLength - socket._pinWaitLen;
}
Object.defineProperties(OutgoingMessage.prototype, {
  writableEnded: { configurable: true, get: function () { return this.finished; } },
  writableFinished: {
    configurable: true,
    get: function () {
      var socket = attached(this);
      return this.finished && this._outSize === 0 && (!socket || socketHolds(socket) === 0);
    }
  },
  writableObjectMode: { configurable: true, get: function () { return false; } },
  writableLength: {
    configurable: true,
    get: function () {
      var socket = attached(this);
      return this._outSize + (socket ? socketHolds(socket) : 0);
    }
  },
  writableHighWaterMark: {
    configurable: true,
    get: function () {
      var socket = attached(this);
      return socket ? socket.writableHighWaterMark : HIGH_WATER_MARK;
    }
  },
  writableCorked: {
    configurable: true,
    get: function () {
      var socket = attached(this);
      return (socket ? socket.writableCorked : 0) + this._corked;
    }
  },
  writableNeedDrain: {
    configurable: true,
    get: function () { return !this.destroyed && !this.finished && this._needDrain; }
  }
});

// ---- ServerResponse

// (conn and keepAlive: the server's Connection, and whether the request
// asked to keep it; an app's new ServerResponse(req) has neither)
function ServerResponse(req, conn, keepAlive) {
  var ml = conn && EventEmitter.init._unijsOwn === true ? this._maxListeners : undefined; // (before the copy makes it own)
  if (conn && EventEmitter.init._unijsOwn === true && ownFields(this, RES_FIELDS)) {
    // the fields below, made in one copy, then given this response's values
    this._events = Object.create(null);
    if (ml) this._maxListeners = ml;
    this._hdrs = [];
    if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0))
      this.useChunkedEncodingByDefault = /(^|,)\s*chunked\s*(,|$)/i.test(req.headers.te || '');
    this.shouldKeepAlive = !conn.closing && keepAlive === true;
    if (req.method === 'HEAD') this._hasBody = false;
    this.socket = conn.socket;
    this.req = req;
    this._conn = conn;
    var server = conn.server, c = server._keepAliveCache; // (keepAliveLines' cache, read here: a call fewer)
    this._keepAliveLines = c && c.t === server.keepAliveTimeout && c.m === ~~server.maxRequestsPerSocket
      ? c.text : keepAliveLines(server);
    return;
  }
  // (OutgoingMessage's constructor written out, each field given its
  // value at once, in the same order: a call and a second write of
  // several fields fewer per request)
  initEmitter(this);
  this.writable = true;
  this.destroyed = false;
  this._hdrs = [];
  this.finished = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)
    ? /(^|,)\s*chunked\s*(,|$)/i.test(req.headers.te || '') : true;
  this.sendDate = true;
  this.shouldKeepAlive = conn ? !conn.closing && keepAlive === true : false;
  this._hasBody = req.method !== 'HEAD';
  this._last = false;
  this._contentLength = null;
  this._trailer = '';
  this.socket = conn ? conn.socket : null;
  this.req = req;
  this._conn = conn;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (!conn) this._active = false; // (a server's: ServerResponse.prototype's true, or false from parserHeaders)
  this.maxRequestsOnConnectionReached = false;
  if (conn) {
    this._keepAliveLines = keepAliveLines(conn.server);
    // (fields every response sets as it goes, own from the start with
    // OutgoingMessage.prototype's values: copied with the rest of
    // RES_FIELDS, not each inserted into the response's tree later)
    this._hdrMap = null;
    this._headLine = null;
    this._headExtra = '';
    this._headLength = -1;
    this._headSent = false;
    this._detached = false;
  }
}
inherits(ServerResponse, OutgoingMessage);
// A server's response's own fields as ServerResponse makes them on a
// connection, in its order: made by the constructor itself, as MSG_FIELDS
// is, for a request and a connection that ask for nothing special
var RES_FIELDS = (function () {
  var t = {};
  ServerResponse.call(t, { httpVersionMajor: 1, httpVersionMinor: 1, method: 'GET' },
    { closing: false, socket: null, server: {} }, true);
  return native.fieldTemplate(t);
})();
ServerResponse.prototype._out = null; // output kept while an earlier response is being sent, [[buf, cb], ...]
ServerResponse.prototype._active = true; // it may send (false: an earlier response is being sent)
var NO_OUT = []; // (never changed)

// A kept-alive response's Connection and Keep-Alive lines, made again only
// when the server's keepAliveTimeout or maxRequestsPerSocket changes (they
// are the same for every response otherwise)
function keepAliveLines(server) {
  var t = server.keepAliveTimeout, m = ~~server.maxRequestsPerSocket, c = server._keepAliveCache;
  if (!c || c.t !== t || c.m !== m) {
    c = server._keepAliveCache = { t: t, m: m, text: 'Connection: keep-alive' + CRLF };
    if (t) c.text += 'Keep-Alive: timeout=' + Math.floor(t / 1000) + (m > 0 ? ', max=' + m : '') + CRLF;
  }
  return c.text;
}

ServerResponse.prototype.writeHead = function (statusCode, reason, headers) {
  if (this._headLine)
    throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  if (typeof reason !== 'string') {
    if (headers === undefined || headers === null) headers = reason;
    reason = undefined;
  }
  this.statusCode = statusCheck(statusCode);
  if (reason !== undefined) this.statusMessage = reason;
  var i, k;
  if (this._hdrMap !== null) { // (setHeader was called: Node's kOutHeaders exists)
    // Node's slow case, headers set before: the given ones are set on
    // them (setHeader: a name given twice keeps its last value); an array
    // is a flat one of name, value (an array of pairs has names that
    // setHeader refuses, or an odd length)
    if (Array.isArray(headers)) {
      if (headers.length % 2 !== 0) throw invalidHeaders(headers);
      for (i = 0; i < headers.length; i += 2) if (headers[i]) this.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      var keys = Object.keys(headers);
      for (i = 0; i < keys.length; i++) if (keys[i]) this.setHeader(keys[i], headers[keys[i]]);
    }
  } else if (headers) {
    // writeHead alone: as Node, the head is written from the headers as
    // given, each name and value a line in their order (a name given twice
    // is two lines), checked as setHeader checks (nothing is kept when one
    // fails); getHeader and the like do not see them (_hdrsHidden)
    var list = [];
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (i = 0; i < headers.length; i++) list.push(rawHeader(headers[i][0], headers[i][1]));
      } else {
        if (headers.length % 2 !== 0) throw invalidHeaders(headers);
        for (i = 0; i < headers.length; i += 2) list.push(rawHeader(headers[i], headers[i + 1]));
      }
    } else {
      for (k in headers) if (Object.prototype.hasOwnProperty.call(headers, k)) list.push(rawHeader(k, headers[k]));
    }
    this._hdrs = list;
    this._hdrsHidden = true;
  }
  this._implicitHeader(reason !== undefined);
  return this;
};

// (as Node's writeHead alone, each value of an array is checked, so that
// one that is undefined throws, where setHeader lets it be written
// "undefined"; Node joins two or more cookies first, and checks that)
function rawHeader(name, value) {
  var k = checkHeader(name, value);
  if (Array.isArray(value) && (value.length < 2 || k !== 'cookie'))
    for (var i = 0; i < value.length; i++) checkHeader(name, value[i]);
  return [k, name, value];
}

// Node's writeHead: a status code as an integer of 100 to 999 (the
// value given is named when it is not)
function statusCheck(code) {
  var c = code | 0;
  if (c < 100 || c > 999)
    throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + code);
  return c;
}

// (Node's _implicitHeader is writeHead(statusCode): statusCode and
// statusMessage are checked as writeHead checks them; an empty message
// is the code's own unless writeHead was given it)
ServerResponse.prototype._implicitHeader = function (reasonGiven) {
  var code = this.statusCode, msg = this.statusMessage;
  // (200, the usual code, is an integer in range and has a body: neither
  // check needed)
  if (code !== 200) {
    if (typeof code !== 'number' || (code | 0) !== code || code < 100 || code > 999) this.statusCode = code = statusCheck(code);
    if (code === 204 || code === 304 || (code >= 100 && code < 200)) this._hasBody = false;
  }
  if (!msg && !reasonGiven) {
    msg = this.statusMessage = STATUS_CODES[code] || 'unknown';
    // (the first line of a code's own message, made once per code and
    // message: the app may change http.STATUS_CODES)
    var e = STATUS_LINES[code];
    if (e === undefined || e[0] !== msg) e = STATUS_LINES[code] = [msg, 'HTTP/1.1 ' + code + ' ' + msg];
    if (!nativeMake(this, e[1])) this._makeHeader(e[1]);
    return;
  }
  if (typeof nativeField('x', msg) !== 'string')
    throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  var line = 'HTTP/1.1 ' + code + ' ' + msg;
  if (!nativeMake(this, line)) this._makeHeader(line);
};
var STATUS_LINES = Object.create(null);

ServerResponse.prototype._send = function (buf, cb) {
  if (this._conn && this._conn.dead) {
    // the connection was refused (400/408) or faulted: nothing more goes
    if (cb) process.nextTick(cb);
    return false;
  }
  if (!this._active) {
    // as Node's outputData: held until the earlier responses have gone
    if (!this._out) this._out = [];
    this._out.push([buf, cb]);
    this._outSize += buf.length;
    return this._outSize < HIGH_WATER_MARK;
  }
  var socket = this.socket;
  // (destroyed is a Duplex's getter, both sides destroyed: a call, not
  // made while the writable side is not)
  if (socket._writableState.destroyed && socket.destroyed) {
    if (cb) process.nextTick(cb);
    return false;
  }
  return socket.write(buf, cb);
};

var srvSend = ServerResponse.prototype._send;

// The TCP handle a response's end() may give nativeHead, to write head
// and body to the connection itself: when ServerResponse's _send and the
// socket's write would hand the bytes straight to the handle and leave
// the socket's state as they found it (net.js's idle socket, as its
// write's own shortcut asks). nativeHead writes only when the connection
// takes the bytes whole at once, and gives the Buffer back otherwise
// (then _send as before). end() asks for it when the response is a
// server connection's, with ServerResponse's own _send, may send
// (_active), the connection not refused or faulted (dead), and has a
// socket.
var sockIdleHandle = net.Socket._unijsIdleHandle;

ServerResponse.prototype._activate = function () {
  this._active = true;
  var out = this._out || NO_OUT, ret = true, socket = this.socket;
  if (this._out) {
    this._out = null;
    this._outSize = 0;
  }
  // as Node's _flushOutput: the socket corked around them
  if (out.length > 1) socket.cork();
  for (var i = 0; i < out.length; i++) ret = this._send(out[i][0], out[i][1]);
  if (out.length > 1) socket.uncork();
  if (this.finished) this._done();
  else if (ret && this._needDrain) {
    this._needDrain = false;
    this.emit('drain');
  }
};

// The response has ended and may send: 'prefinish' now, 'finish' once
// the socket has called back every write of it (as Node's, from the
// callback of its last write; a large write's callback waits for the
// peer's acknowledgement, net.js), then 'close' on the next tick.
ServerResponse.prototype._done = function () {
  if (!this._active) return;
  var socket = this.socket, ev = this._events, c = this._conn;
  if (ev !== undefined && ev.prefinish !== undefined) this.emit('prefinish');
  var later = socket._writableState.length > 0 && !socket.destroyed && !c.dead;
  if (later) finishAfterWrites(this, socket);
  else process.nextTick(finishTick, this);
  // Then the connection's part (written here, a call fewer per request):
  // the next response in line may send; when the queue is empty, either
  // wait for the next request or end the connection.
  var q = c.queue, req = this.req;
  if (q[0] !== this) return;
  if (q.length === 1) q.length = 0; // (the usual queue, emptied without shift's call)
  else q.shift();
  // An unread body flows past from 'finish' on (emitFinish: Node's
  // resOnFinish, whose ticks tests/js/cases/http_request_unread_ticks.js
  // follows). When 'finish' waits for the socket (a large write's
  // callback waits for the peer's acknowledgement, net.js), it flows now:
  // a client that sends its whole body before it reads the answer would
  // otherwise wait for our window while we wait for its acknowledgement.
  if (later && req && !(req._ls >= 0 ? req._ls & L_END_EMITTED : req._readableState.endEmitted)) req._dump();
  if (this._last) {
    // the rest of the bytes in hand may hold more requests: as Node, the
    // app still gets them, and their answers go nowhere (ended)
    c.closing = true;
    c.ended = true;
    c.queue = [];
    c.socket.end();
    return;
  }
  if (c.held) c.unhold();
  if (q.length) {
    q[0]._activate();
  } else if (c.closing && !c.req) {
    c.socket.end();
  } else if (!c.req) {
    c.goIdle();
  }
};

// (a function apart: one that makes a closure allocates its variables at
// every call, and _done runs at every response)
function finishAfterWrites(res, socket) {
  socket.write(EMPTY, function (err) {
    if (err) emitClose(res);
    else emitFinish(res);
  });
}

// Node's server listens to 'finish' first: it lets an unread body flow
// past (_dump) and queues the 'close' tick before any tick the app's
// 'finish' listeners queue (until then the response is not destroyed: a
// write after end() still gets its 'error')
function emitFinish(res) {
  var req = res.req;
  res._detached = true;
  if (req && !req._consuming && !(req._ls >= 0 ? req._ls & L_RESUME : req._readableState.resumeScheduled)) req._dump();
  process.nextTick(emitClose, res);
  var ev = res._events; // (heard(res, 'finish') inline, and 'close''s below)
  if ((ev !== undefined && ev.finish !== undefined) || res.emit !== baseEmit) res.emit('finish');
}
// The tick of a response's 'finish' (_done): emitFinish, and when what
// follows it is fixed, the rest of the request's ends at once. A request
// nobody reads nor listens to, answered whole, goes from here through up
// to four more ticks of the library's own (its lightEmitReadable, queued
// by _end when the parser saw its end, then lightResume and the
// response's emitClose queued here, then lightEndNT) to its 'close'; none
// emits to anyone, none runs the app's code, and each leaves a few bits
// and two fields of the response. When no other tick waits (the request's
// lightEmitReadable may, alone: native.tickAlone takes it from the
// queue), the runner would run just those, one after the other, with
// nothing in between (microtasks wait for the queue to empty): so their
// end state is made here, and none of them is queued. The conditions are
// each of those ticks' own (the events they may emit unheard, emit and
// the methods they would call the library's), taken together, and the
// request's state one of the two this point has in the usual ways (its
// end seen by the parser, its 'readable' tick waiting or run; not read,
// not dumped). Otherwise emitFinish's work, as before: the request's
// lightEmitReadable, when taken, is queued again first (nothing else
// waits, so it is again the next tick). With async_hooks loaded
// (tickAlone refuses: ticks carry ids and contexts then) or
// process.nextTick replaced, the queue is not looked at.
// tests/js/cases/http_finish_tick_alone.js.
//
// A request's lightEmitReadable that would have been queued right behind
// finishTick (its response's, the only tick waiting then: IncomingMessage's
// _end asks native.tickLast) is owed instead (erOwed: one at most, as
// that finishTick is the next tick to run): finishTick finds the queue as
// it would be with that tick taken, and when it does not do its work,
// queues it first (native.tickFirst), where it would be waiting. The
// queueing is only owed when process.nextTick is the runtime's and
// async_hooks is not loaded (native.tickLast refuses then): nobody sees
// the tick queued. tests/js/cases/http_finish_tick_owed.js.
var tickAlone = native.tickAlone, tickLast = native.tickLast, tickFirst = native.tickFirst;
var erOwed = null;
var L_DONE = L_ENDED | L_FLOWING | L_UNPAUSED | L_END_EMITTED | L_DESTROYED | L_CLOSED | L_CLOSE_EMITTED;
function finishTick(res) {
  var req = res.req, ev, ls, qev, owed = erOwed !== null && erOwed === req;
  if (owed) erOwed = null;
  if (req && ((ls = req._ls) === (L_ENDED | L_EMITTED_READABLE) || (ls === L_ENDED && !owed)) && process.nextTick === nextTick0 &&
      tickAlone(ls === L_ENDED || owed ? undefined : lightEmitReadable, req)) {
    if ((ev = res._events) !== undefined && ev.finish === undefined && ev.close === undefined && res.emit === baseEmit &&
        (qev = req._events) !== undefined && qev.data === undefined && qev.resume === undefined && qev.readable === undefined &&
        qev.end === undefined && qev.close === undefined && req.emit === baseEmit && !req._consuming && !req._dumped &&
        req.complete === true && !req.writable && req._dump === imDump && req.removeAllListeners._unijsOwn === true &&
        req.read === rRead && req.push === rPush && req.resume === rResume && req.destroy === rDestroy &&
        req._destroy === imDestroy) { // (light(req), its _ls known)
      // (emitFinish: _detached, and _dump; lightEmitReadable, lightResume,
      // emitClose, lightEndNT and the two it runs at once)
      res._detached = true;
      req._dumped = true;
      req._ls = L_DONE;
      res.destroyed = true;
      return;
    }
    if (ls !== L_ENDED) process.nextTick(lightEmitReadable, req);
  } else if (owed) {
    tickFirst(lightEmitReadable, req);
  }
  emitFinish(res);
}
function emitClose(res) {
  res._detached = true;
  res.destroyed = true;
  var ev = res._events;
  if ((ev !== undefined && ev.close !== undefined) || res.emit !== baseEmit) res.emit('close');
}

ServerResponse.prototype.setTimeout = function (ms, cb) {
  this.socket.setTimeout(ms, cb);
  return this;
};

ServerResponse.prototype.writeContinue = function (cb) {
  this.socket.write('HTTP/1.1 100 Continue' + CRLF + CRLF, cb);
};

ServerResponse.prototype.assignSocket = function () {};
ServerResponse.prototype.detachSocket = function () {};

// ---- the server side of one connection
//
// Timeouts as Node's: a connection is "active" from its first byte of a
// request (or from its opening: a client that connects and says nothing)
// until that request has been received whole. One periodic check per
// server (connectionsCheckingInterval) answers 408 to an active connection
// whose head has not come in headersTimeout, or whose request has not come
// in requestTimeout, and closes it. Between requests, keepAliveTimeout;
// server.timeout (0: none) is the socket's inactivity timeout.

// Requests received and not yet answered, per connection: at this many
// the parser stops after a request and the socket stops reading until an
// answer goes (Node reads on; a client pipelining thousands of requests
// to a slow handler would fill the heap).
var PIPELINE_MAX = 32;

function Connection(server, socket) {
  var self = this;
  this.server = server;
  this.socket = socket;
  this.parser = new Parser(REQUEST);
  this.queue = [];          // responses not finished, in request order
  this.req = null;          // the request being received
  this.closing = false;     // no more requests: answer what came, then end
  this.ended = false;       // a response closed the connection (its _last)
  this.dead = false;        // refused or faulted: no more output at all
  // keep-alive: idle until idleAt (Server._idleAdd; 0: not idle)
  this.idleAt = 0;
  this.requests = 0;        // for maxRequestsPerSocket
  this.active = true;       // a request is being received (see above)
  this.headersDone = false;
  this.started = Date.now();
  this.held = false;        // stopped at PIPELINE_MAX
  this.stalled = false;     // its response stalled (_checkConnections)
  this.sentMark = -1;       // the socket's bytes written at the last check
  this.pending = null;      // bytes received after the stop
  server._conns.push(this);
  this.parser._conn = this;
  this.parser.onMessageOpen = parserMessageOpen;
  this.parser.onHeaders = parserHeaders;
  this.parser.onBody = parserBody;
  this.parser.onComplete = parserComplete;
  this.parser.onThrow = parserThrew;
  this.parser.onConsume = parserConsume;
  socket._httpConn = this;
  socket.on('data', socketOnData);
  socket.on('end', function () { self.onEnd(); });
  socket.on('error', function (e) { self.onSocketError(e); });
  socket.on('close', function () { self.onClose(); });
  socket.on('drain', function () {
    // as Node's socketOnDrain: owed to a response whose write said false
    var res = self.queue[0];
    if (res && res._active && !res.finished && res._needDrain) {
      res._needDrain = false;
      res.emit('drain');
    }
  });
  socket.setEncoding = socketSetEncoding; // (as Node's)
  consume(socket);
  socket.setNoDelay(true);
  if (server.timeout) socket.setTimeout(server.timeout);
  socket.on('timeout', function () {
    var res = self.queue[0];
    var handled = false;
    if (self.req && self.req.listenerCount('timeout')) { self.req.emit('timeout', socket); handled = true; }
    if (res && res.listenerCount('timeout')) { res.emit('timeout', socket); handled = true; }
    if (server.listenerCount('timeout')) { server.emit('timeout', socket); handled = true; }
    if (!handled) socket.destroy();
  });
}

// The socket's 'data' listener (this: the socket, _httpConn its
// connection): the connection's onData without a closure calling it, a
// call fewer per received segment.
function socketOnData(d) {
  var c = this._httpConn;
  if (c.dead || (c.closing && !c.req)) return; // after an error or Connection: close
  c.idleAt = 0; // (not idle: Server._idleAdd)
  var r = c.parser.execute(d);
  if (typeof r !== 'number' || c.badVersion || c.held) parseEnded(c, r, r < d.length ? d.slice(r) : undefined);
}

// What a segment's parse leaves to do besides (socketOnData's and
// parserConsume's): an error, a refused version, or the pipelining
// bound's hold, the bytes not parsed (rest) kept for when it lets go.
function parseEnded(c, r, rest) {
  if (typeof r !== 'number') c.onParseError(r);
  else if (c.badVersion) c.onParseError(codedError(Error, 'HPE_INVALID_VERSION', 'Invalid HTTP version'));
  else if (c.held) {
    if (rest !== undefined) c.pending = rest;
    c.socket.pause();
  }
}
Connection.prototype.onData = function (d) { socketOnData.call(this.socket, d); };

// The parser's onConsume (this: the parser): n bytes came for the socket
// its parser consumes in C (consume, below), and wait there: net.js's
// ondata's bookkeeping and socketOnData, the bytes parsed in place
// (executeConsumed) and copied only when some must wait (consumedRest).
function parserConsume(n) {
  var c = this._conn, s = c.socket;
  if (s._readableState.destroyed && s._writableState.destroyed) return; // (net.js's ondata)
  s.bytesRead += n;
  if (s._timer) s._timer.refresh(); // (_activity)
  if (c.dead || (c.closing && !c.req)) return;
  c.idleAt = 0;
  var r = this.executeConsumed();
  if (typeof r !== 'number' || c.badVersion || c.held) parseEnded(c, r, r < n ? this.consumedRest(r) : undefined);
}

// Node's parser.consume(handle): the bytes a connection receives do not
// go through the socket's Readable to its one 'data' listener,
// socketOnData (a segment's push, its checks of the stream's state and
// its emit fewer). The parser takes them in C where the handle lets it
// (binding_http.c, parser.consume: parserConsume above, without a Buffer
// nor net.js's ondata); else net.js's ondata hands each Buffer to the
// socket's _consumer, socketOnData. Taken only while socketOnData would
// be the one to get them at once: a net.Socket flowing, nothing
// buffered, no decoder, socketOnData its only 'data' listener, no
// 'readable' one, its emit EventEmitter's. As in Node, a 'data' or
// 'readable' listener added later gives them back to the Readable (the
// socket's on, addListener and prependListener are wrapped while it is
// consumed), and so does pause() (its 'pause': the Readable then holds
// what comes, as before); from then on they take the Readable's way for
// good. As in Node, removing socketOnData does not stop them (Node's
// parser is no listener), and setEncoding() throws.
function consume(socket) {
  var rs = socket._readableState;
  if (socket._consumer !== null || socket.emit !== baseEmit || rs.flowing !== true || rs.length !== 0 ||
      rs.decoder !== null || rs.objectMode || socket.listenerCount('data') !== 1 ||
      socket.listenerCount('readable') !== 0 || socket.listeners('data')[0] !== socketOnData)
    return;
  socket._consumer = socketOnData;
  socket._httpConn.parser.consume(socket._handle);
  socket.on = consumedOn;
  socket.addListener = consumedOn;
  socket.prependListener = consumedPrepend;
  net.Socket.prototype.on.call(socket, 'pause', unconsume);
}
function unconsume() { // (this: the socket)
  if (this._consumer === null) return;
  this._consumer = null;
  this._httpConn.parser.unconsume(this._handle);
  delete this.on;
  delete this.addListener;
  delete this.prependListener;
  this.removeListener('pause', unconsume);
}
function consumedOn(ev, fn) {
  if (ev === 'data' || ev === 'readable') unconsume.call(this);
  return net.Socket.prototype.on.call(this, ev, fn);
}
function consumedPrepend(ev, fn) {
  if (ev === 'data' || ev === 'readable') unconsume.call(this);
  return net.Socket.prototype.prependListener.call(this, ev, fn);
}
// (a server's socket, consumed or not: RFC 9112's bytes are not text)
function socketSetEncoding() {
  throw codedError(Error, 'ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
}

// The parser's onThrow (binding_http.c, execute: the try is the native
// side's, a call fewer per received segment than a function apart
// holding one in JavaScript).
// A handler (or a 'data' listener) threw while this request was being
// parsed. The parser is unusable and the request is lost: the client is
// disconnected rather than left waiting for an answer that cannot come
// (an 'uncaughtException' listener may keep the server going); the
// exception goes on.
function parserThrew() {
  var c = this._conn;
  c.dead = true;
  c.socket.destroy();
}

// An answer has gone: a connection stopped at PIPELINE_MAX goes on.
Connection.prototype.unhold = function () {
  var self = this;
  if (!this.held || this.queue.length >= PIPELINE_MAX) return;
  this.held = false;
  this.parser.pause(false);
  process.nextTick(function () {
    var p = self.pending;
    self.pending = null;
    if (self.dead || self.socket.destroyed) return;
    if (p) self.onData(p);
    if (self.held) return;
    if (self.endLater) {
      self.endLater = false;
      self.onEnd();
    } else {
      self.socket.resume();
    }
  });
};

// The parser calls these as its methods (this: the parser; _conn, its
// connection): functions shared by every connection, not closures made
// for each, and each without a second call into a method of the
// connection (parserHeaders and parserComplete below are the head's and
// the message end's handling).
// (a message still coming in when the bytes in hand are parsed: one that
// came whole within them was never seen active by the check; the parser
// tells of the others, binding_http.c's onMessageOpen)
function parserMessageOpen(headDone) {
  var c = this._conn;
  c.active = true;
  c.headersDone = headDone;
  c.started = Date.now();
}
function parserBody(b) {
  var req = this._conn.req;
  if (req) req._push(b);
}

// HEAD_* of binding_http.c: onHeaders' flags
var HEAD_UPGRADE = 1, HEAD_KEEP_ALIVE = 2, HEAD_HOST = 4, HEAD_EXPECT = 8;

function parserHeaders(raw, method, url, major, minor, flags) {
  var c = this._conn, socket = c.socket, server = c.server;
  var req = Object.create(IncomingMessage.prototype); // (new IncomingMessage(socket), its fields from the head)
  initMessage(req, socket, raw, url, method, major, minor);
  var max = server.maxHeadersCount;
  c.headersDone = true;
  // Node keeps every raw header, and the first maxHeadersCount (1000 by
  // default) in req.headers
  max = typeof max === 'number' && max > 0 ? 2 * max : 2000;
  if (raw.length > max) req._headersMax = max;
  var keep = (flags & HEAD_KEEP_ALIVE) !== 0;
  if (major !== 1 || minor > 1) {
    // HTTP/1.0 and 1.1 only (http-parser takes any digits; Node does not)
    c.badVersion = true;
    c.closing = true;
    return true;
  }
  if (flags & HEAD_UPGRADE) {
    // no 'upgrade' support: the connection ends here
    c.closing = true;
    socket.destroy();
    return true;
  }
  c.req = req;
  var res = new ServerResponse(req, c, keep);
  if (!keep) c.closing = true;
  var q = c.queue;
  q[q.length] = res; // (not push: a call)
  if (q.length !== 1 || c.ended) res._active = false; // (waits its turn: _activate)
  if (minor === 1) {
    // RFC 9112 3.2: an HTTP/1.1 request without Host is refused
    if (server.requireHostHeader && !(flags & HEAD_HOST)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return false;
    }
    var maxReq = server.maxRequestsPerSocket;
    if (typeof maxReq === 'number' && maxReq > 0) {
      c.requests++;
      res.maxRequestsOnConnectionReached = maxReq <= c.requests;
      if (maxReq < c.requests) {
        server.emit('dropRequest', req, socket);
        res.writeHead(503);
        res.end();
        return false;
      }
    }
    if ((flags & HEAD_EXPECT) && req.headers.expect !== undefined) {
      if (/^100-continue$/i.test(req.headers.expect)) {
        if (server.listenerCount('checkContinue')) server.emit('checkContinue', req, res);
        else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation')) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
      return false;
    }
  }
  // (emit's case of one listener written out: a call fewer per request)
  var ev = server._events, l = ev !== undefined ? ev.request : undefined;
  if (l !== undefined && l.length === 1 && server.emit === baseEmit) l[0].call(server, req, res);
  else server.emit('request', req, res);
  return false;
}

function parserComplete(trailers) {
  var c = this._conn, req = c.req;
  c.active = false;
  if (!req) return;
  if (trailers !== undefined) addTrailers(req, trailers);
  c.req = null;
  req._end();
  if (!c.queue.length) { // (goIdle)
    var server = c.server, ms = server.keepAliveTimeout, at;
    if (ms > 0 && !c.dead && !c.closing) {
      if (server._idleAdd === srvIdleAdd) {
        // (_idleAdd, written out: a call fewer per request)
        c.idleAt = at = Date.now() + ms;
        if (!server._idleTimer || at < server._idleTimerAt) server._idleArm(at);
      } else {
        server._idleAdd(c, ms);
      }
    }
  }
  if (c.queue.length >= PIPELINE_MAX && !c.held) {
    c.held = true;
    c.parser.pause(true);
  }
}

// Nothing received and nothing to answer: keepAliveTimeout runs from now.
// (Reached from _done when the request came whole before its
// answer, and from parserComplete when the answer went first: a handler that
// answers at once answers before the parser has seen the message's end.)
Connection.prototype.goIdle = function () {
  var ms = this.server.keepAliveTimeout;
  if (ms > 0 && !this.dead && !this.closing) this.server._idleAdd(this, ms);
};

// Node's socketOnError: a 'clientError' listener decides; otherwise the
// answer (400, 431 or 408) goes when no response has begun, and the
// connection closes.
Connection.prototype.onParseError = function (err) {
  var socket = this.socket, server = this.server;
  this.closing = true;
  this.active = false;
  this.badVersion = false;
  this.req = null;
  err.rawPacket = undefined;
  if (server.listenerCount('clientError')) {
    server.emit('clientError', err, socket);
    return;
  }
  var begun = this.queue.length && this.queue[0]._headSent;
  this.dead = true;
  this.queue = [];
  if (socket.writable && !begun) {
    socket.end(err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'
        : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    // the answer, then the end: a client that sends on is not waited for
    socket.destroySoon();
  } else {
    socket.destroy();
  }
};

// The client sent FIN. A request cut short can never be answered: the
// connection goes; complete ones are still answered, then it ends.
Connection.prototype.onEnd = function () {
  if (this.dead) return;
  if (this.held) {
    // requests are still waiting their turn: the end comes after them
    this.endLater = true;
    return;
  }
  this.parser.finish();
  this.closing = true;
  this.active = false;
  if (this.req) {
    this.abortRequest();
    this.socket.destroy();
  } else if (!this.queue.length) {
    this.socket.end();
  }
};

Connection.prototype.abortRequest = function () {
  var req = this.req;
  this.req = null;
  // 'aborted' now, then 'error' (only to a listener) and 'close'
  if (req && !req.complete) req.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
};

Connection.prototype.onSocketError = function (e) {
  if (this.server.listenerCount('clientError')) this.server.emit('clientError', e, this.socket);
};

// waiting for a request: none arriving, no response in flight
Connection.prototype.isIdle = function () {
  return !this.req && !this.queue.length;
};

Connection.prototype.onClose = function () {
  var conns = this.server._conns, at = conns.indexOf(this);
  if (at >= 0) conns.splice(at, 1);
  if (this.evicted) { this.evicted = false; evicting--; }
  this.active = false;
  this.idleAt = 0;
  this.abortRequest();
  var q = this.queue;
  this.queue = [];
  for (var i = 0; i < q.length; i++) if (!q[i].finished) emitClose(q[i]);
  this.parser.close();
};

// ---- Server

function timeoutOption(options, name, dflt) {
  var v = options[name];
  if (v === undefined) return dflt;
  if (typeof v !== 'number')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be of type number. Received ' +
      (v === null ? 'null' : 'type ' + typeof v + ' (' + require('util').inspect(v) + ')'));
  if (v !== Math.floor(v))
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be an integer. Received ' + v);
  if (v < 0 || v > 9007199254740991)
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be >= 0 && <= 9007199254740991. Received ' + v);
  return v;
}

// The default connection limit: what the heap left to the service holds,
// with room to spare. A connection waiting for its request costs about
// 18 KiB of heap (socket, parser, streams' state, lwIP's PCB: measured in an
// 8 MB guest by opening them 20 at a time); one for every 32 KiB of the
// heap free once the app has loaded its modules leaves close to half of it
// to the requests themselves and to garbage not yet collected: 116 in an
// 8 MB guest with tests/attack/app (100 concurrent keep-alive clients are
// served, tests/net/load.sh); a bigger app gets fewer. Counting the whole
// heap instead (174 there) let a slowloris at the limit exhaust it. Node
// has no limit (a process has swap and a supervisor; a unikernel has
// neither).
//
// It is one limit for the one pool (every server that keeps the default),
// worked out when first needed, not when a server is created: the free
// room is measured after a full collection (native.heapFree), so that the
// limit does not depend on when the collector last ran, and that
// collection was 8.2 ms (5.6 %) of an Express app's boot, on the way to
// its first answer. It is needed when the app reads a server's
// maxConnections or when the pool reaches DEFAULT_MAX_MIN connections (no
// default limit is lower, so the pool cannot be full before); the
// connections the pool holds by then are counted back in as free
// (CONNECTION_COST each), as they were when the app had loaded.
var DEFAULT_MAX_MIN = 16, CONNECTION_COST = 18 * 1024;
var POOLED = {};         // a server's _maxConnections while it keeps the default
var poolLimit = null;    // the pool's limit, once worked out

function defaultMaxConnections() {
  if (poolLimit !== null) return poolLimit;
  var m = process.memoryUsage();
  if (!(m.heapTotal > 0)) return (poolLimit = undefined);
  var free = native.heapFree() + pooledConnections() * CONNECTION_COST;
  return (poolLimit = Math.max(DEFAULT_MAX_MIN, Math.floor(free / 32768)));
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  options = options || {};
  net.Server.call(this, { allowHalfOpen: true });
  if (requestListener) this.on('request', requestListener);
  this.timeout = 0;
  this.requestTimeout = timeoutOption(options, 'requestTimeout', 300000);
  this.headersTimeout = timeoutOption(options, 'headersTimeout', Math.min(60000, this.requestTimeout));
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout)
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received ' + this.headersTimeout);
  this.keepAliveTimeout = timeoutOption(options, 'keepAliveTimeout', 5000);
  this.connectionsCheckingInterval = timeoutOption(options, 'connectionsCheckingInterval', 30000);
  this.requireHostHeader = options.requireHostHeader === undefined ? true : !!options.requireHostHeader;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this._maxConnections = POOLED; // after net.Server's undefined
  this._conns = []; // the open connections (Connection), for close*()
  this._checker = null;
  // the one timer that ends idle keep-alive connections (see _idleAdd)
  this._idleTimer = null;
  this._idleTimerAt = 0;
  var self = this;
  this.on('connection', function (socket) { new Connection(self, socket); });
  this.on('listening', function () { self._startChecking(); });
}
inherits(Server, net.Server);

Object.defineProperty(Server.prototype, 'maxConnections', {
  configurable: true, enumerable: true,
  get: function () {
    return this._maxConnections === POOLED ? defaultMaxConnections() : this._maxConnections;
  },
  set: function (v) { this._maxConnections = v; }
});

// One timer per server, not one per request (Node's
// connectionsCheckingInterval); unref'd, so it keeps nothing alive.
Server.prototype._startChecking = function () {
  var self = this;
  if (this._checker) clearInterval(this._checker);
  this._checker = setInterval(function () { self._checkConnections(); }, this.connectionsCheckingInterval);
  if (this._checker.unref) this._checker.unref();
};

Server.prototype._checkConnections = function () {
  var ht = isFinite(this.headersTimeout) && this.headersTimeout >= 0 ? this.headersTimeout : 0;
  var rt = isFinite(this.requestTimeout) && this.requestTimeout >= 0 ? this.requestTimeout : 0;
  var now = Date.now(), conns = this._conns.slice(), c, s;
  for (var i = 0; i < conns.length; i++) {
    c = conns[i];
    // A response whose socket has bytes to send and took none since the
    // last check is stalled (its client stopped reading): _makeRoom may
    // let it go when the pool is full. Node keeps such a client until
    // server.timeout, which is 0 (none) by default.
    s = c.socket;
    if (!c.active && !c.dead && c.queue.length && s.writableLength > 0) {
      c.stalled = c.sentMark === s._bytesWritten;
      c.sentMark = s._bytesWritten;
    } else {
      c.stalled = false;
      c.sentMark = -1;
    }
    if (!c.active || c.dead || (!ht && !rt)) continue;
    if ((ht && !c.headersDone && now - c.started > ht) || (rt && now - c.started > rt)) {
      c.active = false;
      c.onParseError(codedError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
    }
  }
};

// keepAliveTimeout without a timer per connection: an idle connection
// has its deadline (idleAt; 0 while it is not idle), and one unref'd timer
// per server, armed for the earliest deadline it knows, walks the server's
// connections (_conns) when it fires: it ends the due ones and is armed
// again for the earliest left. A connection that goes idle sets its
// deadline (and arms the timer only when it is the earliest: a shorter
// timeout set later); one that gets a new request or closes clears it.
// The timer may then fire early for nobody and re-arm itself. A busy
// server thus costs a property write or two per request, not a timer set
// and cleared, nor a list kept in order.
Server.prototype._idleAdd = srvIdleAdd;
function srvIdleAdd(c, ms) {
  var at = Date.now() + ms;
  c.idleAt = at;
  if (!this._idleTimer || at < this._idleTimerAt) this._idleArm(at);
}

Server.prototype._idleArm = function (at) {
  var self = this;
  if (this._idleTimer) clearTimeout(this._idleTimer);
  this._idleTimerAt = at;
  this._idleTimer = setTimeout(function () { self._idleSweep(); }, Math.max(1, at - Date.now()));
  if (this._idleTimer.unref) this._idleTimer.unref();
};

Server.prototype._idleSweep = function () {
  var now = Date.now(), conns = this._conns.slice(), next = 0, c;
  this._idleTimer = null;
  for (var i = 0; i < conns.length; i++) {
    c = conns[i];
    if (!c.idleAt) continue;
    if (c.idleAt <= now) {
      c.idleAt = 0;
      c.socket.destroy();
    } else if (!next || c.idleAt < next) {
      next = c.idleAt;
    }
  }
  if (next) this._idleArm(next);
};

// As Node 19+: close() also ends the idle keep-alive connections (those
// with a request in flight go on, and end by keepAliveTimeout).
Server.prototype.close = function (cb) {
  var at = pooled.indexOf(this);
  if (at >= 0) pooled.splice(at, 1);
  this.closeIdleConnections();
  if (this._checker) { clearInterval(this._checker); this._checker = null; }
  if (this._idleTimer) { clearTimeout(this._idleTimer); this._idleTimer = null; }
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype.setTimeout = function (ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};
Server.prototype.closeAllConnections = function () {
  var conns = this._conns.slice();
  for (var i = 0; i < conns.length; i++) conns[i].socket.destroy();
};
// unijs, not Node: the default maxConnections is derived from the heap
// (defaultMaxConnections), so it is one pool shared by every http server
// that keeps it (an app that sets its own limit gets Node's per-server
// check): two servers must not each hold a heap's worth. At that limit a
// new connection takes the place of the oldest one, over all of them, that
// holds a slot without a request in progress: one still waiting for (or
// trickling) its request head, or an idle keep-alive one. Refusing the
// newcomer instead, as Node does, lets a slowloris of a few hundred
// connections deny the service to everyone for headersTimeout; evicting
// the oldest costs an honest client nothing (its head comes at once, so it
// is never the oldest waiting) and the attacker its slot. One waiting for
// its head gets Node's 408, an idle one is closed as keepAliveTimeout
// would. Connections with a request being handled are not evicted, except
// one whose response is stalled (its client reads nothing: bytes to send
// and none taken for a whole connectionsCheckingInterval, _checkConnections),
// which is destroyed; with only those, the newcomer is refused.
var pooled = [];   // the http servers listening with the default limit
// Evicted connections not yet closed: each still holds its memory until
// its 'close', and a flood of newcomers faster than the closes would
// otherwise take the heap (seen: 1,000 reconnecting slowloris clients ran
// an 8 MB guest out of memory). Past this many, a newcomer is refused.
var EVICTING_MAX = 8, evicting = 0;

function pooledConnections() {
  var n = 0;
  for (var i = 0; i < pooled.length; i++) n += pooled[i]._connections;
  return n;
}

Server.prototype._pooled = function () {
  return this._maxConnections === POOLED;
};

Server.prototype._full = function () {
  if (!this._pooled()) return net.Server.prototype._full.call(this);
  if (pooled.indexOf(this) < 0) pooled.push(this);
  var n = pooledConnections();
  if (n < DEFAULT_MAX_MIN && poolLimit === null) return false;
  return n >= this.maxConnections;
};

// With pressure (the heap short of its reserve, net.js _onPressure; the
// newcomer was refused already) the oldest such connection of the pooled
// servers and of this one goes, whatever this one's limit.
Server.prototype._makeRoom = function (pressure) {
  if ((!pressure && !this._pooled()) || evicting >= EVICTING_MAX) return false;
  var best = null, c, conns, pool = pooled;
  if (pressure && pool.indexOf(this) < 0) pool = pool.concat([this]);
  for (var j = 0; j < pool.length; j++) {
    conns = pool[j]._conns;
    for (var i = 0; i < conns.length; i++) {
      c = conns[i];
      if (c.dead || ((c.closing || c.req || c.queue.length) && !c.stalled)) continue;
      if (!best || c.started < best.started) best = c;
      break; // _conns is in arrival order: the first candidate is its oldest
    }
  }
  if (!best) return false;
  best.server._evicted = (best.server._evicted || 0) + 1;
  best.evicted = true;
  evicting++;
  // not through onParseError: a 'clientError' listener could keep the
  // connection, and the slot must go now. The 408 is written and the
  // connection destroyed at once (a client that does not read must not
  // keep it), which lwIP still sends before its FIN.
  best.closing = best.dead = true;
  if (best.active && best.socket.writable) {
    best.active = false;
    best.socket.write('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  }
  best.socket.destroy();
  return true;
};

Server.prototype.closeIdleConnections = function () {
  var conns = this._conns.slice();
  for (var i = 0; i < conns.length; i++) if (conns[i].isIdle()) conns[i].socket.destroy();
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- client

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') input = parseUrl(input);
  // a WHATWG URL, as Node's isURL tells it: url.parse()'s result (node-fetch
  // passes it, with method and headers added) has auth and path, and is
  // options as it is
  else if (input && typeof input.href === 'string' && input.protocol &&
    input.auth === undefined && input.path === undefined) input = parseUrl(input.href);
  if (typeof options === 'function') { cb = options; options = null; }
  var o = {}, k;
  for (k in input) o[k] = input[k];
  if (options) for (k in options) o[k] = options[k];
  if (o.protocol && o.protocol !== 'http:') {
    throw codedError(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + o.protocol + '" not supported. Expected "http:"');
  }
  this.method = (o.method || 'GET').toUpperCase();
  this.path = o.path || '/';
  this.host = o.hostname || (o.host ? String(o.host).replace(/:\d+$/, '') : 'localhost');
  this.port = +(o.port || 80);
  this.protocol = 'http:';
  this.aborted = false;
  this.reusedSocket = false;
  this.res = null;
  this.useChunkedEncodingByDefault = !/^(GET|HEAD|DELETE|OPTIONS|TRACE|CONNECT)$/.test(this.method);
  if (this.method === 'HEAD') this._expectNoBody = true;
  // Node's choice of agent: false is a new Agent of its own (one that asks
  // the server to close), none the global one unless the caller makes
  // its own connection (createConnection)
  var agent = o.agent;
  if (agent === false) agent = new Agent();
  else if (agent === null || agent === undefined) agent = typeof o.createConnection === 'function' ? undefined : exports.globalAgent;
  this.agent = agent;
  // keep-alive is asked for only when the agent will reuse the socket (or
  // bounds its sockets, so that requests queue for them)
  this.shouldKeepAlive = !!agent && (agent.keepAlive || isFinite(agent.maxSockets));
  if (o.timeout !== undefined) this.timeout = o.timeout;
  var headers = o.headers || {};
  if (Array.isArray(headers)) {
    for (var i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
  } else {
    for (k in headers) if (headers[k] !== undefined) this.setHeader(k, headers[k]);
  }
  if (!this.hasHeader('host')) this.setHeader('Host', this.host + (this.port !== 80 ? ':' + this.port : ''));
  if (o.auth && !this.hasHeader('authorization'))
    this.setHeader('Authorization', 'Basic ' + Buffer.from(o.auth).toString('base64'));
  if (cb) this.once('response', cb);
  this._pending = [];  // writes made before the socket is ours
  this.socket = null;  // (Node's: set a tick after the agent gives one)
  var co = { host: this.host, port: this.port };
  if (o.localAddress) co.localAddress = o.localAddress;
  if (o.family) co.family = o.family;
  if (agent) agent.addRequest(this, co);
  else this.onSocket(typeof o.createConnection === 'function' ? o.createConnection(co) : net.connect(co));
}
inherits(ClientRequest, OutgoingMessage);

// The agent (or createConnection) has a socket for this request; as in
// Node it becomes the request's a tick later ('socket'), when the
// request's listeners go on it and the writes made so far go out.
ClientRequest.prototype.onSocket = function (socket, err) {
  var self = this;
  process.nextTick(function () {
    if (err) return self._fail(err);
    self._takeSocket(socket);
  });
};

ClientRequest.prototype._takeSocket = function (socket) {
  var self = this;
  this.socket = socket;
  socket._httpMessage = this;
  if (this.destroyed) { // destroyed or aborted while waiting for it
    socket.destroy();
    return;
  }
  var parser = this.parser = new Parser(RESPONSE);
  parser.onHeaders = function (raw, code, message, major, minor, flags) {
    return self._onHeaders(raw, code, message, major, minor, flags);
  };
  parser.onBody = function (b) { if (self.res) self.res._push(b); };
  parser.onComplete = function (trailers) { self._onComplete(trailers); };
  var l = this._listeners = {
    data: function (d) {
      var r = parser.execute(d);
      if (typeof r !== 'number') self._fail(r);
    },
    end: function () {
      var r = parser.finish();
      if (typeof r !== 'number' || !self._complete) self._hangUp();
    },
    error: function (e) { self._fail(e); },
    close: function () {
      if (!self._complete) self._hangUp();
      parser.close();
      if (self.res && !self.res.readableEnded && !self.res.aborted) {
        self.res.aborted = true;
        self.res.emit('aborted');
      }
      self.emit('close');
    }
  };
  socket.on('data', l.data);
  socket.on('end', l.end);
  socket.on('error', l.error);
  socket.on('close', l.close);
  if (this.timeout !== undefined) this.setTimeout(this.timeout);
  this.emit('socket', socket);
  var p = this._pending;
  this._pending = null;
  for (var j = 0; j < p.length; j++) socket.write(p[j][0], p[j][1]);
};

ClientRequest.prototype._implicitHeader = function () {
  var line = this.method + ' ' + this.path + ' HTTP/1.1';
  if (!nativeMake(this, line)) this._makeHeader(line);
};

ClientRequest.prototype._send = function (buf, cb) {
  if (this._pending) {
    this._pending.push([buf, cb]);
    return true;
  }
  return this.socket.write(buf, cb);
};

ClientRequest.prototype._done = function () {
  var self = this;
  this.emit('prefinish');
  process.nextTick(function () { self.emit('finish'); });
};

ClientRequest.prototype._onHeaders = function (raw, code, message, major, minor, flags) {
  var res = new IncomingMessage(this.socket);
  res._head(raw, major, minor);
  res.statusCode = code;
  res.statusMessage = message;
  if (code >= 100 && code < 200 && code !== 101) {
    this.emit('information', { statusCode: code, statusMessage: message,
      httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
    return true;
  }
  this.res = res;
  res.req = this;
  // the server's say (Connection: close, HTTP/1.0): the socket goes
  if (!(flags & HEAD_KEEP_ALIVE)) this.shouldKeepAlive = false;
  if (!this.emit('response', res)) res.resume(); // nobody reads: drain it
  return !!this._expectNoBody;
};

ClientRequest.prototype._onComplete = function (trailers) {
  var res = this.res;
  if (!res) return; // an informational (1xx) response
  this._complete = true;
  addTrailers(res, trailers);
  res._end();
  if (!this.shouldKeepAlive || !this.agent || this._errored || this.destroyed) {
    this.socket.end(); // the socket ends with the response
    return;
  }
  // Node's responseKeepAlive, at the response's 'end' (its listeners run
  // first): the request lets go of the socket and, a tick later, closes
  // and hands it back to its agent ('free'), which reuses or pools it
  var self = this;
  if (res._readableState.endEmitted) this._keepAlive();
  else res.once('end', function () { self._keepAlive(); });
};

ClientRequest.prototype._keepAlive = function () {
  var socket = this.socket, res = this.res;
  if (this._errored || this.destroyed || !socket || socket.destroyed) return;
  var l = this._listeners;
  socket.removeListener('data', l.data);
  socket.removeListener('end', l.end);
  socket.removeListener('error', l.error);
  socket.removeListener('close', l.close);
  if (this._timeoutCb) {
    socket.setTimeout(0);
    socket.removeListener('timeout', this._timeoutCb);
    this._timeoutCb = null;
  }
  this.destroyed = true;
  res.socket = null;
  var self = this;
  process.nextTick(function () {
    self.parser.close();
    self.emit('close');
    socket.emit('free');
  });
};

ClientRequest.prototype._fail = function (err) {
  if (this._errored || this._complete) return;
  this._errored = true;
  if (this.socket) this.socket.destroy();
  if (this.res) {
    this.res.aborted = true;
    this.res.emit('aborted');
    if (this.res.listenerCount('error')) this.res.emit('error', err);
  } else {
    this.emit('error', err);
  }
};

ClientRequest.prototype._hangUp = function () {
  if (this._complete || this._errored || this.aborted) return;
  this._fail(codedError(Error, 'ECONNRESET', 'socket hang up'));
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  process.nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (err) this._fail(err);
  else if (this.socket) this.socket.destroy();
  // (without a socket yet: it is destroyed when it comes, _takeSocket)
  return this;
};

ClientRequest.prototype.setTimeout = function (ms, cb) {
  var self = this;
  if (cb) this.once('timeout', cb);
  this.timeout = ms;
  if (!this.socket) return this; // set on the socket when it comes
  if (this._timeoutCb) this.socket.removeListener('timeout', this._timeoutCb);
  this._timeoutCb = ms ? function () { self.emit('timeout'); } : null;
  if (ms) this.socket.setTimeout(ms, this._timeoutCb);
  else this.socket.setTimeout(0);
  return this;
};
ClientRequest.prototype.setNoDelay = function (on) {
  var self = this;
  if (this.socket) this.socket.setNoDelay(on);
  else this.once('socket', function () { self.socket.setNoDelay(on); });
};
ClientRequest.prototype.setSocketKeepAlive = function (on, d) {
  var self = this;
  if (this.socket) this.socket.setKeepAlive(on, d);
  else this.once('socket', function () { self.socket.setKeepAlive(on, d); });
};

// http://user:pass@host:port/path?query#hash, as url.parse splits it.
function parseUrl(s) {
  var m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^@\/?#]*)@)?(\[[^\]]*\]|[^:\/?#]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(s);
  if (!m) throw codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  var path = (m[5] || '/') + (m[6] || '');
  return {
    protocol: m[1].toLowerCase(), auth: m[2] ? decodeURIComponent(m[2]) : undefined,
    hostname: m[3].replace(/^\[|\]$/g, ''), port: m[4] || undefined, path: path,
    href: s
  };
}

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  var req = request(input, options, cb);
  req.end();
  return req;
}

// ---- Agent: Node's pool of client sockets, per "host:port:localAddress"
// (getName). A request takes a free socket of its name (the last freed
// first: 'lifo', or 'fifo'), else a new one while the name has fewer than
// maxSockets (and the agent fewer than maxTotalSockets), else waits in
// requests[name] for one to be freed. A keepAlive agent pools a socket
// whose response ended with keep-alive (up to maxFreeSockets per name);
// a pooled socket is unref'd (it keeps no process alive), gets TCP
// keep-alive and the agent's timeout, shortened to the server's
// Keep-Alive: timeout=N hint less a second; an error or close takes it out.
function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  var o = {}, k;
  if (options) for (k in options) o[k] = options[k];
  if (o.noDelay === undefined) o.noDelay = true;
  o.path = null;
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = o;
  this.requests = {};
  this.sockets = {};
  this.freeSockets = {};
  this.keepAliveMsecs = o.keepAliveMsecs || 1000;
  this.keepAlive = o.keepAlive || false;
  this.maxSockets = o.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = o.maxFreeSockets || 256;
  this.scheduling = o.scheduling || 'lifo';
  this.maxTotalSockets = o.maxTotalSockets === undefined ? Infinity : o.maxTotalSockets;
  this.totalSocketCount = 0;
  this.on('free', agentOnFree);
}
inherits(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function agentOnFree(socket, options) {
  var name = this.getName(options);
  if (!socket.writable) return socket.destroy();
  var queue = this.requests[name];
  if (queue && queue.length) {
    var req = queue.shift();
    if (!queue.length) delete this.requests[name];
    req.onSocket(socket);
    return;
  }
  var req0 = socket._httpMessage;
  if (!req0 || !req0.shouldKeepAlive || !this.keepAlive) return socket.destroy();
  var free = this.freeSockets[name] || [];
  var count = free.length + (this.sockets[name] ? this.sockets[name].length : 0);
  if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
      free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) return socket.destroy();
  this.freeSockets[name] = free;
  socket._httpMessage = null;
  this.removeSocket(socket, options);
  socket.once('error', freeSocketError);
  free.push(socket);
}

function freeSocketError() {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.createConnection = function (options, cb) { return net.createConnection(options, cb); };

Agent.prototype.getName = function (options) {
  options = options || {};
  var name = (options.host || 'localhost') + ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

function mergeOptions(a, b) {
  var o = {}, k;
  for (k in a) o[k] = a[k];
  for (k in b) o[k] = b[k];
  return o;
}

Agent.prototype.addRequest = function (req, options) {
  options = mergeOptions(options, this.options);
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var free = this.freeSockets[name], socket;
  if (free) {
    while (free.length && free[0].destroyed) free.shift();
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
  }
  var sockLen = (free ? free.length : 0) + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    req.onSocket(socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else req.onSocket(s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req._agentOptions = options; // (for a socket made for it elsewhere: removeSocket)
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function (req, options, cb) {
  var self = this, done = false;
  options = mergeOptions(options, this.options);
  var name = this.getName(options);
  options._agentKey = name;
  if (this.keepAlive) {
    options.keepAlive = true;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  function oncreate(err, s) {
    if (done) return;
    done = true;
    if (err) return cb(err);
    if (!self.sockets[name]) self.sockets[name] = [];
    self.sockets[name].push(s);
    self.totalSocketCount++;
    installListeners(self, s, options);
    cb(null, s);
  }
  var s = this.createConnection(options, oncreate);
  if (s) oncreate(null, s);
};

function installListeners(agent, s, options) {
  function onFree() { agent.emit('free', s, options); }
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  function onTimeout() { // a pooled socket that timed out goes
    var names = Object.keys(agent.freeSockets);
    for (var i = 0; i < names.length; i++)
      if (agent.freeSockets[names[i]].indexOf(s) !== -1) return s.destroy();
  }
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('free', onFree);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function (s, options) {
  var name = this.getName(options), sets = [this.sockets], i, j;
  if (!s.writable) sets.push(this.freeSockets);
  for (i = 0; i < sets.length; i++) {
    var list = sets[i][name];
    if (list && (j = list.indexOf(s)) !== -1) {
      list.splice(j, 1);
      if (!list.length) delete sets[i][name];
    }
  }
  // a request waiting for a socket of this name, or of another name whose
  // own sockets are all gone, gets a new one
  var req, queued = this.requests[name];
  if (queued && queued.length) {
    req = queued[0];
  } else {
    var names = Object.keys(this.requests);
    for (i = 0; i < names.length; i++) {
      if (this.sockets[names[i]] && this.sockets[names[i]].length) break;
      req = this.requests[names[i]][0];
      options = req._agentOptions;
      break;
    }
  }
  if (req && options) {
    req._agentOptions = undefined;
    this.createSocket(req, options, function (err, sock) {
      if (err) req.onSocket(sock, err);
      else sock.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function (socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var timeout = this.options.timeout || 0, ok = true;
  var req = socket._httpMessage, res = req && req.res;
  var hint = res && res.headers['keep-alive'];
  var m = hint && /^timeout=(\d+)/.exec(hint);
  if (m) {
    var t = parseInt(m[1], 10) * 1000 - 1000;
    if (t <= 0) ok = false;
    else if (t < timeout) timeout = t;
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return ok;
};

Agent.prototype.reuseSocket = function (socket, req) {
  socket.removeListener('error', freeSocketError);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function () {
  var sets = [this.freeSockets, this.sockets];
  for (var i = 0; i < sets.length; i++) {
    var names = Object.keys(sets[i]);
    for (var j = 0; j < names.length; j++) {
      var list = sets[i][names[j]].slice();
      for (var n = 0; n < list.length; n++) list[n].destroy();
    }
  }
};

exports.STATUS_CODES = STATUS_CODES;
exports.METHODS = METHODS;
exports.IncomingMessage = IncomingMessage;
exports.OutgoingMessage = OutgoingMessage;
exports.ServerResponse = ServerResponse;
exports.ClientRequest = ClientRequest;
exports.Server = Server;
exports.Agent = Agent;
exports.globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }); // Node 20's
exports.createServer = createServer;
exports.request = request;
exports.get = get;
exports.maxHeaderSize = 16384;
exports.validateHeaderName = checkName;
exports.validateHeaderValue = checkValue;
