'use strict';
var wt = require('worker_threads');
var s = 0;
for (var i = 1; i <= wt.workerData; i++) s += i % 7;
wt.parentPort.postMessage(s);
