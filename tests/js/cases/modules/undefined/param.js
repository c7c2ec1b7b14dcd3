// a parameter named undefined, read by the function and by a closure
module.exports = function (undefined) {
  var read = function () { return undefined; };
  return [undefined, read(), typeof undefined];
};
