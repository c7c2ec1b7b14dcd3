// networking stays on the main thread (docs/workers.md): a worker that
// requires http gets an error saying so; the main thread has http.
'use strict';
var wt = require('worker_threads');
var path = require('path');
require('http');
var w = new wt.Worker(path.join(__dirname, 'worker.js'));
w.on('error', function (e) { console.log('net: worker error:', e.message); });
w.on('exit', function (code) { console.log('net: worker exit', code); });
