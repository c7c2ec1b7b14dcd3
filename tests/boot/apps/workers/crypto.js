'use strict';
// crypto in a worker: its own generator (binding_crypto.c), hashes
var wt = require('worker_threads');
var crypto = require('crypto');
var a = crypto.randomBytes(16), b = crypto.randomBytes(16);
wt.parentPort.postMessage(crypto.createHash('sha256').update('abc').digest('hex') + ' random ' + a.length + ' ' + (a.toString('hex') !== b.toString('hex')) + ' ' + (Math.random() < 1));
