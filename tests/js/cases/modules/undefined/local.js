// a local var named undefined, set later, read from nested closures
module.exports = function (v) {
  function a() { return function () { return undefined; }; }
  var undefined = v;
  return [a()(), undefined === v];
};
