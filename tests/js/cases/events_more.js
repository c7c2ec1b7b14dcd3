// events: once/prepend/newListener/rawListeners and removal during emit.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
function a() { log.push('a'); }
function b() { log.push('b'); }
function c() { log.push('c'); }
function first() { log.push('first'); }
function nameOf(fn) { return fn === a ? 'a' : fn === b ? 'b' : fn === c ? 'c' : fn === first ? 'first' : '?'; }
e.on('newListener', function (name, fn) { log.push('new ' + name + ' ' + nameOf(fn)); });
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', first);
console.log(e.listeners('x').map(nameOf), e.rawListeners('x').length, e.listenerCount('x'));
e.emit('x');
console.log(log.join(','));
log = [];
e.emit('x');
console.log(log.join(','), e.listenerCount('x'), e.listenerCount('x', a));
// removing during emit: this round still calls everyone
var f = new EventEmitter();
function r1() { log.push('r1'); f.removeListener('y', r2); }
function r2() { log.push('r2'); }
f.on('y', r1); f.on('y', r2);
log = [];
f.emit('y'); f.emit('y');
console.log(log.join(','));
// the same listener twice; removeListener takes the last one
var g = new EventEmitter();
g.on('z', a); g.on('z', b); g.on('z', a);
g.removeListener('z', a);
log = [];
g.emit('z');
console.log(log.join(','), g.off === g.removeListener, g.addListener === g.on);
// rawListeners: a once wrapper, calling it removes it
var h = new EventEmitter();
h.once('w', function (v) { log.push('w' + v); });
var raw = h.rawListeners('w')[0];
log = [];
raw(1); raw(2); h.emit('w', 3);
console.log(log.join(','), h.listenerCount('w'), typeof raw.listener);
// arguments and this
var k = new EventEmitter();
k.on('args', function () { console.log(this === k, Array.prototype.slice.call(arguments)); });
k.emit('args'); k.emit('args', 1); k.emit('args', 1, 2); k.emit('args', 1, 2, 3, 4);
// max listeners
var m = new EventEmitter();
console.log(m.getMaxListeners(), m.setMaxListeners(1) === m, m.getMaxListeners(), EventEmitter.defaultMaxListeners);
m.setMaxListeners(0);
for (var i = 0; i < 20; i++) m.on('many', a);
console.log(m.listenerCount('many'));
// inheritance, as Node code writes it
function Sub() { EventEmitter.call(this); this.n = 0; }
require('util').inherits(Sub, EventEmitter);
Sub.prototype.bump = function () { this.n++; this.emit('bumped', this.n); };
var s = new Sub();
s.on('bumped', function (n) { console.log('bumped', n, s instanceof EventEmitter); });
s.bump(); s.bump();
console.log(EventEmitter.listenerCount(s, 'bumped'), s.eventNames(), require('events').EventEmitter === EventEmitter);
// an error with a listener is fine; with none it throws the Error itself
var q = new EventEmitter();
var err = new Error('oops');
try { q.emit('error', err); } catch (x) { console.log(x === err); }
q.once('error', function (x) { console.log('got', x.message); });
console.log(q.emit('error', err), q.listenerCount('error'));
