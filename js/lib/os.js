// os: what a unikernel can say about its machine. The platform is unijs
// (process.platform); memory figures are the JavaScript heap's, from the
// kernel allocator (process.memoryUsage); there is one CPU per image.
'use strict';

exports.EOL = '\n';
exports.devNull = '/dev/null';
exports.constants = { signals: {}, errno: {} };
exports.platform = function () { return process.platform; };
exports.type = function () { return 'unijs'; };
exports.arch = function () { return process.arch || 'x64'; };
exports.machine = function () { return 'x86_64'; };
exports.release = function () { return (process.versions && process.versions.unijs) || '0'; };
exports.version = function () { return 'unijs'; };
exports.hostname = function () { return (process.env && process.env.HOSTNAME) || 'unijs'; };
exports.homedir = function () { return '/app'; };
exports.tmpdir = function () { return '/tmp'; };
exports.endianness = function () { return 'LE'; };
exports.uptime = function () { return Math.floor(process.uptime()); };
exports.loadavg = function () { return [0, 0, 0]; };
// the cores up (-smp N); worker_threads runs one isolate on each
exports.availableParallelism = function () { return native.cores(); };
exports.cpus = function () {
  var out = [];
  for (var i = 0, n = native.cores(); i < n; i++)
    out.push({ model: 'x86_64 (unijs guest)', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  return out;
};
exports.totalmem = function () { return process.memoryUsage().heapTotal; };
exports.freemem = function () {
  var m = process.memoryUsage();
  return Math.max(0, m.heapTotal - m.heapUsed);
};
exports.networkInterfaces = function () { return {}; };
exports.userInfo = function () {
  return { uid: 0, gid: 0, username: 'root', homedir: '/app', shell: null };
};
exports.getPriority = function () { return 0; };
exports.setPriority = function () {};
