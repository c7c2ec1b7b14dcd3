'use strict';
var wt = require('worker_threads');
wt.parentPort.on('message', function (m) { wt.parentPort.postMessage(m); });
wt.parentPort.postMessage('ready');
