// The global object inherits from Object.prototype (patch 0080): bare
// names of Object.prototype's methods resolve, as validator's index.js
// (`toString: toString`) needs.
console.log(typeof toString, typeof hasOwnProperty, typeof valueOf, typeof isPrototypeOf, typeof propertyIsEnumerable);
console.log(toString === Object.prototype.toString, hasOwnProperty === Object.prototype.hasOwnProperty);
console.log(Object.prototype.isPrototypeOf(globalThis), globalThis instanceof Object);
var exported = { toString: toString };
console.log(exported.toString === Object.prototype.toString);
// a global var of that name shadows it, and is an own property
var valueOf = 5;
console.log(valueOf, Object.prototype.hasOwnProperty.call(globalThis, 'valueOf'), typeof Object.prototype.valueOf);
console.log(typeof notDefinedAnywhere);
try { notDefinedAnywhere; } catch (e) { console.log(e.name); }
