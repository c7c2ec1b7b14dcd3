var EventEmitter = require('events');
var e = new EventEmitter();
e.on('data', function (a, b) { console.log('data', a, b); });
e.once('data', function () { console.log('once only'); });
console.log(e.emit('data', 1, 2), e.emit('data', 3, 4), e.emit('none'));
console.log(e.listenerCount('data'), e.eventNames());
function h() { console.log('removed?'); }
e.on('x', h);
e.removeListener('x', h);
console.log(e.emit('x'), e.listeners('x').length);
e.prependListener('data', function () { console.log('first'); });
e.emit('data', 5, 6);
try { e.emit('error', new Error('bad')); } catch (err) { console.log('threw', err.message); }
e.on('error', function (err) { console.log('handled', err.message); });
e.emit('error', new Error('fine'));
e.removeAllListeners('data');
console.log(e.emit('data'));
function My() { EventEmitter.call(this); }
require('util').inherits(My, EventEmitter);
var m = new My();
m.on('ev', function () { console.log('this ok', this === m); });
m.emit('ev');
