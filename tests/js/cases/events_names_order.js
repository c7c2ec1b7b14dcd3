// eventNames() and removeAllListeners() in Node's order (Reflect.ownKeys
// of _events): integer-like names first, ascending; then the others in
// the order their lists were made, a name listened to again after its
// last listener went counting as new.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
e.on('b', f); e.on('2', f); e.on('10', f); e.on('1', f); e.on('a', f);
console.log(e.eventNames().join(','));
e.removeAllListeners('b');
e.on('b', f);
console.log(e.eventNames().join(','));
e.removeListener('a', f);
e.once('a', f);
e.prependListener('c', f);
console.log(e.eventNames().join(','));
// removeAllListeners() tells 'removeListener' listeners in that order,
// 'removeListener' itself last
var told = [];
e.on('removeListener', function (name) { told.push(name); });
e.on('z', f); e.on('z', f);
e.removeAllListeners();
console.log(told.join(','));
console.log(e.eventNames().length, e.listenerCount('z'));
// one listener removed (its list goes), then two and one of them removed
var g = new EventEmitter(), calls = [];
function h1() { calls.push('h1'); }
function h2() { calls.push('h2'); }
g.on('x', h1);
g.removeListener('x', h2); // not there: nothing happens
console.log(g.listenerCount('x'));
g.removeListener('x', h1);
console.log(g.listenerCount('x'), g.eventNames().length);
g.on('x', h1); g.on('x', h2); g.once('x', h1);
g.removeListener('x', h1); // the last one added goes first, as Node
g.emit('x');
console.log(calls.join(','), g.listenerCount('x'));
