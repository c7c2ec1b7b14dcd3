'use strict';
var wt = require('worker_threads');
wt.parentPort.postMessage('exiting with 7');
process.on('exit', function (c) { wt.parentPort.postMessage('exit listener ' + c); });
setTimeout(function () { process.exit(7); wt.parentPort.postMessage('not reached'); }, 1);
