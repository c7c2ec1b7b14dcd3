// No binding of `undefined` anywhere here: each read is the global's
// value (patches/mujs/0229 compiles it in place).
function kinds(x) {
  return [x === undefined, x !== undefined, x == undefined, typeof undefined, undefined === void 0,
    [undefined].length, String(undefined), (function () { return undefined; })() === x];
}
exports.kinds = kinds;
exports.inner = function () {
  var f = function (a) { return a === undefined ? 'none' : a; };
  return [f(), f(1), f(null), f(undefined)];
};
