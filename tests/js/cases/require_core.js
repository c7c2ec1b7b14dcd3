// Core modules: util and events.
var util = require('util');
var EventEmitter = require('events');
console.log(typeof util.format, typeof util.inspect, EventEmitter === require('events').EventEmitter);
console.log(util.format('%s=%d', 'x', 5), util.inspect({ a: [1, 2] }), util.inspect('str'));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
console.log(util.inspect([1, 2, 3], { breakLength: 3 }));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
var d = new Dog('rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal, d);
console.log(util.isArray([]), util.isDate(new Date(0)), util.isError(new Error('x')));
console.log(require('node:util') === util, require('process') === process);
