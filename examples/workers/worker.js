// one core's share of the job (main.js): count, send the count back
'use strict';
var wt = require('worker_threads');
wt.parentPort.postMessage(require('./job').count(wt.workerData));
