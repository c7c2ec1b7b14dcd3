'use strict';
var wt = require('worker_threads');
wt.parentPort.postMessage('spinning');
var i = 0;
while (true) i++;
