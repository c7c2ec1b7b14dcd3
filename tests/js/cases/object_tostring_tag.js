// Object.prototype.toString honours Symbol.toStringTag of the built-ins
// core-js supplies (Map, Set, Promise, ...): @hapi/hoek's clone (joi)
// tells a Map from a plain object by "[object Map]".
const tag = (x) => Object.prototype.toString.call(x);
console.log(tag(new Map()), tag(new Set()), tag(new WeakMap()), tag(new WeakSet()));
console.log(tag(Promise.resolve()), tag(Symbol('s')), tag(JSON), tag(Math));
console.log(tag(new Uint8Array(1)), tag(new ArrayBuffer(1)), tag(new DataView(new ArrayBuffer(1))), tag(Buffer.alloc(1)), tag(arguments));
console.log(tag([]), tag({}), tag(null), tag(undefined), tag(new Date(0)), tag(/x/), tag(function () {}));
class Tagged { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(tag(new Tagged()), String(new Tagged()));
