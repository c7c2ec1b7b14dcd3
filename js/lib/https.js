// https: present so that packages which merely require it load, but there
// is no TLS in unijs yet: request, get, createServer and new Server throw an
// Error with code ERR_UNIJS_NO_TLS (docs/modules.md). Agent and
// globalAgent exist (packages build agents at load time); an Agent is
// never used, since no request can be made.
'use strict';
var EventEmitter = require('events');

function noTls(what) {
  var e = new Error(what + ': TLS is not available in unijs yet, so there is no https client or ' +
    'server; use http (and terminate TLS in front of the image)');
  e.code = 'ERR_UNIJS_NO_TLS';
  return e;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = options || {};
  this.keepAlive = !!this.options.keepAlive;
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxSockets = this.options.maxSockets || Infinity;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.requests = {};
  this.sockets = {};
  this.freeSockets = {};
}
Agent.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: Agent, writable: true, configurable: true }
});
Agent.prototype.destroy = function () {};

function Server() { throw noTls('https.Server'); }

exports.Agent = Agent;
exports.globalAgent = new Agent({ keepAlive: true });
exports.Server = Server;
exports.createServer = function () { throw noTls('https.createServer'); };
exports.request = function () { throw noTls('https.request'); };
exports.get = function () { throw noTls('https.get'); };
