// Function.prototype.toString of built-in and bound functions is Node's
// "function NAME() { [native code] }" (lodash's isNative, core-js and
// is-callable test this text).
console.log(String(Object.keys));
console.log(String(Math.max), String(Array.prototype.push), String(Function.prototype.call));
console.log(String(function () {}.bind(null)));
console.log(String(Object), String(Date));
var reIsNative = RegExp('^' + Function.prototype.toString.call(Object.prototype.hasOwnProperty)
  .replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  .replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, '$1.*?') + '$');
console.log(reIsNative.test(Function.prototype.toString.call(Array.prototype.map)), reIsNative.test(Function.prototype.toString.call(function f() {})));
