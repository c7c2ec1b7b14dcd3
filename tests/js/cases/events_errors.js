// events: argument errors, the error rule, errorMonitor, removeListener events, order.
var EE = require('events');
var e = new EE();
function t(f){try{console.log(f())}catch(er){console.log(er.name, er.code, er.message)}}
t(function(){ return e.on('x', 'str'); });
t(function(){ return e.on('x', null); });
t(function(){ return e.on('x', {}); });
t(function(){ return e.on('x', 5); });
t(function(){ return e.emit('error', 'boom'); });
t(function(){ return e.emit('error', {a:1}); });
t(function(){ return e.emit('error'); });
t(function(){ return e.setMaxListeners(-1); });
t(function(){ return e.setMaxListeners('a'); });
e.on(EE.errorMonitor, function (er) { console.log('monitor', er.message); });
t(function(){ return e.emit('error', new Error('m')); });
var f = new EE();
f.on('removeListener', function (n, l) { console.log('removed', n, typeof l); });
f.on('a', function(){}); f.on('b', function(){}); f.on('a', function(){});
f.removeAllListeners('a');
f.on('a', function(){});
f.removeAllListeners();
console.log(f.eventNames());
var g = new EE();
g.on('z', function(){}); g.on('a', function(){}); g.on('m', function(){});
console.log(g.eventNames(), EE.defaultMaxListeners, g.getMaxListeners());
console.log(Object.keys(EE.prototype).sort().join());
console.log(EE.EventEmitter === EE, typeof EE.init, EE.captureRejections, typeof EE.setMaxListeners);
