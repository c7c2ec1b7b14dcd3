// dns: lookup (and dns.promises.lookup) through lwIP's DNS client
// (js/binding_dns.c, net/dns.c), IPv4 only; the server comes from DHCP.
// Also the wait for the network address that net.js's connect goes
// through (connectTarget), so that the first connection after boot does
// not fail while DHCP is still running. See docs/modules.md ("dns").
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, received = errors.received;

var nd = native.dns; // absent in images linked without the network
var GLOBAL = Function('return this')();
var WAIT_MS = 20000; // for the address (DHCP) before a connect or look-up fails
var EAGAIN = -11, ENODEV = -19, ENOENT = -2;

// Node's getaddrinfo errors: "getaddrinfo ENOTFOUND example.invalid"
function lookupError(code, hostname) {
  var e = new Error('getaddrinfo ' + code + ' ' + hostname);
  e.errno = code === 'ENOTFOUND' ? -3008 : -3001;
  e.code = code;
  e.syscall = 'getaddrinfo';
  e.hostname = hostname;
  return e;
}

function isIPv4(s) {
  var m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && +m[1] < 256 && +m[2] < 256 && +m[3] < 256 && +m[4] < 256 &&
    !/(^|\.)0\d/.test(s);
}
function isIPv6(s) { return typeof s === 'string' && s.indexOf(':') >= 0 && /^[0-9a-fA-F:.]+$/.test(s); }

// cb(null) once the machine has an address (at once when it has one, or
// has no network), cb(true) after WAIT_MS without one.
var waiters = [];
function whenBound(cb) {
  var st = nd ? nd.state() : ENODEV;
  if (st !== EAGAIN) { cb(null); return; }
  var w = { cb: cb, timer: null };
  w.timer = setTimeout(function () {
    var i = waiters.indexOf(w);
    if (i >= 0) waiters.splice(i, 1);
    cb(true);
  }, WAIT_MS);
  waiters.push(w);
  nd.onbound = function () {
    var list = waiters;
    waiters = [];
    list.forEach(function (x) { clearTimeout(x.timer); });
    list.forEach(function (x) { x.cb(null); });
  };
}

// cb(err, address) for an IPv4 name look-up of host (not a literal).
function resolve4(host, cb) {
  whenBound(function (late) {
    if (late || !nd) { cb(lookupError('EAI_AGAIN', host)); return; }
    var r = nd.lookup(host, function (err, addr) {
      cb(err ? lookupError(err === ENOENT ? 'ENOTFOUND' : 'EAI_AGAIN', host) : null, addr);
    });
    if (typeof r === 'string') {
      process.nextTick(function () { cb(null, r); });
    } else if (r === EAGAIN) {
      resolve4(host, cb);
    } else if (r < 0) {
      var code = r === -22 ? 'ENOTFOUND' : 'EAI_AGAIN';
      process.nextTick(function () { cb(lookupError(code, host)); });
    }
  });
}

function lookup(hostname, options, callback) {
  var family = 0, all = false;
  if (hostname && typeof hostname !== 'string')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "hostname" argument must be of type string.' + received(hostname));
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object')
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object or integer.' + received(options));
    family = options.family === undefined || options.family === null ? 0 : options.family;
    if (family === 'IPv4') family = 4;
    if (family === 'IPv6') family = 6;
    all = options.all === true;
  }
  if (family !== 0 && family !== 4 && family !== 6)
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.family' must be one of: 0, 4, 6. Received " +
      require('util').inspect(family));
  if (typeof callback !== 'function')
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function.' + received(callback));
  function done(err, address, fam) {
    if (err) callback(err);
    else if (all) callback(null, [{ address: address, family: fam }]);
    else callback(null, address, fam);
  }
  if (!hostname) {
    process.nextTick(function () { callback(null, all ? [] : null, family === 6 ? 6 : 4); });
    return {};
  }
  if (isIPv4(hostname) || isIPv6(hostname)) {
    var fam = isIPv4(hostname) ? 4 : 6;
    process.nextTick(function () { done(null, hostname, fam); });
    return {};
  }
  if (family === 6) { // no IPv6 in unijs
    process.nextTick(function () { done(lookupError('ENOTFOUND', hostname)); });
    return {};
  }
  if (hostname === 'localhost') { // (a look-up, not a literal: answered a loop turn later)
    setImmediate(function () { done(null, '127.0.0.1', 4); });
    return {};
  }
  resolve4(hostname, function (err, addr) { done(err, addr, 4); });
  return {};
}

// For net.js's connect: cb(err, ip) with the IPv4 address to connect to
// for host (an IPv4 literal or a name), once the machine has an address
// (loopback needs none). Returns true when it called cb already (no wait:
// the connect goes on in the same tick, as before).
function connectTarget(host, port, cb) {
  if (isIPv4(host)) {
    if (/^127\./.test(host) || !nd || nd.state() !== EAGAIN) { cb(null, host); return true; }
    whenBound(function (late) {
      if (!late) { cb(null, host); return; }
      var e = new Error('connect ENETUNREACH ' + host + ':' + port + ' - Local (no IPv4 address: DHCP did not bind within ' +
        WAIT_MS / 1000 + ' s)');
      e.errno = -101;
      e.code = 'ENETUNREACH';
      e.syscall = 'connect';
      e.address = host;
      e.port = port;
      cb(e);
    });
    return false;
  }
  lookup(host, { family: 4 }, function (err, addr) { cb(err, addr); });
  return false;
}

function promiseLookup(hostname, options) {
  var P = GLOBAL.Promise;
  if (typeof P !== 'function') throw new Error('dns.promises: no Promise in this image (use async/await or Promise in the app)');
  var all = options && typeof options === 'object' && options.all === true;
  return new P(function (resolve, reject) {
    lookup(hostname, options, function (err, address, family) {
      if (err) reject(err);
      else resolve(all ? address : { address: address, family: family });
    });
  });
}

exports.lookup = lookup;
exports.promises = { lookup: promiseLookup };
exports.connectTarget = connectTarget;
exports._lookupError = lookupError; // net.js: a cluster worker's look-up, made on core 0
exports.ADDRCONFIG = 1024;
exports.V4MAPPED = 2048;
exports.ALL = 256;
exports.NODATA = 'ENODATA';
exports.NOTFOUND = 'ENOTFOUND';
exports.TIMEOUT = 'ETIMEOUT';
exports.CONNREFUSED = 'ECONNREFUSED';
