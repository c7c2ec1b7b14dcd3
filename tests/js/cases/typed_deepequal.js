// assert's deep equality and property descriptors over typed arrays and ArrayBuffers, as node.
var assert = require('assert');
function t(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code); } }
t(function () { assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])); });
t(function () { assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])); });
t(function () { assert.deepStrictEqual(new Uint8Array([1, 2]), new Int8Array([1, 2])); });
t(function () { assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ab')); });
t(function () { assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')); });
t(function () { assert.deepEqual(new Float64Array([NaN]), new Float64Array([NaN])); });
t(function () { assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(2)); });
t(function () { assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3)); });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(new Uint8Array([5]), '0')), Object.getOwnPropertyDescriptor(new Uint8Array([5]), '1'));
var util = require('util');
console.log(util.isDeepStrictEqual(new Uint16Array([1]), new Uint16Array([1])), util.isDeepStrictEqual(new Uint16Array([1]), new Uint16Array([2])));
