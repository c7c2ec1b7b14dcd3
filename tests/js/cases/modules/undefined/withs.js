// a with statement whose object has a property named undefined
module.exports = function (o) {
  with (o) { return [undefined, (function () { return undefined; })()]; }
};
