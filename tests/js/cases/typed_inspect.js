// util.inspect / console.log of typed arrays, ArrayBuffer and DataView as node prints them.
var util = require('util');
console.log(new Uint8Array([1, 2, 3]), new Int8Array(0), new Float64Array([1.5, -0, NaN, Infinity]));
console.log(new Float32Array([0.1, 1e10]), new Uint32Array([4294967295]));
console.log(new ArrayBuffer(2), new Uint8Array([1, 255]).buffer, new ArrayBuffer(0));
console.log(new DataView(new ArrayBuffer(3), 1));
console.log(Buffer.from('hi'), Buffer.alloc(0));
console.log(new Int16Array(30));
console.log(new Uint8Array(120));
console.log(new ArrayBuffer(101));
console.log([new Uint8Array(2)], { a: new Uint32Array([1]), b: { c: new Int8Array([-1]) } });
var u = new Uint8Array(2);
u.extra = 'x';
console.log(u);
console.log(util.inspect(new Uint8Array([1, 2, 3]), { maxArrayLength: 2 }));
console.log(util.format('%s|%j|%o', new Uint8Array([1]), new Uint8Array([1, 2]), new Int8Array([3])));
console.log(util.types.isTypedArray(new Uint8Array(1)), util.types.isTypedArray([]), util.types.isUint8Array(Buffer.alloc(1)),
  util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isDataView(new DataView(new ArrayBuffer(1))),
  util.types.isArrayBufferView(Buffer.alloc(1)));
console.log(util.inspect(new Uint8Array(10), { showHidden: true }));
console.log(util.inspect(new Uint8Array(0), { showHidden: true }));
console.log(util.inspect(Buffer.from('ab'), { showHidden: true }));
console.log(util.inspect({ x: new Float32Array(8) }, { depth: 0 }));
console.log([new Uint8Array(3)].toString(), new Uint8Array(3) + '');
