'use strict';
var wt = require('worker_threads');
wt.parentPort.postMessage('spinning');
setTimeout(function () { for (;;) {} }, 0);
