// module: Node's Module API as far as packages use it: builtinModules,
// isBuiltin, createRequire, wrap. Loading itself is js/binding_module.c.
'use strict';

// Node 20's list: packages use it to tell core names from packages (a name
// here that unijs lacks still fails to load with MODULE_NOT_FOUND).
var builtinModules = ['_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform',
  '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict',
  'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram',
  'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
  'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises',
  'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys',
  'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib'];

function Module(id, parent) {
  this.id = id === undefined ? '' : id;
  this.filename = null;
  this.loaded = false;
  this.exports = {};
  this.parent = parent;
  this.children = [];
  this.paths = [];
}

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  if (name.slice(0, 5) === 'node:') name = name.slice(5);
  return builtinModules.indexOf(name) >= 0;
}

function badFilename(v) {
  var e = new TypeError("The argument 'filename' must be a file URL object, file URL string, or " +
    'absolute path string. Received ' + require('util').inspect(v));
  e.code = 'ERR_INVALID_ARG_VALUE';
  return e;
}

// A require function that resolves as a module at filename would: relative
// paths against its directory (a filename ending in "/" is a directory),
// core modules, and the packages the build's resolution map holds for that
// file; a package name the map does not hold for it is looked up as the
// main module resolves it (the app's own dependencies).
function createRequire(filename) {
  var f = filename;
  if (f && typeof f === 'object' && typeof f.href === 'string') f = f.href;
  if (typeof f === 'string' && f.slice(0, 7) === 'file://') f = decodeURIComponent(f.slice(7));
  if (typeof f !== 'string' || f.charAt(0) !== '/') throw badFilename(filename);
  if (f.charAt(f.length - 1) === '/') f += 'noop.js';
  var m = new Module(f, null);
  m.filename = f;
  var own = native.moduleRequire(m);
  function viaMain(e, id, resolve) {
    var main = own.main;
    if (e.code !== 'MODULE_NOT_FOUND' || typeof id !== 'string' || /^[./]/.test(id) || !main) throw e;
    var r = native.moduleRequire(main);
    try {
      return resolve ? r.resolve(id) : r(id);
    } catch (e2) {
      throw e;
    }
  }
  function req(id) {
    try {
      return own(id);
    } catch (e) {
      return viaMain(e, id, false);
    }
  }
  req.resolve = function (id) {
    try {
      return own.resolve(id);
    } catch (e) {
      return viaMain(e, id, true);
    }
  };
  req.cache = own.cache;
  req.main = own.main;
  return req;
}

Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function (script) { return Module.wrapper[0] + script + Module.wrapper[1]; };
Module.Module = Module;
module.exports = Module;
