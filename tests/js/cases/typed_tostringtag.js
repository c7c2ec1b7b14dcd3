// %TypedArray%.prototype[Symbol.toStringTag] (a getter: the type name, or
// undefined for anything else) and [Symbol.iterator] under core-js's
// Symbol: safe-stable-stringify (logform, winston) reads the getter.
var TA = Object.getPrototypeOf(Int8Array.prototype);
var get = Object.getOwnPropertyDescriptor(TA, Symbol.toStringTag).get;
console.log(typeof get, get.call(new Int8Array(1)), get.call(new Float64Array(0)), get.call([]), get.call(1), get.call(new DataView(new ArrayBuffer(1))));
console.log(new Uint8Array(2)[Symbol.toStringTag], Object.prototype.toString.call(new Uint8Array(1)));
console.log(typeof new Uint8Array(2)[Symbol.iterator], Array.from(new Uint8Array([3,4])[Symbol.iterator]()));
console.log(Object.keys(new Uint8Array(2)), JSON.stringify(new Uint8Array([1,2])));
