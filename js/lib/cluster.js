// cluster: Node's API over worker isolates (docs/api.md "cluster",
// docs/internals.md "cluster").
//
// cluster.fork() runs the app's main module again on a core of its own
// (a worker_threads Worker marked as a cluster worker: js/binding_worker.c),
// where it sees cluster.isWorker, its own process.env (with
// NODE_UNIQUE_ID while it starts, as in Node) and a process.send channel
// to the primary. Servers a worker listens on are listened on by core 0,
// which alone runs lwIP, once per port, and each accepted connection goes
// to the next worker on that port (round-robin, Node's SCHED_RR):
// js/binding_cluster.c, js/lib/internal_cluster_net.js.
//
// Messages follow Node's default 'json' serialization (JSON.stringify on
// the way out, JSON.parse on the way in); serialization: 'advanced' gives
// the structured clone instead.
'use strict';

var EventEmitter = require('events');
var util = require('util');
var wt = require('worker_threads');
var errors = require('internal_errors');
var codedError = errors.codedError;

var SCHED_NONE = 1, SCHED_RR = 2;
var here = wt._cluster; // { boot: { id, serialization }, port } in a cluster worker

var cluster = new EventEmitter();
module.exports = cluster;
cluster.isWorker = !!here;
cluster.isPrimary = !here;
cluster.isMaster = !here;
cluster.Worker = Worker;
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = SCHED_RR;

function isObject(v) { return v !== null && typeof v === 'object'; }

// ---- messages: what goes through the channel is a plain object,
// { u: JSON text } (json), { v: value } (advanced), or { act: ... } (ours)

function encode(message, serialization) {
  if (message === undefined) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
  var t = typeof message;
  if (!(t === 'string' || t === 'number' || t === 'boolean' || isObject(message))) {
    throw errors.argType('message', 'one of type string, object, number, or boolean', message);
  }
  if (serialization === 'advanced') return { v: message };
  return { u: JSON.stringify(message) };
}

function decode(m) {
  return 'v' in m ? m.v : JSON.parse(m.u);
}

function sendArgs(args) {
  // send(message[, sendHandle[, options]][, callback])
  var cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
  var handle = args.length > 1 && typeof args[1] !== 'function' ? args[1] : undefined;
  if (handle !== undefined && handle !== null) {
    throw codedError(Error, 'ERR_UNIJS_CLUSTER_HANDLE',
      'Sending handles (sockets, servers) between cluster workers is not supported in unijs: ' +
      'connections reach workers through server.listen() (docs/api.md "cluster")');
  }
  return cb;
}

// ---- Worker: the same class on both sides, as in Node

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  options = options || {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    var self = this;
    this.process.on('error', function (code, signal) { self.emit('error', code, signal); });
    this.process.on('message', function (message, handle) { self.emit('message', message, handle); });
  }
}
util.inherits(Worker, EventEmitter);

Worker.prototype.isDead = function () {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function () {
  return !!this.process.connected;
};

Worker.prototype.send = function () {
  return this.process.send.apply(this.process, arguments);
};

// ---- the primary's side

if (!here) {
  var ids = 0;
  var initialized = false;
  var intercom = new EventEmitter();
  cluster.workers = {};
  cluster.settings = {};

  cluster.setupPrimary = cluster.setupMaster = function (options) {
    var settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv || [],
      silent: false
    }, k;
    for (k in cluster.settings) settings[k] = cluster.settings[k];
    for (k in options || {}) settings[k] = options[k];
    checkSettings(settings);
    cluster.settings = settings;
    if (!initialized) {
      initialized = true;
      if (cluster.schedulingPolicy !== SCHED_RR) {
        throw codedError(Error, 'ERR_UNIJS_CLUSTER_SCHED',
          'cluster.schedulingPolicy: unijs hands connections out round-robin only (SCHED_RR): ' +
          'lwIP runs on core 0, so workers cannot accept for themselves (SCHED_NONE)');
      }
    }
    process.nextTick(function () { cluster.emit('setup', settings); });
  };

  // What a unikernel's worker cannot have is refused, not ignored.
  var checkSettings = function (s) {
    function no(what, why) {
      throw codedError(Error, 'ERR_UNIJS_CLUSTER_SETTING', 'cluster.settings.' + what + ' is not supported in unijs: ' + why);
    }
    if (s.silent) no('silent', "workers write to the one serial console themselves (there is no worker.process.stdout to pipe)");
    if (s.stdio !== undefined) no('stdio', 'workers have no pipes; they share the serial console');
    if (s.uid !== undefined || s.gid !== undefined) no(s.uid !== undefined ? 'uid' : 'gid', 'there are no users in a unikernel');
    if (s.inspectPort !== undefined) no('inspectPort', 'there is no inspector');
    if (s.execArgv && s.execArgv.length) no('execArgv', 'there is no node binary to pass options to');
    if (s.cwd !== undefined && s.cwd !== '/app') no('cwd', "every isolate's working directory is /app");
    if (s.serialization !== undefined && s.serialization !== 'json' && s.serialization !== 'advanced') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The property 'options.serialization' must be one of: 'json', 'advanced'. Received " + util.inspect(s.serialization));
    }
    if (typeof s.exec !== 'string') {
      throw errors.argType('settings.exec', 'of type string', s.exec);
    }
  };

  // worker.process: what of Node's ChildProcess makes sense here
  var WorkerProcess = function (id, tw, serialization) {
    EventEmitter.call(this);
    this.pid = id + 1; // the primary is process.pid 1; each worker its own
    this.connected = true;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this._tw = tw;
    this._serialization = serialization;
  };
  util.inherits(WorkerProcess, EventEmitter);

  WorkerProcess.prototype.send = function (message) {
    var cb = sendArgs(arguments);
    var m = encode(message, this._serialization);
    if (!this.connected) {
      var e = codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (cb) process.nextTick(cb, e);
      else process.nextTick(function (self) { self.emit('error', e); }, this);
      return false;
    }
    this._tw.postMessage(m);
    if (cb) process.nextTick(cb, null);
    return true;
  };

  WorkerProcess.prototype.kill = function (signal) {
    if (this.exitCode != null || this.signalCode != null) return false;
    if (signal === undefined) signal = 'SIGTERM';
    if (signal !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL' && signal !== 'SIGINT' &&
        signal !== 'SIGHUP' && signal !== 'SIGQUIT') {
      throw codedError(Error, 'ERR_UNIJS_CLUSTER_SIGNAL', 'worker.kill(' + util.inspect(signal) +
        '): unijs stops a worker at once (SIGTERM, SIGKILL, SIGINT, SIGHUP, SIGQUIT); it has no other signals to deliver');
    }
    if (signal === 0) return true;
    this.killed = true;
    this._signal = signal;
    this._tw.terminate();
    return true;
  };

  WorkerProcess.prototype.disconnect = function () {
    this._tw.postMessage({ act: 'disconnect' });
  };

  var removeWorker = function (worker) {
    if (cluster.workers[worker.id] !== worker) return;
    delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
  };

  var onDisconnect = function (worker) {
    if (worker._disconnected) return;
    worker._disconnected = true;
    worker.process.connected = false;
    worker.state = 'disconnected';
    worker.process.emit('disconnect');
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
    removeWorker(worker); // (cluster.disconnect's callback: all are)
  };

  cluster.fork = function (env) {
    cluster.setupPrimary();
    var s = cluster.settings;
    var id = ++ids;
    var workerEnv = {}, k;
    for (k in process.env) workerEnv[k] = process.env[k];
    for (k in env || {}) workerEnv[k] = env[k];
    workerEnv.NODE_UNIQUE_ID = '' + id;
    var serialization = s.serialization || 'json';
    var exec = s.exec;
    if (exec.charAt(0) !== '/') exec = require('path').resolve('/app', exec);
    var tw = new wt.Worker(exec, { env: workerEnv, argv: s.args || [], _cluster: { id: id, serialization: serialization } });
    var proc = new WorkerProcess(id, tw, serialization);
    var worker = new Worker({ id: id, process: proc });
    worker.on('message', function (message, handle) { cluster.emit('message', this, message, handle); });
    tw.on('online', function () {
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
    });
    tw.on('message', function (m) {
      if (!isObject(m)) return;
      if (m.act === undefined) {
        proc.emit('message', decode(m), undefined);
        return;
      }
      if (m.act === 'listening') {
        worker.state = 'listening';
        var info = { addressType: m.addressType, address: m.address, port: m.port };
        worker.emit('listening', info);
        cluster.emit('listening', worker, info);
      } else if (m.act === 'exitedAfterDisconnect') {
        worker.exitedAfterDisconnect = true;
      } else if (m.act === 'disconnected') {
        onDisconnect(worker);
      }
    });
    tw.on('exit', function (code) {
      var signal = proc._signal || null;
      if (signal) code = null;
      proc.exitCode = code;
      proc.signalCode = signal;
      onDisconnect(worker); // the channel ends with the worker, before its 'exit' (Node's order)
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = 'dead';
      removeWorker(worker);
      proc.emit('exit', code, signal);
      worker.emit('exit', code, signal);
      cluster.emit('exit', worker, code, signal);
    });
    cluster.workers[id] = worker;
    process.nextTick(function () { cluster.emit('fork', worker); });
    return worker;
  };

  Worker.prototype.disconnect = function () {
    this.exitedAfterDisconnect = true;
    if (this.process.connected) this.process.disconnect();
    return this;
  };

  Worker.prototype.kill = Worker.prototype.destroy = function (signal) {
    this.process.kill(signal === undefined ? 'SIGTERM' : signal);
  };

  cluster.disconnect = function (cb) {
    var ws = Object.keys(cluster.workers);
    if (ws.length === 0) process.nextTick(function () { intercom.emit('disconnect'); });
    else {
      for (var i = 0; i < ws.length; i++) {
        var w = cluster.workers[ws[i]];
        if (w.isConnected()) w.disconnect();
      }
    }
    if (typeof cb === 'function') intercom.once('disconnect', cb);
  };
}

// ---- a worker's side

if (here) {
  // a worker's servers: the remote handles net.js takes (where the image
  // has the network: native.tcp is then binding_cluster.c's)
  if (native.tcp && native.tcp.remote) require('internal_cluster_net');
  var port = here.port;
  var serialization = here.boot.serialization || 'json';
  var internal = require('internal');
  var worker = new Worker({ id: here.boot.id, process: process, state: 'online' });
  cluster.worker = worker;
  process.connected = true;

  process.send = function (message) {
    var cb = sendArgs(arguments);
    var m = encode(message, serialization);
    if (!process.connected) {
      var e = codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (cb) process.nextTick(cb, e);
      else process.nextTick(function () { process.emit('error', e); });
      return false;
    }
    port.postMessage(m);
    if (cb) process.nextTick(cb, null);
    return true;
  };

  // the channel ends: nothing more either way; the worker ends when its
  // loop runs dry (its servers closed, their connections ended)
  process.disconnect = function () {
    if (!process.connected) {
      process.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    process.connected = false;
    internal.clusterDisconnected = true; // net.js: a listen still being answered is dropped
    process.nextTick(function () {
      process.emit('disconnect');
      port.postMessage({ act: 'disconnected' });
      port.close();
    });
  };

  process.on('disconnect', function () { worker.emit('disconnect'); });

  // closes every server, then the channel (Node's worker._disconnect)
  var disconnectWorker = function (primaryInitiated) {
    worker.exitedAfterDisconnect = true;
    var servers = internal.clusterServers ? internal.clusterServers() : [];
    var waiting = 1;
    var check = function () {
      if (--waiting > 0) return;
      if (!primaryInitiated && process.connected) port.postMessage({ act: 'exitedAfterDisconnect' });
      if (process.connected) process.disconnect();
    };
    for (var i = 0; i < servers.length; i++) {
      waiting++;
      servers[i].close(check);
    }
    check();
  };

  port.on('message', function (m) {
    if (!isObject(m)) return;
    if (m.act === undefined) {
      if (process.connected) process.emit('message', decode(m), undefined);
    } else if (m.act === 'disconnect') {
      if (process.connected) disconnectWorker(true);
    }
  });

  // internal_cluster_net.js: a server of this worker listens
  internal.clusterListening = function (info) {
    worker.state = 'listening';
    if (process.connected) port.postMessage({ act: 'listening', addressType: info.addressType, address: info.address, port: info.port });
  };

  Worker.prototype.disconnect = function () {
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
      this.state = 'disconnecting';
      disconnectWorker(false);
    }
    return this;
  };

  Worker.prototype.kill = Worker.prototype.destroy = function () {
    this.exitedAfterDisconnect = true;
    if (process.connected) port.postMessage({ act: 'exitedAfterDisconnect' });
    process.exit(0);
  };
}
