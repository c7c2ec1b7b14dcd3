// `undefined` read in place (patches/mujs/0229): where nothing in a
// script can bind the name, a read of it is compiled as the value, not a
// walk up the scopes to the global object. Each module under
// modules/undefined/ binds it one way (or not at all: plain.js); every
// read, in the function and in closures inside it, must see the binding,
// as node does. It fails if any of those scripts compiled the name in
// place.
var plain = require('./modules/undefined/plain');
[undefined, null, 0, '', 'x', {}].forEach(function (v) { console.log('plain', JSON.stringify(plain.kinds(v))); });
console.log('inner', JSON.stringify(plain.inner()));
console.log('param', JSON.stringify(require('./modules/undefined/param')(5)), JSON.stringify(require('./modules/undefined/param')()));
console.log('local', JSON.stringify(require('./modules/undefined/local')('v')));
console.log('block', JSON.stringify(require('./modules/undefined/block')()));
console.log('catch', JSON.stringify(require('./modules/undefined/catchp')()));
console.log('fnames', JSON.stringify(require('./modules/undefined/fnames')()));
console.log('with', JSON.stringify(require('./modules/undefined/withs')({ undefined: 7 })), JSON.stringify(require('./modules/undefined/withs')({})));
console.log('eval', JSON.stringify(require('./modules/undefined/evals')()));
console.log('destructure', JSON.stringify(require('./modules/undefined/destructure')({ undefined: 'u' })));
// new Function's scope is the global one; its parameter binds the name
console.log('Function', new Function('undefined', 'return undefined')(6), new Function('return typeof undefined')());
// the global's undefined cannot be changed (sloppy code: ignored)
undefined = 5;
console.log('assigned', undefined, typeof undefined, plain.kinds(1)[0]);
